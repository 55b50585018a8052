"""Citations of legislation: act, article, date, reference or URL, excerpt.

A citation without its title or with a date not written year-month-day is refused here, in the interface
language and at the field concerned; it is kept as a draft meanwhile (see `ItemWidget.draft_value`).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QLineEdit

from omnibus.model.records import Json
from omnibus.ui.items.base import InvalidInput
from omnibus.ui.items.repeat import Entry, EntryListWidget
from omnibus.ui.items.text import show_from_start
from omnibus.ui.paragraph_edit import ParagraphEdit

_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("LegislationWidget", "Title of the act:")),
    ("article", QT_TRANSLATE_NOOP("LegislationWidget", "Article(s):")),
    ("date", QT_TRANSLATE_NOOP("LegislationWidget", "Date (YYYY-MM-DD):")),
    ("reference", QT_TRANSLATE_NOOP("LegislationWidget", "Reference or web address:")),
)
_EXCERPT = QT_TRANSLATE_NOOP("LegislationWidget", "Excerpt:")


class LegislationEntry(Entry):
    def __init__(self, owner: EntryListWidget) -> None:
        super().__init__(owner)
        self.fields: dict[str, QLineEdit] = {}
        for key, label in _FIELDS:
            field = QLineEdit()
            field.setObjectName(f"legislation_{key}")
            field.textEdited.connect(lambda _t: self.changed.emit())
            self.fields[key] = field
            self.add_row(label, field, key)
        self.excerpt = ParagraphEdit()
        self.excerpt.setObjectName("legislation_excerpt")
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(self.excerpt.fontMetrics().lineSpacing() * 3 + 14)
        self.excerpt.textChanged.connect(self.changed.emit)
        self.add_row(_EXCERPT, self.excerpt, "excerpt")
        self.finish()

    def value(self) -> dict[str, str] | None:
        value = self.draft()
        if value is None:
            return None
        if "title" not in value:
            message = QCoreApplication.translate("LegislationWidget", "the title of the act is missing.")
            raise InvalidInput(message, ("title",))
        date = value.get("date")
        if date is not None and (len(date) != 10 or not QDate.fromString(date, Qt.DateFormat.ISODate).isValid()):
            message = QCoreApplication.translate(
                "LegislationWidget", "the date must be written year-month-day, e.g. 2010-03-12, not %1."
            )
            raise InvalidInput(message.replace("%1", date), ("date",))
        return value

    def draft(self) -> dict[str, str] | None:
        texts = {key: field.text().strip() for key, field in self.fields.items()}
        texts["excerpt"] = self.excerpt.toPlainText().strip()
        if not any(texts.values()):
            return None
        return {key: text for key, text in texts.items() if text}

    def set_value(self, value: Mapping[str, Json]) -> None:
        for key, field in self.fields.items():
            show_from_start(field, str(value.get(key) or ""))
        self.excerpt.setPlainText(str(value.get("excerpt") or ""))


class LegislationWidget(EntryListWidget):
    entry_class = LegislationEntry

    def add_text(self) -> str:
        return self.tr("Add legislation")

    def empty_text(self) -> str:
        return self.tr("No legislation cited yet.")

    def entry_problem(self, number: int, message: str) -> str:
        return self.tr("Citation %1: %2").replace("%1", str(number)).replace("%2", message)
