<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Answers</name>
    <message>
        <source>In place</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Partially in place</source>
        <translation>Частично принято</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Нет сведений</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Partially</source>
        <translation>Частично</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>The assessment is final: reopen it to change answers.</source>
        <translation>Оценка окончательная: откройте её снова, чтобы изменить ответы.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Context from the focal point: not part of your assignment, shown read-only.</source>
        <translation>Контекст от координатора: не входит в ваше задание, только для чтения.</translation>
    </message>
    <message>
        <source>%1 % answered</source>
        <translation>Отвечено %1 %</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательная</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left or Ctrl+Page Up)</source>
        <translation>Предыдущая страница (Alt+Влево или Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Next page (Alt+Right or Ctrl+Page Down)</source>
        <translation>Следующая страница (Alt+Вправо или Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Section %1 of %2 · %3 % answered</source>
        <translation>Раздел %1 из %2 · отвечено %3 %</translation>
    </message>
    <message>
        <source>Section %1 of %2 · nothing to answer yet</source>
        <translation>Раздел %1 из %2 · пока не на что отвечать</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>%1 — kept as a draft</source>
        <translation>%1 — сохранено как черновик</translation>
    </message>
    <message>
        <source>%1 — kept as a draft (and %2 more)</source>
        <translation>%1 — сохранено как черновик (и ещё %2)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to institutions</source>
        <translation>Поручить учреждениям</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контактное лицо:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Парольная фраза вашего ключа подписи:</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Sections or single questions this institution answers:</source>
        <translation>Разделы или отдельные вопросы, на которые отвечает это учреждение:</translation>
    </message>
    <message>
        <source>Assignment files written:</source>
        <translation>Сохранённые файлы поручений:</translation>
    </message>
    <message>
        <source>Write assignment file</source>
        <translation>Сохранить файл поручения</translation>
    </message>
    <message>
        <source>Write assignment files into</source>
        <translation>Сохранять файлы поручений в</translation>
    </message>
    <message>
        <source>Write the institution&apos;s name.</source>
        <translation>Укажите название учреждения.</translation>
    </message>
    <message>
        <source>Tick at least one section or question.</source>
        <translation>Отметьте хотя бы один раздел или вопрос.</translation>
    </message>
    <message>
        <source>Type your signing key&apos;s passphrase (at least 8 characters).</source>
        <translation>Введите парольную фразу вашего ключа подписи (не менее 8 символов).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>Папка %1 не может быть создана или недоступна для записи: выберите другую. Ничего не записано.</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>Парольная фраза не открывает ваш ключ подписи. Ничего не записано.</translation>
    </message>
    <message>
        <source>The assignment file was not written: %1</source>
        <translation>Файл поручения не сохранён: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentWidget</name>
    <message>
        <source>Attach a file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Allowed: %1; at most %2 MB each</source>
        <translation>Допустимо: %1; не более %2 МБ каждый</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached here.</source>
        <translation>Файл такого типа здесь прикрепить нельзя.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Файл больше %1 МБ.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Every assessment in this database is replaced by those in the backup; the database as it is now is backed up first, so this can be undone.</source>
        <translation>Выберите резервную копию, к которой нужно вернуться. Все оценки в этой базе данных будут заменены оценками из копии; сначала создаётся резервная копия текущей базы данных, поэтому действие можно отменить.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервные копии, сначала новые</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>У этой базы данных ещё нет резервных копий.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>the first backup of the day</source>
        <translation>первая резервная копия за день</translation>
    </message>
    <message>
        <source>made before an assessment was deleted</source>
        <translation>сделана перед удалением оценки</translation>
    </message>
    <message>
        <source>made before a backup was restored</source>
        <translation>сделана перед восстановлением резервной копии</translation>
    </message>
    <message>
        <source>made before omnibus was updated</source>
        <translation>сделана перед обновлением omnibus</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 КиБ</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Clear answer</source>
        <translation>Очистить ответ</translation>
    </message>
</context>
<context>
    <name>ClassResultsDialog</name>
    <message>
        <source>Class results</source>
        <translation>Результаты группы</translation>
    </message>
    <message>
        <source>Choose the folder where the trainees put their packages (a USB stick or a shared folder).</source>
        <translation>Выберите папку, в которую участники положили свои пакеты (USB-накопитель или общая папка).</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <source>Who handed in</source>
        <translation>Кто сдал работу</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Ответы рядом</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s analysis</source>
        <translation>Анализ Секретариата</translation>
    </message>
    <message>
        <source>Save as PDF for the debriefing…</source>
        <translation>Сохранить в PDF для разбора…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The folder of the trainees&apos; packages</source>
        <translation>Папка с пакетами участников</translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation>Чтение пакетов…</translation>
    </message>
    <message>
        <source>it is not a complete response package, or it is damaged</source>
        <translation>это не полный пакет ответов, или он повреждён</translation>
    </message>
    <message>
        <source>its questionnaire or answers are not those of a questionnaire omnibus knows</source>
        <translation>его вопросник или ответы не относятся к вопроснику, известному omnibus</translation>
    </message>
    <message>
        <source>No readable training package: nothing to analyse.</source>
        <translation>Нет читаемых учебных пакетов: анализировать нечего.</translation>
    </message>
    <message>
        <source>class-results</source>
        <translation>rezultaty-gruppy</translation>
    </message>
    <message>
        <source>Save the class&apos;s results</source>
        <translation>Сохранить результаты группы</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>The class&apos;s results could not be read</source>
        <translation>Не удалось прочитать результаты группы</translation>
    </message>
</context>
<context>
    <name>CollaborationRefusals</name>
    <message>
        <source>Choose at least one section or question to assign to %1.</source>
        <translation>Выберите хотя бы один раздел или вопрос для поручения %1.</translation>
    </message>
    <message>
        <source>Give the name of the institution the part is assigned to.</source>
        <translation>Укажите название учреждения, которому поручается эта часть.</translation>
    </message>
    <message>
        <source>This questionnaire has no section %1.</source>
        <translation>В этом вопроснике нет раздела %1.</translation>
    </message>
    <message>
        <source>This questionnaire has no question %1.</source>
        <translation>В этом вопроснике нет вопроса %1.</translation>
    </message>
    <message>
        <source>%1 has answered everything assigned to it: no reminder is needed.</source>
        <translation>%1 ответило на всё порученное: напоминание не требуется.</translation>
    </message>
    <message>
        <source>Nothing of this assessment is assigned to %1.</source>
        <translation>Ничего из этой оценки не поручено %1.</translation>
    </message>
    <message>
        <source>There is no assignment %1.</source>
        <translation>Поручения %1 нет.</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: open the assignment file first.</source>
        <translation>Эта оценка не отвечает на поручение: сначала откройте файл поручения.</translation>
    </message>
    <message>
        <source>This contribution answers another assessment (%1), not this one (%2). Import it into that assessment.</source>
        <translation>Этот вклад относится к другой оценке (%1), а не к этой (%2). Импортируйте его в ту оценку.</translation>
    </message>
    <message>
        <source>This contribution is for %1, but the assessment is for %2.</source>
        <translation>Этот вклад относится к %1, а оценка — к %2.</translation>
    </message>
    <message>
        <source>This contribution answers %1 version %2, but the assessment uses %3 version %4.</source>
        <translation>Этот вклад отвечает на %1 версии %2, а оценка использует %3 версии %4.</translation>
    </message>
    <message>
        <source>This contribution answers assignment %1, which was not made from this assessment.</source>
        <translation>Этот вклад отвечает на поручение %1, которое не было составлено из этой оценки.</translation>
    </message>
    <message>
        <source>This contribution is signed for %1, but the assignment was given to %2.</source>
        <translation>Этот вклад подписан от имени %1, а поручение было дано %2.</translation>
    </message>
    <message>
        <source>This contribution answers question %1, which was not assigned to %2.</source>
        <translation>Этот вклад отвечает на вопрос %1, который не был поручен %2.</translation>
    </message>
    <message>
        <source>%1 has no trusted key yet; this contribution is signed by the key:
%2
Check the fingerprint with %1 (by telephone, say) before trusting it.</source>
        <translation>У %1 ещё нет доверенного ключа; этот вклад подписан ключом:
%2
Сверьте отпечаток с %1 (например, по телефону), прежде чем доверять ему.</translation>
    </message>
    <message>
        <source>This contribution is signed by the key:
%1
but the key trusted for %2 is:
%3
If %2 really has a new key, check its fingerprint with them before trusting it.</source>
        <translation>Этот вклад подписан ключом:
%1
но доверенный ключ %2:
%3
Если у %2 действительно новый ключ, сверьте его отпечаток с ними, прежде чем доверять ему.</translation>
    </message>
    <message>
        <source>This is round %1 of the contribution of %2, but round %3 was already imported: an older round is never merged over a newer one.</source>
        <translation>Это раунд %1 вклада %2, но раунд %3 уже импортирован: более ранний раунд никогда не объединяется поверх более нового.</translation>
    </message>
    <message>
        <source>Round %1 of the contribution of %2 was already imported from a different file. Ask %2 for a new round.</source>
        <translation>Раунд %1 вклада %2 уже импортирован из другого файла. Попросите %2 прислать новый раунд.</translation>
    </message>
    <message>
        <source>The answer to question %1 in this contribution is not one this question accepts.</source>
        <translation>Ответ на вопрос %1 в этом вкладе не подходит для этого вопроса.</translation>
    </message>
    <message>
        <source>The answer to question %1 in this assignment is not one this question accepts.</source>
        <translation>Ответ на вопрос %1 в этом поручении не подходит для этого вопроса.</translation>
    </message>
    <message>
        <source>This contribution signs off section %1, which was not assigned to it.</source>
        <translation>Этот вклад утверждает раздел %1, который не был ему поручен.</translation>
    </message>
    <message>
        <source>There is no open conflict %1 in this assessment.</source>
        <translation>В этой оценке нет открытого конфликта %1.</translation>
    </message>
    <message>
        <source>To combine both answers, give the combined answer.</source>
        <translation>Чтобы объединить оба ответа, укажите объединённый ответ.</translation>
    </message>
    <message>
        <source>Give the name of the person who signs off.</source>
        <translation>Укажите имя лица, которое утверждает.</translation>
    </message>
    <message>
        <source>Question %1 is not part of your assignment; it is shown for context only.</source>
        <translation>Вопрос %1 не входит в ваше поручение; он показан только для контекста.</translation>
    </message>
    <message>
        <source>Section %1 is not part of the assignment this assessment answers.</source>
        <translation>Раздел %1 не входит в поручение, на которое отвечает эта оценка.</translation>
    </message>
    <message>
        <source>%1; copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu</source>
        <translation>%1; скопируйте базу данных в папку, в которую можно записывать, и откройте копию командой «Открыть другой файл базы данных…» в меню «Файл»</translation>
    </message>
</context>
<context>
    <name>ConfirmRow</name>
    <message>
        <source>Carried forward from the previous cycle. Is it still true?</source>
        <translation>Перенесено из предыдущего цикла. Это по-прежнему верно?</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to settle</source>
        <translation>Конфликты для урегулирования</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мой</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <source>Combine…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>No conflict is left: every answer the institutions sent is settled.</source>
        <translation>Конфликтов не осталось: все ответы, присланные учреждениями, урегулированы.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваш</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation>Дан: %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Given by %1 (%2), %3, round %4</source>
        <translation>Дан: %1 (%2), %3, раунд %4</translation>
    </message>
    <message>
        <source>Given by %1, %2, round %3</source>
        <translation>Дан: %1, %2, раунд %3</translation>
    </message>
    <message>
        <source>Combine both answers</source>
        <translation>Объединить оба ответа</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>Не урегулировано: %1</translation>
    </message>
</context>
<context>
    <name>Contribute</name>
    <message>
        <source>Write contribution</source>
        <translation>Сохранить вклад</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: there is no focal point to send it to.</source>
        <translation>Эта оценка не отвечает на поручение: её некому отправить — координатора нет.</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Парольная фраза вашего ключа подписи:</translation>
    </message>
    <message>
        <source>Write the contribution into</source>
        <translation>Сохранить вклад в</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was written.</source>
        <translation>Папка %1 не может быть создана или недоступна для записи: выберите другую. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The contribution was not written: %1</source>
        <translation>Вклад не сохранён: %1</translation>
    </message>
    <message>
        <source>Written: %1

Send it to the focal point. Before the first one, read them your key&apos;s fingerprint by telephone or in person:
%2</source>
        <translation>Сохранено: %1

Отправьте файл координатору. Перед первой отправкой зачитайте ему отпечаток вашего ключа по телефону или лично:
%2</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>Введите дату в виде год-месяц-день, например 2024-03-31.</translation>
    </message>
    <message>
        <source>There is no %1: a year has twelve months.</source>
        <translation>Даты %1 не существует: в году двенадцать месяцев.</translation>
    </message>
    <message>
        <source>There is no %1: that month has %2 days.</source>
        <translation>Даты %1 не существует: в этом месяце %2 дн.</translation>
    </message>
</context>
<context>
    <name>EntryListWidget</name>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ExchangeOpener</name>
    <message>
        <source>Assignments and contributions (%1)</source>
        <translation>Поручения и вклады (%1)</translation>
    </message>
    <message>
        <source>Open an assignment or a contribution</source>
        <translation>Открыть поручение или вклад</translation>
    </message>
    <message>
        <source>This file cannot be used: it is altered, damaged or not an omnibus file.</source>
        <translation>Этот файл нельзя использовать: он изменён, повреждён или не является файлом omnibus.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Не открыто</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>This assignment cannot be opened here.</source>
        <translation>Это поручение нельзя открыть здесь.</translation>
    </message>
    <message>
        <source>The assessment it answers is not in this database: open the database that holds it first.</source>
        <translation>Оценки, на которую он отвечает, нет в этой базе данных: сначала откройте базу, где она хранится.</translation>
    </message>
    <message>
        <source>This contribution cannot be merged into your assessments.</source>
        <translation>Этот вклад нельзя объединить с вашими оценками.</translation>
    </message>
    <message>
        <source>Confirm the institution&apos;s key</source>
        <translation>Подтвердите ключ учреждения</translation>
    </message>
    <message>
        <source>Ask the institution to read its new key&apos;s fingerprint to you by telephone or in person, and compare it with the first one above. Merge the contribution and trust the new key for %1 from now on?</source>
        <translation>Попросите учреждение зачитать вам отпечаток его нового ключа по телефону или лично и сравните его с первым отпечатком выше. Объединить вклад и впредь доверять новому ключу %1?</translation>
    </message>
    <message>
        <source>This is the first contribution signed by this key for %1. Ask the institution to read its key&apos;s fingerprint to you by telephone or in person, and compare it with this one:

%2

Merge the contribution and trust this key for %1?</source>
        <translation>Это первый вклад, подписанный этим ключом для «%1». Попросите учреждение зачитать вам отпечаток его ключа по телефону или лично и сравните с этим:

%2

Объединить вклад и доверять этому ключу для «%1»?</translation>
    </message>
    <message>
        <source>This contribution was merged before; nothing changed.</source>
        <translation>Этот вклад уже был объединён; ничего не изменилось.</translation>
    </message>
    <message>
        <source>Contribution of %1, round %2: %3, %4, %5.</source>
        <translation>Вклад «%1», раунд %2: %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken</source>
        <translation>
            <numerusform>принят %n ответ</numerusform>
            <numerusform>принято %n ответа</numerusform>
            <numerusform>принято %n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n конфликт для урегулирования</numerusform>
            <numerusform>%n конфликта для урегулирования</numerusform>
            <numerusform>%n конфликтов для урегулирования</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) signed off</source>
        <translation>
            <numerusform>утверждён %n раздел</numerusform>
            <numerusform>утверждено %n раздела</numerusform>
            <numerusform>утверждено %n разделов</numerusform>
        </translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>Вклад объединён</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Hand in</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>Go to the review</source>
        <translation>Перейти к проверке</translation>
    </message>
    <message>
        <source>Create the response package…</source>
        <translation>Создать пакет ответа…</translation>
    </message>
    <message>
        <source>Save the PDF report…</source>
        <translation>Сохранить отчёт PDF…</translation>
    </message>
    <message>
        <source>The assessment is a draft. Mark it as final on the review page before handing in.</source>
        <translation>Оценка — черновик. Перед сдачей отметьте её как окончательную на странице проверки.</translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>Оценка окончательная.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>Отвечено вопросов: %1 из %2 (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, %1 of them required.</source>
        <translation>
            <numerusform>%n вопрос остаётся без ответа, из них обязательных: %1.</numerusform>
            <numerusform>%n вопроса остаются без ответа, из них обязательных: %1.</numerusform>
            <numerusform>%n вопросов остаются без ответа, из них обязательных: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>%n вопрос остаётся без ответа, обязательных среди них нет.</numerusform>
            <numerusform>%n вопроса остаются без ответа, обязательных среди них нет.</numerusform>
            <numerusform>%n вопросов остаются без ответа, обязательных среди них нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the response package and send it as agreed.</source>
        <translation>Создайте пакет ответа и отправьте его, как договорено.</translation>
    </message>
    <message>
        <source>The package can be created once the assessment is marked as final on the review page.</source>
        <translation>Пакет можно создать после того, как оценка будет отмечена как окончательная на странице проверки.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>%n ответ содержит ошибку, которую нужно исправить.</numerusform>
            <numerusform>%n ответа содержат ошибки, которые нужно исправить.</numerusform>
            <numerusform>%n ответов содержат ошибки, которые нужно исправить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the response package</source>
        <translation>Сохранить пакет ответа</translation>
    </message>
    <message>
        <source>Response packages (*.omnibus)</source>
        <translation>Пакеты ответов (*.omnibus)</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Сохранить отчёт PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel (letter, telephone or in person), so that it can tell the package comes from you.</source>
        <translation>Подписано ключом %1. Подтвердите этот отпечаток Секретариату по официальному каналу (письмом, по телефону или лично), чтобы он мог убедиться, что пакет получен от вас.</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock (“Show the passphrase” lets you see what you typed), then try again.</source>
        <translation>парольная фраза не открывает ключ подписи этого компьютера. Проверьте раскладку клавиатуры и Caps Lock (флажок «Показать парольную фразу» позволяет увидеть введённое) и попробуйте снова.</translation>
    </message>
    <message>
        <source>The package could not be created: %1</source>
        <translation>Не удалось создать пакет: %1</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>it is no longer there (moved or removed?)</source>
        <translation>его больше нет на месте (перемещён или удалён?)</translation>
    </message>
    <message>
        <source>you are not allowed to use it</source>
        <translation>у вас нет прав на его использование</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk or USB stick is read-only</source>
        <translation>диск или USB-накопитель доступен только для чтения</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>диск сообщил об ошибке ввода-вывода</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Trainer&apos;s guide</source>
        <translation>Руководство для инструктора</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>Руководство для инструктора ещё не написано на этом языке: оно показано на английском.</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is missing from this installation.</source>
        <translation>Руководство для инструктора отсутствует в этой установке.</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>Руководство для респондента ещё не написано на этом языке: оно показано на английском.</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is missing from this installation.</source>
        <translation>Руководство для респондента отсутствует в этой установке.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous document (Alt+Left)</source>
        <translation>Предыдущий документ (Alt+Влево)</translation>
    </message>
    <message>
        <source>“%1” is not part of this installation.</source>
        <translation>«%1» отсутствует в этой установке.</translation>
    </message>
    <message>
        <source>Respondent&apos;s guide</source>
        <translation>Руководство для респондента</translation>
    </message>
</context>
<context>
    <name>InstitutionsOverview</name>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Поручено</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Answered by others</source>
        <translation>Отвечено другими</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>К подтверждению</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Answers carried forward from the previous cycle that nobody has confirmed yet: neither the institution&apos;s answers nor anyone else&apos;s for this cycle.</source>
        <translation>Ответы, перенесённые из предыдущего цикла, которые ещё никто не подтвердил: в этом цикле это не ответы учреждения и не чьи-либо ещё.</translation>
    </message>
    <message>
        <source>No part of this assessment is assigned to an institution yet.</source>
        <translation>Ни одна часть этой оценки ещё не поручена учреждению.</translation>
    </message>
    <message>
        <source>Send a reminder…</source>
        <translation>Отправить напоминание…</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>Утвердить раздел…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>Конфликты (%1)…</translation>
    </message>
    <message>
        <source>Choose an institution in the table first.</source>
        <translation>Сначала выберите учреждение в таблице.</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Отправить напоминание</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>Парольная фраза вашего ключа подписи:</translation>
    </message>
    <message>
        <source>Write the reminder into</source>
        <translation>Сохранить напоминание в</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>Папка %1 не может быть создана или недоступна для записи: выберите другую. Ничего не записано.</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>Парольная фраза не открывает ваш ключ подписи. Ничего не записано.</translation>
    </message>
    <message>
        <source>No reminder was written: %1</source>
        <translation>Напоминание не сохранено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reminder for %1 written: %n question(s) still to answer.</source>
        <translation>
            <numerusform>Напоминание для «%1» сохранено: %n вопрос без ответа.</numerusform>
            <numerusform>Напоминание для «%1» сохранено: %n вопроса без ответа.</numerusform>
            <numerusform>Напоминание для «%1» сохранено: %n вопросов без ответа.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>This question must be answered.</source>
        <translation>На этот вопрос необходимо ответить.</translation>
    </message>
    <message>
        <source>Carried forward from the previous cycle: confirm it or change it.</source>
        <translation>Перенесено из предыдущего цикла: подтвердите или измените.</translation>
    </message>
    <message>
        <source>This answer belongs to a question the questionnaire no longer has; it is kept for reference.</source>
        <translation>Этот ответ относится к вопросу, которого больше нет в вопроснике; он сохранён для справки.</translation>
    </message>
    <message>
        <source>Not valid yet, kept as a draft: %1</source>
        <translation>Пока недействительно, сохранено как черновик: %1</translation>
    </message>
    <message>
        <source>The stored answer no longer fits the question: %1</source>
        <translation>Сохранённый ответ больше не соответствует вопросу: %1</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Пояснения</translation>
    </message>
    <message>
        <source>Show guidance, article references and source</source>
        <translation>Показать пояснения, ссылки на статьи и источник</translation>
    </message>
    <message>
        <source>Guidance and references</source>
        <translation>Пояснения и ссылки</translation>
    </message>
    <message>
        <source>Assessor&apos;s comment</source>
        <translation>Комментарий оценщика</translation>
    </message>
    <message>
        <source>Show the assessor&apos;s comment</source>
        <translation>Показать комментарий оценщика</translation>
    </message>
    <message>
        <source>Optional: context, sources or reservations</source>
        <translation>Необязательно: контекст, источники или оговорки</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two article references</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Ссылки:</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>п. %1</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
</context>
<context>
    <name>LanguageBanner</name>
    <message>
        <source>This questionnaire has no %1 translation; it is shown in %2. It exists in:</source>
        <translation>Этого вопросника нет на %1; он показан на %2. Он существует на языках:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The %1 text of this questionnaire is a working translation; the %2 text is authoritative.</source>
        <translation>Текст этого вопросника на %1 является рабочим переводом; аутентичным является текст на %2.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>арабском языке</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английском языке</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанском языке</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французском языке</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русском языке</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайском языке</translation>
    </message>
</context>
<context>
    <name>LegislationWidget</name>
    <message>
        <source>Title of the act:</source>
        <translation>Название акта:</translation>
    </message>
    <message>
        <source>Article(s):</source>
        <translation>Статья(и):</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD):</source>
        <translation>Дата (ГГГГ-ММ-ДД):</translation>
    </message>
    <message>
        <source>Reference or web address:</source>
        <translation>Ссылка или веб-адрес:</translation>
    </message>
    <message>
        <source>Excerpt:</source>
        <translation>Выдержка:</translation>
    </message>
    <message>
        <source>the title of the act is missing.</source>
        <translation>не указано название акта.</translation>
    </message>
    <message>
        <source>the date must be written year-month-day, e.g. 2010-03-12, not %1.</source>
        <translation>дату нужно писать в виде год-месяц-день, например 2010-03-12, а не %1.</translation>
    </message>
    <message>
        <source>Add legislation</source>
        <translation>Добавить законодательный акт</translation>
    </message>
    <message>
        <source>No legislation cited yet.</source>
        <translation>Законодательство пока не указано.</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>Ссылка %1: %2</translation>
    </message>
</context>
<context>
    <name>LongTextWidget</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>Символов: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>Текст слишком длинный: не более %n символа.</numerusform>
            <numerusform>Текст слишком длинный: не более %n символов.</numerusform>
            <numerusform>Текст слишком длинный: не более %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Questionnaire language</source>
        <translation>Язык &amp;вопросника</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Не удаётся открыть базу данных: %1</translation>
    </message>
    <message>
        <source>This database is on read-only media: it is open for reading only, and nothing can be changed.</source>
        <translation>Эта база данных находится на носителе только для чтения: она открыта только для чтения, изменить ничего нельзя.</translation>
    </message>
    <message>
        <source>UNTOC self-assessment checklist</source>
        <translation>Контрольный перечень для самооценки (КТОП)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Opening your assessments…</source>
        <translation>Открываются ваши оценки…</translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation>&amp;Начальный экран</translation>
    </message>
    <message>
        <source>&amp;Open another database file…</source>
        <translation>&amp;Открыть другой файл базы данных…</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>Открыть &amp;пакет…</translation>
    </message>
    <message>
        <source>Import a &amp;receipt from the Secretariat…</source>
        <translation>Импортировать &amp;квитанцию Секретариата…</translation>
    </message>
    <message>
        <source>A&amp;ssign to institutions…</source>
        <translation>&amp;Поручить учреждениям…</translation>
    </message>
    <message>
        <source>Open assignment / &amp;contribution…</source>
        <translation>Открыть поручение / &amp;вклад…</translation>
    </message>
    <message>
        <source>&amp;Write contribution for the focal point…</source>
        <translation>&amp;Сохранить вклад для координатора…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s guide</source>
        <translation>&amp;Руководство для респондента</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Открыть файл базы данных</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
    <message>
        <source>Response packages (%1)</source>
        <translation>Пакеты ответов (%1)</translation>
    </message>
    <message>
        <source>Open a response package</source>
        <translation>Открыть пакет ответов</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Assign to institutions</source>
        <translation>Поручить учреждениям</translation>
    </message>
    <message>
        <source>Open an assessment first.</source>
        <translation>Сначала откройте оценку.</translation>
    </message>
    <message>
        <source>Write contribution</source>
        <translation>Сохранить вклад</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>%1 — works offline; your answers stay on this computer until you hand them in.</source>
        <translation>%1 — работает без сети; ваши ответы остаются на этом компьютере до сдачи.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <source>Other, please specify:</source>
        <translation>Другое, уточните:</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Other, please specify</source>
        <translation>Другое, уточните</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search:</source>
        <translation>Поиск:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Область:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Статья:</translation>
    </message>
    <message>
        <source>Words in a question</source>
        <translation>Слова из вопроса</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>Поиск по вопросам</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>Конвенция (КТОП)</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>Протокол о торговле людьми</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>Протокол о незаконном ввозе мигрантов</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Протокол об огнестрельном оружии</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Все области</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Filter by instrument</source>
        <translation>Фильтр по документу</translation>
    </message>
    <message>
        <source>Filter by thematic area</source>
        <translation>Фильтр по тематической области</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>Фильтр по статье</translation>
    </message>
    <message>
        <source>Go to the first unanswered required question</source>
        <translation>К первому обязательному вопросу без ответа</translation>
    </message>
    <message>
        <source>Questionnaire contents</source>
        <translation>Содержание вопросника</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>Проверка и завершение</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>%1 (context from the focal point, read-only)</source>
        <translation>%1 (контекст от координатора, только чтение)</translation>
    </message>
    <message>
        <source>No question matches the filter.</source>
        <translation>Нет вопросов, соответствующих фильтру.</translation>
    </message>
    <message>
        <source>Nothing to answer yet: no question here applies with the answers given so far.</source>
        <translation>Пока не на что отвечать: ни один вопрос этого раздела не применим при данных до сих пор ответах.</translation>
    </message>
    <message>
        <source>%1 percent answered</source>
        <translation>Отвечено: %1 %</translation>
    </message>
</context>
<context>
    <name>NewAssessmentForm</name>
    <message>
        <source>A blank questionnaire</source>
        <translation>Пустой вопросник</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательная</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>%1, training</source>
        <translation>%1, учебная</translation>
    </message>
    <message>
        <source>%1, cycle %2 — %3 (%4, %5)</source>
        <translation>%1, цикл %2 — %3 (%4, %5)</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>Начать новую оценку</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Начать с:</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>Вопросник:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <source>Reporting cycle:</source>
        <translation>Отчётный цикл:</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Начните вводить для поиска</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>например, Министерство юстиции</translation>
    </message>
    <message>
        <source>Name and title of the person responsible</source>
        <translation>Имя и должность ответственного лица</translation>
    </message>
    <message>
        <source>Training exercise (not for submission)</source>
        <translation>Учебное упражнение (не для сдачи)</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>Начать оценку</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <source>Give the reporting cycle, e.g. %1.</source>
        <translation>Укажите отчётный цикл, например %1.</translation>
    </message>
    <message>
        <source>The reporting cycle is a year, such as %1, or a range of years, such as %2.</source>
        <translation>Отчётный цикл — это год, например %1, или период в несколько лет, например %2.</translation>
    </message>
    <message>
        <source>Starting from a previous assessment, the reporting cycle must come after its own: give one after %1.</source>
        <translation>Если начинать с предыдущей оценки, отчётный цикл должен быть позже её цикла: укажите цикл после %1.</translation>
    </message>
    <message>
        <source>Choose a questionnaire.</source>
        <translation>Выберите вопросник.</translation>
    </message>
    <message>
        <source>This assessment exists already</source>
        <translation>Такая оценка уже существует</translation>
    </message>
    <message>
        <source>%1 already has an assessment of “%2” for the cycle %3 (%4, last change %5).</source>
        <translation>У страны %1 уже есть оценка «%2» за цикл %3 (%4, последнее изменение %5).</translation>
    </message>
    <message>
        <source>Continue that one, or start a second one on purpose?</source>
        <translation>Продолжить её или намеренно начать вторую?</translation>
    </message>
    <message>
        <source>Continue that one</source>
        <translation>Продолжить её</translation>
    </message>
    <message>
        <source>Start another one</source>
        <translation>Начать ещё одну</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>Не удалось сохранить оценку: %1</translation>
    </message>
</context>
<context>
    <name>NothingYet</name>
    <message>
        <source>Nothing to answer here yet: none of this section&apos;s questions applies with the answers given so far.</source>
        <translation>Здесь пока не на что отвечать: ни один из вопросов этого раздела не применим при данных до сих пор ответах.</translation>
    </message>
    <message>
        <source>Its questions depend on your answer to this question:</source>
        <translation>Его вопросы зависят от вашего ответа на этот вопрос:</translation>
    </message>
    <message>
        <source>Its questions depend on your answers to these questions:</source>
        <translation>Его вопросы зависят от ваших ответов на эти вопросы:</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number</source>
        <translation>Целое число</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>Введите целое число, например 12.</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>Введите число, например 12,5.</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: for the whole number, type %2; for the decimal, type %3.</source>
        <translation>«%1» можно понять двояко: для целого числа введите %2, для дробного — %3.</translation>
    </message>
    <message>
        <source>In this language “%1” separates thousands; the decimal mark is “%2”, e.g. %3.</source>
        <translation>В этом языке «%1» разделяет разряды; десятичный разделитель — «%2», например %3.</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <source>there is no signing key on this computer yet</source>
        <translation>на этом компьютере ещё нет ключа подписи</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key</source>
        <translation>парольная фраза не открывает ключ подписи этого компьютера</translation>
    </message>
    <message>
        <source>the signing key here was made by another installation (a copied data folder); this one needs its own key</source>
        <translation>ключ подписи здесь создан другой установкой (скопированная папка данных); этой установке нужен собственный ключ</translation>
    </message>
    <message>
        <source>this computer&apos;s signing key is missing or damaged, or cannot be used</source>
        <translation>ключ подписи этого компьютера отсутствует или повреждён либо не может быть использован</translation>
    </message>
    <message>
        <source>the Secretariat database cannot be read or written</source>
        <translation>базу данных Секретариата невозможно прочитать или записать</translation>
    </message>
    <message>
        <source>the package it is for is not in the Secretariat database, or the receipt is not valid</source>
        <translation>пакета, к которому она относится, нет в базе данных Секретариата, или расписка недействительна</translation>
    </message>
    <message>
        <source>it is encrypted, and no key of this installation opens it</source>
        <translation>он зашифрован, и ни один ключ этой установки его не открывает</translation>
    </message>
    <message>
        <source>it is not a response package, or it is damaged, incomplete or altered</source>
        <translation>это не пакет ответов, либо он повреждён, неполон или изменён</translation>
    </message>
</context>
<context>
    <name>PackageViewer</name>
    <message>
        <source>Response package: %1</source>
        <translation>Пакет ответов: %1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Вопросник</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>Отчетный цикл</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Учебный</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Открыть отчет</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Сохранить отчет…</translation>
    </message>
    <message>
        <source>Open with the &amp;Secretariat&apos;s key</source>
        <translation>Открыть &amp;ключом Секретариата</translation>
    </message>
    <message>
        <source>&amp;Import into the Secretariat database</source>
        <translation>&amp;Импортировать в базу данных Секретариата</translation>
    </message>
    <message>
        <source>Write a &amp;receipt for the State…</source>
        <translation>Составить &amp;квитанцию для государства…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Чтение пакета…</translation>
    </message>
    <message>
        <source>This file cannot be read as a response package.</source>
        <translation>Этот файл невозможно прочитать как пакет ответов.</translation>
    </message>
    <message>
        <source>Nothing was altered: the package is signed, and every file in it is exactly as signed.</source>
        <translation>Ничего не изменено: пакет подписан, и каждый файл в нем точно такой, каким был подписан.</translation>
    </message>
    <message>
        <source>Altered: this package is not as it was signed. Do not rely on what it says.</source>
        <translation>Изменен: этот пакет не такой, каким был подписан. Не полагайтесь на его содержание.</translation>
    </message>
    <message>
        <source>This package is encrypted for the Secretariat: only the Secretariat&apos;s key can open it.</source>
        <translation>Этот пакет зашифрован для Секретариата: открыть его может только ключ Секретариата.</translation>
    </message>
    <message>
        <source>It could not be opened with this installation&apos;s key: %1</source>
        <translation>Не удалось открыть ключом этой установки: %1</translation>
    </message>
    <message>
        <source>This installation has the Secretariat&apos;s key: the package can be opened with it.</source>
        <translation>В этой установке есть ключ Секретариата: пакет можно открыть им.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Причина: %1.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Окончательный</translation>
    </message>
    <message>
        <source>Draft (not final)</source>
        <translation>Черновик (не окончательный)</translation>
    </message>
    <message>
        <source>Yes: a training package, not an official submission</source>
        <translation>Да: учебный пакет, а не официальное представление</translation>
    </message>
    <message>
        <source>No: an official submission</source>
        <translation>Нет: официальное представление</translation>
    </message>
    <message>
        <source>Not trusted: the package was altered</source>
        <translation>Не доверенный: пакет был изменен</translation>
    </message>
    <message>
        <source>Trust not checked: the Secretariat database cannot be read</source>
        <translation>Доверие не проверено: базу данных Секретариата невозможно прочитать</translation>
    </message>
    <message>
        <source>Trust not checked (no Secretariat database on this computer)</source>
        <translation>Доверие не проверено (на этом компьютере нет базы данных Секретариата)</translation>
    </message>
    <message>
        <source>Trusted: the Secretariat has confirmed this key for %1</source>
        <translation>Доверенный: Секретариат подтвердил этот ключ для %1</translation>
    </message>
    <message>
        <source>Not trusted yet: the Secretariat has not confirmed any key for %1</source>
        <translation>Пока не доверенный: Секретариат не подтвердил ни одного ключа для %1</translation>
    </message>
    <message>
        <source>Not trusted yet: %1 has another trusted key; this one is not confirmed</source>
        <translation>Пока не доверенный: у %1 есть другой доверенный ключ; этот не подтвержден</translation>
    </message>
    <message>
        <source>Not trusted: this key was revoked for %1</source>
        <translation>Не доверенный: этот ключ отозван для %1</translation>
    </message>
    <message>
        <source>Not trusted: this key is trusted for another country, not for %1</source>
        <translation>Не доверенный: этот ключ доверен для другой страны, а не для %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the report is here: %1</source>
        <translation>Ни одна программа просмотра PDF его не открыла; отчет находится здесь: %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчет</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Отчет не сохранен</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Не импортирован: %1</translation>
    </message>
    <message>
        <source>Write a receipt</source>
        <translation>Составить квитанцию</translation>
    </message>
    <message>
        <source>Passphrase of the signing key:</source>
        <translation>Парольная фраза ключа подписи:</translation>
    </message>
    <message>
        <source>Write the receipt into</source>
        <translation>Сохранить квитанцию в</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>Квитанция не составлена: %1</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>парольная фраза не открывает ключ подписи этого компьютера. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <source>Receipt written: %1</source>
        <translation>Квитанция составлена: %1</translation>
    </message>
    <message>
        <source>Imported: this is now the current package of %1 for this cycle.</source>
        <translation>Импортирован: теперь это текущий пакет %1 для этого цикла.</translation>
    </message>
    <message>
        <source>Imported as history: a newer package of %1 for this cycle is stored.</source>
        <translation>Импортирован как история: сохранен более новый пакет %1 для этого цикла.</translation>
    </message>
    <message>
        <source>Stored and held: it counts once the signing key is confirmed for %1.</source>
        <translation>Сохранен и удержан: он будет учтен, когда ключ подписи будет подтвержден для %1.</translation>
    </message>
    <message>
        <source>Already stored: nothing changed.</source>
        <translation>Уже сохранен: ничего не изменилось.</translation>
    </message>
    <message>
        <source>Already stored, and held: it counts once the signing key is confirmed for %1. Nothing changed.</source>
        <translation>Уже сохранен и удержан: он будет учтен, когда ключ подписи будет подтвержден для %1. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Already stored, as history: a newer package of %1 for this cycle is stored. Nothing changed.</source>
        <translation>Уже сохранен как история: сохранен более новый пакет %1 за этот цикл. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонен: %1</translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <source>Your part of the assessment</source>
        <translation>Ваша часть оценки</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>Утвердить раздел…</translation>
    </message>
    <message>
        <source>Write contribution for the focal point…</source>
        <translation>Сохранить вклад для координатора…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1 by %2: %n question(s).</source>
        <translation>
            <numerusform>Поручено %1 учреждением %2: %n вопрос.</numerusform>
            <numerusform>Поручено %1 учреждением %2: %n вопроса.</numerusform>
            <numerusform>Поручено %1 учреждением %2: %n вопросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>Контактное лицо: %1</translation>
    </message>
    <message>
        <source>Answer by %1.</source>
        <translation>Ответить до %1.</translation>
    </message>
    <message>
        <source>Note from the focal point: %1</source>
        <translation>Примечание координатора: %1</translation>
    </message>
    <message>
        <source>Contributions written so far: %1.</source>
        <translation>Сохранено вкладов: %1.</translation>
    </message>
    <message>
        <source>No contribution written yet.</source>
        <translation>Вклад ещё не сохранён.</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1: %2, %3, %4</translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation>Утверждённые разделы:</translation>
    </message>
    <message>
        <source>No section signed off yet.</source>
        <translation>Ни один раздел ещё не утверждён.</translation>
    </message>
</context>
<context>
    <name>PathButtons</name>
    <message>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Скопировать путь</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Answered by %1 (%2) on %3, round %4; accepted by %5 on %6.</source>
        <translation>Ответ: %1 (%2), %3, раунд %4; принят: %5, %6.</translation>
    </message>
    <message>
        <source>Answered by %1 on %2, round %3; accepted by %4 on %5.</source>
        <translation>Ответ: %1, %2, раунд %3; принят: %4, %5.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>ReceiptImport</name>
    <message>
        <source>Receipts from the Secretariat (%1)</source>
        <translation>Квитанции Секретариата (%1)</translation>
    </message>
    <message>
        <source>Import a receipt from the Secretariat</source>
        <translation>Импортировать квитанцию Секретариата</translation>
    </message>
    <message>
        <source>Receipt not imported</source>
        <translation>Квитанция не импортирована</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Ничего не сохранено.</translation>
    </message>
    <message>
        <source>This receipt, or a newer one for the same package, was already stored.</source>
        <translation>Эта квитанция или более новая для того же пакета уже сохранена.</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Пакет %1</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>Квитанция импортирована</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Received by the Secretariat on %1, accepted.</source>
        <translation>Получено Секретариатом %1, принято.</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, pending: the Secretariat has still to confirm your signing key.</source>
        <translation>Получено Секретариатом %1, ожидает: Секретариату ещё предстоит подтвердить ваш ключ подписи.</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, refused: %2</source>
        <translation>Получено Секретариатом %1, отклонено: %2</translation>
    </message>
    <message>
        <source>This receipt has been altered since the Secretariat signed it.</source>
        <translation>Эта квитанция изменена после того, как Секретариат её подписал.</translation>
    </message>
    <message>
        <source>This receipt is not signed with the Secretariat&apos;s key that came with omnibus.</source>
        <translation>Эта квитанция подписана не тем ключом Секретариата, который поставляется с omnibus.</translation>
    </message>
    <message>
        <source>This installation has no Secretariat key to check receipts with. It comes with the installer; ask whoever installed omnibus.</source>
        <translation>В этой установке нет ключа Секретариата для проверки квитанций. Он поставляется с установщиком; обратитесь к тому, кто устанавливал omnibus.</translation>
    </message>
    <message>
        <source>This receipt is for a package that was not made on this computer.</source>
        <translation>Эта квитанция относится к пакету, созданному не на этом компьютере.</translation>
    </message>
    <message>
        <source>This receipt is for a package of another assessment.</source>
        <translation>Эта квитанция относится к пакету другой оценки.</translation>
    </message>
    <message>
        <source>This receipt names another country or assessment than the package it is for.</source>
        <translation>В этой квитанции указаны другая страна или другая оценка, чем у пакета, к которому она относится.</translation>
    </message>
    <message>
        <source>This file is not a receipt from the Secretariat, or it is damaged.</source>
        <translation>Этот файл не является квитанцией Секретариата или повреждён.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>This answer does not have the form this question expects, so it was not stored.</source>
        <translation>Этот ответ не соответствует форме, которую ожидает вопрос, поэтому он не сохранён.</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>Выберите один из предложенных вариантов.</translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation>Выберите вид помощи.</translation>
    </message>
    <message>
        <source>Choose the kind of assistance within the type.</source>
        <translation>Выберите форму помощи в рамках этого вида.</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>Выберите приоритет.</translation>
    </message>
    <message>
        <source>%1 is below the minimum, %2.</source>
        <translation>%1 меньше минимума (%2).</translation>
    </message>
    <message>
        <source>%1 is above the maximum, %2.</source>
        <translation>%1 больше максимума (%2).</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Это число слишком велико.</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>Введите дату в виде год-месяц-день, например 2024-03-31.</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar.</source>
        <translation>Даты %1 нет в календаре.</translation>
    </message>
    <message>
        <source>%1 is before the earliest date allowed, %2.</source>
        <translation>%1 раньше самой ранней допустимой даты (%2).</translation>
    </message>
    <message>
        <source>%1 is after the latest date allowed, %2.</source>
        <translation>%1 позже самой поздней допустимой даты (%2).</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 are allowed.</source>
        <translation>Знаков в тексте: %1; допускается не более %2.</translation>
    </message>
    <message>
        <source>“Other” is ticked: say what it is.</source>
        <translation>Отмечено «Другое»: уточните, что именно.</translation>
    </message>
    <message>
        <source>Select at least %1 (now %2).</source>
        <translation>Выберите не менее %1 (сейчас %2).</translation>
    </message>
    <message>
        <source>Select at most %1 (now %2).</source>
        <translation>Выберите не более %1 (сейчас %2).</translation>
    </message>
    <message>
        <source>At most %1 citations are allowed (now %2).</source>
        <translation>Допускается ссылок: не более %1 (сейчас %2).</translation>
    </message>
    <message>
        <source>At least %1 citations are needed (now %2).</source>
        <translation>Нужно ссылок: не менее %1 (сейчас %2).</translation>
    </message>
    <message>
        <source>Give the title of the act.</source>
        <translation>Укажите название акта.</translation>
    </message>
    <message>
        <source>At most %1 files are allowed (now %2).</source>
        <translation>Допускается файлов: не более %1 (сейчас %2).</translation>
    </message>
    <message>
        <source>At most %1 rows are allowed (now %2).</source>
        <translation>Допускается строк: не более %1 (сейчас %2).</translation>
    </message>
    <message>
        <source>At least %1 rows are needed (now %2).</source>
        <translation>Нужно строк: не менее %1 (сейчас %2).</translation>
    </message>
    <message>
        <source>%1 is not a kind of file this question takes (%2).</source>
        <translation>Файлы такого типа, как %1, этот вопрос не принимает (%2).</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB is allowed.</source>
        <translation>Размер %1 — %2 МБ; допускается не более %3 МБ.</translation>
    </message>
    <message>
        <source>The same file is attached twice.</source>
        <translation>Один и тот же файл приложен дважды.</translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation>%1 уже приложен здесь.</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are allowed.</source>
        <translation>Знаков в комментарии: %1; допускается не более %2.</translation>
    </message>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>Нужно заполнить поле «%1».</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Строка %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>Ссылка %1: %2</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>Файл %1: %2</translation>
    </message>
    <message>
        <source>Need %1: %2</source>
        <translation>Потребность %1: %2</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>Backups, newest first:
%1</source>
        <translation>Резервные копии, начиная с самой новой:
%1</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Восстановить самую новую резервную копию</translation>
    </message>
    <message>
        <source>The database %1 is gone: omnibus used a database there, and the file was deleted or moved. Nothing was created in its place.</source>
        <translation>База данных %1 исчезла: omnibus использовал базу данных в этом месте, а файл был удалён или перемещён. На его месте ничего не создано.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: omnibus cannot read all of it, so nothing more can be saved.</source>
        <translation>База данных %1 повреждена: omnibus не может прочитать её целиком, поэтому сохранить в ней больше ничего нельзя.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finish</source>
        <translation>Проверка и завершение</translation>
    </message>
    <message>
        <source>Double-click an entry, or select it and press Enter, to go to the question.</source>
        <translation>Дважды щёлкните строку или выберите её и нажмите Enter, чтобы перейти к вопросу.</translation>
    </message>
    <message>
        <source>Questions that need attention</source>
        <translation>Вопросы, требующие внимания</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>Отметить как окончательную</translation>
    </message>
    <message>
        <source>Reopen for changes</source>
        <translation>Открыть снова для изменений</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>Отвечено вопросов: %1 из %2 (%3 %).</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still unanswered.</source>
        <translation>
            <numerusform>%n обязательный вопрос ещё без ответа.</numerusform>
            <numerusform>%n обязательных вопроса ещё без ответа.</numerusform>
            <numerusform>%n обязательных вопросов ещё без ответа.</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>Оценка окончательная.</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Ничего не требует внимания.</translation>
    </message>
    <message>
        <source>Everything required is answered: the assessment can now be marked as final.</source>
        <translation>На все обязательные вопросы даны ответы: теперь оценку можно отметить как окончательную.</translation>
    </message>
    <message>
        <source>The assessment cannot be marked as final yet.</source>
        <translation>Оценку пока нельзя отметить как окончательную.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) are unanswered.</source>
        <translation>
            <numerusform>%n обязательный вопрос без ответа.</numerusform>
            <numerusform>%n обязательных вопроса без ответа.</numerusform>
            <numerusform>%n обязательных вопросов без ответа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>%n ответ содержит ошибку, которую нужно исправить.</numerusform>
            <numerusform>%n ответа содержат ошибки, которые нужно исправить.</numerusform>
            <numerusform>%n ответов содержат ошибки, которые нужно исправить.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed above; fix them, then mark the assessment as final again.</source>
        <translation>Они перечислены выше; исправьте их и снова отметьте оценку как окончательную.</translation>
    </message>
    <message>
        <source>Mark the assessment as final?</source>
        <translation>Отметить оценку как окончательную?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>%n вопрос остаётся без ответа, обязательных среди них нет.</numerusform>
            <numerusform>%n вопроса остаются без ответа, обязательных среди них нет.</numerusform>
            <numerusform>%n вопросов остаются без ответа, обязательных среди них нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>A final assessment can no longer be changed unless it is reopened; it is what the response package hands in.</source>
        <translation>Окончательную оценку нельзя изменить, пока она не будет открыта снова; именно её передаёт пакет ответа.</translation>
    </message>
