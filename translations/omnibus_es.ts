<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Answers</name>
    <message>
        <source>In place</source>
        <translation>Establecido</translation>
    </message>
    <message>
        <source>Partially in place</source>
        <translation>Parcialmente establecido</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>No establecido</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No se aplica</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Partially</source>
        <translation>Parcialmente</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>The assessment is final: reopen it to change answers.</source>
        <translation>La evaluación es definitiva: vuelva a abrirla para cambiar las respuestas.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Context from the focal point: not part of your assignment, shown read-only.</source>
        <translation>Contexto del punto focal: no forma parte de su asignación; se muestra solo para lectura.</translation>
    </message>
    <message>
        <source>%1 % answered</source>
        <translation>%1 % respondido</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left or Ctrl+Page Up)</source>
        <translation>Página anterior (Alt+Izquierda o Ctrl+RePág)</translation>
    </message>
    <message>
        <source>Next page (Alt+Right or Ctrl+Page Down)</source>
        <translation>Página siguiente (Alt+Derecha o Ctrl+AvPág)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Section %1 of %2 · %3 % answered</source>
        <translation>Sección %1 de %2 · %3 % respondido</translation>
    </message>
    <message>
        <source>Section %1 of %2 · nothing to answer yet</source>
        <translation>Sección %1 de %2 · nada que responder por ahora</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>%1 — kept as a draft</source>
        <translation>%1 — guardado como borrador</translation>
    </message>
    <message>
        <source>%1 — kept as a draft (and %2 more)</source>
        <translation>%1 — guardado como borrador (y %2 más)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to institutions</source>
        <translation>Asignar a instituciones</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Persona de contacto:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Frase de contraseña de su clave de firma:</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Responder antes del</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Sections or single questions this institution answers:</source>
        <translation>Secciones o preguntas sueltas que responde esta institución:</translation>
    </message>
    <message>
        <source>Assignment files written:</source>
        <translation>Archivos de asignación guardados:</translation>
    </message>
    <message>
        <source>Write assignment file</source>
        <translation>Guardar el archivo de asignación</translation>
    </message>
    <message>
        <source>Write assignment files into</source>
        <translation>Guardar los archivos de asignación en</translation>
    </message>
    <message>
        <source>Write the institution&apos;s name.</source>
        <translation>Escriba el nombre de la institución.</translation>
    </message>
    <message>
        <source>Tick at least one section or question.</source>
        <translation>Marque al menos una sección o una pregunta.</translation>
    </message>
    <message>
        <source>Type your signing key&apos;s passphrase (at least 8 characters).</source>
        <translation>Escriba la frase de contraseña de su clave de firma (al menos 8 caracteres).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>La carpeta %1 no se puede crear o no se puede escribir en ella: elija otra. No se registró nada.</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>La frase de contraseña no abre su clave de firma. No se registró nada.</translation>
    </message>
    <message>
        <source>The assignment file was not written: %1</source>
        <translation>No se guardó el archivo de asignación: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentWidget</name>
    <message>
        <source>Attach a file…</source>
        <translation>Adjuntar un archivo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Allowed: %1; at most %2 MB each</source>
        <translation>Permitidos: %1; %2 MB como máximo cada uno</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached here.</source>
        <translation>Este tipo de archivo no se puede adjuntar aquí.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo supera los %1 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Every assessment in this database is replaced by those in the backup; the database as it is now is backed up first, so this can be undone.</source>
        <translation>Elija la copia de seguridad a la que volver. Todas las evaluaciones de esta base de datos se sustituyen por las de la copia; antes se hace una copia de la base de datos actual, de modo que la operación puede deshacerse.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>Esta base de datos aún no tiene ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>the first backup of the day</source>
        <translation>primera copia de seguridad del día</translation>
    </message>
    <message>
        <source>made before an assessment was deleted</source>
        <translation>hecha antes de eliminar una evaluación</translation>
    </message>
    <message>
        <source>made before a backup was restored</source>
        <translation>hecha antes de restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>made before omnibus was updated</source>
        <translation>hecha antes de actualizar omnibus</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Clear answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>ClassResultsDialog</name>
    <message>
        <source>Class results</source>
        <translation>Resultados del grupo</translation>
    </message>
    <message>
        <source>Choose the folder where the trainees put their packages (a USB stick or a shared folder).</source>
        <translation>Elija la carpeta donde los participantes dejaron sus paquetes (una memoria USB o una carpeta compartida).</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Elegir la carpeta…</translation>
    </message>
    <message>
        <source>Who handed in</source>
        <translation>Quién entregó su trabajo</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Respuestas lado a lado</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s analysis</source>
        <translation>El análisis de la Secretaría</translation>
    </message>
    <message>
        <source>Save as PDF for the debriefing…</source>
        <translation>Guardar en PDF para la sesión de balance…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The folder of the trainees&apos; packages</source>
        <translation>La carpeta de los paquetes de los participantes</translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation>Leyendo los paquetes…</translation>
    </message>
    <message>
        <source>it is not a complete response package, or it is damaged</source>
        <translation>no es un paquete de respuestas completo, o está dañado</translation>
    </message>
    <message>
        <source>its questionnaire or answers are not those of a questionnaire omnibus knows</source>
        <translation>su cuestionario o sus respuestas no corresponden a un cuestionario que omnibus conozca</translation>
    </message>
    <message>
        <source>No readable training package: nothing to analyse.</source>
        <translation>Ningún paquete de capacitación legible: nada que analizar.</translation>
    </message>
    <message>
        <source>class-results</source>
        <translation>resultados-del-grupo</translation>
    </message>
    <message>
        <source>Save the class&apos;s results</source>
        <translation>Guardar los resultados del grupo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>The class&apos;s results could not be read</source>
        <translation>No se pudieron leer los resultados del grupo</translation>
    </message>
</context>
<context>
    <name>CollaborationRefusals</name>
    <message>
        <source>Choose at least one section or question to assign to %1.</source>
        <translation>Elija al menos una sección o pregunta para asignar a %1.</translation>
    </message>
    <message>
        <source>Give the name of the institution the part is assigned to.</source>
        <translation>Indique el nombre de la institución a la que se asigna la parte.</translation>
    </message>
    <message>
        <source>This questionnaire has no section %1.</source>
        <translation>Este cuestionario no tiene la sección %1.</translation>
    </message>
    <message>
        <source>This questionnaire has no question %1.</source>
        <translation>Este cuestionario no tiene la pregunta %1.</translation>
    </message>
    <message>
        <source>%1 has answered everything assigned to it: no reminder is needed.</source>
        <translation>%1 ha respondido todo lo que se le asignó: no hace falta un recordatorio.</translation>
    </message>
    <message>
        <source>Nothing of this assessment is assigned to %1.</source>
        <translation>Nada de esta evaluación está asignado a %1.</translation>
    </message>
    <message>
        <source>There is no assignment %1.</source>
        <translation>No existe la asignación %1.</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: open the assignment file first.</source>
        <translation>Esta evaluación no responde a una asignación: abra primero el archivo de asignación.</translation>
    </message>
    <message>
        <source>This contribution answers another assessment (%1), not this one (%2). Import it into that assessment.</source>
        <translation>Esta contribución responde a otra evaluación (%1), no a esta (%2). Impórtela en esa evaluación.</translation>
    </message>
    <message>
        <source>This contribution is for %1, but the assessment is for %2.</source>
        <translation>Esta contribución es para %1, pero la evaluación es para %2.</translation>
    </message>
    <message>
        <source>This contribution answers %1 version %2, but the assessment uses %3 version %4.</source>
        <translation>Esta contribución responde a %1 versión %2, pero la evaluación usa %3 versión %4.</translation>
    </message>
    <message>
        <source>This contribution answers assignment %1, which was not made from this assessment.</source>
        <translation>Esta contribución responde a la asignación %1, que no se hizo a partir de esta evaluación.</translation>
    </message>
    <message>
        <source>This contribution is signed for %1, but the assignment was given to %2.</source>
        <translation>Esta contribución está firmada en nombre de %1, pero la asignación se dio a %2.</translation>
    </message>
    <message>
        <source>This contribution answers question %1, which was not assigned to %2.</source>
        <translation>Esta contribución responde a la pregunta %1, que no se asignó a %2.</translation>
    </message>
    <message>
        <source>%1 has no trusted key yet; this contribution is signed by the key:
