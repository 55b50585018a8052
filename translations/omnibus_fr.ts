<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Answers</name>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>Partially in place</source>
        <translation>Partiellement en place</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>Pas en place</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Partially</source>
        <translation>Partiellement</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>The assessment is final: reopen it to change answers.</source>
        <translation>L&apos;évaluation est définitive : rouvrez-la pour modifier les réponses.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Context from the focal point: not part of your assignment, shown read-only.</source>
        <translation>Contexte fourni par le point focal : hors de votre part, affiché en lecture seule.</translation>
    </message>
    <message>
        <source>%1 % answered</source>
        <translation>%1 % répondu</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left or Ctrl+Page Up)</source>
        <translation>Page précédente (Alt+Gauche ou Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Next page (Alt+Right or Ctrl+Page Down)</source>
        <translation>Page suivante (Alt+Droite ou Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Section %1 of %2 · %3 % answered</source>
        <translation>Section %1 sur %2 · %3 % répondu</translation>
    </message>
    <message>
        <source>Section %1 of %2 · nothing to answer yet</source>
        <translation>Section %1 sur %2 · rien à répondre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>%1 — kept as a draft</source>
        <translation>%1 — conservé comme brouillon</translation>
    </message>
    <message>
        <source>%1 — kept as a draft (and %2 more)</source>
        <translation>%1 — conservé comme brouillon (et %2 de plus)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to institutions</source>
        <translation>Confier à des institutions</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution :</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Personne à contacter :</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Phrase secrète de votre clé de signature :</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Répondre avant le</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Sections or single questions this institution answers:</source>
        <translation>Sections ou questions isolées auxquelles cette institution répond :</translation>
    </message>
    <message>
        <source>Assignment files written:</source>
        <translation>Fichiers de mission enregistrés :</translation>
    </message>
    <message>
        <source>Write assignment file</source>
        <translation>Enregistrer le fichier de mission</translation>
    </message>
    <message>
        <source>Write assignment files into</source>
        <translation>Enregistrer les fichiers de mission dans</translation>
    </message>
    <message>
        <source>Write the institution&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;institution.</translation>
    </message>
    <message>
        <source>Tick at least one section or question.</source>
        <translation>Cochez au moins une section ou une question.</translation>
    </message>
    <message>
        <source>Type your signing key&apos;s passphrase (at least 8 characters).</source>
        <translation>Saisissez la phrase secrète de votre clé de signature (au moins 8 caractères).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>Le dossier %1 ne peut pas être créé ou n&apos;est pas accessible en écriture : choisissez-en un autre. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>La phrase secrète n&apos;ouvre pas votre clé de signature. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The assignment file was not written: %1</source>
        <translation>Le fichier de mission n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>AttachmentWidget</name>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Allowed: %1; at most %2 MB each</source>
        <translation>Autorisés : %1 ; %2 Mo au plus chacun</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached here.</source>
        <translation>Ce type de fichier ne peut pas être joint ici.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Every assessment in this database is replaced by those in the backup; the database as it is now is backed up first, so this can be undone.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Toutes les évaluations de cette base de données sont remplacées par celles de la sauvegarde ; la base de données actuelle est d&apos;abord sauvegardée, ce qui permet d&apos;annuler l&apos;opération.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Cette base de données n&apos;a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>the first backup of the day</source>
        <translation>première sauvegarde de la journée</translation>
    </message>
    <message>
        <source>made before an assessment was deleted</source>
        <translation>faite avant la suppression d&apos;une évaluation</translation>
    </message>
    <message>
        <source>made before a backup was restored</source>
        <translation>faite avant la restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>made before omnibus was updated</source>
        <translation>faite avant la mise à jour d&apos;omnibus</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>ClassResultsDialog</name>
    <message>
        <source>Class results</source>
        <translation>Résultats du groupe</translation>
    </message>
    <message>
        <source>Choose the folder where the trainees put their packages (a USB stick or a shared folder).</source>
        <translation>Choisissez le dossier où les participants ont déposé leurs paquets (une clé USB ou un dossier partagé).</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Choisir le dossier…</translation>
    </message>
    <message>
        <source>Who handed in</source>
        <translation>Qui a remis son travail</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Réponses côte à côte</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s analysis</source>
        <translation>L&apos;analyse du Secrétariat</translation>
    </message>
    <message>
        <source>Save as PDF for the debriefing…</source>
        <translation>Enregistrer en PDF pour le bilan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The folder of the trainees&apos; packages</source>
        <translation>Le dossier des paquets des participants</translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation>Lecture des paquets…</translation>
    </message>
    <message>
        <source>it is not a complete response package, or it is damaged</source>
        <translation>ce n’est pas un paquet de réponse complet, ou il est endommagé</translation>
    </message>
    <message>
        <source>its questionnaire or answers are not those of a questionnaire omnibus knows</source>
        <translation>son questionnaire ou ses réponses ne sont pas ceux d’un questionnaire connu d’omnibus</translation>
    </message>
    <message>
        <source>No readable training package: nothing to analyse.</source>
        <translation>Aucun paquet de formation lisible : rien à analyser.</translation>
    </message>
    <message>
        <source>class-results</source>
        <translation>resultats-du-groupe</translation>
    </message>
    <message>
        <source>Save the class&apos;s results</source>
        <translation>Enregistrer les résultats du groupe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>The class&apos;s results could not be read</source>
        <translation>Les résultats du groupe n&apos;ont pas pu être lus</translation>
    </message>
</context>
<context>
    <name>CollaborationRefusals</name>
    <message>
        <source>Choose at least one section or question to assign to %1.</source>
        <translation>Choisissez au moins une section ou une question à confier à %1.</translation>
    </message>
    <message>
        <source>Give the name of the institution the part is assigned to.</source>
        <translation>Indiquez le nom de l&apos;institution à laquelle cette partie est confiée.</translation>
    </message>
    <message>
        <source>This questionnaire has no section %1.</source>
        <translation>Ce questionnaire n&apos;a pas de section %1.</translation>
    </message>
    <message>
        <source>This questionnaire has no question %1.</source>
        <translation>Ce questionnaire n&apos;a pas de question %1.</translation>
    </message>
    <message>
        <source>%1 has answered everything assigned to it: no reminder is needed.</source>
        <translation>%1 a répondu à tout ce qui lui a été confié : aucun rappel n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Nothing of this assessment is assigned to %1.</source>
        <translation>Rien de cette évaluation n&apos;est confié à %1.</translation>
    </message>
    <message>
        <source>There is no assignment %1.</source>
        <translation>Il n&apos;y a pas de mission %1.</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: open the assignment file first.</source>
        <translation>Cette évaluation ne répond pas à une mission : ouvrez d&apos;abord le fichier de mission.</translation>
    </message>
    <message>
        <source>This contribution answers another assessment (%1), not this one (%2). Import it into that assessment.</source>
        <translation>Cette contribution répond à une autre évaluation (%1), pas à celle-ci (%2). Importez-la dans cette évaluation-là.</translation>
    </message>
    <message>
        <source>This contribution is for %1, but the assessment is for %2.</source>
        <translation>Cette contribution concerne %1, mais l&apos;évaluation concerne %2.</translation>
    </message>
    <message>
        <source>This contribution answers %1 version %2, but the assessment uses %3 version %4.</source>
        <translation>Cette contribution répond à %1 version %2, mais l&apos;évaluation utilise %3 version %4.</translation>
    </message>
    <message>
        <source>This contribution answers assignment %1, which was not made from this assessment.</source>
        <translation>Cette contribution répond à la mission %1, qui n&apos;a pas été établie à partir de cette évaluation.</translation>
    </message>
    <message>
        <source>This contribution is signed for %1, but the assignment was given to %2.</source>
        <translation>Cette contribution est signée pour %1, mais la mission a été confiée à %2.</translation>
    </message>
    <message>
        <source>This contribution answers question %1, which was not assigned to %2.</source>
        <translation>Cette contribution répond à la question %1, qui n&apos;a pas été confiée à %2.</translation>
    </message>
    <message>
        <source>%1 has no trusted key yet; this contribution is signed by the key:
%2
Check the fingerprint with %1 (by telephone, say) before trusting it.</source>
        <translation>%1 n&apos;a pas encore de clé de confiance ; cette contribution est signée par la clé :
%2
Vérifiez l&apos;empreinte avec %1 (par téléphone, par exemple) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>This contribution is signed by the key:
%1
but the key trusted for %2 is:
%3
If %2 really has a new key, check its fingerprint with them before trusting it.</source>
        <translation>Cette contribution est signée par la clé :
%1
mais la clé de confiance de %2 est :
%3
Si %2 a réellement une nouvelle clé, vérifiez son empreinte avec elle avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>This is round %1 of the contribution of %2, but round %3 was already imported: an older round is never merged over a newer one.</source>
        <translation>Ceci est l&apos;envoi %1 de la contribution de %2, mais l&apos;envoi %3 a déjà été importé : un envoi plus ancien n&apos;est jamais fusionné par-dessus un plus récent.</translation>
    </message>
    <message>
        <source>Round %1 of the contribution of %2 was already imported from a different file. Ask %2 for a new round.</source>
        <translation>L&apos;envoi %1 de la contribution de %2 a déjà été importé à partir d&apos;un autre fichier. Demandez un nouvel envoi à %2.</translation>
    </message>
    <message>
        <source>The answer to question %1 in this contribution is not one this question accepts.</source>
        <translation>La réponse à la question %1 dans cette contribution n&apos;est pas une réponse que cette question accepte.</translation>
    </message>
    <message>
        <source>The answer to question %1 in this assignment is not one this question accepts.</source>
        <translation>La réponse à la question %1 dans cette mission n&apos;est pas une réponse que cette question accepte.</translation>
    </message>
    <message>
        <source>This contribution signs off section %1, which was not assigned to it.</source>
        <translation>Cette contribution approuve la section %1, qui ne lui a pas été confiée.</translation>
    </message>
    <message>
        <source>There is no open conflict %1 in this assessment.</source>
        <translation>Il n&apos;y a pas de conflit ouvert %1 dans cette évaluation.</translation>
    </message>
    <message>
        <source>To combine both answers, give the combined answer.</source>
        <translation>Pour combiner les deux réponses, indiquez la réponse combinée.</translation>
    </message>
    <message>
        <source>Give the name of the person who signs off.</source>
        <translation>Indiquez le nom de la personne qui approuve.</translation>
    </message>
    <message>
        <source>Question %1 is not part of your assignment; it is shown for context only.</source>
        <translation>La question %1 ne fait pas partie de votre mission ; elle n&apos;est affichée que pour le contexte.</translation>
    </message>
    <message>
        <source>Section %1 is not part of the assignment this assessment answers.</source>
        <translation>La section %1 ne fait pas partie de la mission à laquelle répond cette évaluation.</translation>
    </message>
    <message>
        <source>%1; copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu</source>
        <translation>%1 ; copiez la base de données dans un dossier où vous pouvez écrire, puis ouvrez la copie avec « Ouvrir un autre fichier de base de données… » dans le menu Fichier</translation>
    </message>
</context>
<context>
    <name>ConfirmRow</name>
    <message>
        <source>Carried forward from the previous cycle. Is it still true?</source>
        <translation>Reprise du cycle précédent. Est-ce toujours exact ?</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflits à régler</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Combine…</source>
        <translation>Combiner…</translation>
    </message>
    <message>
        <source>No conflict is left: every answer the institutions sent is settled.</source>
        <translation>Il ne reste aucun conflit : chaque réponse envoyée par les institutions est réglée.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation>Donnée par %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Given by %1 (%2), %3, round %4</source>
        <translation>Donnée par %1 (%2), %3, envoi %4</translation>
    </message>
    <message>
        <source>Given by %1, %2, round %3</source>
        <translation>Donnée par %1, %2, envoi %3</translation>
    </message>
    <message>
        <source>Combine both answers</source>
        <translation>Combiner les deux réponses</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>Non réglé : %1</translation>
    </message>
</context>
<context>
    <name>Contribute</name>
    <message>
        <source>Write contribution</source>
        <translation>Enregistrer la contribution</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: there is no focal point to send it to.</source>
        <translation>Cette évaluation ne répond pas à une mission : il n&apos;y a pas de point focal à qui l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Phrase secrète de votre clé de signature :</translation>
    </message>
    <message>
        <source>Write the contribution into</source>
        <translation>Enregistrer la contribution dans</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was written.</source>
        <translation>Le dossier %1 ne peut pas être créé ou n&apos;est pas accessible en écriture : choisissez-en un autre. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The contribution was not written: %1</source>
        <translation>La contribution n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Written: %1

Send it to the focal point. Before the first one, read them your key&apos;s fingerprint by telephone or in person:
%2</source>
        <translation>Enregistrée : %1

Envoyez-la au point focal. Avant le premier envoi, lisez-lui l&apos;empreinte de votre clé par téléphone ou en personne :
%2</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>Saisissez la date sous la forme année-mois-jour, p. ex. 2024-03-31.</translation>
    </message>
    <message>
        <source>There is no %1: a year has twelve months.</source>
        <translation>La date %1 n’existe pas : une année compte douze mois.</translation>
    </message>
    <message>
        <source>There is no %1: that month has %2 days.</source>
        <translation>La date %1 n’existe pas : ce mois compte %2 jours.</translation>
    </message>
</context>
<context>
    <name>EntryListWidget</name>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien n&apos;est encore enregistré.</translation>
    </message>
</context>
<context>
    <name>ExchangeOpener</name>
    <message>
        <source>Assignments and contributions (%1)</source>
        <translation>Missions et contributions (%1)</translation>
    </message>
    <message>
        <source>Open an assignment or a contribution</source>
        <translation>Ouvrir une mission ou une contribution</translation>
    </message>
    <message>
        <source>This file cannot be used: it is altered, damaged or not an omnibus file.</source>
        <translation>Ce fichier est inutilisable : il a été modifié, il est endommagé ou ce n&apos;est pas un fichier omnibus.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This assignment cannot be opened here.</source>
        <translation>Cette mission ne peut pas être ouverte ici.</translation>
    </message>
    <message>
        <source>The assessment it answers is not in this database: open the database that holds it first.</source>
        <translation>L&apos;évaluation à laquelle elle répond n&apos;est pas dans cette base de données : ouvrez d&apos;abord celle qui la contient.</translation>
    </message>
    <message>
        <source>This contribution cannot be merged into your assessments.</source>
        <translation>Cette contribution ne peut pas être fusionnée dans vos évaluations.</translation>
    </message>
    <message>
        <source>Confirm the institution&apos;s key</source>
        <translation>Confirmer la clé de l&apos;institution</translation>
    </message>
    <message>
        <source>Ask the institution to read its new key&apos;s fingerprint to you by telephone or in person, and compare it with the first one above. Merge the contribution and trust the new key for %1 from now on?</source>
        <translation>Demandez à l&apos;institution de vous lire l&apos;empreinte de sa nouvelle clé par téléphone ou en personne, et comparez-la avec la première ci-dessus. Fusionner la contribution et faire désormais confiance à la nouvelle clé de %1 ?</translation>
    </message>
    <message>
        <source>This is the first contribution signed by this key for %1. Ask the institution to read its key&apos;s fingerprint to you by telephone or in person, and compare it with this one:

%2

Merge the contribution and trust this key for %1?</source>
        <translation>C&apos;est la première contribution signée par cette clé pour %1. Demandez à l&apos;institution de vous lire l&apos;empreinte de sa clé par téléphone ou en personne, et comparez-la avec celle-ci :

%2

Fusionner la contribution et faire confiance à cette clé pour %1 ?</translation>
    </message>
    <message>
        <source>This contribution was merged before; nothing changed.</source>
        <translation>Cette contribution a déjà été fusionnée ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Contribution of %1, round %2: %3, %4, %5.</source>
        <translation>Contribution de %1, envoi %2 : %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken</source>
        <translation>
            <numerusform>%n réponse reprise</numerusform>
            <numerusform>%n réponses reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflit à régler</numerusform>
            <numerusform>%n conflits à régler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) signed off</source>
        <translation>
            <numerusform>%n section approuvée</numerusform>
            <numerusform>%n sections approuvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>Contribution fusionnée</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Hand in</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Go to the review</source>
        <translation>Aller à la vérification</translation>
    </message>
    <message>
        <source>Create the response package…</source>
        <translation>Créer le paquet de réponse…</translation>
    </message>
    <message>
        <source>Save the PDF report…</source>
        <translation>Enregistrer le rapport PDF…</translation>
    </message>
    <message>
        <source>The assessment is a draft. Mark it as final on the review page before handing in.</source>
        <translation>L&apos;évaluation est un brouillon. Marquez-la comme définitive sur la page de vérification avant de la remettre.</translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>L&apos;évaluation est définitive.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>Questions ayant une réponse : %1 sur %2 (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, %1 of them required.</source>
        <translation>
            <numerusform>%n question encore sans réponse (obligatoires : %1).</numerusform>
            <numerusform>%n questions encore sans réponse (obligatoires : %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>%n question encore sans réponse, non obligatoire.</numerusform>
            <numerusform>%n questions encore sans réponse, aucune n&apos;est obligatoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the response package and send it as agreed.</source>
        <translation>Créez le paquet de réponse et envoyez-le comme convenu.</translation>
    </message>
    <message>
        <source>The package can be created once the assessment is marked as final on the review page.</source>
        <translation>Le paquet pourra être créé une fois l&apos;évaluation marquée comme définitive sur la page de vérification.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>%n réponse contient une erreur à corriger.</numerusform>
            <numerusform>%n réponses contiennent des erreurs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the response package</source>
        <translation>Enregistrer le paquet de réponse</translation>
    </message>
    <message>
        <source>Response packages (*.omnibus)</source>
        <translation>Paquets de réponses (*.omnibus)</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel (letter, telephone or in person), so that it can tell the package comes from you.</source>
        <translation>Signé avec la clé %1. Confirmez cette empreinte au Secrétariat par une voie officielle (lettre, téléphone ou en personne), afin qu&apos;il puisse vérifier que le paquet vient de vous.</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock (“Show the passphrase” lets you see what you typed), then try again.</source>
        <translation>la phrase secrète n&apos;ouvre pas la clé de signature de cet ordinateur. Vérifiez la langue du clavier et le verrouillage des majuscules (« Afficher la phrase secrète » montre ce que vous avez saisi), puis réessayez.</translation>
    </message>
    <message>
        <source>The package could not be created: %1</source>
        <translation>Le paquet n&apos;a pas pu être créé : %1</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>it is no longer there (moved or removed?)</source>
        <translation>il n’est plus là (déplacé ou supprimé ?)</translation>
    </message>
    <message>
        <source>you are not allowed to use it</source>
        <translation>vous n’avez pas le droit de l’utiliser</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk or USB stick is read-only</source>
        <translation>le disque ou la clé USB est en lecture seule</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d’entrée/sortie</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Trainer&apos;s guide</source>
        <translation>Guide du formateur</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>Le guide du formateur n&apos;est pas encore écrit dans cette langue : il est affiché en anglais.</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is missing from this installation.</source>
        <translation>Le guide du formateur est absent de cette installation.</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>Le guide du répondant n&apos;est pas encore écrit dans cette langue : il est affiché en anglais.</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is missing from this installation.</source>
        <translation>Le guide du répondant est absent de cette installation.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Previous document (Alt+Left)</source>
        <translation>Document précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>“%1” is not part of this installation.</source>
        <translation>« %1 » ne fait pas partie de cette installation.</translation>
    </message>
    <message>
        <source>Respondent&apos;s guide</source>
        <translation>Guide du répondant</translation>
    </message>
</context>
<context>
    <name>InstitutionsOverview</name>
    <message>
        <source>Institutions</source>
        <translation>Institutions</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Confiées</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <source>Answered by others</source>
        <translation>Répondues par d’autres</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>À examiner</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Answers carried forward from the previous cycle that nobody has confirmed yet: neither the institution&apos;s answers nor anyone else&apos;s for this cycle.</source>
        <translation>Réponses reprises du cycle précédent que personne n’a encore confirmées : ni celles de l’institution ni celles de quelqu’un d’autre pour ce cycle.</translation>
    </message>
    <message>
        <source>No part of this assessment is assigned to an institution yet.</source>
        <translation>Aucune partie de cette évaluation n&apos;est encore confiée à une institution.</translation>
    </message>
    <message>
        <source>Send a reminder…</source>
        <translation>Envoyer un rappel…</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>Approuver une section…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>Conflits (%1)…</translation>
    </message>
    <message>
        <source>Choose an institution in the table first.</source>
        <translation>Choisissez d&apos;abord une institution dans le tableau.</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Envoyer un rappel</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Phrase secrète de votre clé de signature :</translation>
    </message>
    <message>
        <source>Write the reminder into</source>
        <translation>Enregistrer le rappel dans</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>Le dossier %1 ne peut pas être créé ou n&apos;est pas accessible en écriture : choisissez-en un autre. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>La phrase secrète n&apos;ouvre pas votre clé de signature. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No reminder was written: %1</source>
        <translation>Aucun rappel n&apos;a été enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Reminder for %1 written: %n question(s) still to answer.</source>
        <translation>
            <numerusform>Rappel pour %1 enregistré : %n question encore sans réponse.</numerusform>
            <numerusform>Rappel pour %1 enregistré : %n questions encore sans réponse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>This question must be answered.</source>
        <translation>Il faut répondre à cette question.</translation>
    </message>
    <message>
        <source>Carried forward from the previous cycle: confirm it or change it.</source>
        <translation>Reprise du cycle précédent : confirmez-la ou modifiez-la.</translation>
    </message>
    <message>
        <source>This answer belongs to a question the questionnaire no longer has; it is kept for reference.</source>
        <translation>Cette réponse concerne une question qui n&apos;existe plus dans le questionnaire ; elle est conservée pour référence.</translation>
    </message>
    <message>
        <source>Not valid yet, kept as a draft: %1</source>
        <translation>Pas encore valide, conservé comme brouillon : %1</translation>
    </message>
    <message>
        <source>The stored answer no longer fits the question: %1</source>
        <translation>La réponse enregistrée ne correspond plus à la question : %1</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Show guidance, article references and source</source>
        <translation>Afficher les conseils, les articles de référence et la source</translation>
    </message>
    <message>
        <source>Guidance and references</source>
        <translation>Conseils et références</translation>
    </message>
    <message>
        <source>Assessor&apos;s comment</source>
        <translation>Commentaire de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Show the assessor&apos;s comment</source>
        <translation>Afficher le commentaire de l&apos;évaluateur</translation>
    </message>
    <message>
        <source>Optional: context, sources or reservations</source>
        <translation>Facultatif : contexte, sources ou réserves</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two article references</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Références :</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>par. %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
</context>
<context>
    <name>LanguageBanner</name>
    <message>
        <source>This questionnaire has no %1 translation; it is shown in %2. It exists in:</source>
        <translation>Ce questionnaire n&apos;a pas de traduction en %1 ; il est affiché en %2. Il existe en :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The %1 text of this questionnaire is a working translation; the %2 text is authoritative.</source>
        <translation>Le texte de ce questionnaire en %1 est une traduction non officielle ; le texte en %2 fait foi.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
</context>
<context>
    <name>LegislationWidget</name>
    <message>
        <source>Title of the act:</source>
        <translation>Titre du texte :</translation>
    </message>
    <message>
        <source>Article(s):</source>
        <translation>Article(s) :</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD):</source>
        <translation>Date (AAAA-MM-JJ) :</translation>
    </message>
    <message>
        <source>Reference or web address:</source>
        <translation>Référence ou adresse web :</translation>
    </message>
    <message>
        <source>Excerpt:</source>
        <translation>Extrait :</translation>
    </message>
    <message>
        <source>the title of the act is missing.</source>
        <translation>le titre du texte manque.</translation>
    </message>
    <message>
        <source>the date must be written year-month-day, e.g. 2010-03-12, not %1.</source>
        <translation>la date doit s&apos;écrire année-mois-jour, p. ex. 2010-03-12, et non %1.</translation>
    </message>
    <message>
        <source>Add legislation</source>
        <translation>Ajouter un texte de loi</translation>
    </message>
    <message>
        <source>No legislation cited yet.</source>
        <translation>Aucun texte cité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>Citation %1 : %2</translation>
    </message>
</context>
<context>
    <name>LongTextWidget</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>Caractères : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Le texte est trop long : %n caractère au plus.</numerusform>
            <numerusform>Le texte est trop long : %n caractères au plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Questionnaire language</source>
        <translation>Langue du &amp;questionnaire</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>La base de données ne peut pas être ouverte : %1</translation>
    </message>
    <message>
        <source>This database is on read-only media: it is open for reading only, and nothing can be changed.</source>
        <translation>Cette base de données se trouve sur un support en lecture seule : elle est ouverte en lecture seule et rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>UNTOC self-assessment checklist</source>
        <translation>Liste de contrôle pour l&apos;auto-évaluation (UNTOC)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Opening your assessments…</source>
        <translation>Ouverture de vos évaluations…</translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation>&amp;Écran d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Open another database file…</source>
        <translation>&amp;Ouvrir un autre fichier de base de données…</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Ouvrir un &amp;paquet…</translation>
    </message>
    <message>
        <source>Import a &amp;receipt from the Secretariat…</source>
        <translation>Importer un &amp;accusé de réception du Secrétariat…</translation>
    </message>
    <message>
        <source>A&amp;ssign to institutions…</source>
        <translation>&amp;Confier à des institutions…</translation>
    </message>
    <message>
        <source>Open assignment / &amp;contribution…</source>
        <translation>Ouvrir une mission / une con&amp;tribution…</translation>
    </message>
    <message>
        <source>&amp;Write contribution for the focal point…</source>
        <translation>&amp;Enregistrer la contribution pour le point focal…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s guide</source>
        <translation>&amp;Guide du répondant</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Ouvrir un fichier de base de données</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Bases de données (*.db)</translation>
    </message>
    <message>
        <source>Response packages (%1)</source>
        <translation>Paquets de réponses (%1)</translation>
    </message>
    <message>
        <source>Open a response package</source>
        <translation>Ouvrir un paquet de réponses</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>La base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Assign to institutions</source>
        <translation>Confier à des institutions</translation>
    </message>
    <message>
        <source>Open an assessment first.</source>
        <translation>Ouvrez d&apos;abord une évaluation.</translation>
    </message>
    <message>
        <source>Write contribution</source>
        <translation>Enregistrer la contribution</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible : %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>%1 — works offline; your answers stay on this computer until you hand them in.</source>
        <translation>%1 — fonctionne hors ligne ; vos réponses restent sur cet ordinateur jusqu&apos;à leur remise.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <source>Other, please specify:</source>
        <translation>Autre, veuillez préciser :</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Other, please specify</source>
        <translation>Autre, veuillez préciser</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrument :</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Domaine :</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article :</translation>
    </message>
    <message>
        <source>Words in a question</source>
        <translation>Mots d&apos;une question</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>Rechercher dans les questions</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Tous les instruments</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>Convention (UNTOC)</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>Protocole relatif à la traite des personnes</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>Protocole relatif au trafic illicite de migrants</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Protocole relatif aux armes à feu</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Filter by instrument</source>
        <translation>Filtrer par instrument</translation>
    </message>
    <message>
        <source>Filter by thematic area</source>
        <translation>Filtrer par domaine thématique</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>Filtrer par article</translation>
    </message>
    <message>
        <source>Go to the first unanswered required question</source>
        <translation>Aller à la première question obligatoire sans réponse</translation>
    </message>
    <message>
        <source>Questionnaire contents</source>
        <translation>Contenu du questionnaire</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>Vérifier et terminer</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>%1 (context from the focal point, read-only)</source>
        <translation>%1 (contexte fourni par le point focal, lecture seule)</translation>
    </message>
    <message>
        <source>No question matches the filter.</source>
        <translation>Aucune question ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Nothing to answer yet: no question here applies with the answers given so far.</source>
        <translation>Rien à répondre pour l&apos;instant : aucune question de cette section ne s&apos;applique avec les réponses données jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>%1 percent answered</source>
        <translation>%1 pour cent de réponses</translation>
    </message>
</context>
<context>
    <name>NewAssessmentForm</name>
    <message>
        <source>A blank questionnaire</source>
        <translation>Un questionnaire vierge</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>%1, training</source>
        <translation>%1, formation</translation>
    </message>
    <message>
        <source>%1, cycle %2 — %3 (%4, %5)</source>
        <translation>%1, cycle %2 — %3 (%4, %5)</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Commencer une nouvelle évaluation</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Questionnaire :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution :</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>Point focal :</translation>
    </message>
    <message>
        <source>Reporting cycle:</source>
        <translation>Cycle de rapport :</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ex. ministère de la Justice</translation>
    </message>
    <message>
        <source>Name and title of the person responsible</source>
        <translation>Nom et fonction de la personne responsable</translation>
    </message>
    <message>
        <source>Training exercise (not for submission)</source>
        <translation>Exercice de formation (pas pour remise)</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Choisissez le pays dans la liste.</translation>
    </message>
    <message>
        <source>Give the reporting cycle, e.g. %1.</source>
        <translation>Indiquez le cycle de rapport, p. ex. %1.</translation>
    </message>
    <message>
        <source>The reporting cycle is a year, such as %1, or a range of years, such as %2.</source>
        <translation>Le cycle de rapport est une année, par exemple %1, ou une période de plusieurs années, par exemple %2.</translation>
    </message>
    <message>
        <source>Starting from a previous assessment, the reporting cycle must come after its own: give one after %1.</source>
        <translation>En partant d&apos;une évaluation précédente, le cycle de rapport doit venir après le sien : indiquez-en un postérieur à %1.</translation>
    </message>
    <message>
        <source>Choose a questionnaire.</source>
        <translation>Choisissez un questionnaire.</translation>
    </message>
    <message>
        <source>This assessment exists already</source>
        <translation>Cette évaluation existe déjà</translation>
    </message>
    <message>
        <source>%1 already has an assessment of “%2” for the cycle %3 (%4, last change %5).</source>
        <translation>%1 a déjà une évaluation « %2 » pour le cycle %3 (%4, dernière modification le %5).</translation>
    </message>
    <message>
        <source>Continue that one, or start a second one on purpose?</source>
        <translation>Continuer celle-ci, ou en commencer délibérément une deuxième ?</translation>
    </message>
    <message>
        <source>Continue that one</source>
        <translation>Continuer celle-ci</translation>
    </message>
    <message>
        <source>Start another one</source>
        <translation>En commencer une autre</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>L&apos;évaluation n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>NothingYet</name>
    <message>
        <source>Nothing to answer here yet: none of this section&apos;s questions applies with the answers given so far.</source>
        <translation>Rien à répondre ici pour l&apos;instant : aucune des questions de cette section ne s&apos;applique avec les réponses données jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>Its questions depend on your answer to this question:</source>
        <translation>Ses questions dépendent de votre réponse à cette question :</translation>
    </message>
    <message>
        <source>Its questions depend on your answers to these questions:</source>
        <translation>Ses questions dépendent de vos réponses à ces questions :</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number</source>
        <translation>Un nombre entier</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>Saisissez un nombre entier, p. ex. 12.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>Saisissez un nombre, p. ex. 12,5.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: for the whole number, type %2; for the decimal, type %3.</source>
        <translation>« %1 » peut se lire de deux façons : pour le nombre entier, saisissez %2 ; pour le nombre décimal, saisissez %3.</translation>
    </message>
    <message>
        <source>In this language “%1” separates thousands; the decimal mark is “%2”, e.g. %3.</source>
        <translation>Dans cette langue, « %1 » sépare les milliers ; le séparateur décimal est « %2 », p. ex. %3.</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <source>there is no signing key on this computer yet</source>
        <translation>il n’y a pas encore de clé de signature sur cet ordinateur</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key</source>
        <translation>la phrase secrète n’ouvre pas la clé de signature de cet ordinateur</translation>
    </message>
    <message>
        <source>the signing key here was made by another installation (a copied data folder); this one needs its own key</source>
        <translation>la clé de signature présente ici a été créée par une autre installation (un dossier de données copié) ; celle-ci a besoin de sa propre clé</translation>
    </message>
    <message>
        <source>this computer&apos;s signing key is missing or damaged, or cannot be used</source>
        <translation>la clé de signature de cet ordinateur est absente ou endommagée, ou ne peut pas être utilisée</translation>
    </message>
    <message>
        <source>the Secretariat database cannot be read or written</source>
        <translation>la base de données du Secrétariat ne peut être ni lue ni écrite</translation>
    </message>
    <message>
        <source>the package it is for is not in the Secretariat database, or the receipt is not valid</source>
        <translation>le paquet concerné n’est pas dans la base de données du Secrétariat, ou l’accusé de réception n’est pas valide</translation>
    </message>
    <message>
        <source>it is encrypted, and no key of this installation opens it</source>
        <translation>il est chiffré, et aucune clé de cette installation ne l’ouvre</translation>
    </message>
    <message>
        <source>it is not a response package, or it is damaged, incomplete or altered</source>
        <translation>ce n’est pas un paquet de réponses, ou il est endommagé, incomplet ou modifié</translation>
    </message>
</context>
<context>
    <name>PackageViewer</name>
    <message>
        <source>Response package: %1</source>
        <translation>Paquet de réponses : %1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Cycle d&apos;établissement des rapports</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Open with the &amp;Secretariat&apos;s key</source>
        <translation>Ouvrir avec la clé du &amp;Secrétariat</translation>
    </message>
    <message>
        <source>&amp;Import into the Secretariat database</source>
        <translation>&amp;Importer dans la base de données du Secrétariat</translation>
    </message>
    <message>
        <source>Write a &amp;receipt for the State…</source>
        <translation>Établir un &amp;accusé de réception pour l&apos;État…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <source>This file cannot be read as a response package.</source>
        <translation>Ce fichier ne peut pas être lu comme un paquet de réponses.</translation>
    </message>
    <message>
        <source>Nothing was altered: the package is signed, and every file in it is exactly as signed.</source>
        <translation>Rien n&apos;a été modifié : le paquet est signé et chacun de ses fichiers est exactement tel qu&apos;il a été signé.</translation>
    </message>
    <message>
        <source>Altered: this package is not as it was signed. Do not rely on what it says.</source>
        <translation>Modifié : ce paquet n&apos;est plus tel qu&apos;il a été signé. Ne vous fiez pas à son contenu.</translation>
    </message>
    <message>
        <source>This package is encrypted for the Secretariat: only the Secretariat&apos;s key can open it.</source>
        <translation>Ce paquet est chiffré pour le Secrétariat : seule la clé du Secrétariat peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>It could not be opened with this installation&apos;s key: %1</source>
        <translation>Il n&apos;a pas pu être ouvert avec la clé de cette installation : %1</translation>
    </message>
    <message>
        <source>This installation has the Secretariat&apos;s key: the package can be opened with it.</source>
        <translation>Cette installation possède la clé du Secrétariat : le paquet peut être ouvert avec elle.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Raison : %1.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Draft (not final)</source>
        <translation>Brouillon (non définitif)</translation>
    </message>
    <message>
        <source>Yes: a training package, not an official submission</source>
        <translation>Oui : un paquet de formation, pas une soumission officielle</translation>
    </message>
    <message>
        <source>No: an official submission</source>
        <translation>Non : une soumission officielle</translation>
    </message>
    <message>
        <source>Not trusted: the package was altered</source>
        <translation>Non fiable : le paquet a été modifié</translation>
    </message>
    <message>
        <source>Trust not checked: the Secretariat database cannot be read</source>
        <translation>Confiance non vérifiée : la base de données du Secrétariat ne peut pas être lue</translation>
    </message>
    <message>
        <source>Trust not checked (no Secretariat database on this computer)</source>
        <translation>Confiance non vérifiée (pas de base de données du Secrétariat sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Trusted: the Secretariat has confirmed this key for %1</source>
        <translation>De confiance : le Secrétariat a confirmé cette clé pour %1</translation>
    </message>
    <message>
        <source>Not trusted yet: the Secretariat has not confirmed any key for %1</source>
        <translation>Pas encore de confiance : le Secrétariat n&apos;a confirmé aucune clé pour %1</translation>
    </message>
    <message>
        <source>Not trusted yet: %1 has another trusted key; this one is not confirmed</source>
        <translation>Pas encore de confiance : %1 a une autre clé de confiance ; celle-ci n&apos;est pas confirmée</translation>
    </message>
    <message>
        <source>Not trusted: this key was revoked for %1</source>
        <translation>Non fiable : cette clé a été révoquée pour %1</translation>
    </message>
    <message>
        <source>Not trusted: this key is trusted for another country, not for %1</source>
        <translation>Non fiable : cette clé est de confiance pour un autre pays, pas pour %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Le rapport</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the report is here: %1</source>
        <translation>Aucun lecteur PDF ne l&apos;a ouvert ; le rapport se trouve ici : %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Write a receipt</source>
        <translation>Établir un accusé de réception</translation>
    </message>
    <message>
        <source>Passphrase of the signing key:</source>
        <translation>Phrase secrète de la clé de signature :</translation>
    </message>
    <message>
        <source>Write the receipt into</source>
        <translation>Enregistrer l&apos;accusé de réception dans</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>Aucun accusé de réception n&apos;a été établi : %1</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>la phrase secrète n&apos;ouvre pas la clé de signature de cet ordinateur. Vérifiez la langue du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>Receipt written: %1</source>
        <translation>Accusé de réception établi : %1</translation>
    </message>
    <message>
        <source>Imported: this is now the current package of %1 for this cycle.</source>
        <translation>Importé : c&apos;est désormais le paquet en vigueur de %1 pour ce cycle.</translation>
    </message>
    <message>
        <source>Imported as history: a newer package of %1 for this cycle is stored.</source>
        <translation>Importé comme historique : un paquet plus récent de %1 pour ce cycle est enregistré.</translation>
    </message>
    <message>
        <source>Stored and held: it counts once the signing key is confirmed for %1.</source>
        <translation>Enregistré et mis en attente : il comptera une fois la clé de signature confirmée pour %1.</translation>
    </message>
    <message>
        <source>Already stored: nothing changed.</source>
        <translation>Déjà enregistré : rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Already stored, and held: it counts once the signing key is confirmed for %1. Nothing changed.</source>
        <translation>Déjà enregistré, et mis en attente : il comptera une fois la clé de signature confirmée pour %1. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Already stored, as history: a newer package of %1 for this cycle is stored. Nothing changed.</source>
        <translation>Déjà enregistré, comme historique : un paquet plus récent de %1 pour ce cycle est enregistré. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <source>Your part of the assessment</source>
        <translation>Votre part de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>Approuver une section…</translation>
    </message>
    <message>
        <source>Write contribution for the focal point…</source>
        <translation>Enregistrer la contribution pour le point focal…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1 by %2: %n question(s).</source>
        <translation>
            <numerusform>Confié à %1 par %2 : %n question.</numerusform>
            <numerusform>Confié à %1 par %2 : %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Personne à contacter : %1</translation>
    </message>
    <message>
        <source>Answer by %1.</source>
        <translation>Répondre d&apos;ici le %1.</translation>
    </message>
    <message>
        <source>Note from the focal point: %1</source>
        <translation>Note du point focal : %1</translation>
    </message>
    <message>
        <source>Contributions written so far: %1.</source>
        <translation>Contributions enregistrées jusqu&apos;ici : %1.</translation>
    </message>
    <message>
        <source>No contribution written yet.</source>
        <translation>Aucune contribution enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1 : %2, %3, %4</translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation>Sections approuvées :</translation>
    </message>
    <message>
        <source>No section signed off yet.</source>
        <translation>Aucune section approuvée pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>PathButtons</name>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copier le chemin</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Answered by %1 (%2) on %3, round %4; accepted by %5 on %6.</source>
        <translation>Réponse de %1 (%2) le %3, envoi %4 ; acceptée par %5 le %6.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2, round %3; accepted by %4 on %5.</source>
        <translation>Réponse de %1 le %2, envoi %3 ; acceptée par %4 le %5.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Fichiers de type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReceiptImport</name>
    <message>
        <source>Receipts from the Secretariat (%1)</source>
        <translation>Accusés de réception du Secrétariat (%1)</translation>
    </message>
    <message>
        <source>Import a receipt from the Secretariat</source>
        <translation>Importer un accusé de réception du Secrétariat</translation>
    </message>
    <message>
        <source>Receipt not imported</source>
        <translation>Accusé de réception non importé</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This receipt, or a newer one for the same package, was already stored.</source>
        <translation>Cet accusé de réception, ou un plus récent pour le même paquet, était déjà enregistré.</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paquet %1</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>Accusé de réception importé</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Received by the Secretariat on %1, accepted.</source>
        <translation>Reçu par le Secrétariat le %1, accepté.</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, pending: the Secretariat has still to confirm your signing key.</source>
        <translation>Reçu par le Secrétariat le %1, en attente : le Secrétariat doit encore confirmer votre clé de signature.</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, refused: %2</source>
        <translation>Reçu par le Secrétariat le %1, refusé : %2</translation>
    </message>
    <message>
        <source>This receipt has been altered since the Secretariat signed it.</source>
        <translation>Cet accusé de réception a été modifié depuis que le Secrétariat l&apos;a signé.</translation>
    </message>
    <message>
        <source>This receipt is not signed with the Secretariat&apos;s key that came with omnibus.</source>
        <translation>Cet accusé de réception n&apos;est pas signé avec la clé du Secrétariat fournie avec omnibus.</translation>
    </message>
    <message>
        <source>This installation has no Secretariat key to check receipts with. It comes with the installer; ask whoever installed omnibus.</source>
        <translation>Cette installation n&apos;a pas de clé du Secrétariat pour vérifier les accusés de réception. Elle est fournie avec le programme d&apos;installation ; adressez-vous à la personne qui a installé omnibus.</translation>
    </message>
    <message>
        <source>This receipt is for a package that was not made on this computer.</source>
        <translation>Cet accusé de réception concerne un paquet qui n&apos;a pas été créé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This receipt is for a package of another assessment.</source>
        <translation>Cet accusé de réception concerne un paquet d&apos;une autre évaluation.</translation>
    </message>
    <message>
        <source>This receipt names another country or assessment than the package it is for.</source>
        <translation>Cet accusé de réception indique un autre pays ou une autre évaluation que le paquet qu&apos;il concerne.</translation>
    </message>
    <message>
        <source>This file is not a receipt from the Secretariat, or it is damaged.</source>
        <translation>Ce fichier n&apos;est pas un accusé de réception du Secrétariat, ou il est endommagé.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>This answer does not have the form this question expects, so it was not stored.</source>
        <translation>Cette réponse n’a pas la forme attendue pour cette question ; elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Choisissez l’une des options proposées.</translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation>Choisissez le type d’assistance.</translation>
    </message>
    <message>
        <source>Choose the kind of assistance within the type.</source>
        <translation>Choisissez la forme d’assistance au sein de ce type.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Choisissez une priorité.</translation>
    </message>
    <message>
        <source>%1 is below the minimum, %2.</source>
        <translation>%1 est inférieur au minimum, %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum, %2.</source>
        <translation>%1 est supérieur au maximum, %2.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Ce nombre est trop grand.</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>Saisissez la date sous la forme année-mois-jour, p. ex. 2024-03-31.</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar.</source>
        <translation>La date %1 n’existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>%1 is before the earliest date allowed, %2.</source>
        <translation>%1 est antérieure à la première date admise, %2.</translation>
    </message>
    <message>
        <source>%1 is after the latest date allowed, %2.</source>
        <translation>%1 est postérieure à la dernière date admise, %2.</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 are allowed.</source>
        <translation>Ce texte compte %1 caractères ; %2 au plus sont admis.</translation>
    </message>
    <message>
        <source>“Other” is ticked: say what it is.</source>
        <translation>« Autre » est coché : précisez de quoi il s’agit.</translation>
    </message>
    <message>
        <source>Select at least %1 (now %2).</source>
        <translation>Sélectionnez-en au moins %1 (actuellement %2).</translation>
    </message>
    <message>
        <source>Select at most %1 (now %2).</source>
        <translation>Sélectionnez-en au plus %1 (actuellement %2).</translation>
    </message>
    <message>
        <source>At most %1 citations are allowed (now %2).</source>
        <translation>Références admises : %1 au plus (actuellement %2).</translation>
    </message>
    <message>
        <source>At least %1 citations are needed (now %2).</source>
        <translation>Références nécessaires : %1 au moins (actuellement %2).</translation>
    </message>
    <message>
        <source>Give the title of the act.</source>
        <translation>Indiquez le titre du texte.</translation>
    </message>
    <message>
        <source>At most %1 files are allowed (now %2).</source>
        <translation>Fichiers admis : %1 au plus (actuellement %2).</translation>
    </message>
    <message>
        <source>At most %1 rows are allowed (now %2).</source>
        <translation>Lignes admises : %1 au plus (actuellement %2).</translation>
    </message>
    <message>
        <source>At least %1 rows are needed (now %2).</source>
        <translation>Lignes nécessaires : %1 au moins (actuellement %2).</translation>
    </message>
    <message>
        <source>%1 is not a kind of file this question takes (%2).</source>
        <translation>%1 n’est pas un type de fichier accepté par cette question (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB is allowed.</source>
        <translation>%1 pèse %2 Mo ; %3 Mo au plus sont admis.</translation>
    </message>
    <message>
        <source>The same file is attached twice.</source>
        <translation>Le même fichier est joint deux fois.</translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation>%1 est déjà joint ici.</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are allowed.</source>
        <translation>Le commentaire compte %1 caractères ; %2 au plus sont admis.</translation>
    </message>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>« %1 » doit être rempli.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>Référence %1 : %2</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>Fichier %1 : %2</translation>
    </message>
    <message>
        <source>Need %1: %2</source>
        <translation>Besoin %1 : %2</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>La base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>Backups, newest first:
%1</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne :
%1</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>The database %1 is gone: omnibus used a database there, and the file was deleted or moved. Nothing was created in its place.</source>
        <translation>La base de données %1 a disparu : omnibus utilisait une base de données à cet endroit, et le fichier a été supprimé ou déplacé. Rien n’a été créé à sa place.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: omnibus cannot read all of it, so nothing more can be saved.</source>
        <translation>La base de données %1 est endommagée : omnibus ne peut pas la lire en entier, donc plus rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finish</source>
        <translation>Vérifier et terminer</translation>
    </message>
    <message>
        <source>Double-click an entry, or select it and press Enter, to go to the question.</source>
        <translation>Double-cliquez sur une ligne, ou sélectionnez-la et appuyez sur Entrée, pour aller à la question.</translation>
    </message>
    <message>
        <source>Questions that need attention</source>
        <translation>Questions à revoir</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Marquer comme définitive</translation>
    </message>
    <message>
        <source>Reopen for changes</source>
        <translation>Rouvrir pour modification</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>Questions ayant une réponse : %1 sur %2 (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still unanswered.</source>
        <translation>
            <numerusform>%n question obligatoire encore sans réponse.</numerusform>
            <numerusform>%n questions obligatoires encore sans réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>L&apos;évaluation est définitive.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Rien à revoir.</translation>
    </message>
    <message>
        <source>Everything required is answered: the assessment can now be marked as final.</source>
        <translation>Toutes les questions obligatoires ont une réponse : l&apos;évaluation peut maintenant être marquée comme définitive.</translation>
    </message>
    <message>
        <source>The assessment cannot be marked as final yet.</source>
        <translation>L&apos;évaluation ne peut pas encore être marquée comme définitive.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) are unanswered.</source>
        <translation>
            <numerusform>%n question obligatoire est sans réponse.</numerusform>
            <numerusform>%n questions obligatoires sont sans réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>%n réponse contient une erreur à corriger.</numerusform>
            <numerusform>%n réponses contiennent des erreurs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed above; fix them, then mark the assessment as final again.</source>
        <translation>Elles sont listées ci-dessus ; corrigez-les, puis marquez de nouveau l&apos;évaluation comme définitive.</translation>
    </message>
    <message>
        <source>Mark the assessment as final?</source>
        <translation>Marquer l&apos;évaluation comme définitive ?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>%n question encore sans réponse, non obligatoire.</numerusform>
            <numerusform>%n questions encore sans réponse, aucune n&apos;est obligatoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final assessment can no longer be changed unless it is reopened; it is what the response package hands in.</source>
        <translation>Une évaluation définitive ne peut plus être modifiée sans être rouverte ; c&apos;est elle que le paquet de réponse remet.</translation>
    </message>
</context>
<context>
    <name>ServiceRefusals</name>
    <message>
        <source>the reporting cycle must be a year, such as %1, or a range of years, such as %2, and come after the cycle of the assessment it starts from</source>
        <translation>le cycle de rapport doit être une année, comme %1, ou une période de plusieurs années, comme %2, et venir après le cycle de l’évaluation dont il part</translation>
    </message>
    <message>
        <source>the assessment cannot be made final yet: %1 required questions are unanswered and %2 other problems are to be fixed</source>
        <translation>l’évaluation ne peut pas encore être rendue définitive : questions obligatoires sans réponse : %1 ; autres problèmes à corriger : %2</translation>
    </message>
    <message>
        <source>the assessment is final; reopen it to change it</source>
        <translation>l’évaluation est définitive ; rouvrez-la pour la modifier</translation>
    </message>
    <message>
        <source>the country already has an assessment of this questionnaire for this reporting cycle</source>
        <translation>le pays a déjà une évaluation de ce questionnaire pour ce cycle de rapport</translation>
    </message>
    <message>
        <source>the two are not editions of the same questionnaire</source>
        <translation>les deux ne sont pas des éditions du même questionnaire</translation>
    </message>
    <message>
        <source>what it needs cannot be found (an assessment, a questionnaire or a file removed in the meantime?)</source>
        <translation>ce dont elle a besoin est introuvable (une évaluation, un questionnaire ou un fichier supprimé entre-temps ?)</translation>
    </message>
    <message>
        <source>the country is not known; choose it from the list</source>
        <translation>le pays n’est pas connu ; choisissez-le dans la liste</translation>
    </message>
    <message>
        <source>some of the answers were refused; nothing was saved</source>
        <translation>certaines réponses ont été refusées ; rien n’a été enregistré</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off a section</source>
        <translation>Approuver une section</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Section :</translation>
    </message>
    <message>
        <source>Approved by (name):</source>
        <translation>Approuvée par (nom) :</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Write the name of the person who approved the section.</source>
        <translation>Indiquez le nom de la personne qui a approuvé la section.</translation>
    </message>
    <message>
        <source>Not signed off: %1</source>
        <translation>Non approuvée : %1</translation>
    </message>
</context>
<context>
    <name>SigningKeyForm</name>
    <message>
        <source>&amp;Passphrase of the signing key:</source>
        <translation>&amp;Phrase secrète de la clé de signature :</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Répétez la phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Nobody can recover it, not even the Secretariat. Create a new signing key instead: the next package is signed with it, and you must tell the Secretariat its new fingerprint by an official channel (letter, telephone or in person), or it cannot trust the package.</source>
        <translation>Phrase secrète oubliée ? Personne ne peut la retrouver, pas même le Secrétariat. Créez plutôt une nouvelle clé de signature : le prochain paquet sera signé avec elle, et vous devrez communiquer sa nouvelle empreinte au Secrétariat par une voie officielle (lettre, téléphone ou en personne), sans quoi il ne pourra pas se fier au paquet.</translation>
    </message>
    <message>
        <source>Create a new signing key…</source>
        <translation>Créer une nouvelle clé de signature…</translation>
    </message>
    <message>
        <source>Type the passphrase of the signing key (at least %1 characters).</source>
        <translation>Saisissez la phrase secrète de la clé de signature (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>Type the same passphrase again in the second field.</source>
        <translation>Saisissez la même phrase secrète dans le second champ.</translation>
    </message>
    <message>
        <source>The next package creates a new signing key in place of %1. Choose a new passphrase of at least %2 characters and keep it safe.</source>
        <translation>Le prochain paquet crée une nouvelle clé de signature à la place de %1. Choisissez une nouvelle phrase secrète d&apos;au moins %2 caractères et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>The first package creates this computer&apos;s signing key. Choose a passphrase of at least %1 characters and keep it safe: it is asked for every package.</source>
        <translation>Le premier paquet crée la clé de signature de cet ordinateur. Choisissez une phrase secrète d&apos;au moins %1 caractères et conservez-la en lieu sûr : elle sera demandée pour chaque paquet.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key: %1</source>
        <translation>Clé de signature de cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Create a new signing key</source>
        <translation>Créer une nouvelle clé de signature</translation>
    </message>
    <message>
        <source>The present signing key will be replaced by a new one when the next package is created. Packages signed with the new key are trusted only once the Secretariat has its fingerprint: send it by an official channel.</source>
        <translation>La clé de signature actuelle sera remplacée par une nouvelle lors de la création du prochain paquet. Les paquets signés avec la nouvelle clé ne sont reconnus qu&apos;une fois que le Secrétariat a reçu son empreinte : envoyez-la par une voie officielle.</translation>
    </message>
    <message>
        <source>Use a new key</source>
        <translation>Utiliser une nouvelle clé</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Cycle %1 · %2 · last change %3</source>
        <translation>Cycle %1 · %2 · dernière modification %3</translation>
    </message>
    <message>
        <source>Every assessment in this database is archived: tick “Show archived”.</source>
        <translation>Toutes les évaluations de cette base de données sont archivées : cochez « Afficher les archives ».</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Archived: %1. Tick “Show archived” to see it again.</source>
        <translation>Archivée : %1. Cochez « Afficher les archives » pour la revoir.</translation>
    </message>
    <message>
        <source>Back in the list: %1.</source>
        <translation>De retour dans la liste : %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
    <message>
        <source>Delete the assessment?</source>
        <translation>Supprimer l&apos;évaluation ?</translation>
    </message>
    <message>
        <source>Delete this assessment and all its answers?

%1</source>
        <translation>Supprimer cette évaluation et toutes ses réponses ?

%1</translation>
    </message>
    <message>
        <source>A backup of the database is made first: “Restore from a backup…” brings the assessment back.</source>
        <translation>Une sauvegarde de la base de données est faite d&apos;abord : « Restaurer une sauvegarde… » permet de récupérer l&apos;évaluation.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The assessment was not deleted: %1</source>
        <translation>L&apos;évaluation n&apos;a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>Deleted: %1. A backup of the database made just before is %2.</source>
        <translation>Supprimée : %1. Une sauvegarde de la base de données faite juste avant se trouve dans %2.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré : %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was before is in %2.</source>
        <translation>Sauvegarde du %1 restaurée. La base de données telle qu&apos;elle était avant se trouve dans %2.</translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation>Liste de contrôle pour l&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>United Nations Convention against Transnational Organized Crime and the Protocols thereto. Every answer is saved as you go; you can stop at any time and continue later.</source>
        <translation>Convention des Nations Unies contre la criminalité transnationale organisée et Protocoles s&apos;y rapportant. Chaque réponse est enregistrée au fur et à mesure ; vous pouvez vous arrêter à tout moment et reprendre plus tard.</translation>
    </message>
    <message>
        <source>Continue an assessment</source>
        <translation>Reprendre une évaluation</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>Évaluations de cette base de données</translation>
    </message>
    <message>
        <source>There is no assessment in this database yet. Start one on the right.</source>
        <translation>Cette base de données ne contient encore aucune évaluation. Commencez-en une à droite.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archives</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Open another database file…</source>
        <translation>Ouvrir un autre fichier de base de données…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk holding %1 is full; free some space and try again (nothing saved was lost)</source>
        <translation>le disque contenant %1 est plein ; libérez de la place et réessayez (rien de ce qui était enregistré n’est perdu)</translation>
    </message>
    <message>
        <source>%1 cannot be written (it is read-only or on read-only media)</source>
        <translation>%1 ne peut pas être modifié (il est en lecture seule ou sur un support en lecture seule)</translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again</source>
        <translation>%1 est occupé par un autre programme ; réessayez</translation>
    </message>
    <message>
        <source>%1 cannot be found; was it moved or removed?</source>
        <translation>%1 est introuvable ; a-t-il été déplacé ou supprimé ?</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error; was it removed?</source>
        <translation>le disque contenant %1 a signalé une erreur d’entrée/sortie ; a-t-il été retiré ?</translation>
    </message>
    <message>
        <source>%1 is already open in another omnibus window or command; close that one first</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre ou commande omnibus ; fermez-la d’abord</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of omnibus; update omnibus to open it</source>
        <translation>%1 a été écrit par une version plus récente d’omnibus ; mettez omnibus à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>%1 is not an omnibus database (another program&apos;s file?); it was left as it is</source>
        <translation>%1 n’est pas une base de données omnibus (le fichier d’un autre programme ?) ; il a été laissé tel quel</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>la sauvegarde %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a sound backup that this version of omnibus can open; choose another one</source>
        <translation>%1 n’est pas une sauvegarde intacte que cette version d’omnibus peut ouvrir ; choisissez-en une autre</translation>
    </message>
    <message>
        <source>no backup could be written into %1</source>
        <translation>aucune sauvegarde n’a pu être écrite dans %1</translation>
    </message>
    <message>
        <source>%1 was removed or replaced while omnibus had it open, so this change was not saved; put the file back (or restore its newest backup) and open it again</source>
        <translation>%1 a été supprimé ou remplacé pendant qu’omnibus l’avait ouvert, donc cette modification n’a pas été enregistrée ; remettez le fichier en place (ou restaurez sa sauvegarde la plus récente) et rouvrez-le</translation>
    </message>
    <message>
        <source>%1 is on read-only media and was written by another version of omnibus; copy it to a folder you can write to and open it there</source>
        <translation>%1 est sur un support en lecture seule et a été écrit par une autre version d’omnibus ; copiez-le dans un dossier où vous pouvez écrire et ouvrez-le là</translation>
    </message>
    <message>
        <source>%1 could not be closed cleanly, so nothing was restored</source>
        <translation>%1 n’a pas pu être fermé proprement, donc rien n’a été restauré</translation>
    </message>
    <message>
        <source>%1 is closed; open it again</source>
        <translation>%1 est fermé ; rouvrez-le</translation>
    </message>
    <message>
        <source>the questionnaire this assessment was answered in is missing from %1</source>
        <translation>le questionnaire dans lequel cette évaluation a été remplie manque dans %1</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. This database is on read-only media: copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu.</source>
        <translation>Votre dernière modification n&apos;a pas pu être enregistrée : %1. Cette base de données est sur un support en lecture seule : copiez la base de données dans un dossier où vous pouvez écrire, puis ouvrez la copie avec « Ouvrir un autre fichier de base de données… » dans le menu Fichier.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. It is still on the screen. Check that the disk or USB stick is connected and has free space, then press “Try again”.</source>
        <translation>Votre dernière modification n&apos;a pas pu être enregistrée : %1. Elle est toujours affichée. Vérifiez que le disque ou la clé USB est connecté et dispose d&apos;espace libre, puis cliquez sur « Réessayer ».</translation>
    </message>
</context>
<context>
    <name>TaNeedsWidget</name>
    <message>
        <source>Type of assistance:</source>
        <translation>Type d&apos;assistance :</translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation>Sous-type :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>What is needed:</source>
        <translation>Besoin :</translation>
    </message>
    <message>
        <source>Choose the type of assistance for each need.</source>
        <translation>Choisissez le type d&apos;assistance pour chaque besoin.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Ajouter un besoin</translation>
    </message>
    <message>
        <source>No technical assistance need recorded.</source>
        <translation>Aucun besoin d&apos;assistance technique enregistré.</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrument :</translation>
    </message>
    <message>
        <source>The question&apos;s instruments</source>
        <translation>Les instruments de la question</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>Convention (UNTOC)</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>Protocole relatif à la traite des personnes</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>Protocole relatif au trafic illicite de migrants</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Protocole relatif aux armes à feu</translation>
    </message>
    <message>
        <source>In general terms (no particular type)</source>
        <translation>En termes généraux (aucun type particulier)</translation>
    </message>
    <message>
        <source>Say what assistance is needed.</source>
        <translation>Indiquez l&apos;assistance nécessaire.</translation>
    </message>
</context>
<context>
    <name>TableWidget</name>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Row %1, %2: enter a number.</source>
        <translation>Ligne %1, %2 : saisissez un nombre.</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — not an official submission</source>
        <translation>FORMATION — pas une soumission officielle</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>&amp;Trainer&apos;s guide</source>
        <translation>&amp;Guide du formateur</translation>
    </message>
    <message>
        <source>&amp;Sample assessments of a fictional State</source>
        <translation>&amp;Évaluations types d&apos;un État fictif</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;Vide</translation>
    </message>
    <message>
        <source>&amp;Half answered, with mistakes to find</source>
        <translation>À &amp;moitié remplie, avec des erreurs à trouver</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Complète</translation>
    </message>
    <message>
        <source>Carried &amp;forward to the next cycle</source>
        <translation>&amp;Reportée au cycle suivant</translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation>&amp;Résultats du groupe…</translation>
    </message>
    <message>
        <source>&amp;Reset this laptop for the next group…</source>
        <translation>Réinitialiser cet &amp;ordinateur pour le groupe suivant…</translation>
    </message>
    <message>
        <source>The samples could not be made</source>
        <translation>Les exemples n&apos;ont pas pu être créés</translation>
    </message>
    <message>
        <source>Reset this laptop for the next group</source>
        <translation>Réinitialiser cet ordinateur pour le groupe suivant</translation>
    </message>
    <message>
        <source>Remove the %1 training assessments from this laptop? A backup of the database is made first.</source>
        <translation>Supprimer de cet ordinateur les évaluations de formation (%1) ? Une sauvegarde de la base de données est faite d&apos;abord.</translation>
    </message>
    <message>
        <source>The %1 real assessments and the signing key stay untouched.</source>
        <translation>Les évaluations réelles (%1) et la clé de signature restent intactes.</translation>
    </message>
    <message>
        <source>There is no real assessment here: the signing key goes too, and the next trainee makes a new one with the first package.</source>
        <translation>Il n&apos;y a ici aucune évaluation réelle : la clé de signature est retirée aussi, et le participant suivant en créera une nouvelle avec son premier paquet.</translation>
    </message>
    <message>
        <source>Remove the training assessments</source>
        <translation>Supprimer les évaluations de formation</translation>
    </message>
    <message>
        <source>The laptop could not be reset</source>
        <translation>L&apos;ordinateur n&apos;a pas pu être réinitialisé</translation>
    </message>
    <message>
        <source>%1 training assessments removed.</source>
        <translation>Évaluations de formation supprimées : %1.</translation>
    </message>
    <message>
        <source>Backup made before: %1</source>
        <translation>Sauvegarde faite auparavant : %1</translation>
    </message>
    <message>
        <source>The signing key was put away in %1.</source>
        <translation>La clé de signature a été rangée dans %1.</translation>
    </message>
    <message>
        <source>Ready for the next group</source>
        <translation>Prêt pour le groupe suivant</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>%1 is in the package but not in the signed list of its files (added).</source>
        <translation>%1 est dans le paquet mais pas dans la liste signée de ses fichiers (ajouté).</translation>
    </message>
    <message>
        <source>%1 is in the signed list of files but not in the package (removed).</source>
        <translation>%1 est dans la liste signée des fichiers mais pas dans le paquet (retiré).</translation>
    </message>
    <message>
        <source>%1 has been altered: it is not the file that was signed.</source>
        <translation>%1 a été modifié : ce n’est pas le fichier qui a été signé.</translation>
    </message>
    <message>
        <source>The signature does not verify: the package was changed after it was signed, or its keys do not match.</source>
        <translation>La signature ne se vérifie pas : le paquet a été modifié après sa signature, ou ses clés ne concordent pas.</translation>
    </message>
    <message>
        <source>The signed list of files names another signer than the key that signed it.</source>
        <translation>La liste signée des fichiers nomme un autre signataire que la clé qui l’a signée.</translation>
    </message>
    <message>
        <source>Not trusted: the signing key %1 is not trusted to sign for %2.</source>
        <translation>Non fiable : la clé de signature %1 n’est pas reconnue pour signer au nom de %2.</translation>
    </message>
    <message>
        <source>Unknown questionnaire: %1, version %2.</source>
        <translation>Questionnaire inconnu : %1, version %2.</translation>
    </message>
</context>
</TS>