</context>
<context>
    <name>ServiceRefusals</name>
    <message>
        <source>the reporting cycle must be a year, such as %1, or a range of years, such as %2, and come after the cycle of the assessment it starts from</source>
        <translation>отчётный цикл должен быть годом, например %1, или диапазоном лет, например %2, и следовать за циклом оценки, на основе которой он начинается</translation>
    </message>
    <message>
        <source>the assessment cannot be made final yet: %1 required questions are unanswered and %2 other problems are to be fixed</source>
        <translation>оценку пока нельзя сделать окончательной: обязательных вопросов без ответа — %1, других проблем, которые нужно исправить, — %2</translation>
    </message>
    <message>
        <source>the assessment is final; reopen it to change it</source>
        <translation>оценка окончательная; откройте её снова, чтобы изменить</translation>
    </message>
    <message>
        <source>the country already has an assessment of this questionnaire for this reporting cycle</source>
        <translation>у страны уже есть оценка по этому вопроснику за этот отчётный цикл</translation>
    </message>
    <message>
        <source>the two are not editions of the same questionnaire</source>
        <translation>это не редакции одного и того же вопросника</translation>
    </message>
    <message>
        <source>what it needs cannot be found (an assessment, a questionnaire or a file removed in the meantime?)</source>
        <translation>не удаётся найти то, что для этого нужно (оценку, вопросник или файл, удалённые тем временем?)</translation>
    </message>
    <message>
        <source>the country is not known; choose it from the list</source>
        <translation>страна неизвестна; выберите её из списка</translation>
    </message>
    <message>
        <source>some of the answers were refused; nothing was saved</source>
        <translation>некоторые ответы отклонены; ничего не сохранено</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off a section</source>
        <translation>Утвердить раздел</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>Раздел:</translation>
    </message>
    <message>
        <source>Approved by (name):</source>
        <translation>Утвердил(а) (имя):</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Write the name of the person who approved the section.</source>
        <translation>Укажите имя человека, утвердившего раздел.</translation>
    </message>
    <message>
        <source>Not signed off: %1</source>
        <translation>Не утверждено: %1</translation>
    </message>