%2
Check the fingerprint with %1 (by telephone, say) before trusting it.</source>
        <translation>%1 aún no tiene una clave de confianza; esta contribución está firmada con la clave:
%2
Compruebe la huella con %1 (por teléfono, por ejemplo) antes de confiar en ella.</translation>
    </message>
    <message>
        <source>This contribution is signed by the key:
%1
but the key trusted for %2 is:
%3
If %2 really has a new key, check its fingerprint with them before trusting it.</source>
        <translation>Esta contribución está firmada con la clave:
%1
pero la clave de confianza de %2 es:
%3
Si %2 tiene realmente una clave nueva, compruebe su huella con ella antes de confiar en ella.</translation>
    </message>
    <message>
        <source>This is round %1 of the contribution of %2, but round %3 was already imported: an older round is never merged over a newer one.</source>
        <translation>Este es el envío %1 de la contribución de %2, pero el envío %3 ya se importó: un envío anterior nunca se combina sobre uno más reciente.</translation>
    </message>
    <message>
        <source>Round %1 of the contribution of %2 was already imported from a different file. Ask %2 for a new round.</source>
        <translation>El envío %1 de la contribución de %2 ya se importó desde otro archivo. Pida a %2 un nuevo envío.</translation>
    </message>
    <message>
        <source>The answer to question %1 in this contribution is not one this question accepts.</source>
        <translation>La respuesta a la pregunta %1 en esta contribución no es una que esta pregunta acepte.</translation>
    </message>
    <message>
        <source>The answer to question %1 in this assignment is not one this question accepts.</source>
        <translation>La respuesta a la pregunta %1 en esta asignación no es una que esta pregunta acepte.</translation>
    </message>
    <message>
        <source>This contribution signs off section %1, which was not assigned to it.</source>
        <translation>Esta contribución aprueba la sección %1, que no se le asignó.</translation>
    </message>
    <message>
        <source>There is no open conflict %1 in this assessment.</source>
        <translation>No hay ningún conflicto abierto %1 en esta evaluación.</translation>
    </message>
    <message>
        <source>To combine both answers, give the combined answer.</source>
        <translation>Para combinar ambas respuestas, indique la respuesta combinada.</translation>
    </message>
    <message>
        <source>Give the name of the person who signs off.</source>
        <translation>Indique el nombre de la persona que aprueba.</translation>
    </message>
    <message>
        <source>Question %1 is not part of your assignment; it is shown for context only.</source>
        <translation>La pregunta %1 no forma parte de su asignación; se muestra solo como contexto.</translation>
    </message>
    <message>
        <source>Section %1 is not part of the assignment this assessment answers.</source>
        <translation>La sección %1 no forma parte de la asignación a la que responde esta evaluación.</translation>
    </message>
    <message>
        <source>%1; copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu</source>
        <translation>%1; copie la base de datos en una carpeta en la que pueda escribir y abra la copia con «Abrir otro archivo de base de datos…» en el menú Archivo</translation>
    </message>
</context>
<context>
    <name>ConfirmRow</name>
    <message>
        <source>Carried forward from the previous cycle. Is it still true?</source>
        <translation>Trasladada del ciclo anterior. ¿Sigue siendo cierta?</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to settle</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Combine…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <source>No conflict is left: every answer the institutions sent is settled.</source>
        <translation>No queda ningún conflicto: todas las respuestas enviadas por las instituciones están resueltas.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La suya (de usted)</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation>Dada por %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La de ellos</translation>
    </message>
    <message>
        <source>Given by %1 (%2), %3, round %4</source>
        <translation>Dada por %1 (%2), %3, envío %4</translation>
    </message>
    <message>
        <source>Given by %1, %2, round %3</source>
        <translation>Dada por %1, %2, envío %3</translation>
    </message>
    <message>
        <source>Combine both answers</source>
        <translation>Combinar ambas respuestas</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>No resuelto: %1</translation>
    </message>
</context>
<context>
    <name>Contribute</name>
    <message>
        <source>Write contribution</source>
        <translation>Guardar la contribución</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: there is no focal point to send it to.</source>
        <translation>Esta evaluación no responde a una asignación: no hay punto focal al que enviarla.</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Frase de contraseña de su clave de firma:</translation>
    </message>
    <message>
        <source>Write the contribution into</source>
        <translation>Guardar la contribución en</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was written.</source>
        <translation>La carpeta %1 no se puede crear o no se puede escribir en ella: elija otra. No se escribió nada.</translation>
    </message>
    <message>
        <source>The contribution was not written: %1</source>
        <translation>No se guardó la contribución: %1</translation>
    </message>
    <message>
        <source>Written: %1

Send it to the focal point. Before the first one, read them your key&apos;s fingerprint by telephone or in person:
%2</source>
        <translation>Guardada: %1

Envíela al punto focal. Antes del primer envío, léale la huella de su clave por teléfono o en persona:
%2</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>Escriba la fecha como año-mes-día, p. ej., 2024-03-31.</translation>
    </message>
    <message>
        <source>There is no %1: a year has twelve months.</source>
        <translation>La fecha %1 no existe: un año tiene doce meses.</translation>
    </message>
    <message>
        <source>There is no %1: that month has %2 days.</source>
        <translation>La fecha %1 no existe: ese mes tiene %2 días.</translation>
    </message>
</context>
<context>
    <name>EntryListWidget</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Todavía no se ha registrado nada.</translation>
    </message>
</context>
<context>
    <name>ExchangeOpener</name>
    <message>
        <source>Assignments and contributions (%1)</source>
        <translation>Asignaciones y contribuciones (%1)</translation>
    </message>
    <message>
        <source>Open an assignment or a contribution</source>
        <translation>Abrir una asignación o una contribución</translation>
    </message>
    <message>
        <source>This file cannot be used: it is altered, damaged or not an omnibus file.</source>
        <translation>Este archivo no se puede usar: está alterado, dañado o no es un archivo de omnibus.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>No abierto</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>This assignment cannot be opened here.</source>
        <translation>Esta asignación no se puede abrir aquí.</translation>
    </message>
    <message>
        <source>The assessment it answers is not in this database: open the database that holds it first.</source>
        <translation>La evaluación a la que responde no está en esta base de datos: abra primero la que la contiene.</translation>
    </message>
    <message>
        <source>This contribution cannot be merged into your assessments.</source>
        <translation>Esta contribución no se puede fusionar con sus evaluaciones.</translation>
    </message>
    <message>
        <source>Confirm the institution&apos;s key</source>
        <translation>Confirmar la clave de la institución</translation>
    </message>
    <message>
        <source>Ask the institution to read its new key&apos;s fingerprint to you by telephone or in person, and compare it with the first one above. Merge the contribution and trust the new key for %1 from now on?</source>
        <translation>Pida a la institución que le lea la huella de su nueva clave por teléfono o en persona, y compárela con la primera de arriba. ¿Combinar la contribución y confiar en adelante en la nueva clave de %1?</translation>
    </message>
    <message>
        <source>This is the first contribution signed by this key for %1. Ask the institution to read its key&apos;s fingerprint to you by telephone or in person, and compare it with this one:

%2

Merge the contribution and trust this key for %1?</source>
        <translation>Es la primera contribución firmada con esta clave para %1. Pida a la institución que le lea la huella de su clave por teléfono o en persona y compárela con esta:

%2

