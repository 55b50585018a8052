<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>Answers</name>
    <message>
        <source>In place</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>Partially in place</source>
        <translation>部分落实</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>未落实</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Partially</source>
        <translation>部分</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <source>The assessment is final: reopen it to change answers.</source>
        <translation>评估已定稿：如需修改答复，请重新开放。</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <source>Context from the focal point: not part of your assignment, shown read-only.</source>
        <translation>联络点提供的背景信息：不属于您的分配部分，仅供阅读。</translation>
    </message>
    <message>
        <source>%1 % answered</source>
        <translation>已答 %1 %</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Previous page (Alt+Left or Ctrl+Page Up)</source>
        <translation>上一页（Alt+左方向键 或 Ctrl+Page Up）</translation>
    </message>
    <message>
        <source>Next page (Alt+Right or Ctrl+Page Down)</source>
        <translation>下一页（Alt+右方向键 或 Ctrl+Page Down）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Section %1 of %2 · %3 % answered</source>
        <translation>第 %1 节，共 %2 节 · 已答 %3 %</translation>
    </message>
    <message>
        <source>Section %1 of %2 · nothing to answer yet</source>
        <translation>第 %1 节，共 %2 节 · 暂无需回答的问题</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>%1 — kept as a draft</source>
        <translation>%1 — 已保存为草稿</translation>
    </message>
    <message>
        <source>%1 — kept as a draft (and %2 more)</source>
        <translation>%1 — 已保存为草稿（另有 %2 项）</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign to institutions</source>
        <translation>分派给机构</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Write into:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>您的签名密钥的口令：</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答复截止于</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Sections or single questions this institution answers:</source>
        <translation>该机构答复的部分或单个问题：</translation>
    </message>
    <message>
        <source>Assignment files written:</source>
        <translation>已写入的分派文件：</translation>
    </message>
    <message>
        <source>Write assignment file</source>
        <translation>写入分派文件</translation>
    </message>
    <message>
        <source>Write assignment files into</source>
        <translation>将分派文件写入</translation>
    </message>
    <message>
        <source>Write the institution&apos;s name.</source>
        <translation>请填写机构名称。</translation>
    </message>
    <message>
        <source>Tick at least one section or question.</source>
        <translation>请至少勾选一个部分或问题。</translation>
    </message>
    <message>
        <source>Type your signing key&apos;s passphrase (at least 8 characters).</source>
        <translation>请输入您的签名密钥的口令（至少 8 个字符）。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>文件夹 %1 无法创建或无法写入：请另选一个。未记录任何内容。</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>该口令无法打开您的签名密钥。未记录任何内容。</translation>
    </message>
    <message>
        <source>The assignment file was not written: %1</source>
        <translation>分派文件未写入：%1</translation>
    </message>
</context>
<context>
    <name>AttachmentWidget</name>
    <message>
        <source>Attach a file…</source>
        <translation>附加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Allowed: %1; at most %2 MB each</source>
        <translation>允许：%1；每个最多 %2 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
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
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached here.</source>
        <translation>此处不能附加这种类型的文件。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Every assessment in this database is replaced by those in the backup; the database as it is now is backed up first, so this can be undone.</source>
        <translation>请选择要恢复到的备份。此数据库中的所有评估都将被备份中的评估替换；系统会先备份当前数据库，因此可以撤销此操作。</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>此数据库还没有备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>the first backup of the day</source>
        <translation>当天的第一个备份</translation>
    </message>
    <message>
        <source>made before an assessment was deleted</source>
        <translation>删除评估前所做的备份</translation>
    </message>
    <message>
        <source>made before a backup was restored</source>
        <translation>恢复备份前所做的备份</translation>
    </message>
    <message>
        <source>made before omnibus was updated</source>
        <translation>更新 omnibus 前所做的备份</translation>
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
        <translation>（未作答）</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Clear answer</source>
        <translation>清除答复</translation>
    </message>
</context>
<context>
    <name>ClassResultsDialog</name>
    <message>
        <source>Class results</source>
        <translation>学员成果</translation>
    </message>
    <message>
        <source>Choose the folder where the trainees put their packages (a USB stick or a shared folder).</source>
        <translation>选择学员存放其数据包的文件夹（U 盘或共享文件夹）。</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Who handed in</source>
        <translation>交回情况</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>答案对照</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s analysis</source>
        <translation>秘书处的分析</translation>
    </message>
    <message>
        <source>Save as PDF for the debriefing…</source>
        <translation>另存为 PDF 供总结讲评…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The folder of the trainees&apos; packages</source>
        <translation>学员数据包所在的文件夹</translation>
    </message>
    <message>
        <source>Reading the packages…</source>
        <translation>正在读取数据包…</translation>
    </message>
    <message>
        <source>it is not a complete response package, or it is damaged</source>
        <translation>它不是完整的答复包，或已损坏</translation>
    </message>
    <message>
        <source>its questionnaire or answers are not those of a questionnaire omnibus knows</source>
        <translation>其问卷或回答不属于 omnibus 已知的问卷</translation>
    </message>
    <message>
        <source>No readable training package: nothing to analyse.</source>
        <translation>没有可读的培训包：无可分析的内容。</translation>
    </message>
    <message>
        <source>class-results</source>
        <translation>学员成果</translation>
    </message>
    <message>
        <source>Save the class&apos;s results</source>
        <translation>保存学员成果</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>The class&apos;s results could not be read</source>
        <translation>无法读取学员成果</translation>
    </message>
</context>
<context>
    <name>CollaborationRefusals</name>
    <message>
        <source>Choose at least one section or question to assign to %1.</source>
        <translation>请至少选择一个部分或问题分派给 %1。</translation>
    </message>
    <message>
        <source>Give the name of the institution the part is assigned to.</source>
        <translation>请填写分派对象机构的名称。</translation>
    </message>
    <message>
        <source>This questionnaire has no section %1.</source>
        <translation>本问卷没有部分 %1。</translation>
    </message>
    <message>
        <source>This questionnaire has no question %1.</source>
        <translation>本问卷没有问题 %1。</translation>
    </message>
    <message>
        <source>%1 has answered everything assigned to it: no reminder is needed.</source>
        <translation>%1 已答复分派给它的全部内容：无需提醒。</translation>
    </message>
    <message>
        <source>Nothing of this assessment is assigned to %1.</source>
        <translation>本评估中没有任何内容分派给 %1。</translation>
    </message>
    <message>
        <source>There is no assignment %1.</source>
        <translation>不存在分派 %1。</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: open the assignment file first.</source>
        <translation>本评估并非对某项分派的答复：请先打开分派文件。</translation>
    </message>
    <message>
        <source>This contribution answers another assessment (%1), not this one (%2). Import it into that assessment.</source>
        <translation>该提交内容答复的是另一项评估（%1），而不是本评估（%2）。请将其导入那项评估。</translation>
    </message>
    <message>
        <source>This contribution is for %1, but the assessment is for %2.</source>
        <translation>该提交内容针对 %1，但本评估针对 %2。</translation>
    </message>
    <message>
        <source>This contribution answers %1 version %2, but the assessment uses %3 version %4.</source>
        <translation>该提交内容答复的是 %1 第 %2 版，但本评估使用的是 %3 第 %4 版。</translation>
    </message>
    <message>
        <source>This contribution answers assignment %1, which was not made from this assessment.</source>
        <translation>该提交内容答复的是分派 %1，而该分派并非由本评估生成。</translation>
    </message>
    <message>
        <source>This contribution is signed for %1, but the assignment was given to %2.</source>
        <translation>该提交内容以 %1 的名义签名，但该分派是给 %2 的。</translation>
    </message>
    <message>
        <source>This contribution answers question %1, which was not assigned to %2.</source>
        <translation>该提交内容答复了问题 %1，但该问题并未分派给 %2。</translation>
    </message>
    <message>
        <source>%1 has no trusted key yet; this contribution is signed by the key:
%2
Check the fingerprint with %1 (by telephone, say) before trusting it.</source>
        <translation>%1 尚无受信任的密钥；该提交内容由以下密钥签名：
