"""A date, typed as YYYY-MM-DD or picked from a calendar, and written out beside it the interface language's way
("31 mars 2024"), so that the respondent sees which day the digits name."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QWidgetAction

from omnibus.model.dates import DateProblem, format_date, read_date
from omnibus.model.records import Json
from omnibus.model.schema import DateItem
from omnibus.ui.bidi import isolated
from omnibus.ui.items.base import InvalidInput, ItemWidget


def written_date(text: str) -> str:
    """The date typed in `text` as the interface language writes it ("" while it is not a whole date)."""
    try:
        value = read_date(text)
    except DateProblem:
        return ""
    return "" if value is None else isolated(format_date(value, QLocale().name()))


class DateWidget(ItemWidget):
    def build_editor(self) -> None:
        assert isinstance(self.item, DateItem)
        row = QHBoxLayout()
        self.line = QLineEdit()
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000-00-00") * 2)
        self.line.setInputMethodHints(Qt.InputMethodHint.ImhDate)
        self.line.textEdited.connect(lambda _t: self.schedule_commit())
        self.line.textChanged.connect(self._write_out)
        self.line.returnPressed.connect(self.commit)
        self.watch(self.line)
        self.pick = QPushButton()  # a push button keeps room for its menu's arrow; a tool button drew it on the word
        self.menu = QMenu(self.pick)
        self.calendar: QCalendarWidget | None = None  # built on first use: most dates are typed
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.pick.setMenu(self.menu)
        self.written = QLabel()
        self.written.setObjectName("writtenDate")
        row.addWidget(self.line)
        row.addWidget(self.pick)
        row.addWidget(self.written)
        row.addStretch(1)
        self.editor.addLayout(row)

    def retranslate_editor(self) -> None:
        self.line.setAccessibleName(self.text(self.item.label))
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.pick.setText(self.tr("Calendar…"))
        self.pick.setAccessibleName(self.tr("Pick a date from a calendar"))
        self._write_out()

    def _write_out(self) -> None:
        self.written.setText(written_date(self.line.text()))

    def _prepare_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget()
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            action = QWidgetAction(self.menu)
            action.setDefaultWidget(self.calendar)
            self.menu.addAction(action)
        date = QDate.fromString(self.line.text().strip(), Qt.DateFormat.ISODate)
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())

    def _picked(self, date: QDate) -> None:
        self.line.setText(date.toString(Qt.DateFormat.ISODate))
        self.menu.close()
        self.commit_soon()

    def current_value(self) -> Json:
        try:
            return read_date(self.line.text())
        except DateProblem as problem:
            if problem.kind == "form":
                raise InvalidInput(self.tr("Enter the date as year-month-day, e.g. 2024-03-31.")) from None
            if problem.days is None:
                text = self.tr("There is no %1: a year has twelve months.")
            else:
                text = self.tr("There is no %1: that month has %2 days.").replace("%2", str(problem.days))
            raise InvalidInput(text.replace("%1", problem.text)) from None

    def draft_value(self) -> Json:
        return self.line.text().strip() or None

    def show_value(self, value: Json) -> None:
        self.line.setText("" if value is None else str(value))