</context>
<context>
    <name>SigningKeyForm</name>
    <message>
        <source>&amp;Passphrase of the signing key:</source>
        <translation>&amp;Парольная фраза ключа подписи:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Повторите парольную фразу:</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Парольная фраза ключа подписи</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Nobody can recover it, not even the Secretariat. Create a new signing key instead: the next package is signed with it, and you must tell the Secretariat its new fingerprint by an official channel (letter, telephone or in person), or it cannot trust the package.</source>
        <translation>Забыли парольную фразу? Её никто не может восстановить, даже Секретариат. Вместо этого создайте новый ключ подписи: следующий пакет будет подписан им, и вы должны сообщить Секретариату его новый отпечаток по официальному каналу (письмом, по телефону или лично), иначе он не сможет доверять пакету.</translation>
    </message>
    <message>
        <source>Create a new signing key…</source>
        <translation>Создать новый ключ подписи…</translation>
    </message>
    <message>
        <source>Type the passphrase of the signing key (at least %1 characters).</source>
        <translation>Введите парольную фразу ключа подписи (не менее %1 символов).</translation>
    </message>
    <message>
        <source>Type the same passphrase again in the second field.</source>
        <translation>Введите ту же парольную фразу ещё раз во втором поле.</translation>
    </message>
    <message>
        <source>The next package creates a new signing key in place of %1. Choose a new passphrase of at least %2 characters and keep it safe.</source>
        <translation>Следующий пакет создаст новый ключ подписи вместо %1. Выберите новую парольную фразу не короче %2 символов и храните её надёжно.</translation>
    </message>
    <message>
        <source>The first package creates this computer&apos;s signing key. Choose a passphrase of at least %1 characters and keep it safe: it is asked for every package.</source>
        <translation>При создании первого пакета создаётся ключ подписи этого компьютера. Выберите парольную фразу не короче %1 символов и храните её надёжно: она запрашивается для каждого пакета.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key: %1</source>
        <translation>Ключ подписи этого компьютера: %1</translation>
    </message>
    <message>
        <source>Create a new signing key</source>
        <translation>Создать новый ключ подписи</translation>
    </message>
    <message>
        <source>The present signing key will be replaced by a new one when the next package is created. Packages signed with the new key are trusted only once the Secretariat has its fingerprint: send it by an official channel.</source>
        <translation>При создании следующего пакета текущий ключ подписи будет заменён новым. Пакетам, подписанным новым ключом, доверяют только после того, как Секретариат получит его отпечаток: отправьте его по официальному каналу.</translation>
    </message>
    <message>
        <source>Use a new key</source>
        <translation>Использовать новый ключ</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final</source>
        <translation>Окончательная</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Учебная</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Cycle %1 · %2 · last change %3</source>
        <translation>Цикл %1 · %2 · последнее изменение %3</translation>
    </message>
    <message>
        <source>Every assessment in this database is archived: tick “Show archived”.</source>
        <translation>Все оценки в этой базе данных находятся в архиве: отметьте «Показать архив».</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Archived: %1. Tick “Show archived” to see it again.</source>
        <translation>Перемещено в архив: %1. Отметьте «Показать архив», чтобы снова её увидеть.</translation>
    </message>
    <message>
        <source>Back in the list: %1.</source>
        <translation>Снова в списке: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Delete the assessment?</source>
        <translation>Удалить оценку?</translation>
    </message>
    <message>
        <source>Delete this assessment and all its answers?

