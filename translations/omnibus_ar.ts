<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Answers</name>
    <message>
        <source>In place</source>
        <translation>قائم</translation>
    </message>
    <message>
        <source>Partially in place</source>
        <translation>قائم جزئيًا</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>غير قائم</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Partially</source>
        <translation>جزئيًا</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>The assessment is final: reopen it to change answers.</source>
        <translation>التقييم نهائي: أعد فتحه لتغيير الإجابات.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Context from the focal point: not part of your assignment, shown read-only.</source>
        <translation>سياق من جهة الوصل: ليس جزءًا من المهمة المسندة إليكم، ويُعرض للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 % answered</source>
        <translation>تمت الإجابة عن %1 %</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left or Ctrl+Page Up)</source>
        <translation>الصفحة السابقة (Alt+يسار أو Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next page (Alt+Right or Ctrl+Page Down)</source>
        <translation>الصفحة التالية (Alt+يمين أو Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Section %1 of %2 · %3 % answered</source>
        <translation>القسم %1 من %2 · تمت الإجابة عن %3 %</translation>
    </message>
    <message>
        <source>Section %1 of %2 · nothing to answer yet</source>
        <translation>القسم %1 من %2 · لا شيء للإجابة عنه بعد</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>%1 — kept as a draft</source>
        <translation>%1 — محفوظ كمسودة</translation>
    </message>
    <message>
        <source>%1 — kept as a draft (and %2 more)</source>
        <translation>%1 — محفوظ كمسودة (و%2 غيرها)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to institutions</source>
        <translation>إسناد إلى مؤسسات</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>الموعد النهائي:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>عبارة مرور مفتاح التوقيع الخاص بك:</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>الرد قبل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Sections or single questions this institution answers:</source>
        <translation>الأقسام أو الأسئلة المفردة التي تجيب عنها هذه المؤسسة:</translation>
    </message>
    <message>
        <source>Assignment files written:</source>
        <translation>ملفات الإسناد المحفوظة:</translation>
    </message>
    <message>
        <source>Write assignment file</source>
        <translation>حفظ ملف الإسناد</translation>
    </message>
    <message>
        <source>Write assignment files into</source>
        <translation>حفظ ملفات الإسناد في</translation>
    </message>
    <message>
        <source>Write the institution&apos;s name.</source>
        <translation>اكتب اسم المؤسسة.</translation>
    </message>
    <message>
        <source>Tick at least one section or question.</source>
        <translation>ضع علامة على قسم أو سؤال واحد على الأقل.</translation>
    </message>
    <message>
        <source>Type your signing key&apos;s passphrase (at least 8 characters).</source>
        <translation>اكتب عبارة مرور مفتاح التوقيع الخاص بك (8 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>المجلد %1 لا يمكن إنشاؤه أو الكتابة فيه: اختر مجلدًا آخر. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>عبارة المرور لا تفتح مفتاح التوقيع الخاص بك. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>The assignment file was not written: %1</source>
        <translation>لم يُحفظ ملف الإسناد: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentWidget</name>
    <message>
        <source>Attach a file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Allowed: %1; at most %2 MB each</source>
        <translation>المسموح: %1؛ بحد أقصى %2 ميغابايت لكل ملف</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached here.</source>
        <translation>لا يمكن إرفاق هذا النوع من الملفات هنا.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>حجم الملف أكبر من %1 ميغابايت.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تتعذر قراءة الملف: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Every assessment in this database is replaced by those in the backup; the database as it is now is backed up first, so this can be undone.</source>
        <translation>اختر النسخة الاحتياطية التي تريد العودة إليها. ستُستبدل جميع التقييمات في قاعدة البيانات هذه بالتقييمات الموجودة في النسخة الاحتياطية؛ وتُنشأ أولاً نسخة احتياطية من قاعدة البيانات بحالتها الحالية، لذا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولاً</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>لا توجد بعد أي نسخة احتياطية لقاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>the first backup of the day</source>
        <translation>أول نسخة احتياطية في اليوم</translation>
    </message>
    <message>
        <source>made before an assessment was deleted</source>
        <translation>أُنشئت قبل حذف تقييم</translation>
    </message>
    <message>
        <source>made before a backup was restored</source>
        <translation>أُنشئت قبل استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>made before omnibus was updated</source>
        <translation>أُنشئت قبل تحديث omnibus</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <source>(no answer)</source>
        <translation>(لا إجابة)</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Clear answer</source>
        <translation>مسح الإجابة</translation>
    </message>
</context>
<context>
    <name>ClassResultsDialog</name>
    <message>
        <source>Class results</source>
        <translation>نتائج المجموعة</translation>
    </message>
    <message>
        <source>Choose the folder where the trainees put their packages (a USB stick or a shared folder).</source>
        <translation>اختر المجلد الذي وضع فيه المتدربون حزمهم (ذاكرة USB أو مجلد مشترك).</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>اختيار المجلد…</translation>
    </message>
    <message>
        <source>Who handed in</source>
        <translation>من سلّم عمله</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>الإجابات جنباً إلى جنب</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s analysis</source>
        <translation>تحليل الأمانة</translation>
    </message>
    <message>
        <source>Save as PDF for the debriefing…</source>
        <translation>حفظ بصيغة PDF لجلسة استخلاص النتائج…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The folder of the trainees&apos; packages</source>
        <translation>مجلد حزم المتدربين</translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation>جارٍ قراءة الحزم…</translation>
    </message>
    <message>
        <source>it is not a complete response package, or it is damaged</source>
        <translation>ليس حزمة ردود كاملة، أو أنه تالف</translation>
    </message>
    <message>
        <source>its questionnaire or answers are not those of a questionnaire omnibus knows</source>
        <translation>استبيانه أو إجاباته ليست لاستبيان يعرفه omnibus</translation>
    </message>
    <message>
        <source>No readable training package: nothing to analyse.</source>
        <translation>لا توجد حزمة تدريب مقروءة: لا شيء يُحلَّل.</translation>
    </message>
    <message>
        <source>class-results</source>
        <translation>نتائج-المجموعة</translation>
    </message>
    <message>
        <source>Save the class&apos;s results</source>
        <translation>حفظ نتائج المجموعة</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>The class&apos;s results could not be read</source>
        <translation>تعذّرت قراءة نتائج المجموعة</translation>
    </message>
</context>
<context>
    <name>CollaborationRefusals</name>
    <message>
        <source>Choose at least one section or question to assign to %1.</source>
        <translation>اختر قسمًا واحدًا أو سؤالًا واحدًا على الأقل لإسناده إلى %1.</translation>
    </message>
    <message>
        <source>Give the name of the institution the part is assigned to.</source>
        <translation>اكتب اسم المؤسسة التي يُسند إليها هذا الجزء.</translation>
    </message>
    <message>
        <source>This questionnaire has no section %1.</source>
        <translation>لا يحتوي هذا الاستبيان على القسم %1.</translation>
    </message>
    <message>
        <source>This questionnaire has no question %1.</source>
        <translation>لا يحتوي هذا الاستبيان على السؤال %1.</translation>
    </message>
    <message>
        <source>%1 has answered everything assigned to it: no reminder is needed.</source>
        <translation>أجابت %1 عن كل ما أُسند إليها: لا حاجة إلى تذكير.</translation>
    </message>
    <message>
        <source>Nothing of this assessment is assigned to %1.</source>
        <translation>لم يُسند أي جزء من هذا التقييم إلى %1.</translation>
    </message>
    <message>
        <source>There is no assignment %1.</source>
        <translation>لا يوجد إسناد %1.</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: open the assignment file first.</source>
        <translation>هذا التقييم لا يجيب عن إسناد: افتح ملف الإسناد أولًا.</translation>
    </message>
    <message>
        <source>This contribution answers another assessment (%1), not this one (%2). Import it into that assessment.</source>
        <translation>تجيب هذه المساهمة عن تقييم آخر (%1)، لا عن هذا التقييم (%2). استوردها في ذلك التقييم.</translation>
    </message>
    <message>
        <source>This contribution is for %1, but the assessment is for %2.</source>
        <translation>هذه المساهمة تخص %1، لكن التقييم يخص %2.</translation>
    </message>
    <message>
        <source>This contribution answers %1 version %2, but the assessment uses %3 version %4.</source>
        <translation>تجيب هذه المساهمة عن %1 الإصدار %2، لكن التقييم يستخدم %3 الإصدار %4.</translation>
    </message>
    <message>
        <source>This contribution answers assignment %1, which was not made from this assessment.</source>
        <translation>تجيب هذه المساهمة عن الإسناد %1، الذي لم يُعدّ من هذا التقييم.</translation>
    </message>
    <message>
        <source>This contribution is signed for %1, but the assignment was given to %2.</source>
        <translation>هذه المساهمة موقَّعة باسم %1، لكن الإسناد أُعطي إلى %2.</translation>
    </message>
    <message>
        <source>This contribution answers question %1, which was not assigned to %2.</source>
        <translation>تجيب هذه المساهمة عن السؤال %1، الذي لم يُسند إلى %2.</translation>
    </message>
    <message>
        <source>%1 has no trusted key yet; this contribution is signed by the key:
%2
Check the fingerprint with %1 (by telephone, say) before trusting it.</source>
        <translation>ليس لدى %1 مفتاح موثوق بعد؛ هذه المساهمة موقَّعة بالمفتاح:
%2
تحقق من البصمة مع %1 (بالهاتف مثلًا) قبل الوثوق به.</translation>
    </message>
    <message>
        <source>This contribution is signed by the key:
%1
but the key trusted for %2 is:
%3
If %2 really has a new key, check its fingerprint with them before trusting it.</source>
        <translation>هذه المساهمة موقَّعة بالمفتاح:
%1
لكن المفتاح الموثوق لـ %2 هو:
%3
إذا كان لدى %2 مفتاح جديد فعلًا، فتحقق من بصمته معها قبل الوثوق به.</translation>
    </message>
    <message>
        <source>This is round %1 of the contribution of %2, but round %3 was already imported: an older round is never merged over a newer one.</source>
        <translation>هذه هي الجولة %1 من مساهمة %2، لكن الجولة %3 استُوردت من قبل: لا تُدمج جولة أقدم فوق جولة أحدث أبدًا.</translation>
    </message>
    <message>
        <source>Round %1 of the contribution of %2 was already imported from a different file. Ask %2 for a new round.</source>
        <translation>استُوردت الجولة %1 من مساهمة %2 من ملف آخر. اطلب من %2 جولة جديدة.</translation>
    </message>
    <message>
        <source>The answer to question %1 in this contribution is not one this question accepts.</source>
        <translation>الإجابة عن السؤال %1 في هذه المساهمة ليست إجابة يقبلها هذا السؤال.</translation>
    </message>
    <message>
        <source>The answer to question %1 in this assignment is not one this question accepts.</source>
        <translation>الإجابة عن السؤال %1 في هذا الإسناد ليست إجابة يقبلها هذا السؤال.</translation>
    </message>
    <message>
        <source>This contribution signs off section %1, which was not assigned to it.</source>
        <translation>تعتمد هذه المساهمة القسم %1، الذي لم يُسند إليها.</translation>
    </message>
    <message>
        <source>There is no open conflict %1 in this assessment.</source>
        <translation>لا يوجد تعارض مفتوح %1 في هذا التقييم.</translation>
    </message>
    <message>
        <source>To combine both answers, give the combined answer.</source>
        <translation>لدمج الإجابتين، اكتب الإجابة المدمجة.</translation>
    </message>
    <message>
        <source>Give the name of the person who signs off.</source>
        <translation>اكتب اسم الشخص الذي يعتمد.</translation>
    </message>
    <message>
        <source>Question %1 is not part of your assignment; it is shown for context only.</source>
        <translation>السؤال %1 ليس جزءًا من الإسناد الخاص بك؛ وهو معروض للسياق فقط.</translation>
    </message>
    <message>
        <source>Section %1 is not part of the assignment this assessment answers.</source>
        <translation>القسم %1 ليس جزءًا من الإسناد الذي يجيب عنه هذا التقييم.</translation>
    </message>
    <message>
        <source>%1; copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu</source>
        <translation>%1؛ انسخ قاعدة البيانات إلى مجلد يمكنك الكتابة فيه، ثم افتح النسخة بالأمر «فتح ملف قاعدة بيانات آخر…» في قائمة «ملف»</translation>
    </message>
</context>
<context>
    <name>ConfirmRow</name>
    <message>
        <source>Carried forward from the previous cycle. Is it still true?</source>
        <translation>منقولة من الدورة السابقة. هل ما زالت صحيحة؟</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to settle</source>
        <translation>تعارضات يلزم حسمها</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على إجابتي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد إجابتهم</translation>
    </message>
    <message>
        <source>Combine…</source>
        <translation>الدمج…</translation>
    </message>
    <message>
        <source>No conflict is left: every answer the institutions sent is settled.</source>
        <translation>لم يبق أي تعارض: حُسمت كل الإجابات التي أرسلتها المؤسسات.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation>قدّمها: %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>إجابتهم</translation>
    </message>
    <message>
        <source>Given by %1 (%2), %3, round %4</source>
        <translation>قدّمها: %1 (%2)، %3، الجولة %4</translation>
    </message>
    <message>
        <source>Given by %1, %2, round %3</source>
        <translation>قدّمها: %1، %2، الجولة %3</translation>
    </message>
    <message>
        <source>Combine both answers</source>
        <translation>دمج الإجابتين</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>الإجابة:</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>لم يُحسم: %1</translation>
    </message>
</context>
<context>
    <name>Contribute</name>
    <message>
        <source>Write contribution</source>
        <translation>حفظ المساهمة</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: there is no focal point to send it to.</source>
        <translation>هذا التقييم لا يجيب عن إسناد: لا توجد جهة وصل لإرساله إليها.</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>عبارة مرور مفتاح التوقيع الخاص بك:</translation>
    </message>
    <message>
        <source>Write the contribution into</source>
        <translation>حفظ المساهمة في</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was written.</source>
        <translation>المجلد %1 لا يمكن إنشاؤه أو الكتابة فيه: اختر مجلدًا آخر. لم يُكتب أي شيء.</translation>
    </message>
    <message>
        <source>The contribution was not written: %1</source>
        <translation>لم تُحفظ المساهمة: %1</translation>
    </message>
    <message>
        <source>Written: %1

Send it to the focal point. Before the first one, read them your key&apos;s fingerprint by telephone or in person:
%2</source>
        <translation>حُفظت: %1

أرسلها إلى جهة الوصل. قبل الإرسال الأول، اقرأ عليهم بصمة مفتاحك بالهاتف أو حضوريًا:
%2</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>اختر تاريخًا من التقويم</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>أدخل التاريخ بصيغة سنة-شهر-يوم، مثل 2024-03-31.</translation>
    </message>
    <message>
        <source>There is no %1: a year has twelve months.</source>
        <translation>التاريخ %1 غير موجود: السنة اثنا عشر شهرًا.</translation>
    </message>
    <message>
        <source>There is no %1: that month has %2 days.</source>
        <translation>التاريخ %1 غير موجود: عدد أيام هذا الشهر %2.</translation>
    </message>
</context>
<context>
    <name>EntryListWidget</name>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
</context>
<context>
    <name>ExchangeOpener</name>
    <message>
        <source>Assignments and contributions (%1)</source>
        <translation>الإسنادات والمساهمات (%1)</translation>
    </message>
    <message>
        <source>Open an assignment or a contribution</source>
        <translation>فتح إسناد أو مساهمة</translation>
    </message>
    <message>
        <source>This file cannot be used: it is altered, damaged or not an omnibus file.</source>
        <translation>لا يمكن استخدام هذا الملف: فهو معدَّل أو تالف أو ليس ملف omnibus.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>لم يُفتح</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>لم يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <source>This assignment cannot be opened here.</source>
        <translation>لا يمكن فتح هذا الإسناد هنا.</translation>
    </message>
    <message>
        <source>The assessment it answers is not in this database: open the database that holds it first.</source>
        <translation>التقييم الذي تجيب عنه ليس في قاعدة البيانات هذه: افتح أولًا قاعدة البيانات التي تحتويه.</translation>
    </message>
    <message>
        <source>This contribution cannot be merged into your assessments.</source>
        <translation>لا يمكن دمج هذه المساهمة في تقييماتك.</translation>
    </message>
    <message>
        <source>Confirm the institution&apos;s key</source>
        <translation>تأكيد مفتاح المؤسسة</translation>
    </message>
    <message>
        <source>Ask the institution to read its new key&apos;s fingerprint to you by telephone or in person, and compare it with the first one above. Merge the contribution and trust the new key for %1 from now on?</source>
        <translation>اطلب من المؤسسة أن تقرأ عليك بصمة مفتاحها الجديد بالهاتف أو حضوريًا، وقارنها بالبصمة الأولى أعلاه. هل تريد دمج المساهمة والوثوق بالمفتاح الجديد لـ %1 من الآن فصاعدًا؟</translation>
    </message>
    <message>
        <source>This is the first contribution signed by this key for %1. Ask the institution to read its key&apos;s fingerprint to you by telephone or in person, and compare it with this one:

%2

Merge the contribution and trust this key for %1?</source>
        <translation>هذه أول مساهمة موقَّعة بهذا المفتاح باسم %1. اطلب من المؤسسة أن تقرأ عليك بصمة مفتاحها بالهاتف أو حضوريًا، وقارنها بهذه البصمة:

%2

هل تريد دمج المساهمة والوثوق بهذا المفتاح باسم %1؟</translation>
    </message>
    <message>
        <source>This contribution was merged before; nothing changed.</source>
        <translation>سبق دمج هذه المساهمة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Contribution of %1, round %2: %3, %4, %5.</source>
        <translation>مساهمة %1، الجولة %2: %3، و%4، و%5.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken</source>
        <translation>
            <numerusform>لم تُعتمد أي إجابة</numerusform>
            <numerusform>اعتُمدت إجابة واحدة</numerusform>
            <numerusform>اعتُمدت إجابتان</numerusform>
            <numerusform>اعتُمدت %n إجابات</numerusform>
            <numerusform>اعتُمدت %n إجابة</numerusform>
            <numerusform>اعتُمدت %n إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>لا تعارض يلزم حسمه</numerusform>
            <numerusform>تعارض واحد يلزم حسمه</numerusform>
            <numerusform>تعارضان يلزم حسمهما</numerusform>
            <numerusform>%n تعارضات يلزم حسمها</numerusform>
            <numerusform>%n تعارضًا يلزم حسمه</numerusform>
            <numerusform>%n تعارض يلزم حسمه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) signed off</source>
        <translation>
            <numerusform>لا أقسام معتمدة</numerusform>
            <numerusform>قسم واحد معتمد</numerusform>
            <numerusform>قسمان معتمدان</numerusform>
            <numerusform>%n أقسام معتمدة</numerusform>
            <numerusform>%n قسمًا معتمدًا</numerusform>
            <numerusform>%n قسم معتمد</numerusform>
        </translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>دُمجت المساهمة</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Hand in</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Go to the review</source>
        <translation>الانتقال إلى المراجعة</translation>
    </message>
    <message>
        <source>Create the response package…</source>
        <translation>إنشاء حزمة الرد…</translation>
    </message>
    <message>
        <source>Save the PDF report…</source>
        <translation>حفظ التقرير بصيغة PDF…</translation>
    </message>
    <message>
        <source>The assessment is a draft. Mark it as final on the review page before handing in.</source>
        <translation>التقييم مسودة. ضع عليه علامة «نهائي» في صفحة المراجعة قبل التسليم.</translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>التقييم نهائي.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>الأسئلة التي تمت الإجابة عنها: %1 من %2 (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, %1 of them required.</source>
        <translation>
            <numerusform>لا توجد أسئلة بلا إجابة.</numerusform>
            <numerusform>سؤال واحد ما زال بلا إجابة، وهو إلزامي.</numerusform>
            <numerusform>سؤالان ما زالا بلا إجابة، والإلزامي منهما: %1.</numerusform>
            <numerusform>%n أسئلة ما زالت بلا إجابة، والإلزامية منها: %1.</numerusform>
            <numerusform>%n سؤالًا ما زال بلا إجابة، والإلزامية منها: %1.</numerusform>
            <numerusform>%n سؤال ما زال بلا إجابة، والإلزامية منها: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>لا توجد أسئلة بلا إجابة.</numerusform>
            <numerusform>سؤال واحد ما زال بلا إجابة، وهو غير إلزامي.</numerusform>
            <numerusform>سؤالان ما زالا بلا إجابة، وليس أي منهما إلزاميًا.</numerusform>
            <numerusform>%n أسئلة ما زالت بلا إجابة، وليس أي منها إلزاميًا.</numerusform>
            <numerusform>%n سؤالًا ما زال بلا إجابة، وليس أي منها إلزاميًا.</numerusform>
            <numerusform>%n سؤال ما زال بلا إجابة، وليس أي منها إلزاميًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the response package and send it as agreed.</source>
        <translation>أنشئ حزمة الرد وأرسلها حسب الاتفاق.</translation>
    </message>
    <message>
        <source>The package can be created once the assessment is marked as final on the review page.</source>
        <translation>يمكن إنشاء الحزمة بعد وضع علامة «نهائي» على التقييم في صفحة المراجعة.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>لا توجد إجابات بها أخطاء.</numerusform>
            <numerusform>إجابة واحدة بها خطأ يجب تصحيحه.</numerusform>
            <numerusform>إجابتان بهما أخطاء يجب تصحيحها.</numerusform>
            <numerusform>%n إجابات بها أخطاء يجب تصحيحها.</numerusform>
            <numerusform>%n إجابةً بها أخطاء يجب تصحيحها.</numerusform>
            <numerusform>%n إجابة بها أخطاء يجب تصحيحها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the response package</source>
        <translation>حفظ حزمة الرد</translation>
    </message>
    <message>
        <source>Response packages (*.omnibus)</source>
        <translation>حزم الردود (*.omnibus)</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
    <message>
        <source>Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel (letter, telephone or in person), so that it can tell the package comes from you.</source>
        <translation>وُقِّعت بالمفتاح %1. أكِّد هذه البصمة للأمانة عبر قناة رسمية (رسالة أو هاتف أو حضوريًا)، لكي تتحقق من أن الحزمة واردة منكم.</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock (“Show the passphrase” lets you see what you typed), then try again.</source>
        <translation>عبارة المرور لا تفتح مفتاح التوقيع في هذا الحاسوب. تحقق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة (يتيح لك «إظهار عبارة المرور» رؤية ما كتبته)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The package could not be created: %1</source>
        <translation>تعذّر إنشاء الحزمة: %1</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>it is no longer there (moved or removed?)</source>
        <translation>لم يعد موجودًا (هل نُقل أو حُذف؟)</translation>
    </message>
    <message>
        <source>you are not allowed to use it</source>
        <translation>ليس لديك إذن باستخدامه</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk or USB stick is read-only</source>
        <translation>القرص أو ذاكرة USB للقراءة فقط</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>إنه مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>أبلغ القرص عن خطأ في الإدخال/الإخراج</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Trainer&apos;s guide</source>
        <translation>دليل المدرب</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>دليل المدرب غير مكتوب بهذه اللغة بعد: يُعرض بالإنكليزية.</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is missing from this installation.</source>
        <translation>دليل المدرب غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>دليل المجيب غير مكتوب بهذه اللغة بعد: يُعرض بالإنكليزية.</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is missing from this installation.</source>
        <translation>دليل المجيب غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Previous document (Alt+Left)</source>
        <translation>المستند السابق (Alt+يسار)</translation>
    </message>
    <message>
        <source>“%1” is not part of this installation.</source>
        <translation>«%1» غير موجود في هذا التثبيت.</translation>
    </message>
    <message>
        <source>Respondent&apos;s guide</source>
        <translation>دليل المجيب</translation>
    </message>
</context>
<context>
    <name>InstitutionsOverview</name>
    <message>
        <source>Institutions</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>المُسنَدة</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>المُجاب عنها</translation>
    </message>
    <message>
        <source>Answered by others</source>
        <translation>أجاب عنها آخرون</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>بانتظار التأكيد</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>تحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>المعتمدة</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Answers carried forward from the previous cycle that nobody has confirmed yet: neither the institution&apos;s answers nor anyone else&apos;s for this cycle.</source>
        <translation>إجابات منقولة من الدورة السابقة لم يؤكّدها أحد بعد: ليست إجابات المؤسسة ولا إجابات غيرها عن هذه الدورة.</translation>
    </message>
    <message>
        <source>No part of this assessment is assigned to an institution yet.</source>
        <translation>لم يُسنَد أي جزء من هذا التقييم إلى مؤسسة بعد.</translation>
    </message>
    <message>
        <source>Send a reminder…</source>
        <translation>إرسال تذكير…</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>اعتماد قسم…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>التعارضات (%1)…</translation>
    </message>
    <message>
        <source>Choose an institution in the table first.</source>
        <translation>اختر مؤسسة في الجدول أولًا.</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>إرسال تذكير</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>عبارة مرور مفتاح التوقيع الخاص بك:</translation>
    </message>
    <message>
        <source>Write the reminder into</source>
        <translation>حفظ التذكير في</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>المجلد %1 لا يمكن إنشاؤه أو الكتابة فيه: اختر مجلدًا آخر. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>عبارة المرور لا تفتح مفتاح التوقيع الخاص بك. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>No reminder was written: %1</source>
        <translation>لم يُحفظ أي تذكير: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reminder for %1 written: %n question(s) still to answer.</source>
        <translation>
            <numerusform>حُفظ التذكير الموجَّه إلى %1: لا أسئلة دون إجابة.</numerusform>
            <numerusform>حُفظ التذكير الموجَّه إلى %1: بقي سؤال واحد دون إجابة.</numerusform>
            <numerusform>حُفظ التذكير الموجَّه إلى %1: بقي سؤالان دون إجابة.</numerusform>
            <numerusform>حُفظ التذكير الموجَّه إلى %1: بقيت %n أسئلة دون إجابة.</numerusform>
            <numerusform>حُفظ التذكير الموجَّه إلى %1: بقي %n سؤالًا دون إجابة.</numerusform>
            <numerusform>حُفظ التذكير الموجَّه إلى %1: بقي %n سؤال دون إجابة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>This question must be answered.</source>
        <translation>يجب الإجابة عن هذا السؤال.</translation>
    </message>
    <message>
        <source>Carried forward from the previous cycle: confirm it or change it.</source>
        <translation>منقولة من الدورة السابقة: أكّدها أو غيّرها.</translation>
    </message>
    <message>
        <source>This answer belongs to a question the questionnaire no longer has; it is kept for reference.</source>
        <translation>تخص هذه الإجابة سؤالًا لم يعد موجودًا في الاستبيان؛ وهي محفوظة للرجوع إليها.</translation>
    </message>
    <message>
        <source>Not valid yet, kept as a draft: %1</source>
        <translation>غير صالح بعد، محفوظ كمسودة: %1</translation>
    </message>
    <message>
        <source>The stored answer no longer fits the question: %1</source>
        <translation>الإجابة المحفوظة لم تعد تناسب السؤال: %1</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>إرشادات</translation>
    </message>
    <message>
        <source>Show guidance, article references and source</source>
        <translation>عرض الإرشادات والمواد المرجعية والمصدر</translation>
    </message>
    <message>
        <source>Guidance and references</source>
        <translation>الإرشادات والمراجع</translation>
    </message>
    <message>
        <source>Assessor&apos;s comment</source>
        <translation>تعليق المقيِّم</translation>
    </message>
    <message>
        <source>Show the assessor&apos;s comment</source>
        <translation>عرض تعليق المقيِّم</translation>
    </message>
    <message>
        <source>Optional: context, sources or reservations</source>
        <translation>اختياري: السياق أو المصادر أو التحفظات</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two article references</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>References:</source>
        <translation>المراجع:</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
</context>
<context>
    <name>LanguageBanner</name>
    <message>
        <source>This questionnaire has no %1 translation; it is shown in %2. It exists in:</source>
        <translation>لا توجد لهذا الاستبيان ترجمة باللغة %1؛ وهو معروض باللغة %2. وهو متاح باللغات التالية:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The %1 text of this questionnaire is a working translation; the %2 text is authoritative.</source>
        <translation>نص هذا الاستبيان باللغة %1 ترجمة غير رسمية؛ والنص باللغة %2 هو النص المعتمد.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
</context>
<context>
    <name>LegislationWidget</name>
    <message>
        <source>Title of the act:</source>
        <translation>عنوان القانون:</translation>
    </message>
    <message>
        <source>Article(s):</source>
        <translation>المادة (المواد):</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD):</source>
        <translation>التاريخ (YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>Reference or web address:</source>
        <translation>المرجع أو العنوان الإلكتروني:</translation>
    </message>
    <message>
        <source>Excerpt:</source>
        <translation>مقتطف:</translation>
    </message>
    <message>
        <source>the title of the act is missing.</source>
        <translation>عنوان النص التشريعي غير موجود.</translation>
    </message>
    <message>
        <source>the date must be written year-month-day, e.g. 2010-03-12, not %1.</source>
        <translation>يجب كتابة التاريخ بصيغة سنة-شهر-يوم، مثل 2010-03-12، وليس %1.</translation>
    </message>
    <message>
        <source>Add legislation</source>
        <translation>إضافة تشريع</translation>
    </message>
    <message>
        <source>No legislation cited yet.</source>
        <translation>لم يُستشهد بأي تشريع بعد.</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>الاستشهاد %1: %2</translation>
    </message>
</context>
<context>
    <name>LongTextWidget</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>عدد الأحرف: %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>النص طويل جدًا.</numerusform>
            <numerusform>النص طويل جدًا: حرف واحد على الأكثر.</numerusform>
            <numerusform>النص طويل جدًا: حرفان على الأكثر.</numerusform>
            <numerusform>النص طويل جدًا: %n أحرف على الأكثر.</numerusform>
            <numerusform>النص طويل جدًا: %n حرفًا على الأكثر.</numerusform>
            <numerusform>النص طويل جدًا: %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Questionnaire language</source>
        <translation>لغة الا&amp;ستبيان</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>تعذّر فتح قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>This database is on read-only media: it is open for reading only, and nothing can be changed.</source>
        <translation>قاعدة البيانات هذه موجودة على وسيط للقراءة فقط: فُتحت للقراءة فقط، ولا يمكن تغيير أي شيء فيها.</translation>
    </message>
    <message>
        <source>UNTOC self-assessment checklist</source>
        <translation>قائمة التقييم الذاتي (اتفاقية الجريمة المنظمة)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Opening your assessments…</source>
        <translation>جارٍ فتح تقييماتك…</translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation>شاشة ال&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Open another database file…</source>
        <translation>&amp;فتح ملف قاعدة بيانات آخر…</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>فتح &amp;حزمة…</translation>
    </message>
    <message>
        <source>Import a &amp;receipt from the Secretariat…</source>
        <translation>استيراد &amp;إيصال من الأمانة…</translation>
    </message>
    <message>
        <source>A&amp;ssign to institutions…</source>
        <translation>إ&amp;سناد إلى مؤسسات…</translation>
    </message>
    <message>
        <source>Open assignment / &amp;contribution…</source>
        <translation>فتح إسناد / م&amp;ساهمة…</translation>
    </message>
    <message>
        <source>&amp;Write contribution for the focal point…</source>
        <translation>&amp;حفظ المساهمة لجهة الوصل…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s guide</source>
        <translation>&amp;دليل المجيب</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>فتح ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>قواعد البيانات (*.db)</translation>
    </message>
    <message>
        <source>Response packages (%1)</source>
        <translation>حزم الردود (%1)</translation>
    </message>
    <message>
        <source>Open a response package</source>
        <translation>فتح حزمة ردود</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Assign to institutions</source>
        <translation>إسناد إلى مؤسسات</translation>
    </message>
    <message>
        <source>Open an assessment first.</source>
        <translation>افتح تقييمًا أولًا.</translation>
    </message>
    <message>
        <source>Write contribution</source>
        <translation>حفظ المساهمة</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>تعذّر الحفظ: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>%1 — works offline; your answers stay on this computer until you hand them in.</source>
        <translation>%1 — يعمل دون اتصال بالإنترنت؛ تبقى إجاباتك على هذا الحاسوب إلى أن تسلّمها.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <source>Other, please specify:</source>
        <translation>غير ذلك، يُرجى التحديد:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Other, please specify</source>
        <translation>غير ذلك، يُرجى التحديد</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>الصك:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>المجال:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>المادة:</translation>
    </message>
    <message>
        <source>Words in a question</source>
        <translation>كلمات من السؤال</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>البحث في الأسئلة</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>جميع الصكوك</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>بروتوكول الاتجار بالأشخاص</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>بروتوكول تهريب المهاجرين</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>بروتوكول الأسلحة النارية</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>جميع المجالات</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>جميع المواد</translation>
    </message>
    <message>
        <source>Filter by instrument</source>
        <translation>التصفية حسب الصك</translation>
    </message>
    <message>
        <source>Filter by thematic area</source>
        <translation>التصفية حسب المجال المواضيعي</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>التصفية حسب المادة</translation>
    </message>
    <message>
        <source>Go to the first unanswered required question</source>
        <translation>الانتقال إلى أول سؤال إلزامي لم تتم الإجابة عنه</translation>
    </message>
    <message>
        <source>Questionnaire contents</source>
        <translation>محتويات الاستبيان</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>المراجعة والإنهاء</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>%1 (context from the focal point, read-only)</source>
        <translation>%1 (سياق من جهة الوصل، للقراءة فقط)</translation>
    </message>
    <message>
        <source>No question matches the filter.</source>
        <translation>لا يوجد سؤال يطابق عامل التصفية.</translation>
    </message>
    <message>
        <source>Nothing to answer yet: no question here applies with the answers given so far.</source>
        <translation>لا شيء للإجابة عنه بعد: لا ينطبق أي سؤال هنا بناءً على الإجابات المقدمة حتى الآن.</translation>
    </message>
    <message>
        <source>%1 percent answered</source>
        <translation>تمت الإجابة عن %1 في المائة</translation>
    </message>
</context>
<context>
    <name>NewAssessmentForm</name>
    <message>
        <source>A blank questionnaire</source>
        <translation>استبيان فارغ</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>%1, training</source>
        <translation>%1، تدريب</translation>
    </message>
    <message>
        <source>%1, cycle %2 — %3 (%4, %5)</source>
        <translation>%1، الدورة %2 — %3 (%4، %5)</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>بدء تقييم جديد</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>البدء من:</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>الاستبيان:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>المؤسسة:</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <source>Reporting cycle:</source>
        <translation>دورة الإبلاغ:</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>اكتب للبحث</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>مثل وزارة العدل</translation>
    </message>
    <message>
        <source>Name and title of the person responsible</source>
        <translation>اسم الشخص المسؤول وصفته</translation>
    </message>
    <message>
        <source>Training exercise (not for submission)</source>
        <translation>تمرين تدريبي (ليس للتسليم)</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>بدء التقييم</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>اختر البلد من القائمة.</translation>
    </message>
    <message>
        <source>Give the reporting cycle, e.g. %1.</source>
        <translation>حدّد دورة الإبلاغ، مثل %1.</translation>
    </message>
    <message>
        <source>The reporting cycle is a year, such as %1, or a range of years, such as %2.</source>
        <translation>دورة الإبلاغ سنة، مثل %1، أو فترة من عدة سنوات، مثل %2.</translation>
    </message>
    <message>
        <source>Starting from a previous assessment, the reporting cycle must come after its own: give one after %1.</source>
        <translation>عند البدء من تقييم سابق، يجب أن تأتي دورة الإبلاغ بعد دورته: حدّد دورة بعد %1.</translation>
    </message>
    <message>
        <source>Choose a questionnaire.</source>
        <translation>اختر استبيانًا.</translation>
    </message>
    <message>
        <source>This assessment exists already</source>
        <translation>هذا التقييم موجود بالفعل</translation>
    </message>
    <message>
        <source>%1 already has an assessment of “%2” for the cycle %3 (%4, last change %5).</source>
        <translation>لدى %1 بالفعل تقييم «%2» للدورة %3 (%4، آخر تغيير في %5).</translation>
    </message>
    <message>
        <source>Continue that one, or start a second one on purpose?</source>
        <translation>هل تريد متابعة ذلك التقييم، أم بدء تقييم ثانٍ عن قصد؟</translation>
    </message>
    <message>
        <source>Continue that one</source>
        <translation>متابعة ذلك التقييم</translation>
    </message>
    <message>
        <source>Start another one</source>
        <translation>بدء تقييم آخر</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>تعذّر حفظ التقييم: %1</translation>
    </message>
</context>
<context>
    <name>NothingYet</name>
    <message>
        <source>Nothing to answer here yet: none of this section&apos;s questions applies with the answers given so far.</source>
        <translation>لا شيء للإجابة عنه هنا بعد: لا ينطبق أي من أسئلة هذا القسم بناءً على الإجابات المقدمة حتى الآن.</translation>
    </message>
    <message>
        <source>Its questions depend on your answer to this question:</source>
        <translation>تتوقف أسئلته على إجابتك عن هذا السؤال:</translation>
    </message>
    <message>
        <source>Its questions depend on your answers to these questions:</source>
        <translation>تتوقف أسئلته على إجاباتك عن هذه الأسئلة:</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>أدخل عددًا صحيحًا، مثل 12.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>أدخل عددًا، مثل 12.5.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: for the whole number, type %2; for the decimal, type %3.</source>
        <translation>يمكن قراءة «%1» بطريقتين: للعدد الصحيح اكتب %2، وللعدد العشري اكتب %3.</translation>
    </message>
    <message>
        <source>In this language “%1” separates thousands; the decimal mark is “%2”, e.g. %3.</source>
        <translation>في هذه اللغة يفصل «%1» بين الآلاف؛ والفاصلة العشرية هي «%2»، مثل %3.</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <source>there is no signing key on this computer yet</source>
        <translation>لا يوجد مفتاح توقيع على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key</source>
        <translation>عبارة المرور لا تفتح مفتاح التوقيع في هذا الحاسوب</translation>
    </message>
    <message>
        <source>the signing key here was made by another installation (a copied data folder); this one needs its own key</source>
        <translation>مفتاح التوقيع الموجود هنا أنشأه تثبيت آخر (مجلد بيانات منسوخ)؛ ويحتاج هذا التثبيت إلى مفتاح خاص به</translation>
    </message>
    <message>
        <source>this computer&apos;s signing key is missing or damaged, or cannot be used</source>
        <translation>مفتاح التوقيع في هذا الحاسوب مفقود أو تالف، أو لا يمكن استخدامه</translation>
    </message>
    <message>
        <source>the Secretariat database cannot be read or written</source>
        <translation>لا يمكن قراءة قاعدة بيانات الأمانة أو الكتابة فيها</translation>
    </message>
    <message>
        <source>the package it is for is not in the Secretariat database, or the receipt is not valid</source>
        <translation>الحزمة المعنية ليست في قاعدة بيانات الأمانة، أو الإيصال غير صالح</translation>
    </message>
    <message>
        <source>it is encrypted, and no key of this installation opens it</source>
        <translation>إنه مشفّر، ولا يفتحه أي مفتاح في هذا التثبيت</translation>
    </message>
    <message>
        <source>it is not a response package, or it is damaged, incomplete or altered</source>
        <translation>ليس حزمة ردود، أو أنه تالف أو ناقص أو معدَّل</translation>
    </message>
</context>
<context>
    <name>PackageViewer</name>
    <message>
        <source>Response package: %1</source>
        <translation>حزمة الردود: %1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>موقَّعة من</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>دورة الإبلاغ</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;فتح التقرير</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;حفظ التقرير…</translation>
    </message>
    <message>
        <source>Open with the &amp;Secretariat&apos;s key</source>
        <translation>الفتح بمفتاح &amp;الأمانة</translation>
    </message>
    <message>
        <source>&amp;Import into the Secretariat database</source>
        <translation>&amp;استيراد إلى قاعدة بيانات الأمانة</translation>
    </message>
    <message>
        <source>Write a &amp;receipt for the State…</source>
        <translation>إصدار &amp;إيصال للدولة…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>جارٍ قراءة الحزمة…</translation>
    </message>
    <message>
        <source>This file cannot be read as a response package.</source>
        <translation>لا يمكن قراءة هذا الملف بوصفه حزمة ردود.</translation>
    </message>
    <message>
        <source>Nothing was altered: the package is signed, and every file in it is exactly as signed.</source>
        <translation>لم يُغيَّر شيء: الحزمة موقَّعة، وكل ملف فيها مطابق تمامًا لما وُقِّع.</translation>
    </message>
    <message>
        <source>Altered: this package is not as it was signed. Do not rely on what it says.</source>
        <translation>مُغيَّرة: هذه الحزمة ليست كما وُقِّعت. لا تعتمد على ما تتضمنه.</translation>
    </message>
    <message>
        <source>This package is encrypted for the Secretariat: only the Secretariat&apos;s key can open it.</source>
        <translation>هذه الحزمة مشفَّرة للأمانة: لا يفتحها إلا مفتاح الأمانة.</translation>
    </message>
    <message>
        <source>It could not be opened with this installation&apos;s key: %1</source>
        <translation>تعذَّر فتحها بمفتاح هذا التثبيت: %1</translation>
    </message>
    <message>
        <source>This installation has the Secretariat&apos;s key: the package can be opened with it.</source>
        <translation>يوجد في هذا التثبيت مفتاح الأمانة: يمكن فتح الحزمة به.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>السبب: %1.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، الإصدار %2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائية</translation>
    </message>
    <message>
        <source>Draft (not final)</source>
        <translation>مسودة (غير نهائية)</translation>
    </message>
    <message>
        <source>Yes: a training package, not an official submission</source>
        <translation>نعم: حزمة تدريبية، وليست تقديمًا رسميًا</translation>
    </message>
    <message>
        <source>No: an official submission</source>
        <translation>لا: تقديم رسمي</translation>
    </message>
    <message>
        <source>Not trusted: the package was altered</source>
        <translation>غير موثوقة: غُيِّرت الحزمة</translation>
    </message>
    <message>
        <source>Trust not checked: the Secretariat database cannot be read</source>
        <translation>لم يُتحقَّق من الثقة: تتعذَّر قراءة قاعدة بيانات الأمانة</translation>
    </message>
    <message>
        <source>Trust not checked (no Secretariat database on this computer)</source>
        <translation>لم يُتحقَّق من الثقة (لا توجد قاعدة بيانات للأمانة على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Trusted: the Secretariat has confirmed this key for %1</source>
        <translation>موثوقة: أكَّدت الأمانة هذا المفتاح لـ %1</translation>
    </message>
    <message>
        <source>Not trusted yet: the Secretariat has not confirmed any key for %1</source>
        <translation>غير موثوقة بعد: لم تؤكِّد الأمانة أي مفتاح لـ %1</translation>
    </message>
    <message>
        <source>Not trusted yet: %1 has another trusted key; this one is not confirmed</source>
        <translation>غير موثوقة بعد: لدى %1 مفتاح موثوق آخر؛ وهذا المفتاح غير مؤكَّد</translation>
    </message>
    <message>
        <source>Not trusted: this key was revoked for %1</source>
        <translation>غير موثوقة: أُلغي هذا المفتاح لـ %1</translation>
    </message>
    <message>
        <source>Not trusted: this key is trusted for another country, not for %1</source>
        <translation>غير موثوقة: هذا المفتاح موثوق لبلد آخر، لا لـ %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the report is here: %1</source>
        <translation>لم يفتحه أي عارض PDF؛ التقرير موجود هنا: %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>لم يُحفَظ التقرير</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>لم تُستورَد: %1</translation>
    </message>
    <message>
        <source>Write a receipt</source>
        <translation>إصدار إيصال</translation>
    </message>
    <message>
        <source>Passphrase of the signing key:</source>
        <translation>عبارة مرور مفتاح التوقيع:</translation>
    </message>
    <message>
        <source>Write the receipt into</source>
        <translation>حفظ الإيصال في</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>لم يصدر أي إيصال: %1</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>عبارة المرور لا تفتح مفتاح التوقيع في هذا الحاسوب. تحقق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Receipt written: %1</source>
        <translation>صدر الإيصال: %1</translation>
    </message>
    <message>
        <source>Imported: this is now the current package of %1 for this cycle.</source>
        <translation>استُوردت: هذه الآن الحزمة الحالية لـ %1 لهذه الدورة.</translation>
    </message>
    <message>
        <source>Imported as history: a newer package of %1 for this cycle is stored.</source>
        <translation>استُوردت بوصفها سجلًا سابقًا: حُفظت حزمة أحدث لـ %1 لهذه الدورة.</translation>
    </message>
    <message>
        <source>Stored and held: it counts once the signing key is confirmed for %1.</source>
        <translation>حُفظت وعُلِّقت: تُحتسب بعد تأكيد مفتاح التوقيع لـ %1.</translation>
    </message>
    <message>
        <source>Already stored: nothing changed.</source>
        <translation>محفوظة من قبل: لم يتغيَّر شيء.</translation>
    </message>
    <message>
        <source>Already stored, and held: it counts once the signing key is confirmed for %1. Nothing changed.</source>
        <translation>محفوظة من قبل ومعلّقة: تُحتسب بعد تأكيد مفتاح التوقيع لـ %1. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Already stored, as history: a newer package of %1 for this cycle is stored. Nothing changed.</source>
        <translation>محفوظة من قبل كسجل سابق: حُفظت حزمة أحدث لـ %1 لهذه الدورة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>رُفضت: %1</translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <source>Your part of the assessment</source>
        <translation>الجزء المسند إليكم من التقييم</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>اعتماد قسم…</translation>
    </message>
    <message>
        <source>Write contribution for the focal point…</source>
        <translation>حفظ المساهمة لجهة الوصل…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1 by %2: %n question(s).</source>
        <translation>
            <numerusform>أسندته %2 إلى %1: لا أسئلة.</numerusform>
            <numerusform>أسندته %2 إلى %1: سؤال واحد.</numerusform>
            <numerusform>أسندته %2 إلى %1: سؤالان.</numerusform>
            <numerusform>أسندته %2 إلى %1: %n أسئلة.</numerusform>
            <numerusform>أسندته %2 إلى %1: %n سؤالًا.</numerusform>
            <numerusform>أسندته %2 إلى %1: %n سؤال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>جهة الاتصال: %1</translation>
    </message>
    <message>
        <source>Answer by %1.</source>
        <translation>يُرجى الرد بحلول %1.</translation>
    </message>
    <message>
        <source>Note from the focal point: %1</source>
        <translation>ملاحظة من جهة الوصل: %1</translation>
    </message>
    <message>
        <source>Contributions written so far: %1.</source>
        <translation>عدد المساهمات المحفوظة حتى الآن: %1.</translation>
    </message>
    <message>
        <source>No contribution written yet.</source>
        <translation>لم تُحفظ أي مساهمة بعد.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2، %3، %4</translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation>الأقسام المعتمدة:</translation>
    </message>
    <message>
        <source>No section signed off yet.</source>
        <translation>لم يُعتمد أي قسم بعد.</translation>
    </message>
</context>
<context>
    <name>PathButtons</name>
    <message>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>نسخ المسار</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Answered by %1 (%2) on %3, round %4; accepted by %5 on %6.</source>
        <translation>أجابت %1 (%2) في %3، الجولة %4؛ وقَبِلها %5 في %6.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2, round %3; accepted by %4 on %5.</source>
        <translation>أجابت %1 في %2، الجولة %3؛ وقَبِلها %4 في %5.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;اعثر في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;الملفّات من النّوع:</translation>
    </message>
</context>
<context>
    <name>ReceiptImport</name>
    <message>
        <source>Receipts from the Secretariat (%1)</source>
        <translation>إيصالات الأمانة (%1)</translation>
    </message>
    <message>
        <source>Import a receipt from the Secretariat</source>
        <translation>استيراد إيصال من الأمانة</translation>
    </message>
    <message>
        <source>Receipt not imported</source>
        <translation>لم يُستورد الإيصال</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>لم يُخزَّن أي شيء.</translation>
    </message>
    <message>
        <source>This receipt, or a newer one for the same package, was already stored.</source>
        <translation>سبق تخزين هذا الإيصال أو إيصال أحدث للحزمة نفسها.</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>الحزمة %1</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>استُورد الإيصال</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Received by the Secretariat on %1, accepted.</source>
        <translation>تسلّمته الأمانة في %1، وقُبِل.</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, pending: the Secretariat has still to confirm your signing key.</source>
        <translation>تسلّمته الأمانة في %1، وهو معلَّق: لم تؤكد الأمانة مفتاح توقيعك بعد.</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, refused: %2</source>
        <translation>تسلّمته الأمانة في %1، ورُفض: %2</translation>
    </message>
    <message>
        <source>This receipt has been altered since the Secretariat signed it.</source>
        <translation>عُدِّل هذا الإيصال بعد أن وقّعته الأمانة.</translation>
    </message>
    <message>
        <source>This receipt is not signed with the Secretariat&apos;s key that came with omnibus.</source>
        <translation>هذا الإيصال غير موقَّع بمفتاح الأمانة المرفق مع omnibus.</translation>
    </message>
    <message>
        <source>This installation has no Secretariat key to check receipts with. It comes with the installer; ask whoever installed omnibus.</source>
        <translation>لا يوجد في هذا التثبيت مفتاح للأمانة للتحقق من الإيصالات. يأتي المفتاح مع برنامج التثبيت؛ اسأل من ثبّت omnibus.</translation>
    </message>
    <message>
        <source>This receipt is for a package that was not made on this computer.</source>
        <translation>هذا الإيصال يخص حزمة لم تُنشأ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This receipt is for a package of another assessment.</source>
        <translation>هذا الإيصال يخص حزمة تقييم آخر.</translation>
    </message>
    <message>
        <source>This receipt names another country or assessment than the package it is for.</source>
        <translation>يذكر هذا الإيصال بلدًا أو تقييمًا غير ما تخصه الحزمة.</translation>
    </message>
    <message>
        <source>This file is not a receipt from the Secretariat, or it is damaged.</source>
        <translation>هذا الملف ليس إيصالًا من الأمانة، أو أنه تالف.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>This answer does not have the form this question expects, so it was not stored.</source>
        <translation>هذه الإجابة ليست بالشكل الذي يتوقعه هذا السؤال، لذا لم تُحفظ.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>اختر أحد الخيارات المعروضة.</translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation>اختر نوع المساعدة.</translation>
    </message>
    <message>
        <source>Choose the kind of assistance within the type.</source>
        <translation>اختر شكل المساعدة ضمن هذا النوع.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>اختر الأولوية.</translation>
    </message>
    <message>
        <source>%1 is below the minimum, %2.</source>
        <translation>%1 أقل من الحد الأدنى، %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum, %2.</source>
        <translation>%1 أكبر من الحد الأقصى، %2.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل عددًا.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>هذا العدد كبير جدًا.</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>أدخل التاريخ بصيغة سنة-شهر-يوم، مثل 2024-03-31.</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar.</source>
        <translation>التاريخ %1 غير موجود في التقويم.</translation>
    </message>
    <message>
        <source>%1 is before the earliest date allowed, %2.</source>
        <translation>%1 يسبق أقدم تاريخ مسموح به، %2.</translation>
    </message>
    <message>
        <source>%1 is after the latest date allowed, %2.</source>
        <translation>%1 يلي آخر تاريخ مسموح به، %2.</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 are allowed.</source>
        <translation>عدد أحرف هذا النص: %1؛ والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>“Other” is ticked: say what it is.</source>
        <translation>تم اختيار «أخرى»: حدّد ما هي.</translation>
    </message>
    <message>
        <source>Select at least %1 (now %2).</source>
        <translation>اختر %1 على الأقل (المختار الآن %2).</translation>
    </message>
    <message>
        <source>Select at most %1 (now %2).</source>
        <translation>اختر %1 على الأكثر (المختار الآن %2).</translation>
    </message>
    <message>
        <source>At most %1 citations are allowed (now %2).</source>
        <translation>الحد الأقصى المسموح به %1 من الإحالات (الآن %2).</translation>
    </message>
    <message>
        <source>At least %1 citations are needed (now %2).</source>
        <translation>يلزم %1 من الإحالات على الأقل (الآن %2).</translation>
    </message>
    <message>
        <source>Give the title of the act.</source>
        <translation>اذكر عنوان القانون.</translation>
    </message>
    <message>
        <source>At most %1 files are allowed (now %2).</source>
        <translation>الحد الأقصى المسموح به %1 من الملفات (الآن %2).</translation>
    </message>
    <message>
        <source>At most %1 rows are allowed (now %2).</source>
        <translation>الحد الأقصى المسموح به %1 من الصفوف (الآن %2).</translation>
    </message>
    <message>
        <source>At least %1 rows are needed (now %2).</source>
        <translation>يلزم %1 من الصفوف على الأقل (الآن %2).</translation>
    </message>
    <message>
        <source>%1 is not a kind of file this question takes (%2).</source>
        <translation>%1 ليس من أنواع الملفات التي يقبلها هذا السؤال (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB is allowed.</source>
        <translation>حجم %1 هو %2 ميغابايت؛ والحد الأقصى %3 ميغابايت.</translation>
    </message>
    <message>
        <source>The same file is attached twice.</source>
        <translation>الملف نفسه مرفق مرتين.</translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation>%1 مرفق هنا بالفعل.</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are allowed.</source>
        <translation>عدد أحرف التعليق: %1؛ والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>يجب ملء «%1».</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>الصف %1، %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>الصف %1: %2</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>الإحالة %1: %2</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>الملف %1: %2</translation>
    </message>
    <message>
        <source>Need %1: %2</source>
        <translation>الاحتياج %1: %2</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Backups, newest first:
%1</source>
        <translation>النسخ الاحتياطية، من الأحدث إلى الأقدم:
%1</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>The database %1 is gone: omnibus used a database there, and the file was deleted or moved. Nothing was created in its place.</source>
        <translation>قاعدة البيانات %1 لم تعد موجودة: كان omnibus يستخدم قاعدة بيانات في هذا المكان، وقد حُذف الملف أو نُقل. لم يُنشأ شيء مكانه.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: omnibus cannot read all of it, so nothing more can be saved.</source>
        <translation>قاعدة البيانات %1 تالفة: لا يستطيع omnibus قراءتها كلها، لذا لا يمكن حفظ أي شيء آخر فيها.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>لم تُستعد النسخة الاحتياطية</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finish</source>
        <translation>المراجعة والإنهاء</translation>
    </message>
    <message>
        <source>Double-click an entry, or select it and press Enter, to go to the question.</source>
        <translation>انقر نقرًا مزدوجًا على أي بند، أو حدّده واضغط Enter، للانتقال إلى السؤال.</translation>
    </message>
    <message>
        <source>Questions that need attention</source>
        <translation>أسئلة تحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>وضع علامة «نهائي»</translation>
    </message>
    <message>
        <source>Reopen for changes</source>
        <translation>إعادة الفتح للتعديل</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>الأسئلة التي تمت الإجابة عنها: %1 من %2 (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still unanswered.</source>
        <translation>
            <numerusform>لا يوجد سؤال إلزامي دون إجابة.</numerusform>
            <numerusform>سؤال إلزامي واحد لم تتم الإجابة عنه بعد.</numerusform>
            <numerusform>سؤالان إلزاميان لم تتم الإجابة عنهما بعد.</numerusform>
            <numerusform>%n أسئلة إلزامية لم تتم الإجابة عنها بعد.</numerusform>
            <numerusform>%n سؤالًا إلزاميًا لم تتم الإجابة عنها بعد.</numerusform>
            <numerusform>%n سؤال إلزامي لم تتم الإجابة عنها بعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>التقييم نهائي.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>لا يوجد ما يحتاج إلى انتباه.</translation>
    </message>
    <message>
        <source>Everything required is answered: the assessment can now be marked as final.</source>
        <translation>تمت الإجابة عن كل الأسئلة الإلزامية: يمكن الآن وضع علامة «نهائي» على التقييم.</translation>
    </message>
    <message>
        <source>The assessment cannot be marked as final yet.</source>
        <translation>لا يمكن وضع علامة «نهائي» على التقييم بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) are unanswered.</source>
        <translation>
            <numerusform>لا يوجد سؤال إلزامي دون إجابة.</numerusform>
            <numerusform>سؤال إلزامي واحد دون إجابة.</numerusform>
            <numerusform>سؤالان إلزاميان دون إجابة.</numerusform>
            <numerusform>%n أسئلة إلزامية دون إجابة.</numerusform>
            <numerusform>%n سؤالًا إلزاميًا دون إجابة.</numerusform>
            <numerusform>%n سؤال إلزامي دون إجابة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>لا توجد إجابات بها أخطاء.</numerusform>
            <numerusform>إجابة واحدة بها خطأ يجب تصحيحه.</numerusform>
            <numerusform>إجابتان بهما أخطاء يجب تصحيحها.</numerusform>
            <numerusform>%n إجابات بها أخطاء يجب تصحيحها.</numerusform>
            <numerusform>%n إجابةً بها أخطاء يجب تصحيحها.</numerusform>
            <numerusform>%n إجابة بها أخطاء يجب تصحيحها.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed above; fix them, then mark the assessment as final again.</source>
        <translation>وهي مدرجة أعلاه؛ عالجها ثم ضع علامة «نهائي» على التقييم مرة أخرى.</translation>
    </message>
    <message>
        <source>Mark the assessment as final?</source>
        <translation>هل تريد وضع علامة «نهائي» على التقييم؟</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>لا توجد أسئلة بلا إجابة.</numerusform>
            <numerusform>سؤال واحد ما زال بلا إجابة، وهو غير إلزامي.</numerusform>
            <numerusform>سؤالان ما زالا بلا إجابة، وليس أي منهما إلزاميًا.</numerusform>
            <numerusform>%n أسئلة ما زالت بلا إجابة، وليس أي منها إلزاميًا.</numerusform>
            <numerusform>%n سؤالًا ما زال بلا إجابة، وليس أي منها إلزاميًا.</numerusform>
            <numerusform>%n سؤال ما زال بلا إجابة، وليس أي منها إلزاميًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final assessment can no longer be changed unless it is reopened; it is what the response package hands in.</source>
        <translation>لا يمكن تغيير التقييم النهائي إلا بعد إعادة فتحه؛ وهو ما تسلّمه حزمة الرد.</translation>
    </message>
</context>
<context>
    <name>ServiceRefusals</name>
    <message>
        <source>the reporting cycle must be a year, such as %1, or a range of years, such as %2, and come after the cycle of the assessment it starts from</source>
        <translation>يجب أن تكون دورة الإبلاغ سنة، مثل %1، أو مدى من السنوات، مثل %2، وأن تأتي بعد دورة التقييم الذي تبدأ منه</translation>
    </message>
    <message>
        <source>the assessment cannot be made final yet: %1 required questions are unanswered and %2 other problems are to be fixed</source>
        <translation>لا يمكن جعل التقييم نهائيًا بعد: الأسئلة الإلزامية التي لم تتم الإجابة عنها: %1؛ والمشكلات الأخرى التي ينبغي إصلاحها: %2</translation>
    </message>
    <message>
        <source>the assessment is final; reopen it to change it</source>
        <translation>التقييم نهائي؛ أعد فتحه لتغييره</translation>
    </message>
    <message>
        <source>the country already has an assessment of this questionnaire for this reporting cycle</source>
        <translation>لدى البلد بالفعل تقييم لهذا الاستبيان لدورة الإبلاغ هذه</translation>
    </message>
    <message>
        <source>the two are not editions of the same questionnaire</source>
        <translation>ليسا إصدارين من الاستبيان نفسه</translation>
    </message>
    <message>
        <source>what it needs cannot be found (an assessment, a questionnaire or a file removed in the meantime?)</source>
        <translation>تعذّر العثور على ما تحتاج إليه (تقييم أو استبيان أو ملف حُذف في الأثناء؟)</translation>
    </message>
    <message>
        <source>the country is not known; choose it from the list</source>
        <translation>البلد غير معروف؛ اختره من القائمة</translation>
    </message>
    <message>
        <source>some of the answers were refused; nothing was saved</source>
        <translation>رُفضت بعض الإجابات؛ لم يُحفظ أي شيء</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off a section</source>
        <translation>اعتماد قسم</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>القسم:</translation>
    </message>
    <message>
        <source>Approved by (name):</source>
        <translation>اعتمده (الاسم):</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>الوظيفة:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Write the name of the person who approved the section.</source>
        <translation>اكتب اسم الشخص الذي اعتمد القسم.</translation>
    </message>
    <message>
        <source>Not signed off: %1</source>
        <translation>لم يُعتمد: %1</translation>
    </message>
</context>
<context>
    <name>SigningKeyForm</name>
    <message>
        <source>&amp;Passphrase of the signing key:</source>
        <translation>&amp;عبارة مرور مفتاح التوقيع:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;أعد كتابة عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>عبارة مرور مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Nobody can recover it, not even the Secretariat. Create a new signing key instead: the next package is signed with it, and you must tell the Secretariat its new fingerprint by an official channel (letter, telephone or in person), or it cannot trust the package.</source>
        <translation>هل نسيت عبارة المرور؟ لا يمكن لأحد استعادتها، ولا حتى الأمانة. أنشئ بدلًا من ذلك مفتاح توقيع جديدًا: ستُوقَّع به الحزمة التالية، ويجب أن تُبلغ الأمانة ببصمته الجديدة عبر قناة رسمية (رسالة أو هاتف أو شخصيًا)، وإلا فلن تتمكن من الوثوق بالحزمة.</translation>
    </message>
    <message>
        <source>Create a new signing key…</source>
        <translation>إنشاء مفتاح توقيع جديد…</translation>
    </message>
    <message>
        <source>Type the passphrase of the signing key (at least %1 characters).</source>
        <translation>اكتب عبارة مرور مفتاح التوقيع (%1 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>Type the same passphrase again in the second field.</source>
        <translation>اكتب عبارة المرور نفسها مرة أخرى في الحقل الثاني.</translation>
    </message>
    <message>
        <source>The next package creates a new signing key in place of %1. Choose a new passphrase of at least %2 characters and keep it safe.</source>
        <translation>ستُنشئ الحزمة التالية مفتاح توقيع جديدًا بدلًا من %1. اختر عبارة مرور جديدة من %2 أحرف على الأقل واحتفظ بها في مكان آمن.</translation>
    </message>
    <message>
        <source>The first package creates this computer&apos;s signing key. Choose a passphrase of at least %1 characters and keep it safe: it is asked for every package.</source>
        <translation>تنشئ الحزمة الأولى مفتاح التوقيع لهذا الحاسوب. اختر عبارة مرور لا تقل عن %1 أحرف واحفظها في مكان آمن: ستُطلب عند إنشاء كل حزمة.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key: %1</source>
        <translation>مفتاح التوقيع لهذا الحاسوب: %1</translation>
    </message>
    <message>
        <source>Create a new signing key</source>
        <translation>إنشاء مفتاح توقيع جديد</translation>
    </message>
    <message>
        <source>The present signing key will be replaced by a new one when the next package is created. Packages signed with the new key are trusted only once the Secretariat has its fingerprint: send it by an official channel.</source>
        <translation>سيُستبدل مفتاح التوقيع الحالي بمفتاح جديد عند إنشاء الحزمة التالية. لا يُوثق بالحزم الموقعة بالمفتاح الجديد إلا بعد أن تتسلم الأمانة بصمته: أرسلها عبر قناة رسمية.</translation>
    </message>
    <message>
        <source>Use a new key</source>
        <translation>استخدام مفتاح جديد</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Cycle %1 · %2 · last change %3</source>
        <translation>الدورة %1 · %2 · آخر تعديل %3</translation>
    </message>
    <message>
        <source>Every assessment in this database is archived: tick “Show archived”.</source>
        <translation>جميع التقييمات في قاعدة البيانات هذه مؤرشفة: اختر «عرض المؤرشفة».</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>إلغاء الأرشفة</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Archived: %1. Tick “Show archived” to see it again.</source>
        <translation>تمت الأرشفة: %1. اختر «عرض المؤرشفة» لرؤيته مرة أخرى.</translation>
    </message>
    <message>
        <source>Back in the list: %1.</source>
        <translation>عاد إلى القائمة: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>لم يتغير شيء: %1</translation>
    </message>
    <message>
        <source>Delete the assessment?</source>
        <translation>حذف التقييم؟</translation>
    </message>
    <message>
        <source>Delete this assessment and all its answers?

%1</source>
        <translation>هل تريد حذف هذا التقييم وجميع إجاباته؟

%1</translation>
    </message>
    <message>
        <source>A backup of the database is made first: “Restore from a backup…” brings the assessment back.</source>
        <translation>تُنشأ أولاً نسخة احتياطية من قاعدة البيانات: يعيد «الاستعادة من نسخة احتياطية…» التقييم.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The assessment was not deleted: %1</source>
        <translation>لم يُحذف التقييم: %1</translation>
    </message>
    <message>
        <source>Deleted: %1. A backup of the database made just before is %2.</source>
        <translation>تم الحذف: %1. النسخة الاحتياطية لقاعدة البيانات التي أُنشئت قبل ذلك مباشرة هي %2.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>لم تتم استعادة أي شيء: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was before is in %2.</source>
        <translation>تمت استعادة النسخة الاحتياطية بتاريخ %1. قاعدة البيانات كما كانت من قبل موجودة في %2.</translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation>قائمة التقييم الذاتي</translation>
    </message>
    <message>
        <source>United Nations Convention against Transnational Organized Crime and the Protocols thereto. Every answer is saved as you go; you can stop at any time and continue later.</source>
        <translation>اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها. تُحفظ كل إجابة أولًا بأول؛ ويمكنك التوقف في أي وقت والمتابعة لاحقًا.</translation>
    </message>
    <message>
        <source>Continue an assessment</source>
        <translation>متابعة تقييم</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>التقييمات في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>There is no assessment in this database yet. Start one on the right.</source>
        <translation>لا يوجد تقييم في قاعدة البيانات هذه بعد. ابدأ تقييمًا من الجانب المقابل.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>عرض المؤرشفة</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Open another database file…</source>
        <translation>فتح ملف قاعدة بيانات آخر…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk holding %1 is full; free some space and try again (nothing saved was lost)</source>
        <translation>القرص الذي يحوي %1 ممتلئ؛ أفرغ بعض المساحة ثم حاول مجددًا (لم يُفقد شيء مما حُفظ)</translation>
    </message>
    <message>
        <source>%1 cannot be written (it is read-only or on read-only media)</source>
        <translation>لا يمكن الكتابة في %1 (إنه للقراءة فقط أو على وسيط للقراءة فقط)</translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again</source>
        <translation>الملف %1 مشغول في برنامج آخر؛ حاول مجددًا</translation>
    </message>
    <message>
        <source>%1 cannot be found; was it moved or removed?</source>
        <translation>تعذّر العثور على %1؛ هل نُقل أو حُذف؟</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>الملف %1 تالف</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error; was it removed?</source>
        <translation>أبلغ القرص الذي يحوي %1 عن خطأ في الإدخال/الإخراج؛ هل نُزع؟</translation>
    </message>
    <message>
        <source>%1 is already open in another omnibus window or command; close that one first</source>
        <translation>الملف %1 مفتوح بالفعل في نافذة أو أمر آخر من omnibus؛ أغلقه أولًا</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of omnibus; update omnibus to open it</source>
        <translation>كُتب %1 بإصدار أحدث من omnibus؛ حدّث omnibus لفتحه</translation>
    </message>
    <message>
        <source>%1 is not an omnibus database (another program&apos;s file?); it was left as it is</source>
        <translation>الملف %1 ليس قاعدة بيانات omnibus (ملف برنامج آخر؟)؛ تُرك كما هو</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>لا توجد نسخة احتياطية %1</translation>
    </message>
    <message>
        <source>%1 is not a sound backup that this version of omnibus can open; choose another one</source>
        <translation>الملف %1 ليس نسخة احتياطية سليمة يستطيع هذا الإصدار من omnibus فتحها؛ اختر نسخة أخرى</translation>
    </message>
    <message>
        <source>no backup could be written into %1</source>
        <translation>تعذّرت كتابة أي نسخة احتياطية في %1</translation>
    </message>
    <message>
        <source>%1 was removed or replaced while omnibus had it open, so this change was not saved; put the file back (or restore its newest backup) and open it again</source>
        <translation>حُذف الملف %1 أو استُبدل بينما كان مفتوحًا في omnibus، لذا لم يُحفظ هذا التغيير؛ أعد الملف إلى مكانه (أو استعد أحدث نسخة احتياطية منه) وافتحه من جديد</translation>
    </message>
    <message>
        <source>%1 is on read-only media and was written by another version of omnibus; copy it to a folder you can write to and open it there</source>
        <translation>الملف %1 موجود على وسيط للقراءة فقط وكُتب بإصدار آخر من omnibus؛ انسخه إلى مجلد يمكنك الكتابة فيه وافتحه هناك</translation>
    </message>
    <message>
        <source>%1 could not be closed cleanly, so nothing was restored</source>
        <translation>تعذّر إغلاق %1 إغلاقًا سليمًا، لذا لم تتم استعادة أي شيء</translation>
    </message>
    <message>
        <source>%1 is closed; open it again</source>
        <translation>الملف %1 مغلق؛ افتحه من جديد</translation>
    </message>
    <message>
        <source>the questionnaire this assessment was answered in is missing from %1</source>
        <translation>الاستبيان الذي أُجيب فيه عن هذا التقييم مفقود من %1</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. This database is on read-only media: copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu.</source>
        <translation>تعذّر حفظ آخر تعديل أجريته: %1. قاعدة البيانات هذه على وسيط للقراءة فقط: انسخ قاعدة البيانات إلى مجلد يمكنك الكتابة فيه، ثم افتح النسخة بالأمر «فتح ملف قاعدة بيانات آخر…» في قائمة «ملف».</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. It is still on the screen. Check that the disk or USB stick is connected and has free space, then press “Try again”.</source>
        <translation>تعذّر حفظ آخر تعديل أجريته: %1. وهو لا يزال ظاهرًا على الشاشة. تأكّد من أن القرص أو ذاكرة USB موصول وبه مساحة فارغة، ثم اضغط «إعادة المحاولة».</translation>
    </message>
</context>
<context>
    <name>TaNeedsWidget</name>
    <message>
        <source>Type of assistance:</source>
        <translation>نوع المساعدة:</translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation>النوع الفرعي:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>What is needed:</source>
        <translation>ما المطلوب:</translation>
    </message>
    <message>
        <source>Choose the type of assistance for each need.</source>
        <translation>اختر نوع المساعدة لكل احتياج.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>إضافة احتياج</translation>
    </message>
    <message>
        <source>No technical assistance need recorded.</source>
        <translation>لم يُسجَّل أي احتياج إلى المساعدة التقنية.</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>الصك:</translation>
    </message>
    <message>
        <source>The question&apos;s instruments</source>
        <translation>صكوك السؤال</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>بروتوكول الاتجار بالأشخاص</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>بروتوكول تهريب المهاجرين</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>بروتوكول الأسلحة النارية</translation>
    </message>
    <message>
        <source>In general terms (no particular type)</source>
        <translation>بعبارات عامة (دون نوع محدد)</translation>
    </message>
    <message>
        <source>Say what assistance is needed.</source>
        <translation>اذكر المساعدة المطلوبة.</translation>
    </message>
</context>
<context>
    <name>TableWidget</name>
    <message>
        <source>Add a row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>إزالة الصف المحدد</translation>
    </message>
    <message>
        <source>Row %1, %2: enter a number.</source>
        <translation>الصف %1، %2: أدخل عددًا.</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — not an official submission</source>
        <translation>تدريب — ليس تقديمًا رسميًا</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;تدريب</translation>
    </message>
    <message>
        <source>&amp;Trainer&apos;s guide</source>
        <translation>&amp;دليل المدرب</translation>
    </message>
    <message>
        <source>&amp;Sample assessments of a fictional State</source>
        <translation>&amp;تقييمات نموذجية لدولة افتراضية</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;فارغ</translation>
    </message>
    <message>
        <source>&amp;Half answered, with mistakes to find</source>
        <translation>&amp;نصف مجاب، فيه أخطاء يجب اكتشافها</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;مكتمل</translation>
    </message>
    <message>
        <source>Carried &amp;forward to the next cycle</source>
        <translation>&amp;مُرحَّل إلى الدورة التالية</translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation>&amp;نتائج المجموعة…</translation>
    </message>
    <message>
        <source>&amp;Reset this laptop for the next group…</source>
        <translation>&amp;إعادة تهيئة هذا الحاسوب للمجموعة التالية…</translation>
    </message>
    <message>
        <source>The samples could not be made</source>
        <translation>تعذّر إنشاء النماذج</translation>
    </message>
    <message>
        <source>Reset this laptop for the next group</source>
        <translation>إعادة تهيئة هذا الحاسوب للمجموعة التالية</translation>
    </message>
    <message>
        <source>Remove the %1 training assessments from this laptop? A backup of the database is made first.</source>
        <translation>هل تريد حذف تقييمات التدريب البالغ عددها %1 من هذا الحاسوب؟ تُنشأ نسخة احتياطية من قاعدة البيانات أولاً.</translation>
    </message>
    <message>
        <source>The %1 real assessments and the signing key stay untouched.</source>
        <translation>تبقى التقييمات الحقيقية البالغ عددها %1 ومفتاح التوقيع دون تغيير.</translation>
    </message>
    <message>
        <source>There is no real assessment here: the signing key goes too, and the next trainee makes a new one with the first package.</source>
        <translation>لا يوجد هنا أي تقييم حقيقي: يُزال مفتاح التوقيع أيضاً، وسينشئ المتدرب التالي مفتاحاً جديداً مع أول حزمة.</translation>
    </message>
    <message>
        <source>Remove the training assessments</source>
        <translation>حذف تقييمات التدريب</translation>
    </message>
    <message>
        <source>The laptop could not be reset</source>
        <translation>تعذّرت إعادة تهيئة الحاسوب</translation>
    </message>
    <message>
        <source>%1 training assessments removed.</source>
        <translation>تقييمات التدريب المحذوفة: %1.</translation>
    </message>
    <message>
        <source>Backup made before: %1</source>
        <translation>النسخة الاحتياطية المنشأة قبل ذلك: %1</translation>
    </message>
    <message>
        <source>The signing key was put away in %1.</source>
        <translation>نُقل مفتاح التوقيع إلى %1.</translation>
    </message>
    <message>
        <source>Ready for the next group</source>
        <translation>جاهز للمجموعة التالية</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>%1 is in the package but not in the signed list of its files (added).</source>
        <translation>الملف %1 موجود في الحزمة وليس في القائمة الموقَّعة لملفاتها (مُضاف).</translation>
    </message>
    <message>
        <source>%1 is in the signed list of files but not in the package (removed).</source>
        <translation>الملف %1 موجود في القائمة الموقَّعة للملفات وليس في الحزمة (محذوف).</translation>
    </message>
    <message>
        <source>%1 has been altered: it is not the file that was signed.</source>
        <translation>غُيِّر الملف %1: ليس هو الملف الذي وُقِّع.</translation>
    </message>
    <message>
        <source>The signature does not verify: the package was changed after it was signed, or its keys do not match.</source>
        <translation>لا يمكن التحقق من التوقيع: غُيِّرت الحزمة بعد توقيعها، أو أن مفاتيحها غير متطابقة.</translation>
    </message>
    <message>
        <source>The signed list of files names another signer than the key that signed it.</source>
        <translation>تذكر القائمة الموقَّعة للملفات موقِّعًا غير المفتاح الذي وقَّعها.</translation>
    </message>
    <message>
        <source>Not trusted: the signing key %1 is not trusted to sign for %2.</source>
        <translation>غير موثوق: مفتاح التوقيع %1 غير موثوق للتوقيع باسم %2.</translation>
    </message>
    <message>
        <source>Unknown questionnaire: %1, version %2.</source>
        <translation>استبيان غير معروف: %1، الإصدار %2.</translation>
    </message>
</context>
</TS>
