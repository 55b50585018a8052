"""The start screen: the assessments in this database (continue, archive, delete), a new one, restoring a backup,
and another database file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.countries import country_name
from omnibus.model.dates import format_moment
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.receipt_records import StoredReceipt
from omnibus.model.records import AssessmentSummary
from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.path_text import readable_path
from omnibus.ui.ports import Service, ServiceError, StorageError
from omnibus.ui.receipt_text import receipt_sentence
from omnibus.ui.service_text import refusal_words
from omnibus.ui.start.new_form import NewAssessmentForm


class StartPage(FollowsLanguage, QWidget):
    openAssessment = Signal(str)
    openDatabaseRequested = Signal()
    assessmentDeleted = Signal(str)  # its id: the window forgets it (recent list, last page)
    databaseRestored = Signal()  # every assessment may have changed: an open one is closed

    def __init__(self, service: Service, lang: str, recent: list[str], database: str) -> None:
        super().__init__()
        self.database_label = QLabel(textFormat=Qt.TextFormat.PlainText)  # first: the event filter below watches it
        self.service, self.lang, self.recent, self.database = service, lang, recent, database
        self.titles: dict[str, str] = {}
        self.summaries: dict[str, AssessmentSummary] = {}
        self.receipts: dict[str, StoredReceipt] = {}  # per assessment, the Secretariat's latest receipt
        self.hidden = 0  # archived assessments not shown
        self.setObjectName("startPage")
        # At the largest text sizes the two cards go one above the other and the page scrolls: the window never
        # grows past the screen (the main window is as wide as its widest page, shown or not).
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("startBody")
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroller)
        self.outer = outer = QVBoxLayout(body)
        outer.setContentsMargins(28, 20, 28, 16)
        self.welcome = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.welcome.setObjectName("welcome")
        outer.addWidget(self.welcome)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(24)
        left_card = QFrame()
        left_card.setObjectName("card")
        left = QVBoxLayout(left_card)
        self.continue_heading = QLabel(textFormat=Qt.TextFormat.RichText)
        self.assessments = QListWidget()
        self.assessments.setObjectName("assessmentList")
        # Long titles wrap (French, Spanish, Russian ones did not fit and hid behind a sideways scroll bar)
        self.assessments.setWordWrap(True)
        self.assessments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.assessments.setResizeMode(QListView.ResizeMode.Adjust)
        self.assessments.itemActivated.connect(self._continue)
        self.assessments.itemDoubleClicked.connect(self._continue)
        self.none_yet = QLabel(wordWrap=True)
        self.none_yet.setObjectName("hint")
        self.assessments.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.assessments.customContextMenuRequested.connect(self._context_menu)
        self.assessments.currentItemChanged.connect(lambda _now, _before: self._update_buttons())
        self.assessments.installEventFilter(self)  # the Delete key asks to delete the chosen assessment
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(lambda: self._continue(self.assessments.currentItem()))
        self.archive_button, self.delete_button = QPushButton(), QPushButton()
        self.archive_button.setObjectName("archiveButton")
        self.delete_button.setObjectName("deleteButton")
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete_current)
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.notice = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.notice.setObjectName("hint")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        left.addWidget(self.continue_heading)
        left.addWidget(self.assessments, 1)
        left.addWidget(self.none_yet, 1)
        left.addWidget(self.notice)
        self.none_yet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.continue_heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        actions = QHBoxLayout()
        actions.addWidget(self.show_archived)
        actions.addStretch(1)
        for button in (self.archive_button, self.delete_button, self.continue_button):
            actions.addWidget(button)
        left.addLayout(actions)
        right_card = QFrame()
        right_card.setObjectName("card")
        right = QVBoxLayout(right_card)
        self.form = NewAssessmentForm(service, lang, Path(database))
        self.form.created.connect(self.openAssessment.emit)
        right.addWidget(self.form)
        columns.addWidget(left_card, 1)
        columns.addWidget(right_card, 1)
        self.cards = (left_card, right_card)
        outer.addLayout(columns, 1)
        bottom = QHBoxLayout()
        self.database_label.setObjectName("hint")
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.database_label.setToolTip(database)
        self.database_label.installEventFilter(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_database = QPushButton()
        self.open_database.clicked.connect(self.openDatabaseRequested.emit)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_from_backup)
        bottom.addWidget(self.database_label, 1)
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.open_database)
        outer.addLayout(bottom)
        scroller.setWidget(body)
        self.reload()
        self.retranslate()

    def set_questionnaires(self, questionnaires: list[Questionnaire]) -> None:
        """The questionnaires have been loaded: the form offers them, and the assessments listed are named by their
        titles, from the list already read (the store is not read again for a title)."""
        self.titles = {q.id: q.text(q.document.title, self.lang) for q in questionnaires}
        self.form.set_questionnaires(questionnaires)
        for n in range(self.assessments.count()):
            row = self.assessments.item(n)
            row.setText(self.entry_text(self.summaries[row.data(Qt.ItemDataRole.UserRole)]))
        self.form.set_previous(list(self.form.previous.values()))

    def reload(self) -> None:
        everything = self.service.list_assessments()
        current = self.current_id()
        summaries = [s for s in everything if self.show_archived.isChecked() or s.archived is None]
        rank = {assessment_id: n for n, assessment_id in enumerate(self.recent)}
        summaries.sort(key=lambda s: (rank.get(s.id, len(rank)), -s.updated.timestamp()))
        self.summaries = {s.id: s for s in summaries}
        self.receipts = self.service.latest_receipts()
        self.assessments.clear()
        for s in summaries:
            self.assessments.addItem(self._row(s))
        if summaries:
            ids = [s.id for s in summaries]
            self.assessments.setCurrentRow(ids.index(current) if current in ids else 0)
        self.assessments.setVisible(bool(summaries))
        self.none_yet.setVisible(not summaries)
        self.hidden = len(everything) - len(summaries)
        self._empty_text()
        self.form.set_previous([s for s in everything if s.archived is None])
        self._update_buttons()

    def _row(self, s: AssessmentSummary) -> QListWidgetItem:
        row = QListWidgetItem(self.entry_text(s))
        row.setData(Qt.ItemDataRole.UserRole, s.id)
        return row

    def entry_text(self, s: AssessmentSummary) -> str:
        """Two lines that tell assessments apart: country and questionnaire; cycle, status, last change; and a third
        with the Secretariat's receipt once one is stored."""
        title = self.titles.get(s.questionnaire_id, s.questionnaire_id)
        status = self.tr("Final") if s.status == "final" else self.tr("Draft")
        flags = " · " + self.tr("Training") if s.training else ""
        flags += " · " + self.tr("Archived") if s.archived else ""
        updated = isolated(format_moment(s.updated.astimezone(), self.lang))
        text = f"{isolated(country_name(s.country, self.lang))} — {isolated(title)}\n"
        text += self.tr("Cycle %1 · %2 · last change %3").replace("%1", s.cycle or "—").replace("%2", status)
        text = text.replace("%3", updated) + flags
        receipt = self.receipts.get(s.id)
        if receipt is not None:
            text += "\n" + receipt_sentence(receipt.decision, receipt.received, receipt.reason)
        return text

    def _empty_text(self) -> None:
        if self.hidden:
            self.none_yet.setText(self.tr("Every assessment in this database is archived: tick “Show archived”."))
        else:
            self.none_yet.setText(self.tr("There is no assessment in this database yet. Start one on the right."))

    def current_id(self) -> str | None:
        row = self.assessments.currentItem()
        return None if row is None else str(row.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        chosen = self.summaries.get(self.current_id() or "")
        for button in (self.continue_button, self.archive_button, self.delete_button):
            button.setEnabled(chosen is not None)
        archived = chosen is not None and chosen.archived is not None
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))

    def _continue(self, row: QListWidgetItem | None) -> None:
        if row is not None:
            self.openAssessment.emit(row.data(Qt.ItemDataRole.UserRole))

    def _context_menu(self, position: QPoint) -> None:
        row = self.assessments.itemAt(position)
        if row is None:
            return
        self.assessments.setCurrentItem(row)
        menu = QMenu(self)
        menu.addAction(self.tr("Continue"), lambda: self._continue(row))
        menu.addAction(self.archive_button.text(), self.toggle_archived)
        menu.addAction(self.tr("Delete…"), self.delete_current)
        menu.popup(self.assessments.viewport().mapToGlobal(position))

    # -- archive, delete, restore

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def toggle_archived(self) -> None:
        chosen = self.summaries.get(self.current_id() or "")
        if chosen is None:
            return
        try:
            if chosen.archived is None:
                self.service.archive(chosen.id)
                text = self.tr("Archived: %1. Tick “Show archived” to see it again.")
                self._say(text.replace("%1", self._name(chosen)))
            else:
                self.service.unarchive(chosen.id)
                self._say(self.tr("Back in the list: %1.").replace("%1", self._name(chosen)))
        except (StorageError, ServiceError) as exc:
            self._say(self.tr("Nothing was changed: %1").replace("%1", isolated(self._why(exc))))
        self.reload()

    def delete_current(self) -> None:
        chosen = self.summaries.get(self.current_id() or "")
        if chosen is None:
            return
        question = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete the assessment?"), "", parent=self)
        question.setText(
            self.tr("Delete this assessment and all its answers?\n\n%1").replace("%1", self.entry_text(chosen))
        )
        question.setInformativeText(
            self.tr("A backup of the database is made first: “Restore from a backup…” brings the assessment back.")
        )
        delete = question.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = question.addButton(QMessageBox.StandardButton.Cancel)
        question.setDefaultButton(cancel)
        question.exec()
        if question.clickedButton() is not delete:
            return
        try:
            backup = self.service.delete_assessment(chosen.id)
        except (StorageError, ServiceError) as exc:
            self._say(self.tr("The assessment was not deleted: %1").replace("%1", isolated(self._why(exc))))
            return
        self._say(
            self.tr("Deleted: %1. A backup of the database made just before is %2.")
            .replace("%1", self._name(chosen))
            .replace("%2", readable_path(backup))
        )
        self.assessmentDeleted.emit(chosen.id)
        self.reload()

    def _why(self, error: BaseException) -> str:
        """A storage error (the change was not saved in this database) or a refusal of the service, in the interface
        language."""
        return refusal_words(error, Path(self.database))

    def restore_from_backup(self) -> None:
        from omnibus.ui.start.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.service.backups(), self.lang, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        try:
            saved = self.service.restore_backup(chosen.path)
        except (StorageError, ServiceError) as exc:
            self._say(self.tr("Nothing was restored: %1").replace("%1", isolated(self._why(exc))))
            return
        made = isolated(format_moment(chosen.made, self.lang)) if chosen.made else ""
        self._say(
            self.tr("Restored the backup of %1. The database as it was before is in %2.")
            .replace("%1", made)
            .replace("%2", readable_path(saved))
        )
        self.databaseRestored.emit()
        self.reload()

    def _name(self, s: AssessmentSummary) -> str:
        title = self.titles.get(s.questionnaire_id, s.questionnaire_id)
        return f"{country_name(s.country, self.lang)} — {title} — {s.cycle or '—'}"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.database_label and event.type() == QEvent.Type.Resize:
            self._show_database()
        if (
            watched is self.assessments
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._place_cards(self.width())
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.welcome.setText(
            "<h1>" + self.tr("Self-assessment checklist") + "</h1><p>"
            + self.tr("United Nations Convention against Transnational Organized Crime and the Protocols thereto. "
                      "Every answer is saved as you go; you can stop at any time and continue later.")
            + "</p>"
        )  # fmt: skip
        self.continue_heading.setText("<h2>" + self.tr("Continue an assessment") + "</h2>")
        self.assessments.setAccessibleName(self.tr("Assessments in this database"))
        self._empty_text()
        self.continue_button.setText(self.tr("Continue"))
        self.delete_button.setText(self.tr("Delete…"))
        self.show_archived.setText(self.tr("Show archived"))
        self.restore_button.setText(self.tr("Restore from a backup…"))
        self._update_buttons()
        self.open_database.setText(self.tr("Open another database file…"))
        self._show_database()

    def _show_database(self) -> None:
        """The database's path, shortened in its middle to the width there is (in full in the tooltip)."""
        text = self.tr("Database: %1")
        metrics = self.database_label.fontMetrics()
        room = self.database_label.width() - metrics.horizontalAdvance(text.replace("%1", left_to_right("")))
        path = metrics.elidedText(self.database, Qt.TextElideMode.ElideMiddle, max(room, 0))
        self.database_label.setText(text.replace("%1", left_to_right(path)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_cards(event.size().width())
        super().resizeEvent(event)

    def _place_cards(self, width: int) -> None:
        """Side by side when both cards fit in `width`, else one above the other; checked again when the page is
        resized and when the text size changes (the cards' widths change with it)."""
        left, right = (card.minimumSizeHint().width() for card in self.cards)
        margins = self.outer.contentsMargins()
        side_by_side = left + right + self.columns.spacing() + margins.left() + margins.right() <= width
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.outer.invalidate()