¿Fusionar la contribución y confiar en esta clave para %1?</translation>
    </message>
    <message>
        <source>This contribution was merged before; nothing changed.</source>
        <translation>Esta contribución ya se había fusionado; nada cambió.</translation>
    </message>
    <message>
        <source>Contribution of %1, round %2: %3, %4, %5.</source>
        <translation>Contribución de %1, envío %2: %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken</source>
        <translation>
            <numerusform>%n respuesta incorporada</numerusform>
            <numerusform>%n respuestas incorporadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) signed off</source>
        <translation>
            <numerusform>%n sección aprobada</numerusform>
            <numerusform>%n secciones aprobadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>Contribución fusionada</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Hand in</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Go to the review</source>
        <translation>Ir a la revisión</translation>
    </message>
    <message>
        <source>Create the response package…</source>
        <translation>Crear el paquete de respuesta…</translation>
    </message>
    <message>
        <source>Save the PDF report…</source>
        <translation>Guardar el informe PDF…</translation>
    </message>
    <message>
        <source>The assessment is a draft. Mark it as final on the review page before handing in.</source>
        <translation>La evaluación es un borrador. Márquela como definitiva en la página de revisión antes de entregarla.</translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>La evaluación es definitiva.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>%1 de %2 preguntas respondidas (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, %1 of them required.</source>
        <translation>
            <numerusform>%n pregunta sigue sin respuesta (obligatorias: %1).</numerusform>
            <numerusform>%n preguntas siguen sin respuesta (obligatorias: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>%n pregunta sigue sin respuesta, no obligatoria.</numerusform>
            <numerusform>%n preguntas siguen sin respuesta, ninguna de ellas obligatoria.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the response package and send it as agreed.</source>
        <translation>Cree el paquete de respuesta y envíelo según lo acordado.</translation>
    </message>
    <message>
        <source>The package can be created once the assessment is marked as final on the review page.</source>
        <translation>El paquete podrá crearse cuando la evaluación se haya marcado como definitiva en la página de revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>%n respuesta tiene un error que corregir.</numerusform>
            <numerusform>%n respuestas tienen errores que corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the response package</source>
        <translation>Guardar el paquete de respuesta</translation>
    </message>
    <message>
        <source>Response packages (*.omnibus)</source>
        <translation>Paquetes de respuestas (*.omnibus)</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Guardar el informe PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel (letter, telephone or in person), so that it can tell the package comes from you.</source>
        <translation>Firmado con la clave %1. Confirme esta huella a la Secretaría por un canal oficial (carta, teléfono o en persona), para que pueda comprobar que el paquete procede de usted.</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock (“Show the passphrase” lets you see what you typed), then try again.</source>
        <translation>la frase de contraseña no abre la clave de firma de este ordenador. Compruebe el idioma del teclado y el bloqueo de mayúsculas («Mostrar la frase de contraseña» le permite ver lo que ha escrito) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The package could not be created: %1</source>
        <translation>No se pudo crear el paquete: %1</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>it is no longer there (moved or removed?)</source>
        <translation>ya no está ahí (¿se movió o se eliminó?)</translation>
    </message>
    <message>
        <source>you are not allowed to use it</source>
        <translation>no tiene permiso para usarlo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk or USB stick is read-only</source>
        <translation>el disco o la memoria USB es de solo lectura</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>el disco informó de un error de entrada/salida</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Trainer&apos;s guide</source>
        <translation>Guía del formador</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>La guía del formador aún no está escrita en este idioma: se muestra en inglés.</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is missing from this installation.</source>
        <translation>La guía del formador no está en esta instalación.</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>La guía del encuestado aún no está escrita en este idioma: se muestra en inglés.</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is missing from this installation.</source>
        <translation>La guía del encuestado falta en esta instalación.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Previous document (Alt+Left)</source>
        <translation>Documento anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>“%1” is not part of this installation.</source>
        <translation>«%1» no forma parte de esta instalación.</translation>
    </message>
    <message>
        <source>Respondent&apos;s guide</source>
        <translation>Guía del encuestado</translation>
    </message>
</context>
<context>
    <name>InstitutionsOverview</name>
    <message>
        <source>Institutions</source>
        <translation>Instituciones</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Answered by others</source>
        <translation>Respondidas por otros</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Answers carried forward from the previous cycle that nobody has confirmed yet: neither the institution&apos;s answers nor anyone else&apos;s for this cycle.</source>
        <translation>Respuestas trasladadas del ciclo anterior que nadie ha confirmado aún: no son de la institución ni de nadie más para este ciclo.</translation>
    </message>
    <message>
        <source>No part of this assessment is assigned to an institution yet.</source>
        <translation>Todavía no se ha asignado ninguna parte de esta evaluación a una institución.</translation>
    </message>
    <message>
        <source>Send a reminder…</source>
        <translation>Enviar un recordatorio…</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>Aprobar una sección…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>Conflictos (%1)…</translation>
    </message>
    <message>
        <source>Choose an institution in the table first.</source>
        <translation>Elija primero una institución en la tabla.</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Enviar un recordatorio</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Frase de contraseña de su clave de firma:</translation>
    </message>
    <message>
        <source>Write the reminder into</source>
        <translation>Guardar el recordatorio en</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>La carpeta %1 no se puede crear o no se puede escribir en ella: elija otra. No se registró nada.</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>La frase de contraseña no abre su clave de firma. No se registró nada.</translation>
    </message>
    <message>
        <source>No reminder was written: %1</source>
        <translation>No se guardó ningún recordatorio: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reminder for %1 written: %n question(s) still to answer.</source>
        <translation>
            <numerusform>Recordatorio para %1 guardado: %n pregunta aún sin respuesta.</numerusform>
            <numerusform>Recordatorio para %1 guardado: %n preguntas aún sin respuesta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>This question must be answered.</source>
        <translation>Esta pregunta debe responderse.</translation>
    </message>
    <message>
        <source>Carried forward from the previous cycle: confirm it or change it.</source>
        <translation>Trasladada del ciclo anterior: confírmela o modifíquela.</translation>
    </message>
    <message>
        <source>This answer belongs to a question the questionnaire no longer has; it is kept for reference.</source>
        <translation>Esta respuesta corresponde a una pregunta que el cuestionario ya no contiene; se conserva como referencia.</translation>
    </message>
    <message>
        <source>Not valid yet, kept as a draft: %1</source>
        <translation>Todavía no es válido, guardado como borrador: %1</translation>
    </message>
    <message>
        <source>The stored answer no longer fits the question: %1</source>
        <translation>La respuesta guardada ya no corresponde a la pregunta: %1</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Show guidance, article references and source</source>
        <translation>Mostrar la orientación, los artículos de referencia y la fuente</translation>
    </message>
    <message>
        <source>Guidance and references</source>
        <translation>Orientación y referencias</translation>
    </message>
    <message>
        <source>Assessor&apos;s comment</source>
        <translation>Comentario del evaluador</translation>
    </message>
    <message>
        <source>Show the assessor&apos;s comment</source>
        <translation>Mostrar el comentario del evaluador</translation>
    </message>
    <message>
        <source>Optional: context, sources or reservations</source>
        <translation>Opcional: contexto, fuentes o reservas</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two article references</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Referencias:</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>párr. %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
</context>
<context>
    <name>LanguageBanner</name>
    <message>
        <source>This questionnaire has no %1 translation; it is shown in %2. It exists in:</source>
        <translation>Este cuestionario no tiene traducción al %1; se muestra en %2. Existe en:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The %1 text of this questionnaire is a working translation; the %2 text is authoritative.</source>
        <translation>El texto de este cuestionario en %1 es una traducción de trabajo; el texto en %2 es el auténtico.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
</context>
<context>
    <name>LegislationWidget</name>
    <message>
        <source>Title of the act:</source>
        <translation>Título de la norma:</translation>
    </message>
    <message>
        <source>Article(s):</source>
        <translation>Artículo(s):</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD):</source>
        <translation>Fecha (AAAA-MM-DD):</translation>
    </message>
    <message>
        <source>Reference or web address:</source>
        <translation>Referencia o dirección web:</translation>
    </message>
    <message>
        <source>Excerpt:</source>
        <translation>Extracto:</translation>
    </message>
    <message>
        <source>the title of the act is missing.</source>
        <translation>falta el título de la ley.</translation>
    </message>
    <message>
        <source>the date must be written year-month-day, e.g. 2010-03-12, not %1.</source>
        <translation>la fecha debe escribirse año-mes-día, p. ej. 2010-03-12, no %1.</translation>
    </message>
    <message>
        <source>Add legislation</source>
        <translation>Añadir legislación</translation>
    </message>
    <message>
        <source>No legislation cited yet.</source>
        <translation>Todavía no se ha citado legislación.</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>Cita %1: %2</translation>
    </message>
</context>
<context>
    <name>LongTextWidget</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>El texto es demasiado largo: %n carácter como máximo.</numerusform>
            <numerusform>El texto es demasiado largo: %n caracteres como máximo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Questionnaire language</source>
        <translation>Idioma del &amp;cuestionario</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>No se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>This database is on read-only media: it is open for reading only, and nothing can be changed.</source>
        <translation>Esta base de datos está en un soporte de solo lectura: está abierta solo para lectura y no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>UNTOC self-assessment checklist</source>
        <translation>Lista de verificación para la autoevaluación (UNTOC)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Opening your assessments…</source>
        <translation>Abriendo sus evaluaciones…</translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation>&amp;Pantalla de inicio</translation>
    </message>
    <message>
        <source>&amp;Open another database file…</source>
        <translation>&amp;Abrir otro archivo de base de datos…</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Abrir &amp;paquete…</translation>
    </message>
    <message>
        <source>Import a &amp;receipt from the Secretariat…</source>
        <translation>Importar un &amp;acuse de recibo de la Secretaría…</translation>
    </message>
    <message>
        <source>A&amp;ssign to institutions…</source>
        <translation>A&amp;signar a instituciones…</translation>
    </message>
    <message>
        <source>Open assignment / &amp;contribution…</source>
        <translation>Abrir asignación / &amp;contribución…</translation>
    </message>
    <message>
        <source>&amp;Write contribution for the focal point…</source>
        <translation>&amp;Guardar la contribución para el punto focal…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s guide</source>
        <translation>&amp;Guía del encuestado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>A&amp;cerca de</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Abrir un archivo de base de datos</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Bases de datos (*.db)</translation>
    </message>
    <message>
        <source>Response packages (%1)</source>
        <translation>Paquetes de respuestas (%1)</translation>
    </message>
    <message>
        <source>Open a response package</source>
        <translation>Abrir un paquete de respuestas</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Assign to institutions</source>
        <translation>Asignar a instituciones</translation>
    </message>
    <message>
        <source>Open an assessment first.</source>
        <translation>Abra primero una evaluación.</translation>
    </message>
    <message>
        <source>Write contribution</source>
        <translation>Guardar la contribución</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Se produjo un problema</translation>
    </message>
    <message>
        <source>%1 — works offline; your answers stay on this computer until you hand them in.</source>
        <translation>%1 — funciona sin conexión; sus respuestas permanecen en este equipo hasta que las entregue.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <source>Other, please specify:</source>
        <translation>Otro, especifique:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Other, please specify</source>
        <translation>Otro, especifique</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrumento:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artículo:</translation>
    </message>
    <message>
        <source>Words in a question</source>
        <translation>Palabras de una pregunta</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>Buscar en las preguntas</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Todos los instrumentos</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>Convención (UNTOC)</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>Protocolo sobre la trata de personas</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>Protocolo sobre el tráfico ilícito de migrantes</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Protocolo sobre armas de fuego</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todos los ámbitos</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Filter by instrument</source>
        <translation>Filtrar por instrumento</translation>
    </message>
    <message>
        <source>Filter by thematic area</source>
        <translation>Filtrar por ámbito temático</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>Filtrar por artículo</translation>
    </message>
    <message>
        <source>Go to the first unanswered required question</source>
        <translation>Ir a la primera pregunta obligatoria sin responder</translation>
    </message>
    <message>
        <source>Questionnaire contents</source>
        <translation>Contenido del cuestionario</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>Revisar y terminar</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>%1 (context from the focal point, read-only)</source>
        <translation>%1 (contexto del punto focal, solo lectura)</translation>
    </message>
    <message>
        <source>No question matches the filter.</source>
        <translation>Ninguna pregunta coincide con el filtro.</translation>
    </message>
    <message>
        <source>Nothing to answer yet: no question here applies with the answers given so far.</source>
        <translation>Nada que responder por ahora: ninguna pregunta de esta sección se aplica con las respuestas dadas hasta ahora.</translation>
    </message>
    <message>
        <source>%1 percent answered</source>
        <translation>%1 por ciento respondido</translation>
    </message>
</context>
<context>
    <name>NewAssessmentForm</name>
    <message>
        <source>A blank questionnaire</source>
        <translation>Un cuestionario en blanco</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>%1, training</source>
        <translation>%1, formación</translation>
    </message>
    <message>
        <source>%1, cycle %2 — %3 (%4, %5)</source>
        <translation>%1, ciclo %2 — %3 (%4, %5)</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Comenzar una nueva evaluación</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Empezar desde:</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Cuestionario:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>Coordinador:</translation>
    </message>
    <message>
        <source>Reporting cycle:</source>
        <translation>Ciclo de presentación de informes:</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>p. ej., Ministerio de Justicia</translation>
    </message>
    <message>
        <source>Name and title of the person responsible</source>
        <translation>Nombre y cargo de la persona responsable</translation>
    </message>
    <message>
        <source>Training exercise (not for submission)</source>
        <translation>Ejercicio de capacitación (no para entrega)</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Comenzar la evaluación</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Elija el país en la lista.</translation>
    </message>
    <message>
        <source>Give the reporting cycle, e.g. %1.</source>
        <translation>Indique el ciclo de presentación de informes, p. ej., %1.</translation>
    </message>
    <message>
        <source>The reporting cycle is a year, such as %1, or a range of years, such as %2.</source>
        <translation>El ciclo de presentación de informes es un año, como %1, o un período de varios años, como %2.</translation>
    </message>
    <message>
        <source>Starting from a previous assessment, the reporting cycle must come after its own: give one after %1.</source>
        <translation>Al partir de una evaluación anterior, el ciclo de presentación de informes debe ser posterior al suyo: indique uno posterior a %1.</translation>
    </message>
    <message>
        <source>Choose a questionnaire.</source>
        <translation>Elija un cuestionario.</translation>
    </message>
    <message>
        <source>This assessment exists already</source>
        <translation>Esta evaluación ya existe</translation>
    </message>
    <message>
        <source>%1 already has an assessment of “%2” for the cycle %3 (%4, last change %5).</source>
        <translation>%1 ya tiene una evaluación «%2» para el ciclo %3 (%4, último cambio: %5).</translation>
    </message>
    <message>
        <source>Continue that one, or start a second one on purpose?</source>
        <translation>¿Continuar esa evaluación o empezar deliberadamente una segunda?</translation>
    </message>
    <message>
        <source>Continue that one</source>
        <translation>Continuar esa</translation>
    </message>
    <message>
        <source>Start another one</source>
        <translation>Empezar otra</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>No se pudo guardar la evaluación: %1</translation>
    </message>
</context>
<context>
    <name>NothingYet</name>
    <message>
        <source>Nothing to answer here yet: none of this section&apos;s questions applies with the answers given so far.</source>
        <translation>Nada que responder aquí por ahora: ninguna de las preguntas de esta sección se aplica con las respuestas dadas hasta ahora.</translation>
    </message>
    <message>
        <source>Its questions depend on your answer to this question:</source>
        <translation>Sus preguntas dependen de su respuesta a esta pregunta:</translation>
    </message>
    <message>
        <source>Its questions depend on your answers to these questions:</source>
        <translation>Sus preguntas dependen de sus respuestas a estas preguntas:</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number</source>
        <translation>Un número entero</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>Escriba un número entero, p. ej., 12.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>Escriba un número, p. ej., 12,5.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: for the whole number, type %2; for the decimal, type %3.</source>
        <translation>«%1» puede leerse de dos maneras: para el número entero, escriba %2; para el decimal, escriba %3.</translation>
    </message>
    <message>
        <source>In this language “%1” separates thousands; the decimal mark is “%2”, e.g. %3.</source>
        <translation>En este idioma, «%1» separa los millares; el separador decimal es «%2», p. ej., %3.</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <source>there is no signing key on this computer yet</source>
        <translation>todavía no hay ninguna clave de firma en este ordenador</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key</source>
        <translation>la frase de contraseña no abre la clave de firma de este ordenador</translation>
    </message>
    <message>
        <source>the signing key here was made by another installation (a copied data folder); this one needs its own key</source>
        <translation>la clave de firma que hay aquí la creó otra instalación (una carpeta de datos copiada); esta necesita su propia clave</translation>
    </message>
    <message>
        <source>this computer&apos;s signing key is missing or damaged, or cannot be used</source>
        <translation>la clave de firma de este ordenador falta o está dañada, o no se puede usar</translation>
    </message>
    <message>
        <source>the Secretariat database cannot be read or written</source>
        <translation>la base de datos de la Secretaría no se puede leer ni escribir</translation>
    </message>
    <message>
        <source>the package it is for is not in the Secretariat database, or the receipt is not valid</source>
        <translation>el paquete al que corresponde no está en la base de datos de la Secretaría, o el acuse de recibo no es válido</translation>
    </message>
    <message>
        <source>it is encrypted, and no key of this installation opens it</source>
        <translation>está cifrado y ninguna clave de esta instalación lo abre</translation>
    </message>
    <message>
        <source>it is not a response package, or it is damaged, incomplete or altered</source>
        <translation>no es un paquete de respuestas, o está dañado, incompleto o alterado</translation>
    </message>
</context>
<context>
    <name>PackageViewer</name>
    <message>
        <source>Response package: %1</source>
        <translation>Paquete de respuestas: %1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Ciclo de presentación de informes</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Abrir el informe</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Guardar el informe…</translation>
    </message>
    <message>
        <source>Open with the &amp;Secretariat&apos;s key</source>
        <translation>Abrir con la clave de la &amp;Secretaría</translation>
    </message>
    <message>
        <source>&amp;Import into the Secretariat database</source>
        <translation>&amp;Importar a la base de datos de la Secretaría</translation>
    </message>
    <message>
        <source>Write a &amp;receipt for the State…</source>
        <translation>Emitir un &amp;acuse de recibo para el Estado…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Leyendo el paquete…</translation>
    </message>
    <message>
        <source>This file cannot be read as a response package.</source>
        <translation>Este archivo no puede leerse como un paquete de respuestas.</translation>
    </message>
    <message>
        <source>Nothing was altered: the package is signed, and every file in it is exactly as signed.</source>
        <translation>Nada fue alterado: el paquete está firmado y cada archivo que contiene es exactamente como se firmó.</translation>
    </message>
    <message>
        <source>Altered: this package is not as it was signed. Do not rely on what it says.</source>
        <translation>Alterado: este paquete no es como se firmó. No confíe en lo que dice.</translation>
    </message>
    <message>
        <source>This package is encrypted for the Secretariat: only the Secretariat&apos;s key can open it.</source>
        <translation>Este paquete está cifrado para la Secretaría: solo la clave de la Secretaría puede abrirlo.</translation>
    </message>
    <message>
        <source>It could not be opened with this installation&apos;s key: %1</source>
        <translation>No se pudo abrir con la clave de esta instalación: %1</translation>
    </message>
    <message>
        <source>This installation has the Secretariat&apos;s key: the package can be opened with it.</source>
        <translation>Esta instalación tiene la clave de la Secretaría: el paquete puede abrirse con ella.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Motivo: %1.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>Draft (not final)</source>
        <translation>Borrador (no definitivo)</translation>
    </message>
    <message>
        <source>Yes: a training package, not an official submission</source>
        <translation>Sí: un paquete de capacitación, no una presentación oficial</translation>
    </message>
    <message>
        <source>No: an official submission</source>
        <translation>No: una presentación oficial</translation>
    </message>
    <message>
        <source>Not trusted: the package was altered</source>
        <translation>No es de confianza: el paquete fue alterado</translation>
    </message>
    <message>
        <source>Trust not checked: the Secretariat database cannot be read</source>
        <translation>Confianza no verificada: no se puede leer la base de datos de la Secretaría</translation>
    </message>
    <message>
        <source>Trust not checked (no Secretariat database on this computer)</source>
        <translation>Confianza no verificada (no hay base de datos de la Secretaría en este ordenador)</translation>
    </message>
    <message>
        <source>Trusted: the Secretariat has confirmed this key for %1</source>
        <translation>De confianza: la Secretaría ha confirmado esta clave para %1</translation>
    </message>
    <message>
        <source>Not trusted yet: the Secretariat has not confirmed any key for %1</source>
        <translation>Aún no es de confianza: la Secretaría no ha confirmado ninguna clave para %1</translation>
    </message>
    <message>
        <source>Not trusted yet: %1 has another trusted key; this one is not confirmed</source>
        <translation>Aún no es de confianza: %1 tiene otra clave de confianza; esta no está confirmada</translation>
    </message>
    <message>
        <source>Not trusted: this key was revoked for %1</source>
        <translation>No es de confianza: esta clave fue revocada para %1</translation>
    </message>
    <message>
        <source>Not trusted: this key is trusted for another country, not for %1</source>
        <translation>No es de confianza: esta clave es de confianza para otro país, no para %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the report is here: %1</source>
        <translation>Ningún visor de PDF lo abrió; el informe está aquí: %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>Write a receipt</source>
        <translation>Emitir un acuse de recibo</translation>
    </message>
    <message>
        <source>Passphrase of the signing key:</source>
        <translation>Frase de contraseña de la clave de firma:</translation>
    </message>
    <message>
        <source>Write the receipt into</source>
        <translation>Guardar el acuse de recibo en</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>No se emitió ningún acuse de recibo: %1</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>la frase de contraseña no abre la clave de firma de este ordenador. Compruebe el idioma del teclado y el bloqueo de mayúsculas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Receipt written: %1</source>
        <translation>Acuse de recibo emitido: %1</translation>
    </message>
    <message>
        <source>Imported: this is now the current package of %1 for this cycle.</source>
        <translation>Importado: ahora es el paquete vigente de %1 para este ciclo.</translation>
    </message>
    <message>
        <source>Imported as history: a newer package of %1 for this cycle is stored.</source>
        <translation>Importado como historial: hay guardado un paquete más reciente de %1 para este ciclo.</translation>
    </message>
    <message>
        <source>Stored and held: it counts once the signing key is confirmed for %1.</source>
        <translation>Guardado y retenido: contará cuando se confirme la clave de firma para %1.</translation>
    </message>
    <message>
        <source>Already stored: nothing changed.</source>
        <translation>Ya estaba guardado: nada cambió.</translation>
    </message>
    <message>
        <source>Already stored, and held: it counts once the signing key is confirmed for %1. Nothing changed.</source>
        <translation>Ya guardado, y retenido: contará cuando se confirme la clave de firma para %1. Nada ha cambiado.</translation>
    </message>
    <message>
        <source>Already stored, as history: a newer package of %1 for this cycle is stored. Nothing changed.</source>
        <translation>Ya guardado, como historial: hay guardado un paquete más reciente de %1 para este ciclo. Nada ha cambiado.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <source>Your part of the assessment</source>
        <translation>Su parte de la evaluación</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>Aprobar una sección…</translation>
    </message>
    <message>
        <source>Write contribution for the focal point…</source>
        <translation>Guardar la contribución para el punto focal…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1 by %2: %n question(s).</source>
        <translation>
            <numerusform>Asignado a %1 por %2: %n pregunta.</numerusform>
            <numerusform>Asignado a %1 por %2: %n preguntas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Persona de contacto: %1</translation>
    </message>
    <message>
        <source>Answer by %1.</source>
        <translation>Responder antes del %1.</translation>
    </message>
    <message>
        <source>Note from the focal point: %1</source>
        <translation>Nota del punto focal: %1</translation>
    </message>
    <message>
        <source>Contributions written so far: %1.</source>
        <translation>Contribuciones guardadas hasta ahora: %1.</translation>
    </message>
    <message>
        <source>No contribution written yet.</source>
        <translation>Todavía no se ha guardado ninguna contribución.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation>Secciones aprobadas:</translation>
    </message>
    <message>
        <source>No section signed off yet.</source>
        <translation>Todavía no se ha aprobado ninguna sección.</translation>
    </message>
</context>
<context>
    <name>PathButtons</name>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copiar la ruta</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Answered by %1 (%2) on %3, round %4; accepted by %5 on %6.</source>
        <translation>Respuesta de %1 (%2) el %3, envío %4; aceptada por %5 el %6.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2, round %3; accepted by %4 on %5.</source>
        <translation>Respuesta de %1 el %2, envío %3; aceptada por %4 el %5.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Ficheros de tipo:</translation>
    </message>
</context>
<context>
    <name>ReceiptImport</name>
    <message>
        <source>Receipts from the Secretariat (%1)</source>
        <translation>Acuses de recibo de la Secretaría (%1)</translation>
    </message>
    <message>
        <source>Import a receipt from the Secretariat</source>
        <translation>Importar un acuse de recibo de la Secretaría</translation>
    </message>
    <message>
        <source>Receipt not imported</source>
        <translation>Acuse de recibo no importado</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>This receipt, or a newer one for the same package, was already stored.</source>
        <translation>Este acuse de recibo, u otro más reciente del mismo paquete, ya estaba guardado.</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paquete %1</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>Acuse de recibo importado</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Received by the Secretariat on %1, accepted.</source>
        <translation>Recibido por la Secretaría el %1, aceptado.</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, pending: the Secretariat has still to confirm your signing key.</source>
        <translation>Recibido por la Secretaría el %1, pendiente: la Secretaría aún debe confirmar su clave de firma.</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, refused: %2</source>
        <translation>Recibido por la Secretaría el %1, rechazado: %2</translation>
    </message>
    <message>
        <source>This receipt has been altered since the Secretariat signed it.</source>
        <translation>Este acuse de recibo se modificó después de que la Secretaría lo firmara.</translation>
    </message>
    <message>
        <source>This receipt is not signed with the Secretariat&apos;s key that came with omnibus.</source>
        <translation>Este acuse de recibo no está firmado con la clave de la Secretaría incluida en omnibus.</translation>
    </message>
    <message>
        <source>This installation has no Secretariat key to check receipts with. It comes with the installer; ask whoever installed omnibus.</source>
        <translation>Esta instalación no tiene la clave de la Secretaría para verificar los acuses de recibo. Viene con el instalador; consulte a quien instaló omnibus.</translation>
    </message>
    <message>
        <source>This receipt is for a package that was not made on this computer.</source>
        <translation>Este acuse de recibo corresponde a un paquete que no se creó en este equipo.</translation>
    </message>
    <message>
        <source>This receipt is for a package of another assessment.</source>
        <translation>Este acuse de recibo corresponde a un paquete de otra evaluación.</translation>
    </message>
    <message>
        <source>This receipt names another country or assessment than the package it is for.</source>
        <translation>Este acuse de recibo indica otro país u otra evaluación que el paquete al que corresponde.</translation>
    </message>
    <message>
        <source>This file is not a receipt from the Secretariat, or it is damaged.</source>
        <translation>Este archivo no es un acuse de recibo de la Secretaría, o está dañado.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>This answer does not have the form this question expects, so it was not stored.</source>
        <translation>Esta respuesta no tiene la forma que espera esta pregunta; no se ha guardado.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Elija una de las opciones propuestas.</translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation>Elija el tipo de asistencia.</translation>
    </message>
    <message>
        <source>Choose the kind of assistance within the type.</source>
        <translation>Elija la modalidad de asistencia dentro del tipo.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Elija una prioridad.</translation>
    </message>
    <message>
        <source>%1 is below the minimum, %2.</source>
        <translation>%1 es inferior al mínimo, %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum, %2.</source>
        <translation>%1 es superior al máximo, %2.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Escriba un número entero.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Este número es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>Escriba la fecha como año-mes-día, p. ej., 2024-03-31.</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar.</source>
        <translation>La fecha %1 no existe en el calendario.</translation>
    </message>
    <message>
        <source>%1 is before the earliest date allowed, %2.</source>
        <translation>%1 es anterior a la primera fecha admitida, %2.</translation>
    </message>
    <message>
        <source>%1 is after the latest date allowed, %2.</source>
        <translation>%1 es posterior a la última fecha admitida, %2.</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 are allowed.</source>
        <translation>Este texto tiene %1 caracteres; se admiten %2 como máximo.</translation>
    </message>
    <message>
        <source>“Other” is ticked: say what it is.</source>
        <translation>«Otro» está marcado: indique de qué se trata.</translation>
    </message>
    <message>
        <source>Select at least %1 (now %2).</source>
        <translation>Seleccione al menos %1 (ahora %2).</translation>
    </message>
    <message>
        <source>Select at most %1 (now %2).</source>
        <translation>Seleccione como máximo %1 (ahora %2).</translation>
    </message>
    <message>
        <source>At most %1 citations are allowed (now %2).</source>
        <translation>Referencias admitidas: %1 como máximo (ahora %2).</translation>
    </message>
    <message>
        <source>At least %1 citations are needed (now %2).</source>
        <translation>Referencias necesarias: al menos %1 (ahora %2).</translation>
    </message>
    <message>
        <source>Give the title of the act.</source>
        <translation>Indique el título de la ley.</translation>
    </message>
    <message>
        <source>At most %1 files are allowed (now %2).</source>
        <translation>Archivos admitidos: %1 como máximo (ahora %2).</translation>
    </message>
    <message>
        <source>At most %1 rows are allowed (now %2).</source>
        <translation>Filas admitidas: %1 como máximo (ahora %2).</translation>
    </message>
    <message>
        <source>At least %1 rows are needed (now %2).</source>
        <translation>Filas necesarias: al menos %1 (ahora %2).</translation>
    </message>
    <message>
        <source>%1 is not a kind of file this question takes (%2).</source>
        <translation>%1 no es un tipo de archivo que admita esta pregunta (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB is allowed.</source>
        <translation>%1 ocupa %2 MB; se admiten como máximo %3 MB.</translation>
    </message>
    <message>
        <source>The same file is attached twice.</source>
        <translation>El mismo archivo está adjunto dos veces.</translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation>%1 ya está adjunto aquí.</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are allowed.</source>
        <translation>El comentario tiene %1 caracteres; se admiten %2 como máximo.</translation>
    </message>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>Debe completarse «%1».</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>Referencia %1: %2</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>Archivo %1: %2</translation>
    </message>
    <message>
        <source>Need %1: %2</source>
        <translation>Necesidad %1: %2</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Backups, newest first:
%1</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua:
%1</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>The database %1 is gone: omnibus used a database there, and the file was deleted or moved. Nothing was created in its place.</source>
        <translation>La base de datos %1 ha desaparecido: omnibus usaba una base de datos en ese lugar y el archivo se eliminó o se movió. No se creó nada en su lugar.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: omnibus cannot read all of it, so nothing more can be saved.</source>
        <translation>La base de datos %1 está dañada: omnibus no puede leerla entera, así que no se puede guardar nada más en ella.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finish</source>
        <translation>Revisar y terminar</translation>
    </message>
    <message>
        <source>Double-click an entry, or select it and press Enter, to go to the question.</source>
        <translation>Haga doble clic en una entrada, o selecciónela y pulse Intro, para ir a la pregunta.</translation>
    </message>
    <message>
        <source>Questions that need attention</source>
        <translation>Preguntas que requieren atención</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Marcar como definitiva</translation>
    </message>
    <message>
        <source>Reopen for changes</source>
        <translation>Volver a abrir para cambios</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>%1 de %2 preguntas respondidas (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still unanswered.</source>
        <translation>
            <numerusform>%n pregunta obligatoria sin responder.</numerusform>
            <numerusform>%n preguntas obligatorias sin responder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>La evaluación es definitiva.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nada requiere atención.</translation>
    </message>
    <message>
        <source>Everything required is answered: the assessment can now be marked as final.</source>
        <translation>Todas las preguntas obligatorias tienen respuesta: ahora puede marcar la evaluación como definitiva.</translation>
    </message>
    <message>
        <source>The assessment cannot be marked as final yet.</source>
        <translation>Todavía no se puede marcar la evaluación como definitiva.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) are unanswered.</source>
        <translation>
            <numerusform>%n pregunta obligatoria está sin responder.</numerusform>
            <numerusform>%n preguntas obligatorias están sin responder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>%n respuesta tiene un error que corregir.</numerusform>
            <numerusform>%n respuestas tienen errores que corregir.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed above; fix them, then mark the assessment as final again.</source>
        <translation>Se enumeran arriba; corríjalas y vuelva a marcar la evaluación como definitiva.</translation>
    </message>
    <message>
        <source>Mark the assessment as final?</source>
        <translation>¿Marcar la evaluación como definitiva?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>%n pregunta sigue sin respuesta, no obligatoria.</numerusform>
            <numerusform>%n preguntas siguen sin respuesta, ninguna de ellas obligatoria.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final assessment can no longer be changed unless it is reopened; it is what the response package hands in.</source>
        <translation>Una evaluación definitiva ya no puede modificarse salvo que se vuelva a abrir; es lo que entrega el paquete de respuesta.</translation>
    </message>
</context>
<context>
    <name>ServiceRefusals</name>
    <message>
        <source>the reporting cycle must be a year, such as %1, or a range of years, such as %2, and come after the cycle of the assessment it starts from</source>
        <translation>el ciclo de presentación de informes debe ser un año, como %1, o un intervalo de años, como %2, y ser posterior al ciclo de la evaluación de la que parte</translation>
    </message>
    <message>
        <source>the assessment cannot be made final yet: %1 required questions are unanswered and %2 other problems are to be fixed</source>
        <translation>la evaluación aún no puede hacerse definitiva: preguntas obligatorias sin respuesta: %1; otros problemas por corregir: %2</translation>
    </message>
    <message>
        <source>the assessment is final; reopen it to change it</source>
        <translation>la evaluación es definitiva; vuelva a abrirla para modificarla</translation>
    </message>
    <message>
        <source>the country already has an assessment of this questionnaire for this reporting cycle</source>
        <translation>el país ya tiene una evaluación de este cuestionario para este ciclo de presentación de informes</translation>
    </message>
    <message>
        <source>the two are not editions of the same questionnaire</source>
        <translation>las dos no son ediciones del mismo cuestionario</translation>
    </message>
    <message>
        <source>what it needs cannot be found (an assessment, a questionnaire or a file removed in the meantime?)</source>
        <translation>no se encuentra lo que necesita (¿una evaluación, un cuestionario o un archivo eliminado entretanto?)</translation>
    </message>
    <message>
        <source>the country is not known; choose it from the list</source>
        <translation>el país no es conocido; elíjalo de la lista</translation>
    </message>
    <message>
        <source>some of the answers were refused; nothing was saved</source>
        <translation>se rechazaron algunas respuestas; no se guardó nada</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off a section</source>
        <translation>Aprobar una sección</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Sección:</translation>
    </message>
    <message>
        <source>Approved by (name):</source>
        <translation>Aprobada por (nombre):</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Write the name of the person who approved the section.</source>
        <translation>Escriba el nombre de la persona que aprobó la sección.</translation>
    </message>
    <message>
        <source>Not signed off: %1</source>
        <translation>No aprobada: %1</translation>
    </message>
</context>
<context>
    <name>SigningKeyForm</name>
    <message>
        <source>&amp;Passphrase of the signing key:</source>
        <translation>&amp;Frase de contraseña de la clave de firma:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Repita la frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Frase de contraseña de la clave de firma</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Nobody can recover it, not even the Secretariat. Create a new signing key instead: the next package is signed with it, and you must tell the Secretariat its new fingerprint by an official channel (letter, telephone or in person), or it cannot trust the package.</source>
        <translation>¿Olvidó la frase de contraseña? Nadie puede recuperarla, ni siquiera la Secretaría. Cree en su lugar una nueva clave de firma: el próximo paquete se firmará con ella, y deberá comunicar a la Secretaría su nueva huella digital por un canal oficial (carta, teléfono o en persona); de lo contrario, no podrá confiar en el paquete.</translation>
    </message>
    <message>
        <source>Create a new signing key…</source>
        <translation>Crear una nueva clave de firma…</translation>
    </message>
    <message>
        <source>Type the passphrase of the signing key (at least %1 characters).</source>
        <translation>Escriba la frase de contraseña de la clave de firma (al menos %1 caracteres).</translation>
    </message>
    <message>
        <source>Type the same passphrase again in the second field.</source>
        <translation>Escriba la misma frase de contraseña en el segundo campo.</translation>
    </message>
    <message>
        <source>The next package creates a new signing key in place of %1. Choose a new passphrase of at least %2 characters and keep it safe.</source>
        <translation>El próximo paquete crea una nueva clave de firma en lugar de %1. Elija una nueva frase de contraseña de al menos %2 caracteres y guárdela en lugar seguro.</translation>
    </message>
    <message>
        <source>The first package creates this computer&apos;s signing key. Choose a passphrase of at least %1 characters and keep it safe: it is asked for every package.</source>
        <translation>El primer paquete crea la clave de firma de este ordenador. Elija una frase de contraseña de al menos %1 caracteres y guárdela en lugar seguro: se pedirá para cada paquete.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key: %1</source>
        <translation>Clave de firma de este ordenador: %1</translation>
    </message>
    <message>
        <source>Create a new signing key</source>
        <translation>Crear una nueva clave de firma</translation>
    </message>
    <message>
        <source>The present signing key will be replaced by a new one when the next package is created. Packages signed with the new key are trusted only once the Secretariat has its fingerprint: send it by an official channel.</source>
        <translation>La clave de firma actual se sustituirá por una nueva al crear el próximo paquete. Los paquetes firmados con la nueva clave solo serán de confianza cuando la Secretaría tenga su huella digital: envíela por un canal oficial.</translation>
    </message>
    <message>
        <source>Use a new key</source>
        <translation>Usar una clave nueva</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Cycle %1 · %2 · last change %3</source>
        <translation>Ciclo %1 · %2 · último cambio %3</translation>
    </message>
    <message>
        <source>Every assessment in this database is archived: tick “Show archived”.</source>
        <translation>Todas las evaluaciones de esta base de datos están archivadas: marque «Mostrar archivadas».</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Archived: %1. Tick “Show archived” to see it again.</source>
        <translation>Archivada: %1. Marque «Mostrar archivadas» para volver a verla.</translation>
    </message>
    <message>
        <source>Back in the list: %1.</source>
        <translation>De nuevo en la lista: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>Delete the assessment?</source>
        <translation>¿Eliminar la evaluación?</translation>
    </message>
    <message>
        <source>Delete this assessment and all its answers?

%1</source>
        <translation>¿Eliminar esta evaluación y todas sus respuestas?

%1</translation>
    </message>
    <message>
        <source>A backup of the database is made first: “Restore from a backup…” brings the assessment back.</source>
        <translation>Antes se hace una copia de seguridad de la base de datos: «Restaurar una copia de seguridad…» recupera la evaluación.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The assessment was not deleted: %1</source>
        <translation>La evaluación no se ha eliminado: %1</translation>
    </message>
    <message>
        <source>Deleted: %1. A backup of the database made just before is %2.</source>
        <translation>Eliminada: %1. Una copia de seguridad de la base de datos hecha justo antes está en %2.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was before is in %2.</source>
        <translation>Se ha restaurado la copia de seguridad del %1. La base de datos tal como estaba antes está en %2.</translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation>Lista de verificación para la autoevaluación</translation>
    </message>
    <message>
        <source>United Nations Convention against Transnational Organized Crime and the Protocols thereto. Every answer is saved as you go; you can stop at any time and continue later.</source>
        <translation>Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos. Cada respuesta se guarda a medida que avanza; puede detenerse en cualquier momento y continuar más tarde.</translation>
    </message>
    <message>
        <source>Continue an assessment</source>
        <translation>Continuar una evaluación</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>Evaluaciones de esta base de datos</translation>
    </message>
    <message>
        <source>There is no assessment in this database yet. Start one on the right.</source>
        <translation>Esta base de datos aún no contiene evaluaciones. Comience una a la derecha.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivadas</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Open another database file…</source>
        <translation>Abrir otro archivo de base de datos…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk holding %1 is full; free some space and try again (nothing saved was lost)</source>
        <translation>el disco que contiene %1 está lleno; libere espacio y vuelva a intentarlo (no se perdió nada de lo guardado)</translation>
    </message>
    <message>
        <source>%1 cannot be written (it is read-only or on read-only media)</source>
        <translation>no se puede escribir en %1 (es de solo lectura o está en un soporte de solo lectura)</translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again</source>
        <translation>%1 está ocupado por otro programa; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>%1 cannot be found; was it moved or removed?</source>
        <translation>no se encuentra %1; ¿se movió o se eliminó?</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañado</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error; was it removed?</source>
        <translation>el disco que contiene %1 informó de un error de entrada/salida; ¿se retiró?</translation>
    </message>
    <message>
        <source>%1 is already open in another omnibus window or command; close that one first</source>
        <translation>%1 ya está abierto en otra ventana o comando de omnibus; ciérrelo primero</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of omnibus; update omnibus to open it</source>
        <translation>%1 fue escrito por una versión más reciente de omnibus; actualice omnibus para abrirlo</translation>
    </message>
    <message>
        <source>%1 is not an omnibus database (another program&apos;s file?); it was left as it is</source>
        <translation>%1 no es una base de datos de omnibus (¿un archivo de otro programa?); se dejó como estaba</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>no existe la copia de seguridad %1</translation>
    </message>
    <message>
        <source>%1 is not a sound backup that this version of omnibus can open; choose another one</source>
        <translation>%1 no es una copia de seguridad íntegra que esta versión de omnibus pueda abrir; elija otra</translation>
    </message>
    <message>
        <source>no backup could be written into %1</source>
        <translation>no se pudo escribir ninguna copia de seguridad en %1</translation>
    </message>
    <message>
        <source>%1 was removed or replaced while omnibus had it open, so this change was not saved; put the file back (or restore its newest backup) and open it again</source>
        <translation>%1 se eliminó o reemplazó mientras omnibus lo tenía abierto, así que este cambio no se guardó; vuelva a poner el archivo (o restaure su copia de seguridad más reciente) y ábralo de nuevo</translation>
    </message>
    <message>
        <source>%1 is on read-only media and was written by another version of omnibus; copy it to a folder you can write to and open it there</source>
        <translation>%1 está en un soporte de solo lectura y fue escrito por otra versión de omnibus; cópielo en una carpeta en la que pueda escribir y ábralo allí</translation>
    </message>
    <message>
        <source>%1 could not be closed cleanly, so nothing was restored</source>
        <translation>%1 no se pudo cerrar correctamente, así que no se restauró nada</translation>
    </message>
    <message>
        <source>%1 is closed; open it again</source>
        <translation>%1 está cerrado; ábralo de nuevo</translation>
    </message>
    <message>
        <source>the questionnaire this assessment was answered in is missing from %1</source>
        <translation>falta en %1 el cuestionario con el que se respondió esta evaluación</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. This database is on read-only media: copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu.</source>
        <translation>No se pudo guardar su último cambio: %1. Esta base de datos está en un soporte de solo lectura: copie la base de datos en una carpeta en la que pueda escribir y abra la copia con «Abrir otro archivo de base de datos…» en el menú Archivo.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. It is still on the screen. Check that the disk or USB stick is connected and has free space, then press “Try again”.</source>
        <translation>No se pudo guardar su último cambio: %1. Sigue en la pantalla. Compruebe que el disco o la memoria USB esté conectado y tenga espacio libre y pulse «Reintentar».</translation>
    </message>
</context>
<context>
    <name>TaNeedsWidget</name>
    <message>
        <source>Type of assistance:</source>
        <translation>Tipo de asistencia:</translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation>Subtipo:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>What is needed:</source>
        <translation>Lo que se necesita:</translation>
    </message>
    <message>
        <source>Choose the type of assistance for each need.</source>
        <translation>Elija el tipo de asistencia para cada necesidad.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Añadir una necesidad</translation>
    </message>
    <message>
        <source>No technical assistance need recorded.</source>
        <translation>No se ha registrado ninguna necesidad de asistencia técnica.</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrumento:</translation>
    </message>
    <message>
        <source>The question&apos;s instruments</source>
        <translation>Los instrumentos de la pregunta</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>Convención (UNTOC)</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>Protocolo sobre la trata de personas</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>Protocolo sobre el tráfico ilícito de migrantes</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Protocolo sobre armas de fuego</translation>
    </message>
    <message>
        <source>In general terms (no particular type)</source>
        <translation>En términos generales (sin tipo concreto)</translation>
    </message>
    <message>
        <source>Say what assistance is needed.</source>
        <translation>Indique qué asistencia se necesita.</translation>
    </message>
</context>
<context>
    <name>TableWidget</name>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Row %1, %2: enter a number.</source>
        <translation>Fila %1, %2: escriba un número.</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — not an official submission</source>
        <translation>FORMACIÓN — no es una presentación oficial</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Capacitación</translation>
    </message>
    <message>
        <source>&amp;Trainer&apos;s guide</source>
        <translation>&amp;Guía del formador</translation>
    </message>
    <message>
        <source>&amp;Sample assessments of a fictional State</source>
        <translation>&amp;Evaluaciones de ejemplo de un Estado ficticio</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;Vacía</translation>
    </message>
    <message>
        <source>&amp;Half answered, with mistakes to find</source>
        <translation>A &amp;medio responder, con errores que encontrar</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Completa</translation>
    </message>
    <message>
        <source>Carried &amp;forward to the next cycle</source>
        <translation>&amp;Trasladada al ciclo siguiente</translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation>&amp;Resultados del grupo…</translation>
    </message>
    <message>
        <source>&amp;Reset this laptop for the next group…</source>
        <translation>Re&amp;iniciar este portátil para el grupo siguiente…</translation>
    </message>
    <message>
        <source>The samples could not be made</source>
        <translation>No se pudieron crear los ejemplos</translation>
    </message>
    <message>
        <source>Reset this laptop for the next group</source>
        <translation>Reiniciar este portátil para el grupo siguiente</translation>
    </message>
    <message>
        <source>Remove the %1 training assessments from this laptop? A backup of the database is made first.</source>
        <translation>¿Eliminar de este portátil las evaluaciones de capacitación (%1)? Primero se hace una copia de seguridad de la base de datos.</translation>
    </message>
    <message>
        <source>The %1 real assessments and the signing key stay untouched.</source>
        <translation>Las evaluaciones reales (%1) y la clave de firma no se tocan.</translation>
    </message>
    <message>
        <source>There is no real assessment here: the signing key goes too, and the next trainee makes a new one with the first package.</source>
        <translation>Aquí no hay ninguna evaluación real: también se retira la clave de firma, y el siguiente participante creará una nueva con su primer paquete.</translation>
    </message>
    <message>
        <source>Remove the training assessments</source>
        <translation>Eliminar las evaluaciones de capacitación</translation>
    </message>
    <message>
        <source>The laptop could not be reset</source>
        <translation>No se pudo reiniciar el portátil</translation>
    </message>
    <message>
        <source>%1 training assessments removed.</source>
        <translation>Evaluaciones de capacitación eliminadas: %1.</translation>
    </message>
    <message>
        <source>Backup made before: %1</source>
        <translation>Copia de seguridad hecha antes: %1</translation>
    </message>
    <message>
        <source>The signing key was put away in %1.</source>
        <translation>La clave de firma se guardó aparte en %1.</translation>
    </message>
    <message>
        <source>Ready for the next group</source>
        <translation>Listo para el grupo siguiente</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>%1 is in the package but not in the signed list of its files (added).</source>
        <translation>%1 está en el paquete pero no en la lista firmada de sus archivos (añadido).</translation>
    </message>
    <message>
        <source>%1 is in the signed list of files but not in the package (removed).</source>
        <translation>%1 está en la lista firmada de archivos pero no en el paquete (eliminado).</translation>
    </message>
    <message>
        <source>%1 has been altered: it is not the file that was signed.</source>
        <translation>%1 ha sido alterado: no es el archivo que se firmó.</translation>
    </message>
    <message>
        <source>The signature does not verify: the package was changed after it was signed, or its keys do not match.</source>
        <translation>La firma no se puede verificar: el paquete se modificó después de firmarse, o sus claves no coinciden.</translation>
    </message>
    <message>
        <source>The signed list of files names another signer than the key that signed it.</source>
        <translation>La lista firmada de archivos nombra a un firmante distinto de la clave que la firmó.</translation>
    </message>
    <message>
        <source>Not trusted: the signing key %1 is not trusted to sign for %2.</source>
        <translation>No es de confianza: la clave de firma %1 no es de confianza para firmar por %2.</translation>
    </message>
    <message>
        <source>Unknown questionnaire: %1, version %2.</source>
        <translation>Cuestionario desconocido: %1, versión %2.</translation>
    </message>
</context>
</TS>
