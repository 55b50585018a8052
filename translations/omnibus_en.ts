<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Answers</name>
    <message>
        <source>In place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>The assessment is final: reopen it to change answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Context from the focal point: not part of your assignment, shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Alt+Left or Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Alt+Right or Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 of %2 · %3 % answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 of %2 · nothing to answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — kept as a draft (and %2 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections or single questions this institution answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write assignment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write assignment files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the institution&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one section or question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your signing key&apos;s passphrase (at least 8 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment file was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentWidget</name>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1; at most %2 MB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of file cannot be attached here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Every assessment in this database is replaced by those in the backup; the database as it is now is backed up first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first backup of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made before an assessment was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made before a backup was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made before omnibus was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Clear answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassResultsDialog</name>
    <message>
        <source>Class results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder where the trainees put their packages (a USB stick or a shared folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secretariat&apos;s analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF for the debriefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the trainees&apos; packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a complete response package, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its questionnaire or answers are not those of a questionnaire omnibus knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable training package: nothing to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class-results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the class&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class&apos;s results could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollaborationRefusals</name>
    <message>
        <source>Choose at least one section or question to assign to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the institution the part is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has no section %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire has no question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has answered everything assigned to it: no reminder is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this assessment is assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assignment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: open the assignment file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution answers another assessment (%1), not this one (%2). Import it into that assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution is for %1, but the assessment is for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution answers %1 version %2, but the assessment uses %3 version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution answers assignment %1, which was not made from this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution is signed for %1, but the assignment was given to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution answers question %1, which was not assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no trusted key yet; this contribution is signed by the key:
%2
Check the fingerprint with %1 (by telephone, say) before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution is signed by the key:
%1
but the key trusted for %2 is:
%3
If %2 really has a new key, check its fingerprint with them before trusting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is round %1 of the contribution of %2, but round %3 was already imported: an older round is never merged over a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of the contribution of %2 was already imported from a different file. Ask %2 for a new round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to question %1 in this contribution is not one this question accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to question %1 in this assignment is not one this question accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution signs off section %1, which was not assigned to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open conflict %1 in this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To combine both answers, give the combined answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the person who signs off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 is not part of your assignment; it is shown for context only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 is not part of the assignment this assessment answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmRow</name>
    <message>
        <source>Carried forward from the previous cycle. Is it still true?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict is left: every answer the institutions sent is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by %1 (%2), %3, round %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by %1, %2, round %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine both answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contribute</name>
    <message>
        <source>Write contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: there is no focal point to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the contribution into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contribution was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1

Send it to the focal point. Before the first one, read them your key&apos;s fingerprint by telephone or in person:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1: a year has twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1: that month has %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListWidget</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeOpener</name>
    <message>
        <source>Assignments and contributions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assignment or a contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used: it is altered, damaged or not an omnibus file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assignment cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment it answers is not in this database: open the database that holds it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution cannot be merged into your assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the institution&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the institution to read its new key&apos;s fingerprint to you by telephone or in person, and compare it with the first one above. Merge the contribution and trust the new key for %1 from now on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first contribution signed by this key for %1. Ask the institution to read its key&apos;s fingerprint to you by telephone or in person, and compare it with this one:

%2

Merge the contribution and trust this key for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution was merged before; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution of %1, round %2: %3, %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken</source>
        <translation>
            <numerusform>%n answer taken</numerusform>
            <numerusform>%n answers taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) signed off</source>
        <translation>
            <numerusform>%n section signed off</numerusform>
            <numerusform>%n sections signed off</numerusform>
        </translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the response package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is a draft. Mark it as final on the review page before handing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, %1 of them required.</source>
        <translation>
            <numerusform>%n question still unanswered, %1 of them required.</numerusform>
            <numerusform>%n questions still unanswered, %1 of them required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>%n question still unanswered, none of them required.</numerusform>
            <numerusform>%n questions still unanswered, none of them required.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the response package and send it as agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package can be created once the assessment is marked as final on the review page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>%n answer has an error to correct.</numerusform>
            <numerusform>%n answers have errors to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the response package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response packages (*.omnibus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel (letter, telephone or in person), so that it can tell the package comes from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock (“Show the passphrase” lets you see what you typed), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>it is no longer there (moved or removed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not allowed to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk or USB stick is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Trainer&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous document (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not part of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionsOverview</name>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers carried forward from the previous cycle that nobody has confirmed yet: neither the institution&apos;s answers nor anyone else&apos;s for this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part of this assessment is assigned to an institution yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an institution in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reminder into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reminder for %1 written: %n question(s) still to answer.</source>
        <translation>
            <numerusform>Reminder for %1 written: %n question still to answer.</numerusform>
            <numerusform>Reminder for %1 written: %n questions still to answer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>This question must be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward from the previous cycle: confirm it or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer belongs to a question the questionnaire no longer has; it is kept for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet, kept as a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored answer no longer fits the question: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show guidance, article references and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance and references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the assessor&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: context, sources or reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two article references</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBanner</name>
    <message>
        <source>This questionnaire has no %1 translation; it is shown in %2. It exists in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 text of this questionnaire is a working translation; the %2 text is authoritative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegislationWidget</name>
    <message>
        <source>Title of the act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference or web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title of the act is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date must be written year-month-day, e.g. 2010-03-12, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add legislation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legislation cited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTextWidget</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>The text is too long: at most %n character.</numerusform>
            <numerusform>The text is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Questionnaire language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on read-only media: it is open for reading only, and nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNTOC self-assessment checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your assessments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;receipt from the Secretariat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign to institutions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assignment / &amp;contribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write contribution for the focal point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response packages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a response package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assessment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — works offline; your answers stay on this computer until you hand them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <source>Other, please specify:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other, please specify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by thematic area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first unanswered required question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (context from the focal point, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to answer yet: no question here applies with the answers given so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percent answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentForm</name>
    <message>
        <source>A blank questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cycle %2 — %3 (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and title of the person responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training exercise (not for submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reporting cycle, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting cycle is a year, such as %1, or a range of years, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting from a previous assessment, the reporting cycle must come after its own: give one after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an assessment of “%2” for the cycle %3 (%4, last change %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue that one, or start a second one on purpose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NothingYet</name>
    <message>
        <source>Nothing to answer here yet: none of this section&apos;s questions applies with the answers given so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its questions depend on your answer to this question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its questions depend on your answers to these questions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can be read two ways: for the whole number, type %2; for the decimal, type %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this language “%1” separates thousands; the decimal mark is “%2”, e.g. %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <source>there is no signing key on this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key here was made by another installation (a copied data folder); this one needs its own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s signing key is missing or damaged, or cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secretariat database cannot be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package it is for is not in the Secretariat database, or the receipt is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted, and no key of this installation opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a response package, or it is damaged, incomplete or altered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageViewer</name>
    <message>
        <source>Response package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the &amp;Secretariat&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import into the Secretariat database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a &amp;receipt for the State…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as a response package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was altered: the package is signed, and every file in it is exactly as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered: this package is not as it was signed. Do not rely on what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package is encrypted for the Secretariat: only the Secretariat&apos;s key can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be opened with this installation&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has the Secretariat&apos;s key: the package can be opened with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft (not final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: a training package, not an official submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: an official submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: the package was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust not checked: the Secretariat database cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust not checked (no Secretariat database on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted: the Secretariat has confirmed this key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted yet: the Secretariat has not confirmed any key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted yet: %1 has another trusted key; this one is not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: this key was revoked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: this key is trusted for another country, not for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the report is here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the receipt into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: this is now the current package of %1 for this cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as history: a newer package of %1 for this cycle is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored and held: it counts once the signing key is confirmed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored, and held: it counts once the signing key is confirmed for %1. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored, as history: a newer package of %1 for this cycle is stored. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <source>Your part of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write contribution for the focal point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1 by %2: %n question(s).</source>
        <translation>
            <numerusform>Assigned to %1 by %2: %n question.</numerusform>
            <numerusform>Assigned to %1 by %2: %n questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from the focal point: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions written so far: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contribution written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathButtons</name>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Answered by %1 (%2) on %3, round %4; accepted by %5 on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by %1 on %2, round %3; accepted by %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptImport</name>
    <message>
        <source>Receipts from the Secretariat (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a receipt from the Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt, or a newer one for the same package, was already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Received by the Secretariat on %1, accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, pending: the Secretariat has still to confirm your signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt has been altered since the Secretariat signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt is not signed with the Secretariat&apos;s key that came with omnibus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation has no Secretariat key to check receipts with. It comes with the installer; ask whoever installed omnibus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt is for a package that was not made on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt is for a package of another assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt names another country or assessment than the package it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a receipt from the Secretariat, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>This answer does not have the form this question expects, so it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of assistance within the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below the minimum, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above the maximum, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the earliest date allowed, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after the latest date allowed, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Other” is ticked: say what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least %1 (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at most %1 (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 citations are allowed (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 citations are needed (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the title of the act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 files are allowed (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 rows are allowed (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 rows are needed (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kind of file this question takes (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same file is attached twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is gone: omnibus used a database there, and the file was deleted or moved. Nothing was created in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: omnibus cannot read all of it, so nothing more can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry, or select it and press Enter, to go to the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still unanswered.</source>
        <translation>
            <numerusform>%n required question still unanswered.</numerusform>
            <numerusform>%n required questions still unanswered.</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything required is answered: the assessment can now be marked as final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment cannot be marked as final yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) are unanswered.</source>
        <translation>
            <numerusform>%n required question is unanswered.</numerusform>
            <numerusform>%n required questions are unanswered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>%n answer has an error to correct.</numerusform>
            <numerusform>%n answers have errors to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed above; fix them, then mark the assessment as final again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the assessment as final?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>%n question still unanswered, none of them required.</numerusform>
            <numerusform>%n questions still unanswered, none of them required.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final assessment can no longer be changed unless it is reopened; it is what the response package hands in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRefusals</name>
    <message>
        <source>the reporting cycle must be a year, such as %1, or a range of years, such as %2, and come after the cycle of the assessment it starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment cannot be made final yet: %1 required questions are unanswered and %2 other problems are to be fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment is final; reopen it to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country already has an assessment of this questionnaire for this reporting cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two are not editions of the same questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it needs cannot be found (an assessment, a questionnaire or a file removed in the meantime?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country is not known; choose it from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of the answers were refused; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by (name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the person who approved the section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyForm</name>
    <message>
        <source>&amp;Passphrase of the signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Nobody can recover it, not even the Secretariat. Create a new signing key instead: the next package is signed with it, and you must tell the Secretariat its new fingerprint by an official channel (letter, telephone or in person), or it cannot trust the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new signing key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase of the signing key (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase again in the second field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next package creates a new signing key in place of %1. Choose a new passphrase of at least %2 characters and keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first package creates this computer&apos;s signing key. Choose a passphrase of at least %1 characters and keep it safe: it is asked for every package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present signing key will be replaced by a new one when the next package is created. Packages signed with the new key are trusted only once the Secretariat has its fingerprint: send it by an official channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a new key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle %1 · %2 · last change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assessment in this database is archived: tick “Show archived”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: %1. Tick “Show archived” to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assessment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this assessment and all its answers?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the database is made first: “Restore from a backup…” brings the assessment back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1. A backup of the database made just before is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was before is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Nations Convention against Transnational Organized Crime and the Protocols thereto. Every answer is saved as you go; you can stop at any time and continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment in this database yet. Start one on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk holding %1 is full; free some space and try again (nothing saved was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (it is read-only or on read-only media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be found; was it moved or removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error; was it removed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another omnibus window or command; close that one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of omnibus; update omnibus to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an omnibus database (another program&apos;s file?); it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sound backup that this version of omnibus can open; choose another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup could be written into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed or replaced while omnibus had it open, so this change was not saved; put the file back (or restore its newest backup) and open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on read-only media and was written by another version of omnibus; copy it to a folder you can write to and open it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be closed cleanly, so nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed; open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questionnaire this assessment was answered in is missing from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. This database is on read-only media: copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. It is still on the screen. Check that the disk or USB stick is connected and has free space, then press “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaNeedsWidget</name>
    <message>
        <source>Type of assistance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of assistance for each need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technical assistance need recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question&apos;s instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In general terms (no particular type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what assistance is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWidget</name>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — not an official submission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample assessments of a fictional State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Half answered, with mistakes to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried &amp;forward to the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset this laptop for the next group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The samples could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset this laptop for the next group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 training assessments from this laptop? A backup of the database is made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 real assessments and the signing key stay untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no real assessment here: the signing key goes too, and the next trainee makes a new one with the first package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the training assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The laptop could not be reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training assessments removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key was put away in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>%1 is in the package but not in the signed list of its files (added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the signed list of files but not in the package (removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been altered: it is not the file that was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify: the package was changed after it was signed, or its keys do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed list of files names another signer than the key that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted: the signing key %1 is not trusted to sign for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown questionnaire: %1, version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