%2
请先与 %1 核对指纹（例如通过电话），再信任该密钥。</translation>
    </message>
    <message>
        <source>This contribution is signed by the key:
%1
but the key trusted for %2 is:
%3
If %2 really has a new key, check its fingerprint with them before trusting it.</source>
        <translation>该提交内容由以下密钥签名：
%1
但 %2 的受信任密钥是：
%3
如果 %2 确实换了新密钥，请先与其核对指纹，再信任该密钥。</translation>
    </message>
    <message>
        <source>This is round %1 of the contribution of %2, but round %3 was already imported: an older round is never merged over a newer one.</source>
        <translation>这是 %2 提交内容的第 %1 轮，但第 %3 轮已经导入：较早的一轮绝不会覆盖较新的一轮。</translation>
    </message>
    <message>
        <source>Round %1 of the contribution of %2 was already imported from a different file. Ask %2 for a new round.</source>
        <translation>%2 提交内容的第 %1 轮已从另一个文件导入。请要求 %2 发送新的一轮。</translation>
    </message>
    <message>
        <source>The answer to question %1 in this contribution is not one this question accepts.</source>
        <translation>该提交内容中对问题 %1 的答复不符合该问题的要求。</translation>
    </message>
    <message>
        <source>The answer to question %1 in this assignment is not one this question accepts.</source>
        <translation>该分派中对问题 %1 的答复不符合该问题的要求。</translation>
    </message>
    <message>
        <source>This contribution signs off section %1, which was not assigned to it.</source>
        <translation>该提交内容核准了部分 %1，但该部分并未分派给它。</translation>
    </message>
    <message>
        <source>There is no open conflict %1 in this assessment.</source>
        <translation>本评估中没有未解决的冲突 %1。</translation>
    </message>
    <message>
        <source>To combine both answers, give the combined answer.</source>
        <translation>要合并两个答复，请填写合并后的答复。</translation>
    </message>
    <message>
        <source>Give the name of the person who signs off.</source>
        <translation>请填写核准人的姓名。</translation>
    </message>
    <message>
        <source>Question %1 is not part of your assignment; it is shown for context only.</source>
        <translation>问题 %1 不属于您的分派；仅作为背景显示。</translation>
    </message>
    <message>
        <source>Section %1 is not part of the assignment this assessment answers.</source>
        <translation>部分 %1 不属于本评估所答复的分派。</translation>
    </message>
    <message>
        <source>%1; copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu</source>
        <translation>%1；请将数据库复制到您可以写入的文件夹，然后通过“文件”菜单中的“打开其他数据库文件…”打开该副本</translation>
    </message>
</context>
<context>
    <name>ConfirmRow</name>
    <message>
        <source>Carried forward from the previous cycle. Is it still true?</source>
        <translation>沿用自上一周期。是否仍然属实？</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to settle</source>
        <translation>待解决的冲突</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <source>Combine…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>No conflict is left: every answer the institutions sent is settled.</source>
        <translation>已无冲突：各机构发来的答复均已处理。</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Given by %1</source>
        <translation>提供者：%1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Given by %1 (%2), %3, round %4</source>
        <translation>提供者：%1（%2），%3，第 %4 轮</translation>
    </message>
    <message>
        <source>Given by %1, %2, round %3</source>
        <translation>提供者：%1，%2，第 %3 轮</translation>
    </message>
    <message>
        <source>Combine both answers</source>
        <translation>合并两个答复</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Not settled: %1</source>
        <translation>未解决：%1</translation>
    </message>
</context>
<context>
    <name>Contribute</name>
    <message>
        <source>Write contribution</source>
        <translation>写入提交内容</translation>
    </message>
    <message>
        <source>This assessment does not answer an assignment: there is no focal point to send it to.</source>
        <translation>此评估并非答复某项分派：没有可发送的联络点。</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>您的签名密钥的口令：</translation>
    </message>
    <message>
        <source>Write the contribution into</source>
        <translation>将提交内容写入</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was written.</source>
        <translation>文件夹 %1 无法创建或无法写入：请另选一个。未写入任何内容。</translation>
    </message>
    <message>
        <source>The contribution was not written: %1</source>
        <translation>提交内容未写入：%1</translation>
    </message>
    <message>
        <source>Written: %1

Send it to the focal point. Before the first one, read them your key&apos;s fingerprint by telephone or in person:
%2</source>
        <translation>已写入：%1

请将其发送给联络点。首次发送前，请通过电话或当面向对方宣读您密钥的指纹：
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
        <translation>日历…</translation>
    </message>
    <message>
        <source>Pick a date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>请按 年-月-日 格式输入日期，例如 2024-03-31。</translation>
    </message>
    <message>
        <source>There is no %1: a year has twelve months.</source>
        <translation>日期 %1 不存在：一年只有十二个月。</translation>
    </message>
    <message>
        <source>There is no %1: that month has %2 days.</source>
        <translation>日期 %1 不存在：该月只有 %2 天。</translation>
    </message>
</context>
<context>
    <name>EntryListWidget</name>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>ExchangeOpener</name>
    <message>
        <source>Assignments and contributions (%1)</source>
        <translation>分派和提交内容 (%1)</translation>
    </message>
    <message>
        <source>Open an assignment or a contribution</source>
        <translation>打开分派或提交内容</translation>
    </message>
    <message>
        <source>This file cannot be used: it is altered, damaged or not an omnibus file.</source>
        <translation>无法使用此文件：文件已被改动、已损坏或不是 omnibus 文件。</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>未存储任何内容。</translation>
    </message>
    <message>
        <source>This assignment cannot be opened here.</source>
        <translation>无法在此打开该分派。</translation>
    </message>
    <message>
        <source>The assessment it answers is not in this database: open the database that holds it first.</source>
        <translation>它所答复的评估不在此数据库中：请先打开包含该评估的数据库。</translation>
    </message>
    <message>
        <source>This contribution cannot be merged into your assessments.</source>
        <translation>无法将此提交内容合并到您的评估中。</translation>
    </message>
    <message>
        <source>Confirm the institution&apos;s key</source>
        <translation>确认机构的密钥</translation>
    </message>
    <message>
        <source>Ask the institution to read its new key&apos;s fingerprint to you by telephone or in person, and compare it with the first one above. Merge the contribution and trust the new key for %1 from now on?</source>
        <translation>请该机构通过电话或当面向您读出其新密钥的指纹，并与上面第一个指纹进行核对。是否合并该提交内容，并从此信任 %1 的新密钥？</translation>
    </message>
    <message>
        <source>This is the first contribution signed by this key for %1. Ask the institution to read its key&apos;s fingerprint to you by telephone or in person, and compare it with this one:

%2

Merge the contribution and trust this key for %1?</source>
        <translation>这是该密钥为 %1 签署的第一份提交内容。请该机构通过电话或当面向您宣读其密钥的指纹，并与下面的指纹核对：

%2