%1</source>
        <translation>Удалить эту оценку и все её ответы?

%1</translation>
    </message>
    <message>
        <source>A backup of the database is made first: “Restore from a backup…” brings the assessment back.</source>
        <translation>Сначала создаётся резервная копия базы данных: «Восстановить из резервной копии…» вернёт оценку.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The assessment was not deleted: %1</source>
        <translation>Оценка не удалена: %1</translation>
    </message>
    <message>
        <source>Deleted: %1. A backup of the database made just before is %2.</source>
        <translation>Удалено: %1. Резервная копия базы данных, сделанная непосредственно перед этим: %2.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was before is in %2.</source>
        <translation>Восстановлена резервная копия от %1. База данных в прежнем состоянии сохранена в %2.</translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation>Контрольный перечень для самооценки</translation>
    </message>
    <message>
        <source>United Nations Convention against Transnational Organized Crime and the Protocols thereto. Every answer is saved as you go; you can stop at any time and continue later.</source>
        <translation>Конвенция Организации Объединённых Наций против транснациональной организованной преступности и протоколы к ней. Каждый ответ сохраняется сразу; вы можете прерваться в любой момент и продолжить позже.</translation>
    </message>
    <message>
        <source>Continue an assessment</source>
        <translation>Продолжить оценку</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>Оценки в этой базе данных</translation>
    </message>
    <message>
        <source>There is no assessment in this database yet. Start one on the right.</source>
        <translation>В этой базе данных пока нет оценок. Начните новую справа.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Open another database file…</source>
        <translation>Открыть другой файл базы данных…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk holding %1 is full; free some space and try again (nothing saved was lost)</source>
        <translation>диск, на котором находится %1, заполнен; освободите место и попробуйте снова (сохранённое не потеряно)</translation>
    </message>
    <message>
        <source>%1 cannot be written (it is read-only or on read-only media)</source>
        <translation>в %1 нельзя записать (файл или носитель доступен только для чтения)</translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again</source>
        <translation>%1 занят другой программой; попробуйте снова</translation>
    </message>
    <message>
        <source>%1 cannot be found; was it moved or removed?</source>
        <translation>%1 не найден; возможно, он перемещён или удалён?</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 повреждён</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error; was it removed?</source>
        <translation>диск, на котором находится %1, сообщил об ошибке ввода-вывода; возможно, он отключён?</translation>
    </message>
    <message>
        <source>%1 is already open in another omnibus window or command; close that one first</source>
        <translation>%1 уже открыт в другом окне или команде omnibus; сначала закройте их</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of omnibus; update omnibus to open it</source>
        <translation>%1 записан более новой версией omnibus; обновите omnibus, чтобы открыть его</translation>
    </message>
    <message>
        <source>%1 is not an omnibus database (another program&apos;s file?); it was left as it is</source>
        <translation>%1 не является базой данных omnibus (файл другой программы?); он оставлен без изменений</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>резервной копии %1 нет</translation>
    </message>
    <message>
        <source>%1 is not a sound backup that this version of omnibus can open; choose another one</source>
        <translation>%1 не является исправной резервной копией, которую может открыть эта версия omnibus; выберите другую</translation>
    </message>
    <message>
        <source>no backup could be written into %1</source>
        <translation>не удалось записать резервную копию в %1</translation>
    </message>
    <message>
        <source>%1 was removed or replaced while omnibus had it open, so this change was not saved; put the file back (or restore its newest backup) and open it again</source>
        <translation>%1 был удалён или заменён, пока он был открыт в omnibus, поэтому это изменение не сохранено; верните файл на место (или восстановите его последнюю резервную копию) и откройте его снова</translation>
    </message>
    <message>
        <source>%1 is on read-only media and was written by another version of omnibus; copy it to a folder you can write to and open it there</source>
        <translation>%1 находится на носителе только для чтения и записан другой версией omnibus; скопируйте его в папку, доступную для записи, и откройте там</translation>
    </message>
    <message>
        <source>%1 could not be closed cleanly, so nothing was restored</source>
        <translation>%1 не удалось корректно закрыть, поэтому ничего не восстановлено</translation>
    </message>
    <message>
        <source>%1 is closed; open it again</source>
        <translation>%1 закрыт; откройте его снова</translation>
    </message>
    <message>
        <source>the questionnaire this assessment was answered in is missing from %1</source>
        <translation>в %1 отсутствует вопросник, по которому заполнялась эта оценка</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. This database is on read-only media: copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu.</source>
        <translation>Не удалось сохранить последнее изменение: %1. Эта база данных находится на носителе только для чтения: скопируйте базу данных в папку, в которую можно записывать, и откройте копию командой «Открыть другой файл базы данных…» в меню «Файл».</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. It is still on the screen. Check that the disk or USB stick is connected and has free space, then press “Try again”.</source>
        <translation>Не удалось сохранить последнее изменение: %1. Оно по-прежнему на экране. Проверьте, что диск или USB-накопитель подключён и на нём есть свободное место, затем нажмите «Повторить».</translation>
    </message>
