"""The start screen: the assessments in this database, a new one, and another database file."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import AssessmentSummary
from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.countries import country_name
from omnibus.ui.ports import Service
from omnibus.ui.start.new_form import NewAssessmentForm


class StartPage(QWidget):
    openAssessment = Signal(str)
    openDatabaseRequested = Signal()

    def __init__(self, service: Service, lang: str, recent: list[str], database: str) -> None:
        super().__init__()
        self.service, self.lang, self.recent, self.database = service, lang, recent, database
        self.titles: dict[str, str] = {}
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
        self.assessments.itemActivated.connect(self._continue)
        self.assessments.itemDoubleClicked.connect(self._continue)
        self.none_yet = QLabel(wordWrap=True)
        self.none_yet.setObjectName("hint")
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(lambda: self._continue(self.assessments.currentItem()))
        left.addWidget(self.continue_heading)
        left.addWidget(self.assessments, 1)
        left.addWidget(self.none_yet, 1)
        self.none_yet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.continue_heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        left.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignTrailing)
        right_card = QFrame()
        right_card.setObjectName("card")
        right = QVBoxLayout(right_card)
        self.form = NewAssessmentForm(service, lang)
        self.form.created.connect(self.openAssessment.emit)
        right.addWidget(self.form)
        columns.addWidget(left_card, 1)
        columns.addWidget(right_card, 1)
        self.cards = (left_card, right_card)
        outer.addLayout(columns, 1)
        bottom = QHBoxLayout()
        self.database_label = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.database_label.setObjectName("hint")
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.database_label.setToolTip(database)
        self.database_label.installEventFilter(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_database = QPushButton()
        self.open_database.clicked.connect(self.openDatabaseRequested.emit)
        bottom.addWidget(self.database_label, 1)
        bottom.addWidget(self.open_database)
        outer.addLayout(bottom)
        scroller.setWidget(body)
        self.reload()
        self.retranslate()

    def set_questionnaires(self, questionnaires: list[Questionnaire]) -> None:
        self.titles = {q.id: q.text(q.document.title, self.lang) for q in questionnaires}
        self.form.set_questionnaires(questionnaires)
        self.reload()

    def reload(self) -> None:
        summaries = self.service.list_assessments()
        rank = {assessment_id: n for n, assessment_id in enumerate(self.recent)}
        summaries.sort(key=lambda s: (rank.get(s.id, len(rank)), -s.updated.timestamp()))
        self.assessments.clear()
        for s in summaries:
            self.assessments.addItem(self._row(s))
        if summaries:
            self.assessments.setCurrentRow(0)
        self.assessments.setVisible(bool(summaries))
        self.none_yet.setVisible(not summaries)
        self.continue_button.setEnabled(bool(summaries))
        self.form.set_previous(summaries)

    def _row(self, s: AssessmentSummary) -> QListWidgetItem:
        title = self.titles.get(s.questionnaire_id, s.questionnaire_id)
        status = self.tr("Final") if s.status == "final" else self.tr("Draft")
        training = " · " + self.tr("Training") if s.training else ""
        updated = s.updated.astimezone().strftime("%Y-%m-%d %H:%M")
        text = f"{isolated(country_name(s.country, self.lang))} — {isolated(title)}\n"
        text += self.tr("Cycle %1 · %2 · last change %3").replace("%1", s.cycle or "—").replace("%2", status)
        row = QListWidgetItem(text.replace("%3", updated) + training)
        row.setData(Qt.ItemDataRole.UserRole, s.id)
        return row

    def _continue(self, row: QListWidgetItem | None) -> None:
        if row is not None:
            self.openAssessment.emit(row.data(Qt.ItemDataRole.UserRole))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
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
        self.none_yet.setText(self.tr("There is no assessment in this database yet. Start one on the right."))
        self.continue_button.setText(self.tr("Continue"))
        self.open_database.setText(self.tr("Open another database file…"))
        self._show_database()

    def _show_database(self) -> None:
        """The database's path, shortened in its middle to the width there is (in full in the tooltip)."""
        text = self.tr("Database: %1")
        metrics = self.database_label.fontMetrics()
        room = self.database_label.width() - metrics.horizontalAdvance(text.replace("%1", left_to_right("")))
        path = metrics.elidedText(self.database, Qt.TextElideMode.ElideMiddle, max(room, 0))
        self.database_label.setText(text.replace("%1", left_to_right(path)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.database_label and event.type() == QEvent.Type.Resize:
            self._show_database()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        left, right = (card.minimumSizeHint().width() for card in self.cards)
        margins = self.outer.contentsMargins()
        side_by_side = left + right + self.columns.spacing() + margins.left() + margins.right() <= event.size().width()
        direction = QBoxLayout.Direction
        self.columns.setDirection(direction.LeftToRight if side_by_side else direction.TopToBottom)
        super().resizeEvent(event)
