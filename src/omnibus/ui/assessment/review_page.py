"""Review: every issue with a link to its question, and the "Mark as final" action."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.records import Draft, Issue
from omnibus.ui.assessment.controller import AssessmentController
from omnibus.ui.assessment.issue_text import issue_message
from omnibus.ui.bidi import isolated
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.icons import COMPLETE, ISSUES, NOT_STARTED, status_icon


class ReviewPage(FollowsLanguage, QWidget):
    itemChosen = Signal(str)

    def __init__(self, controller: AssessmentController, lang: str, draft_problem: Callable[[Draft], str]) -> None:
        """`draft_problem` words why a draft is not an answer yet as the status line does: in today's language."""
        super().__init__()
        self.controller, self.q, self.lang = controller, controller.questionnaire, lang
        self.draft_problem = draft_problem
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
        self.confirmation: QMessageBox | None = None
        self._listed: tuple[Issue, ...] | None = None  # the issues the list shows; None: to be listed again
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

    def add_panel(self, panel: QWidget) -> None:
        """A panel under the issues and the final button, such as the overview per institution."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(panel)

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Review and finish") + "</h2>")
        self.hint.setText(self.tr("Double-click an entry, or select it and press Enter, to go to the question."))
        self.issues.setAccessibleName(self.tr("Questions that need attention"))
        self.final_button.setText(self.tr("Mark as final"))
        self.reopen_button.setText(self.tr("Reopen for changes"))
        self._listed = None  # worded again in the new language
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
        if self.isVisible():
            self._list_issues()
        self.final_button.setVisible(not final)
        self.reopen_button.setVisible(final)
        if final:
            self.explanation.hide()
        elif self.explanation.isVisibleTo(self):
            self._explain(self._blocking())  # the answers changed since the refusal: say what is true now

    def showEvent(self, event: QShowEvent) -> None:
        self._list_issues()
        super().showEvent(event)

    def _list_issues(self) -> None:
        """Every issue, a row each, listed again only when they changed and while the page is on screen: nearly
        every save changes them, and a list of a hundred unanswered questions built again behind the page being
        answered cost more than the save itself."""
        issues = tuple(self.controller.issues)
        if issues == self._listed:
            return
        self._listed = issues
        self.issues.clear()
        for issue in issues:
            self.issues.addItem(self._row(issue))
        if not issues:
            done = QListWidgetItem(status_icon(COMPLETE), self.tr("Nothing needs attention."))
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.issues.addItem(done)

    def _row(self, issue: Issue) -> QListWidgetItem:
        info = self.q.items.get(issue.item_id)
        if info is not None:
            section, item = self.q.text(info.section.title, self.lang), self.q.text(info.item.label, self.lang)
            where = f"{isolated(section)} › {isolated(item)}"
        else:
            where = issue.item_id
        icon = status_icon(NOT_STARTED if issue.kind == "required" else ISSUES)
        message = self._message(issue)
        row = QListWidgetItem(icon, f"{where}\n    {message}")
        row.setData(Qt.ItemDataRole.UserRole, issue.item_id)
        row.setToolTip(message)
        return row

    def _message(self, issue: Issue) -> str:
        """The issue in the interface language; a draft's reason as its widget or the service says it today, not
        as it was stored in the language of the day it was typed."""
        draft = self.controller.drafts.get(issue.item_id)
        if issue.kind == "draft" and draft is not None:
            issue = replace(issue, message=self.draft_problem(draft))
        return issue_message(issue, self.q, self.lang)

    def _chosen(self, row: QListWidgetItem) -> None:
        item_id = row.data(Qt.ItemDataRole.UserRole)
        if item_id and item_id in self.q.items:
            self.itemChosen.emit(item_id)

    def _blocking(self) -> list[Issue]:
        """What the service would refuse "final" for: the same rule as `mark_final` (errors only)."""
        return [i for i in self.controller.issues if i.severity == "error"]

    def _explain(self, blocking: list[Issue]) -> None:
        if not blocking:
            self.explanation.setText(
                self.tr("Everything required is answered: the assessment can now be marked as final.")
            )
            self.explanation.setProperty("severity", "ok")
        else:
            missing = sum(1 for i in blocking if i.kind == "required")
            other = len(blocking) - missing
            parts = [self.tr("The assessment cannot be marked as final yet.")]
            if missing:
                parts.append(self.tr("%n required question(s) are unanswered.", "", missing))
            if other:
                parts.append(self.tr("%n answer(s) have errors to correct.", "", other))
            parts.append(self.tr("They are listed above; fix them, then mark the assessment as final again."))
            self.explanation.setText(" ".join(parts))
            self.explanation.setProperty("severity", "error")
        self.style().unpolish(self.explanation)
        self.style().polish(self.explanation)
        self.explanation.show()

    def _confirmation_text(self) -> str:
        """What marking final means, with the share still unanswered: final is a decision, not a click."""
        progress = self.controller.progress
        lines = [self.tr("Mark the assessment as final?")]
        if progress is not None:
            unanswered = progress.relevant - progress.answered
            text = self.tr("%1 of %2 questions answered (%3 %).").replace("%1", str(progress.answered))
            lines.append(text.replace("%2", str(progress.relevant)).replace("%3", str(progress.percent)))
            if unanswered:  # asked only once nothing required is missing (`_blocking`)
                lines.append(self.tr("%n question(s) still unanswered, none of them required.", "", unanswered))
        lines.append(
            self.tr(
                "A final assessment can no longer be changed unless it is reopened; it is what the response "
                "package hands in."
            )
        )
        return "\n\n".join(lines)

    def _mark_final(self) -> None:
        blocking = self._blocking()
        if blocking:
            self._explain(blocking)
            return
        self.explanation.hide()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark as final"), self._confirmation_text(),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("confirmFinal")
        confirm = box.addButton(self.tr("Mark as final"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._confirmed(box.clickedButton() is confirm))
        self.confirmation = box
        box.open()

    def _confirmed(self, accepted: bool) -> None:
        box, self.confirmation = self.confirmation, None
        if box is not None:
            box.deleteLater()
        if not accepted:
            return
        blocking = self.controller.mark_final()
        if blocking:
            self._explain(blocking)
        else:
            self.explanation.hide()

    def _reopen(self) -> None:
        self.controller.reopen()
