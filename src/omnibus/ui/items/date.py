"""A date, typed as YYYY-MM-DD or picked from a calendar."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidgetAction

from omnibus.model.dates import DateProblem, read_date
from omnibus.model.records import Json
from omnibus.model.schema import DateItem
from omnibus.ui.items.base import InvalidInput, ItemWidget


class DateWidget(ItemWidget):
    def build_editor(self) -> None:
        assert isinstance(self.item, DateItem)
        row = QHBoxLayout()
        self.line = QLineEdit()
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0000-00-00") * 2)
        self.line.setInputMethodHints(Qt.InputMethodHint.ImhDate)
        self.line.textEdited.connect(lambda _t: self.schedule_commit())
        self.line.returnPressed.connect(self.commit)
        self.watch(self.line)
        self.pick = QToolButton()
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.pick)
        self.calendar: QCalendarWidget | None = None  # built on first use: most dates are typed
        self.menu.aboutToShow.connect(self._prepare_calendar)
        self.pick.setMenu(self.menu)
        row.addWidget(self.line)
        row.addWidget(self.pick)
        row.addStretch(1)
        self.editor.addLayout(row)

    def retranslate_editor(self) -> None:
        self.line.setAccessibleName(self.text(self.item.label))
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.pick.setText(self.tr("Calendar…"))
        self.pick.setAccessibleName(self.tr("Pick a date from a calendar"))

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