是否合并该提交内容并信任此密钥代表 %1？</translation>
    </message>
    <message>
        <source>This contribution was merged before; nothing changed.</source>
        <translation>此提交内容此前已合并；未作任何更改。</translation>
    </message>
    <message>
        <source>Contribution of %1, round %2: %3, %4, %5.</source>
        <translation>%1 的提交内容，第 %2 轮：%3，%4，%5。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) taken</source>
        <translation>
            <numerusform>采用 %n 个答复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n 个冲突待解决</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) signed off</source>
        <translation>
            <numerusform>%n 个部分已核准</numerusform>
        </translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>提交内容已合并</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Hand in</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Go to the review</source>
        <translation>前往审查</translation>
    </message>
    <message>
        <source>Create the response package…</source>
        <translation>创建答复包…</translation>
    </message>
    <message>
        <source>Save the PDF report…</source>
        <translation>保存 PDF 报告…</translation>
    </message>
    <message>
        <source>The assessment is a draft. Mark it as final on the review page before handing in.</source>
        <translation>评估仍为草稿。提交前请在审查页面将其标记为定稿。</translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>评估已定稿。</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>已回答 %1 / %2 个问题（%3 %）。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, %1 of them required.</source>
        <translation>
            <numerusform>仍有 %n 个问题未回答，其中 %1 个为必答题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>仍有 %n 个问题未回答，均非必答题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the response package and send it as agreed.</source>
        <translation>请创建答复数据包，并按约定方式发送。</translation>
    </message>
    <message>
        <source>The package can be created once the assessment is marked as final on the review page.</source>
        <translation>在审查页面将评估标记为定稿后，即可创建数据包。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>有 %n 个答复存在需要更正的错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the response package</source>
        <translation>保存答复包</translation>
    </message>
    <message>
        <source>Response packages (*.omnibus)</source>
        <translation>答复数据包 (*.omnibus)</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>保存 PDF 报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel (letter, telephone or in person), so that it can tell the package comes from you.</source>
        <translation>已使用密钥 %1 签名。请通过正式渠道（信函、电话或当面）向秘书处确认此指纹，以便其确认数据包确实来自您。</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock (“Show the passphrase” lets you see what you typed), then try again.</source>
        <translation>该口令无法打开本计算机的签名密钥。请检查键盘语言和大写锁定键（勾选“显示口令”可查看您输入的内容），然后重试。</translation>
    </message>
    <message>
        <source>The package could not be created: %1</source>
        <translation>无法创建答复包：%1</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>it is no longer there (moved or removed?)</source>
        <translation>文件已不在原处（是否已被移动或删除？）</translation>
    </message>
    <message>
        <source>you are not allowed to use it</source>
        <translation>您无权使用该文件</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk or USB stick is read-only</source>
        <translation>磁盘或U盘为只读</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Trainer&apos;s guide</source>
        <translation>培训师指南</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>培训师指南尚无此语言版本：现以英文显示。</translation>
    </message>
    <message>
        <source>The trainer&apos;s guide is missing from this installation.</source>
        <translation>此安装中缺少培训师指南。</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is not written in this language yet: it is shown in English.</source>
        <translation>答复者指南尚无此语言版本：现以英文显示。</translation>
    </message>
    <message>
        <source>The respondent&apos;s guide is missing from this installation.</source>
        <translation>本安装中缺少答复者指南。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Previous document (Alt+Left)</source>
        <translation>上一个文档（Alt+左方向键）</translation>
    </message>
    <message>
        <source>“%1” is not part of this installation.</source>
        <translation>本安装中没有“%1”。</translation>
    </message>
    <message>
        <source>Respondent&apos;s guide</source>
        <translation>答复者指南</translation>
    </message>
</context>
<context>
    <name>InstitutionsOverview</name>
    <message>
        <source>Institutions</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Answered by others</source>
        <translation>由他人答复</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>需注意</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已核准</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Answers carried forward from the previous cycle that nobody has confirmed yet: neither the institution&apos;s answers nor anyone else&apos;s for this cycle.</source>
        <translation>沿用自上一周期、尚无人确认的答复：在本周期既不算该机构的答复，也不算其他任何人的答复。</translation>
    </message>
    <message>
        <source>No part of this assessment is assigned to an institution yet.</source>
        <translation>此评估尚无任何部分分派给机构。</translation>
    </message>
    <message>
        <source>Send a reminder…</source>
        <translation>发送提醒…</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>核准一个部分…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>冲突 (%1)…</translation>
    </message>
    <message>
        <source>Choose an institution in the table first.</source>
        <translation>请先在表格中选择一个机构。</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>发送提醒</translation>
    </message>
    <message>
        <source>Passphrase of your signing key:</source>
        <translation>您的签名密钥的口令：</translation>
    </message>
    <message>
        <source>Write the reminder into</source>
        <translation>将提醒写入</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made or written to: choose another. Nothing was recorded.</source>
        <translation>文件夹 %1 无法创建或无法写入：请另选一个。未记录任何内容。</translation>
    </message>
    <message>
        <source>The passphrase does not open your signing key. Nothing was recorded.</source>
        <translation>该口令无法打开您的签名密钥。未记录任何内容。</translation>
    </message>
    <message>
        <source>No reminder was written: %1</source>
        <translation>未写入提醒：%1</translation>
    </message>
    <message numerus="yes">
        <source>Reminder for %1 written: %n question(s) still to answer.</source>
        <translation>
            <numerusform>已写入给 %1 的提醒：仍有 %n 个问题待答复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <source>This question must be answered.</source>
        <translation>此问题必须回答。</translation>
    </message>
    <message>
        <source>Carried forward from the previous cycle: confirm it or change it.</source>
        <translation>沿用自上一周期：请确认或修改。</translation>
    </message>
    <message>
        <source>This answer belongs to a question the questionnaire no longer has; it is kept for reference.</source>
        <translation>此答复所属的问题已不在问卷中；保留以供参考。</translation>
    </message>
    <message>
        <source>Not valid yet, kept as a draft: %1</source>
        <translation>尚无效，已保存为草稿：%1</translation>
    </message>
    <message>
        <source>The stored answer no longer fits the question: %1</source>
        <translation>已保存的答复不再符合该问题：%1</translation>
    </message>
</context>
<context>
    <name>ItemWidget</name>
    <message>
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>指导说明</translation>
    </message>
    <message>
        <source>Show guidance, article references and source</source>
        <translation>显示指导说明、条款出处和来源</translation>
    </message>
    <message>
        <source>Guidance and references</source>
        <translation>指导说明和出处</translation>
    </message>
    <message>
        <source>Assessor&apos;s comment</source>
        <translation>评估人意见</translation>
    </message>
    <message>
        <source>Show the assessor&apos;s comment</source>
        <translation>显示评估人意见</translation>
    </message>
    <message>
        <source>Optional: context, sources or reservations</source>
        <translation>可选：背景、来源或保留意见</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between two article references</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>para. %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>LanguageBanner</name>
    <message>
        <source>This questionnaire has no %1 translation; it is shown in %2. It exists in:</source>
        <translation>本问卷没有%1译本；现以%2显示。现有语言：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The %1 text of this questionnaire is a working translation; the %2 text is authoritative.</source>
        <translation>本问卷的%1文本为工作译文；%2文本为作准文本。</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙文</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
</context>
<context>
    <name>LegislationWidget</name>
    <message>
        <source>Title of the act:</source>
        <translation>法规名称：</translation>
    </message>
    <message>
        <source>Article(s):</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD):</source>
        <translation>日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Reference or web address:</source>
        <translation>出处或网址：</translation>
    </message>
    <message>
        <source>Excerpt:</source>
        <translation>摘录：</translation>
    </message>
    <message>
        <source>the title of the act is missing.</source>
        <translation>缺少法律名称。</translation>
    </message>
    <message>
        <source>the date must be written year-month-day, e.g. 2010-03-12, not %1.</source>
        <translation>日期须写为年-月-日，例如 2010-03-12，而不是 %1。</translation>
    </message>
    <message>
        <source>Add legislation</source>
        <translation>添加法规</translation>
    </message>
    <message>
        <source>No legislation cited yet.</source>
        <translation>尚未引用任何法规。</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>引文 %1：%2</translation>
    </message>