</context>
<context>
    <name>TaNeedsWidget</name>
    <message>
        <source>Type of assistance:</source>
        <translation>Вид помощи:</translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation>Подвид:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>What is needed:</source>
        <translation>Что требуется:</translation>
    </message>
    <message>
        <source>Choose the type of assistance for each need.</source>
        <translation>Выберите вид помощи для каждой потребности.</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>Добавить потребность</translation>
    </message>
    <message>
        <source>No technical assistance need recorded.</source>
        <translation>Потребности в технической помощи не указаны.</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>The question&apos;s instruments</source>
        <translation>Документы, к которым относится вопрос</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>Конвенция (КТОП)</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>Протокол о торговле людьми</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>Протокол о незаконном ввозе мигрантов</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>Протокол об огнестрельном оружии</translation>
    </message>
    <message>
        <source>In general terms (no particular type)</source>
        <translation>В общих чертах (без указания вида)</translation>
    </message>
    <message>
        <source>Say what assistance is needed.</source>
        <translation>Укажите, какая помощь необходима.</translation>
    </message>
</context>
<context>
    <name>TableWidget</name>
    <message>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <source>Row %1, %2: enter a number.</source>
        <translation>Строка %1, %2: введите число.</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — not an official submission</source>
        <translation>УЧЕБНАЯ — не официальное представление</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>&amp;Trainer&apos;s guide</source>
        <translation>Р&amp;уководство для инструктора</translation>
    </message>
    <message>
        <source>&amp;Sample assessments of a fictional State</source>
        <translation>&amp;Образцы оценок вымышленного государства</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;Пустая</translation>
    </message>
    <message>
        <source>&amp;Half answered, with mistakes to find</source>
        <translation>&amp;Заполнена наполовину, с ошибками для поиска</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Заполнена полностью</translation>
    </message>
    <message>
        <source>Carried &amp;forward to the next cycle</source>
        <translation>&amp;Перенесена в следующий цикл</translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation>&amp;Результаты группы…</translation>
    </message>
    <message>
        <source>&amp;Reset this laptop for the next group…</source>
        <translation>&amp;Сбросить этот ноутбук для следующей группы…</translation>
    </message>
    <message>
        <source>The samples could not be made</source>
        <translation>Не удалось создать образцы</translation>
    </message>
    <message>
        <source>Reset this laptop for the next group</source>
        <translation>Сбросить этот ноутбук для следующей группы</translation>
    </message>
    <message>
        <source>Remove the %1 training assessments from this laptop? A backup of the database is made first.</source>
        <translation>Удалить с этого ноутбука учебные оценки (%1)? Сначала создается резервная копия базы данных.</translation>
    </message>
    <message>
        <source>The %1 real assessments and the signing key stay untouched.</source>
        <translation>Настоящие оценки (%1) и ключ подписи остаются нетронутыми.</translation>
    </message>
    <message>
        <source>There is no real assessment here: the signing key goes too, and the next trainee makes a new one with the first package.</source>
        <translation>Здесь нет настоящих оценок: ключ подписи тоже удаляется, и следующий участник создаст новый при первом пакете.</translation>
    </message>
    <message>
        <source>Remove the training assessments</source>
        <translation>Удалить учебные оценки</translation>
    </message>
    <message>
        <source>The laptop could not be reset</source>
        <translation>Не удалось сбросить ноутбук</translation>
    </message>
    <message>
        <source>%1 training assessments removed.</source>
        <translation>Удалено учебных оценок: %1.</translation>
    </message>
    <message>
        <source>Backup made before: %1</source>
        <translation>Резервная копия, созданная перед этим: %1</translation>
    </message>
    <message>
        <source>The signing key was put away in %1.</source>
        <translation>Ключ подписи перемещен в %1.</translation>
    </message>
    <message>
        <source>Ready for the next group</source>
        <translation>Готово для следующей группы</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>%1 is in the package but not in the signed list of its files (added).</source>
        <translation>%1 есть в пакете, но не в подписанном списке его файлов (добавлен).</translation>
    </message>
    <message>
        <source>%1 is in the signed list of files but not in the package (removed).</source>
        <translation>%1 есть в подписанном списке файлов, но не в пакете (удалён).</translation>
    </message>
    <message>
        <source>%1 has been altered: it is not the file that was signed.</source>
        <translation>%1 изменён: это не тот файл, который был подписан.</translation>
    </message>
    <message>
        <source>The signature does not verify: the package was changed after it was signed, or its keys do not match.</source>
        <translation>Подпись не проходит проверку: пакет был изменён после подписания или его ключи не совпадают.</translation>
    </message>
    <message>
        <source>The signed list of files names another signer than the key that signed it.</source>
        <translation>В подписанном списке файлов указан другой подписант, чем ключ, которым он подписан.</translation>
    </message>
    <message>
        <source>Not trusted: the signing key %1 is not trusted to sign for %2.</source>
        <translation>Не доверенный: ключ подписи %1 не является доверенным для подписи от имени %2.</translation>
    </message>
    <message>
        <source>Unknown questionnaire: %1, version %2.</source>
        <translation>Неизвестный вопросник: %1, версия %2.</translation>
    </message>
</context>
</TS>
