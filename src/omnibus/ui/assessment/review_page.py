"""Review: every issue with a link to its question, and the "Mark as final" action."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.records import Issue
from omnibus.ui.assessment.controller import AssessmentController
from omnibus.ui.assessment.issue_text import issue_message
from omnibus.ui.bidi import isolated
from omnibus.ui.icons import COMPLETE, ISSUES, NOT_STARTED, status_icon


class ReviewPage(QWidget):
    itemChosen = Signal(str)

    def __init__(self, controller: AssessmentController, lang: str) -> None:
        super().__init__()
        self.controller, self.q, self.lang = controller, controller.questionnaire, lang
        self.setObjectName("reviewPage")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        self.heading = QLabel(textFormat=Qt.TextFormat.RichText)
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("reviewSummary")
        self.issues = QListWidget()
        self.issues.setObjectName("issueList")
        self.issues.setWordWrap(True)
        self.issues.itemActivated.connect(self._chosen)
        self.issues.itemDoubleClicked.connect(self._chosen)
        self.hint = QLabel(wordWrap=True)
        self.hint.setObjectName("hint")
        self.explanation = QLabel(wordWrap=True)
        self.explanation.setObjectName("refusal")
        self.explanation.hide()
        row = QHBoxLayout()
        self.final_button = QPushButton()
        self.final_button.setObjectName("markFinal")
        self.final_button.clicked.connect(self._mark_final)
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self._reopen)
        row.addWidget(self.final_button)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        for widget in (self.heading, self.summary, self.hint, self.issues, self.explanation):
            column.addWidget(widget)
        column.addLayout(row)
        controller.stateChanged.connect(self.refresh)
        controller.statusChanged.connect(lambda _s: self.refresh())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Review and finish") + "</h2>")
        self.hint.setText(self.tr("Double-click an entry, or select it and press Enter, to go to the question."))
        self.issues.setAccessibleName(self.tr("Questions that need attention"))
        self.final_button.setText(self.tr("Mark as final"))
        self.reopen_button.setText(self.tr("Reopen for changes"))
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        progress = c.progress
        final = c.status == "final"
        if progress is not None:
            text = self.tr("%1 of %2 questions answered (%3 %).").replace("%1", str(progress.answered))
            text = text.replace("%2", str(progress.relevant)).replace("%3", str(progress.percent))
            if progress.required_missing:
                text += " " + self.tr("%n required question(s) still unanswered.", "", progress.required_missing)
            if final:
                text += " " + self.tr("The assessment is final.")
            self.summary.setText(text)
        self.issues.clear()
        for issue in c.issues:
            self.issues.addItem(self._row(issue))
        if not c.issues:
            done = QListWidgetItem(status_icon(COMPLETE), self.tr("Nothing needs attention."))
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.issues.addItem(done)
        self.final_button.setVisible(not final)
        self.reopen_button.setVisible(final)
        if final:
            self.explanation.hide()

    def _row(self, issue: Issue) -> QListWidgetItem:
        info = self.q.items.get(issue.item_id)
        if info is not None:
            section, item = self.q.text(info.section.title, self.lang), self.q.text(info.item.label, self.lang)
            where = f"{isolated(section)} › {isolated(item)}"
        else:
            where = issue.item_id
        icon = status_icon(NOT_STARTED if issue.kind == "required" else ISSUES)
        row = QListWidgetItem(icon, f"{where}\n    {issue_message(issue)}")
        row.setData(Qt.ItemDataRole.UserRole, issue.item_id)
        row.setToolTip(issue_message(issue))
        return row

    def _chosen(self, row: QListWidgetItem) -> None:
        item_id = row.data(Qt.ItemDataRole.UserRole)
        if item_id and item_id in self.q.items:
            self.itemChosen.emit(item_id)

    def _mark_final(self) -> None:
        blocking = self.controller.mark_final()
        if blocking:
            missing = sum(1 for i in blocking if i.kind == "required")
            other = len(blocking) - missing
            parts = [self.tr("The assessment cannot be marked as final yet.")]
            if missing:
                parts.append(self.tr("%n required question(s) are unanswered.", "", missing))
            if other:
                parts.append(self.tr("%n answer(s) have errors to correct.", "", other))
            parts.append(self.tr("They are listed above; fix them, then mark the assessment as final again."))
            self.explanation.setText(" ".join(parts))
            self.explanation.show()
        else:
            self.explanation.hide()

    def _reopen(self) -> None:
        self.controller.reopen()