</context>
<context>
    <name>LongTextWidget</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 个字符</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long: at most %n characters.</source>
        <translation>
            <numerusform>文本过长：最多 %n 个字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Questionnaire language</source>
        <translation>问卷语言(&amp;Q)</translation>
    </message>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>This database is on read-only media: it is open for reading only, and nothing can be changed.</source>
        <translation>此数据库位于只读介质上：已以只读方式打开，无法进行任何更改。</translation>
    </message>
    <message>
        <source>UNTOC self-assessment checklist</source>
        <translation>《有组织犯罪公约》自评清单</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Opening your assessments…</source>
        <translation>正在打开您的评估…</translation>
    </message>
    <message>
        <source>&amp;Start screen</source>
        <translation>开始屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open another database file…</source>
        <translation>打开其他数据库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;package…</source>
        <translation>打开数据包(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a &amp;receipt from the Secretariat…</source>
        <translation>导入秘书处的回执(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;ssign to institutions…</source>
        <translation>分派给机构(&amp;S)…</translation>
    </message>
    <message>
        <source>Open assignment / &amp;contribution…</source>
        <translation>打开分派/提交内容(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Write contribution for the focal point…</source>
        <translation>为联络点写入提交内容(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s guide</source>
        <translation>答复者指南(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>打开数据库文件</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <source>Response packages (%1)</source>
        <translation>答复数据包 (%1)</translation>
    </message>
    <message>
        <source>Open a response package</source>
        <translation>打开答复数据包</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Assign to institutions</source>
        <translation>分派给机构</translation>
    </message>
    <message>
        <source>Open an assessment first.</source>
        <translation>请先打开一个评估。</translation>
    </message>
    <message>
        <source>Write contribution</source>
        <translation>写入提交内容</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>%1 — works offline; your answers stay on this computer until you hand them in.</source>
        <translation>%1 — 离线运行；在您提交之前，答复始终保存在本机上。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <source>Other, please specify:</source>
        <translation>其他，请具体说明：</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Other, please specify</source>
        <translation>其他，请具体说明</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Search:</source>
        <translation>搜索：</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <source>Words in a question</source>
        <translation>问题中的词语</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>搜索问题</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>所有文书</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>公约</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>贩运人口议定书</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>偷运移民议定书</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>枪支议定书</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>所有领域</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>所有条款</translation>
    </message>
    <message>
        <source>Filter by instrument</source>
        <translation>按文书筛选</translation>
    </message>
    <message>
        <source>Filter by thematic area</source>
        <translation>按专题领域筛选</translation>
    </message>
    <message>
        <source>Filter by article</source>
        <translation>按条款筛选</translation>
    </message>
    <message>
        <source>Go to the first unanswered required question</source>
        <translation>转到第一个未回答的必答问题</translation>
    </message>
    <message>
        <source>Questionnaire contents</source>
        <translation>问卷目录</translation>
    </message>
    <message>
        <source>Review and finish</source>
        <translation>审查并完成</translation>
    </message>
    <message>
        <source>Hand in</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>%1 (context from the focal point, read-only)</source>
        <translation>%1（联络点提供的背景信息，只读）</translation>
    </message>
    <message>
        <source>No question matches the filter.</source>
        <translation>没有符合筛选条件的问题。</translation>
    </message>
    <message>
        <source>Nothing to answer yet: no question here applies with the answers given so far.</source>
        <translation>暂无需回答的问题：根据目前已给出的答案，本节没有适用的问题。</translation>
    </message>
    <message>
        <source>%1 percent answered</source>
        <translation>已答百分之 %1</translation>
    </message>
</context>
<context>
    <name>NewAssessmentForm</name>
    <message>
        <source>A blank questionnaire</source>
        <translation>空白问卷</translation>
    </message>
    <message>
        <source>final</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>%1, training</source>
        <translation>%1，培训</translation>
    </message>
    <message>
        <source>%1, cycle %2 — %3 (%4, %5)</source>
        <translation>%1，周期 %2 — %3（%4，%5）</translation>
    </message>
    <message>
        <source>Start a new assessment</source>
        <translation>开始新的评估</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>起点：</translation>
    </message>
    <message>
        <source>Questionnaire:</source>
        <translation>问卷：</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>国家：</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>联络人：</translation>
    </message>
    <message>
        <source>Reporting cycle:</source>
        <translation>报告周期：</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>输入以搜索</translation>
    </message>
    <message>
        <source>e.g. Ministry of Justice</source>
        <translation>例如：司法部</translation>
    </message>
    <message>
        <source>Name and title of the person responsible</source>
        <translation>负责人姓名和职务</translation>
    </message>
    <message>
        <source>Training exercise (not for submission)</source>
        <translation>培训练习（不用于提交）</translation>
    </message>
    <message>
        <source>Start the assessment</source>
        <translation>开始评估</translation>
    </message>
    <message>
        <source>Choose the country from the list.</source>
        <translation>请从列表中选择国家。</translation>
    </message>
    <message>
        <source>Give the reporting cycle, e.g. %1.</source>
        <translation>请填写报告周期，例如 %1。</translation>
    </message>
    <message>
        <source>The reporting cycle is a year, such as %1, or a range of years, such as %2.</source>
        <translation>报告周期应为一个年份（如 %1）或一个年份范围（如 %2）。</translation>
    </message>
    <message>
        <source>Starting from a previous assessment, the reporting cycle must come after its own: give one after %1.</source>
        <translation>从以前的评估开始时，报告周期必须晚于该评估的周期：请填写 %1 之后的周期。</translation>
    </message>
    <message>
        <source>Choose a questionnaire.</source>
        <translation>请选择问卷。</translation>
    </message>
    <message>
        <source>This assessment exists already</source>
        <translation>该评估已存在</translation>
    </message>
    <message>
        <source>%1 already has an assessment of “%2” for the cycle %3 (%4, last change %5).</source>
        <translation>%1 已有周期 %3 的“%2”评估（%4，最后修改于 %5）。</translation>
    </message>
    <message>
        <source>Continue that one, or start a second one on purpose?</source>
        <translation>继续该评估，还是有意另开一个？</translation>
    </message>
    <message>
        <source>Continue that one</source>
        <translation>继续该评估</translation>
    </message>
    <message>
        <source>Start another one</source>
        <translation>另开一个</translation>
    </message>
    <message>
        <source>The assessment could not be saved: %1</source>
        <translation>无法保存评估：%1</translation>
    </message>
</context>
<context>
    <name>NothingYet</name>
    <message>
        <source>Nothing to answer here yet: none of this section&apos;s questions applies with the answers given so far.</source>
        <translation>此处暂无需回答的问题：根据目前已给出的答案，本节的问题均不适用。</translation>
    </message>
    <message>
        <source>Its questions depend on your answer to this question:</source>
        <translation>本节的问题取决于您对以下问题的回答：</translation>
    </message>
    <message>
        <source>Its questions depend on your answers to these questions:</source>
        <translation>本节的问题取决于您对以下各问题的回答：</translation>
    </message>
</context>
<context>
    <name>NumberWidget</name>
    <message>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. 12.</source>
        <translation>请输入整数，例如 12。</translation>
    </message>
    <message>
        <source>Enter a number, e.g. 12.5.</source>
        <translation>请输入数字，例如 12.5。</translation>
    </message>
    <message>
        <source>“%1” can be read two ways: for the whole number, type %2; for the decimal, type %3.</source>
        <translation>“%1”有两种读法：如指整数，请输入 %2；如指小数，请输入 %3。</translation>
    </message>
    <message>
        <source>In this language “%1” separates thousands; the decimal mark is “%2”, e.g. %3.</source>
        <translation>在此语言中，“%1”用于分隔千位；小数点是“%2”，例如 %3。</translation>
    </message>
</context>
<context>
    <name>PackageProblem</name>
    <message>
        <source>there is no signing key on this computer yet</source>
        <translation>本计算机上还没有签名密钥</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key</source>
        <translation>该密码短语无法打开本计算机的签名密钥</translation>
    </message>
    <message>
        <source>the signing key here was made by another installation (a copied data folder); this one needs its own key</source>
        <translation>此处的签名密钥由另一安装创建（复制的数据文件夹）；本安装需要自己的密钥</translation>
    </message>
    <message>
        <source>this computer&apos;s signing key is missing or damaged, or cannot be used</source>
        <translation>本计算机的签名密钥缺失或已损坏，或无法使用</translation>
    </message>
    <message>
        <source>the Secretariat database cannot be read or written</source>
        <translation>无法读取或写入秘书处数据库</translation>
    </message>
    <message>
        <source>the package it is for is not in the Secretariat database, or the receipt is not valid</source>
        <translation>其所对应的数据包不在秘书处数据库中，或回执无效</translation>
    </message>
    <message>
        <source>it is encrypted, and no key of this installation opens it</source>
        <translation>它已加密，本安装的任何密钥都无法打开</translation>
    </message>
    <message>
        <source>it is not a response package, or it is damaged, incomplete or altered</source>
        <translation>这不是答复数据包，或已损坏、不完整或被改动</translation>
    </message>
</context>
<context>
    <name>PackageViewer</name>
    <message>
        <source>Response package: %1</source>
        <translation>答复数据包：%1</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>调查问卷</translation>
    </message>
    <message>
        <source>Reporting cycle</source>
        <translation>报告周期</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Open with the &amp;Secretariat&apos;s key</source>
        <translation>用秘书处密钥打开(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Import into the Secretariat database</source>
        <translation>导入秘书处数据库(&amp;I)</translation>
    </message>
    <message>
        <source>Write a &amp;receipt for the State…</source>
        <translation>为该国出具回执(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>正在读取数据包…</translation>
    </message>
    <message>
        <source>This file cannot be read as a response package.</source>
        <translation>无法将此文件作为答复数据包读取。</translation>
    </message>
    <message>
        <source>Nothing was altered: the package is signed, and every file in it is exactly as signed.</source>
        <translation>未被改动：数据包已签名，其中每个文件都与签名时完全一致。</translation>
    </message>
    <message>
        <source>Altered: this package is not as it was signed. Do not rely on what it says.</source>
        <translation>已被改动：此数据包与签名时不一致。请勿依赖其内容。</translation>
    </message>
    <message>
        <source>This package is encrypted for the Secretariat: only the Secretariat&apos;s key can open it.</source>
        <translation>此数据包已为秘书处加密：只有秘书处的密钥才能打开。</translation>
    </message>
    <message>
        <source>It could not be opened with this installation&apos;s key: %1</source>
        <translation>无法用本安装的密钥打开：%1</translation>
    </message>
    <message>
        <source>This installation has the Secretariat&apos;s key: the package can be opened with it.</source>
        <translation>本安装拥有秘书处的密钥：可以用它打开此数据包。</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>原因：%1。</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终版</translation>
    </message>
    <message>
        <source>Draft (not final)</source>
        <translation>草稿（非最终版）</translation>
    </message>
    <message>
        <source>Yes: a training package, not an official submission</source>
        <translation>是：培训数据包，不是正式提交</translation>
    </message>
    <message>
        <source>No: an official submission</source>
        <translation>否：正式提交</translation>
    </message>
    <message>
        <source>Not trusted: the package was altered</source>
        <translation>不受信任：数据包已被改动</translation>
    </message>
    <message>
        <source>Trust not checked: the Secretariat database cannot be read</source>
        <translation>未检查信任：无法读取秘书处数据库</translation>
    </message>
    <message>
        <source>Trust not checked (no Secretariat database on this computer)</source>
        <translation>未检查信任（本计算机上没有秘书处数据库）</translation>
    </message>
    <message>
        <source>Trusted: the Secretariat has confirmed this key for %1</source>
        <translation>受信任：秘书处已确认此密钥用于 %1</translation>
    </message>
    <message>
        <source>Not trusted yet: the Secretariat has not confirmed any key for %1</source>
        <translation>尚未受信任：秘书处尚未确认用于 %1 的任何密钥</translation>
    </message>
    <message>
        <source>Not trusted yet: %1 has another trusted key; this one is not confirmed</source>
        <translation>尚未受信任：%1 已有另一个受信任的密钥；此密钥未经确认</translation>
    </message>
    <message>
        <source>Not trusted: this key was revoked for %1</source>
        <translation>不受信任：此密钥已针对 %1 被撤销</translation>
    </message>
    <message>
        <source>Not trusted: this key is trusted for another country, not for %1</source>
        <translation>不受信任：此密钥受信任用于另一个国家，而非 %1</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>No PDF viewer opened it; the report is here: %1</source>
        <translation>没有 PDF 查看器打开它；报告位于：%1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Write a receipt</source>
        <translation>出具回执</translation>
    </message>
    <message>
        <source>Passphrase of the signing key:</source>
        <translation>签名密钥的口令：</translation>
    </message>
    <message>
        <source>Write the receipt into</source>
        <translation>将回执写入</translation>
    </message>
    <message>
        <source>No receipt was written: %1</source>
        <translation>未出具回执：%1</translation>
    </message>
    <message>
        <source>the passphrase does not open this computer&apos;s signing key. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>该口令无法打开本计算机的签名密钥。请检查键盘语言和大写锁定键，然后重试。</translation>
    </message>
    <message>
        <source>Receipt written: %1</source>
        <translation>回执已出具：%1</translation>
    </message>
    <message>
        <source>Imported: this is now the current package of %1 for this cycle.</source>
        <translation>已导入：这现在是 %1 本周期的当前数据包。</translation>
    </message>
    <message>
        <source>Imported as history: a newer package of %1 for this cycle is stored.</source>
        <translation>已作为历史记录导入：已存储 %1 本周期更新的数据包。</translation>
    </message>
    <message>
        <source>Stored and held: it counts once the signing key is confirmed for %1.</source>
        <translation>已存储并暂缓：在确认 %1 的签名密钥后计入。</translation>
    </message>
    <message>
        <source>Already stored: nothing changed.</source>
        <translation>已存储过：没有任何变化。</translation>
    </message>
    <message>
        <source>Already stored, and held: it counts once the signing key is confirmed for %1. Nothing changed.</source>
        <translation>已存储并暂缓：在确认 %1 的签名密钥后计入。未作任何更改。</translation>
    </message>
    <message>
        <source>Already stored, as history: a newer package of %1 for this cycle is stored. Nothing changed.</source>
        <translation>已作为历史记录存储：已存储 %1 本周期的较新答复包。未作任何更改。</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>PartPanel</name>
    <message>
        <source>Your part of the assessment</source>
        <translation>您负责的评估部分</translation>
    </message>
    <message>
        <source>Sign off a section…</source>
        <translation>核准一个部分…</translation>
    </message>
    <message>
        <source>Write contribution for the focal point…</source>
        <translation>为联络点写入提交内容…</translation>
    </message>
    <message numerus="yes">
        <source>Assigned to %1 by %2: %n question(s).</source>
        <translation>
            <numerusform>由 %2 分配给 %1：%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>联系人：%1</translation>
    </message>
    <message>
        <source>Answer by %1.</source>
        <translation>请在 %1 前作答。</translation>
    </message>
    <message>
        <source>Note from the focal point: %1</source>
        <translation>联络点的说明：%1</translation>
    </message>
    <message>
        <source>Contributions written so far: %1.</source>
        <translation>迄今已写入的提交内容：%1。</translation>
    </message>
    <message>
        <source>No contribution written yet.</source>
        <translation>尚未写入任何提交内容。</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <translation>%1：%2，%3，%4</translation>
    </message>
    <message>
        <source>Signed off:</source>
        <translation>已核准的部分：</translation>
    </message>
    <message>
        <source>No section signed off yet.</source>
        <translation>尚无已核准的部分。</translation>
    </message>
</context>
<context>
    <name>PathButtons</name>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>复制路径</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Answered by %1 (%2) on %3, round %4; accepted by %5 on %6.</source>
        <translation>由 %1（%2）于 %3 答复，第 %4 轮；由 %5 于 %6 接受。</translation>
    </message>
    <message>
        <source>Answered by %1 on %2, round %3; accepted by %4 on %5.</source>
        <translation>由 %1 于 %2 答复，第 %3 轮；由 %4 于 %5 接受。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReceiptImport</name>
    <message>
        <source>Receipts from the Secretariat (%1)</source>
        <translation>秘书处回执 (%1)</translation>
    </message>
    <message>
        <source>Import a receipt from the Secretariat</source>
        <translation>导入秘书处的回执</translation>
    </message>
    <message>
        <source>Receipt not imported</source>
        <translation>回执未导入</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>未存储任何内容。</translation>
    </message>
    <message>
        <source>This receipt, or a newer one for the same package, was already stored.</source>
        <translation>此回执或同一数据包的更新回执已存储。</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>数据包 %1</translation>
    </message>
    <message>
        <source>Receipt imported</source>
        <translation>回执已导入</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Received by the Secretariat on %1, accepted.</source>
        <translation>秘书处已于 %1 收到，已接受。</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, pending: the Secretariat has still to confirm your signing key.</source>
        <translation>秘书处已于 %1 收到，待处理：秘书处尚需确认您的签名密钥。</translation>
    </message>
    <message>
        <source>Received by the Secretariat on %1, refused: %2</source>
        <translation>秘书处已于 %1 收到，已拒绝：%2</translation>
    </message>
    <message>
        <source>This receipt has been altered since the Secretariat signed it.</source>
        <translation>此回执在秘书处签署后被改动过。</translation>
    </message>
    <message>
        <source>This receipt is not signed with the Secretariat&apos;s key that came with omnibus.</source>
        <translation>此回执并非用 omnibus 随附的秘书处密钥签署。</translation>
    </message>
    <message>
        <source>This installation has no Secretariat key to check receipts with. It comes with the installer; ask whoever installed omnibus.</source>
        <translation>此安装没有用于核验回执的秘书处密钥。该密钥随安装程序提供；请联系安装 omnibus 的人员。</translation>
    </message>
    <message>
        <source>This receipt is for a package that was not made on this computer.</source>
        <translation>此回执所对应的数据包并非在本计算机上创建。</translation>
    </message>
    <message>
        <source>This receipt is for a package of another assessment.</source>
        <translation>此回执对应的是另一个评估的数据包。</translation>
    </message>
    <message>
        <source>This receipt names another country or assessment than the package it is for.</source>
        <translation>此回执所载国家或评估与其对应的数据包不一致。</translation>
    </message>
    <message>
        <source>This file is not a receipt from the Secretariat, or it is damaged.</source>
        <translation>此文件不是秘书处的回执，或已损坏。</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>This answer does not have the form this question expects, so it was not stored.</source>
        <translation>此答案不符合该问题要求的形式，因此未保存。</translation>
    </message>
    <message>
        <source>Choose one of the options offered.</source>
        <translation>请从所列选项中选择一项。</translation>
    </message>
    <message>
        <source>Choose the type of assistance.</source>
        <translation>请选择援助类型。</translation>
    </message>
    <message>
        <source>Choose the kind of assistance within the type.</source>
        <translation>请选择该类型下的具体援助形式。</translation>
    </message>
    <message>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
    <message>
        <source>%1 is below the minimum, %2.</source>
        <translation>%1 低于最小值 %2。</translation>
    </message>
    <message>
        <source>%1 is above the maximum, %2.</source>
        <translation>%1 高于最大值 %2。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>该数字太大。</translation>
    </message>
    <message>
        <source>Enter the date as year-month-day, e.g. 2024-03-31.</source>
        <translation>请按 年-月-日 格式输入日期，例如 2024-03-31。</translation>
    </message>
    <message>
        <source>There is no date %1 in the calendar.</source>
        <translation>日历中不存在日期 %1。</translation>
    </message>
    <message>
        <source>%1 is before the earliest date allowed, %2.</source>
        <translation>%1 早于允许的最早日期 %2。</translation>
    </message>
    <message>
        <source>%1 is after the latest date allowed, %2.</source>
        <translation>%1 晚于允许的最晚日期 %2。</translation>
    </message>
    <message>
        <source>This text is %1 characters long; at most %2 are allowed.</source>
        <translation>此文本有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>“Other” is ticked: say what it is.</source>
        <translation>已勾选“其他”：请说明具体内容。</translation>
    </message>
    <message>
        <source>Select at least %1 (now %2).</source>
        <translation>请至少选择 %1 项（当前 %2 项）。</translation>
    </message>
    <message>
        <source>Select at most %1 (now %2).</source>
        <translation>最多选择 %1 项（当前 %2 项）。</translation>
    </message>
    <message>
        <source>At most %1 citations are allowed (now %2).</source>
        <translation>最多允许 %1 条引用（当前 %2 条）。</translation>
    </message>
    <message>
        <source>At least %1 citations are needed (now %2).</source>
        <translation>至少需要 %1 条引用（当前 %2 条）。</translation>
    </message>
    <message>
        <source>Give the title of the act.</source>
        <translation>请填写法律文件的标题。</translation>
    </message>
    <message>
        <source>At most %1 files are allowed (now %2).</source>
        <translation>最多允许 %1 个文件（当前 %2 个）。</translation>
    </message>
    <message>
        <source>At most %1 rows are allowed (now %2).</source>
        <translation>最多允许 %1 行（当前 %2 行）。</translation>
    </message>
    <message>
        <source>At least %1 rows are needed (now %2).</source>
        <translation>至少需要 %1 行（当前 %2 行）。</translation>
    </message>
    <message>
        <source>%1 is not a kind of file this question takes (%2).</source>
        <translation>%1 不是此问题接受的文件类型（%2）。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; at most %3 MB is allowed.</source>
        <translation>%1 大小为 %2 MB；最多允许 %3 MB。</translation>
    </message>
    <message>
        <source>The same file is attached twice.</source>
        <translation>同一文件被附加了两次。</translation>
    </message>
    <message>
        <source>%1 is already attached here.</source>
        <translation>%1 已附加在此处。</translation>
    </message>
    <message>
        <source>The comment is %1 characters long; at most %2 are allowed.</source>
        <translation>评论有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>“%1” must be filled in.</source>
        <translation>必须填写“%1”。</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Citation %1: %2</source>
        <translation>引用 %1：%2</translation>
    </message>
    <message>
        <source>File %1: %2</source>
        <translation>文件 %1：%2</translation>
    </message>
    <message>
        <source>Need %1: %2</source>
        <translation>需求 %1：%2</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Backups, newest first:
%1</source>
        <translation>备份（最新的在前）：
%1</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <source>The database %1 is gone: omnibus used a database there, and the file was deleted or moved. Nothing was created in its place.</source>
        <translation>数据库 %1 已不存在：omnibus 曾在此处使用数据库，该文件已被删除或移动。未在原处创建任何文件。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: omnibus cannot read all of it, so nothing more can be saved.</source>
        <translation>数据库 %1 已损坏：omnibus 无法完整读取，因此无法再保存任何内容。</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>未能恢复备份</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finish</source>
        <translation>审查并完成</translation>
    </message>
    <message>
        <source>Double-click an entry, or select it and press Enter, to go to the question.</source>
        <translation>双击条目，或选中后按 Enter 键，即可转到该问题。</translation>
    </message>
    <message>
        <source>Questions that need attention</source>
        <translation>需要注意的问题</translation>
    </message>
    <message>
        <source>Mark as final</source>
        <translation>标记为定稿</translation>
    </message>
    <message>
        <source>Reopen for changes</source>
        <translation>重新开放以便修改</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered (%3 %).</source>
        <translation>已回答 %1 / %2 个问题（%3 %）。</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) still unanswered.</source>
        <translation>
            <numerusform>尚有 %n 个必答问题未回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment is final.</source>
        <translation>评估已定稿。</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>没有需要注意的事项。</translation>
    </message>
    <message>
        <source>Everything required is answered: the assessment can now be marked as final.</source>
        <translation>所有必答题均已回答：现在可以将评估标记为定稿。</translation>
    </message>
    <message>
        <source>The assessment cannot be marked as final yet.</source>
        <translation>评估尚不能标记为定稿。</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) are unanswered.</source>
        <translation>
            <numerusform>有 %n 个必答问题未回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) have errors to correct.</source>
        <translation>
            <numerusform>有 %n 个答复存在需要更正的错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed above; fix them, then mark the assessment as final again.</source>
        <translation>这些问题已在上方列出；请先处理，然后再次将评估标记为定稿。</translation>
    </message>
    <message>
        <source>Mark the assessment as final?</source>
        <translation>将评估标记为定稿？</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still unanswered, none of them required.</source>
        <translation>
            <numerusform>仍有 %n 个问题未回答，均非必答题。</numerusform>
        </translation>
    </message>
    <message>
        <source>A final assessment can no longer be changed unless it is reopened; it is what the response package hands in.</source>
        <translation>定稿的评估除非重新开放，否则无法再修改；答复数据包提交的正是它。</translation>
    </message>
</context>
<context>
    <name>ServiceRefusals</name>
    <message>
        <source>the reporting cycle must be a year, such as %1, or a range of years, such as %2, and come after the cycle of the assessment it starts from</source>
        <translation>报告周期必须是一个年份（如 %1）或一个年份范围（如 %2），并且晚于其所依据的评估的周期</translation>
    </message>
    <message>
        <source>the assessment cannot be made final yet: %1 required questions are unanswered and %2 other problems are to be fixed</source>
        <translation>评估尚不能定稿：%1 个必答问题未回答，另有 %2 个问题需要修正</translation>
    </message>
    <message>
        <source>the assessment is final; reopen it to change it</source>
        <translation>评估已定稿；如需修改，请重新开放</translation>
    </message>
    <message>
        <source>the country already has an assessment of this questionnaire for this reporting cycle</source>
        <translation>该国在此报告周期已有此问卷的评估</translation>
    </message>
    <message>
        <source>the two are not editions of the same questionnaire</source>
        <translation>两者不是同一问卷的版本</translation>
    </message>
    <message>
        <source>what it needs cannot be found (an assessment, a questionnaire or a file removed in the meantime?)</source>
        <translation>找不到所需的内容（评估、问卷或文件是否已被删除？）</translation>
    </message>
    <message>
        <source>the country is not known; choose it from the list</source>
        <translation>国家未知；请从列表中选择</translation>
    </message>
    <message>
        <source>some of the answers were refused; nothing was saved</source>
        <translation>部分回答被拒绝；未保存任何内容</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Sign off a section</source>
        <translation>核准一个部分</translation>
    </message>
    <message>
        <source>Section:</source>
        <translation>部分：</translation>
    </message>
    <message>
        <source>Approved by (name):</source>
        <translation>核准人（姓名）：</translation>
    </message>
    <message>
        <source>Function:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Write the name of the person who approved the section.</source>
        <translation>请填写核准该部分的人员姓名。</translation>
    </message>
    <message>
        <source>Not signed off: %1</source>
        <translation>未核准：%1</translation>
    </message>
</context>
<context>
    <name>SigningKeyForm</name>
    <message>
        <source>&amp;Passphrase of the signing key:</source>
        <translation>签名密钥的口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>再次输入口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>签名密钥的口令</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>显示口令</translation>
    </message>
    <message>
        <source>Forgotten the passphrase? Nobody can recover it, not even the Secretariat. Create a new signing key instead: the next package is signed with it, and you must tell the Secretariat its new fingerprint by an official channel (letter, telephone or in person), or it cannot trust the package.</source>
        <translation>忘记了口令？任何人都无法找回，秘书处也不能。请改为创建新的签名密钥：下一个数据包将用它签名，您必须通过正式渠道（信函、电话或当面）将其新指纹告知秘书处，否则秘书处无法信任该数据包。</translation>
    </message>
    <message>
        <source>Create a new signing key…</source>
        <translation>创建新的签名密钥…</translation>
    </message>
    <message>
        <source>Type the passphrase of the signing key (at least %1 characters).</source>
        <translation>请输入签名密钥的口令（至少 %1 个字符）。</translation>
    </message>
    <message>
        <source>Type the same passphrase again in the second field.</source>
        <translation>请在第二个输入框中再次输入相同的口令。</translation>
    </message>
    <message>
        <source>The next package creates a new signing key in place of %1. Choose a new passphrase of at least %2 characters and keep it safe.</source>
        <translation>下一个数据包将创建新的签名密钥以取代 %1。请选择至少 %2 个字符的新口令并妥善保管。</translation>
    </message>
    <message>
        <source>The first package creates this computer&apos;s signing key. Choose a passphrase of at least %1 characters and keep it safe: it is asked for every package.</source>
        <translation>创建第一个数据包时将生成本计算机的签名密钥。请选择至少 %1 个字符的口令并妥善保管：每次创建数据包时都需要输入。</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key: %1</source>
        <translation>本计算机的签名密钥：%1</translation>
    </message>
    <message>
        <source>Create a new signing key</source>
        <translation>创建新的签名密钥</translation>
    </message>
    <message>
        <source>The present signing key will be replaced by a new one when the next package is created. Packages signed with the new key are trusted only once the Secretariat has its fingerprint: send it by an official channel.</source>
        <translation>创建下一个数据包时，当前签名密钥将被新密钥取代。只有在秘书处收到新密钥的指纹后，用它签名的数据包才会被信任：请通过正式渠道发送指纹。</translation>
    </message>
    <message>
        <source>Use a new key</source>
        <translation>使用新密钥</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Cycle %1 · %2 · last change %3</source>
        <translation>周期 %1 · %2 · 最近修改 %3</translation>
    </message>
    <message>
        <source>Every assessment in this database is archived: tick “Show archived”.</source>
        <translation>此数据库中的所有评估均已归档：请勾选“显示已归档”。</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Archived: %1. Tick “Show archived” to see it again.</source>
        <translation>已归档：%1。勾选“显示已归档”可再次查看。</translation>
    </message>
    <message>
        <source>Back in the list: %1.</source>
        <translation>已回到列表中：%1。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未作任何更改：%1</translation>
    </message>
    <message>
        <source>Delete the assessment?</source>
        <translation>删除该评估？</translation>
    </message>
    <message>
        <source>Delete this assessment and all its answers?

%1</source>
        <translation>删除此评估及其所有答案？

%1</translation>
    </message>
    <message>
        <source>A backup of the database is made first: “Restore from a backup…” brings the assessment back.</source>
        <translation>系统会先备份数据库：“从备份恢复…”可找回该评估。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The assessment was not deleted: %1</source>
        <translation>评估未被删除：%1</translation>
    </message>
    <message>
        <source>Deleted: %1. A backup of the database made just before is %2.</source>
        <translation>已删除：%1。删除前所做的数据库备份位于 %2。</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. The database as it was before is in %2.</source>
        <translation>已恢复 %1 的备份。恢复前的数据库保存在 %2。</translation>
    </message>
    <message>
        <source>Self-assessment checklist</source>
        <translation>自评清单</translation>
    </message>
    <message>
        <source>United Nations Convention against Transnational Organized Crime and the Protocols thereto. Every answer is saved as you go; you can stop at any time and continue later.</source>
        <translation>《联合国打击跨国有组织犯罪公约》及其议定书。每个答复都会随时保存；您可以随时停下，稍后继续。</translation>
    </message>
    <message>
        <source>Continue an assessment</source>
        <translation>继续评估</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>此数据库中的评估</translation>
    </message>
    <message>
        <source>There is no assessment in this database yet. Start one on the right.</source>
        <translation>此数据库中尚无评估。请在右侧开始新的评估。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Open another database file…</source>
        <translation>打开其他数据库文件…</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the disk holding %1 is full; free some space and try again (nothing saved was lost)</source>
        <translation>存放 %1 的磁盘已满；请释放一些空间后重试（已保存的内容没有丢失）</translation>
    </message>
    <message>
        <source>%1 cannot be written (it is read-only or on read-only media)</source>
        <translation>无法写入 %1（该文件为只读或位于只读介质上）</translation>
    </message>
    <message>
        <source>%1 is busy in another program; try again</source>
        <translation>%1 正被其他程序占用；请重试</translation>
    </message>
    <message>
        <source>%1 cannot be found; was it moved or removed?</source>
        <translation>找不到 %1；是否已被移动或删除？</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 已损坏</translation>
    </message>
    <message>
        <source>the disk holding %1 reported an input/output error; was it removed?</source>
        <translation>存放 %1 的磁盘报告了输入/输出错误；是否已被拔出？</translation>
    </message>
    <message>
        <source>%1 is already open in another omnibus window or command; close that one first</source>
        <translation>%1 已在另一个 omnibus 窗口或命令中打开；请先将其关闭</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of omnibus; update omnibus to open it</source>
        <translation>%1 由更新版本的 omnibus 写入；请更新 omnibus 后再打开</translation>
    </message>
    <message>
        <source>%1 is not an omnibus database (another program&apos;s file?); it was left as it is</source>
        <translation>%1 不是 omnibus 数据库（是其他程序的文件？）；已保持原样</translation>
    </message>
    <message>
        <source>there is no backup %1</source>
        <translation>没有备份 %1</translation>
    </message>
    <message>
        <source>%1 is not a sound backup that this version of omnibus can open; choose another one</source>
        <translation>%1 不是此版本 omnibus 能打开的完好备份；请选择另一个</translation>
    </message>
    <message>
        <source>no backup could be written into %1</source>
        <translation>无法在 %1 中写入备份</translation>
    </message>
    <message>
        <source>%1 was removed or replaced while omnibus had it open, so this change was not saved; put the file back (or restore its newest backup) and open it again</source>
        <translation>%1 在 omnibus 打开期间被删除或替换，因此此更改未保存；请将文件放回（或恢复其最新备份）后重新打开</translation>
    </message>
    <message>
        <source>%1 is on read-only media and was written by another version of omnibus; copy it to a folder you can write to and open it there</source>
        <translation>%1 位于只读介质上，且由其他版本的 omnibus 写入；请将其复制到可写入的文件夹并在那里打开</translation>
    </message>
    <message>
        <source>%1 could not be closed cleanly, so nothing was restored</source>
        <translation>%1 未能正常关闭，因此未恢复任何内容</translation>
    </message>
    <message>
        <source>%1 is closed; open it again</source>
        <translation>%1 已关闭；请重新打开</translation>
    </message>
    <message>
        <source>the questionnaire this assessment was answered in is missing from %1</source>
        <translation>%1 中缺少此评估所用的问卷</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. This database is on read-only media: copy the database to a folder you can write to, then open the copy with “Open another database file…” in the File menu.</source>
        <translation>您的最近一次修改未能保存：%1。此数据库位于只读介质上：请将数据库复制到您可以写入的文件夹，然后通过“文件”菜单中的“打开其他数据库文件…”打开该副本。</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1. It is still on the screen. Check that the disk or USB stick is connected and has free space, then press “Try again”.</source>
        <translation>您的最近一次修改未能保存：%1。修改内容仍在屏幕上。请检查磁盘或 U 盘是否已连接且有可用空间，然后点击“重试”。</translation>
    </message>
</context>
<context>
    <name>TaNeedsWidget</name>
    <message>
        <source>Type of assistance:</source>
        <translation>援助类型：</translation>
    </message>
    <message>
        <source>Subtype:</source>
        <translation>子类型：</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <source>What is needed:</source>
        <translation>所需内容：</translation>
    </message>
    <message>
        <source>Choose the type of assistance for each need.</source>
        <translation>请为每项需求选择援助类型。</translation>
    </message>
    <message>
        <source>Add a need</source>
        <translation>添加需求</translation>
    </message>
    <message>
        <source>No technical assistance need recorded.</source>
        <translation>未记录技术援助需求。</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>The question&apos;s instruments</source>
        <translation>该问题所涉文书</translation>
    </message>
    <message>
        <source>Convention (UNTOC)</source>
        <translation>公约</translation>
    </message>
    <message>
        <source>Trafficking in Persons Protocol</source>
        <translation>贩运人口议定书</translation>
    </message>
    <message>
        <source>Smuggling of Migrants Protocol</source>
        <translation>偷运移民议定书</translation>
    </message>
    <message>
        <source>Firearms Protocol</source>
        <translation>枪支议定书</translation>
    </message>
    <message>
        <source>In general terms (no particular type)</source>
        <translation>笼统提出（无具体类型）</translation>
    </message>
    <message>
        <source>Say what assistance is needed.</source>
        <translation>请说明需要何种援助。</translation>
    </message>
</context>
<context>
    <name>TableWidget</name>
    <message>
        <source>Add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Row %1, %2: enter a number.</source>
        <translation>第 %1 行，%2：请输入数字。</translation>
    </message>
</context>
<context>
    <name>TrainingBand</name>
    <message>
        <source>TRAINING — not an official submission</source>
        <translation>培训练习 — 非正式提交</translation>
    </message>
</context>
<context>
    <name>TrainingMenu</name>
    <message>
        <source>&amp;Training</source>
        <translation>培训(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trainer&apos;s guide</source>
        <translation>培训师指南(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sample assessments of a fictional State</source>
        <translation>虚构国家的样本评估(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>空白(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Half answered, with mistakes to find</source>
        <translation>答了一半，有待发现的错误(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>完整(&amp;C)</translation>
    </message>
    <message>
        <source>Carried &amp;forward to the next cycle</source>
        <translation>结转至下一周期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Class results…</source>
        <translation>学员成果(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reset this laptop for the next group…</source>
        <translation>为下一组重置本笔记本电脑(&amp;R)…</translation>
    </message>
    <message>
        <source>The samples could not be made</source>
        <translation>无法创建样本</translation>
    </message>
    <message>
        <source>Reset this laptop for the next group</source>
        <translation>为下一组重置本笔记本电脑</translation>
    </message>
    <message>
        <source>Remove the %1 training assessments from this laptop? A backup of the database is made first.</source>
        <translation>从本笔记本电脑删除 %1 份培训评估？删除前会先备份数据库。</translation>
    </message>
    <message>
        <source>The %1 real assessments and the signing key stay untouched.</source>
        <translation>%1 份正式评估和签名密钥保持不变。</translation>
    </message>
    <message>
        <source>There is no real assessment here: the signing key goes too, and the next trainee makes a new one with the first package.</source>
        <translation>此处没有正式评估：签名密钥也会移除，下一位学员在生成第一个数据包时会创建新密钥。</translation>
    </message>
    <message>
        <source>Remove the training assessments</source>
        <translation>删除培训评估</translation>
    </message>
    <message>
        <source>The laptop could not be reset</source>
        <translation>无法重置笔记本电脑</translation>
    </message>
    <message>
        <source>%1 training assessments removed.</source>
        <translation>已删除 %1 份培训评估。</translation>
    </message>
    <message>
        <source>Backup made before: %1</source>
        <translation>事先所做的备份：%1</translation>
    </message>
    <message>
        <source>The signing key was put away in %1.</source>
        <translation>签名密钥已移至 %1。</translation>
    </message>
    <message>
        <source>Ready for the next group</source>
        <translation>已为下一组准备就绪</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>%1 is in the package but not in the signed list of its files (added).</source>
        <translation>%1 在包中，但不在其已签名的文件列表中（被添加）。</translation>
    </message>
    <message>
        <source>%1 is in the signed list of files but not in the package (removed).</source>
        <translation>%1 在已签名的文件列表中，但不在包中（被删除）。</translation>
    </message>
    <message>
        <source>%1 has been altered: it is not the file that was signed.</source>
        <translation>%1 已被改动：它不是签名时的文件。</translation>
    </message>
    <message>
        <source>The signature does not verify: the package was changed after it was signed, or its keys do not match.</source>
        <translation>签名无法验证：包在签名后被改动，或其密钥不一致。</translation>
    </message>
    <message>
        <source>The signed list of files names another signer than the key that signed it.</source>
        <translation>已签名的文件列表所写的签名者与签名所用的密钥不同。</translation>
    </message>
    <message>
        <source>Not trusted: the signing key %1 is not trusted to sign for %2.</source>
        <translation>不受信任：签名密钥 %1 不被信任代表 %2 签名。</translation>
    </message>
    <message>
        <source>Unknown questionnaire: %1, version %2.</source>
        <translation>未知问卷：%1，版本 %2。</translation>
    </message>
</context>
</TS>
