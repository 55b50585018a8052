"""Citations of legislation: act, article, date, reference or URL, excerpt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from omnibus.ui.items.repeat import Entry, EntryListWidget

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
        self.excerpt = QPlainTextEdit()
        self.excerpt.setObjectName("legislation_excerpt")
        self.excerpt.setTabChangesFocus(True)
        self.excerpt.setFixedHeight(self.excerpt.fontMetrics().lineSpacing() * 3 + 14)
        self.excerpt.textChanged.connect(self.changed.emit)
        self.add_row(_EXCERPT, self.excerpt, "excerpt")
        self.finish()

    def value(self) -> dict[str, Any] | None:
        texts = {key: field.text().strip() for key, field in self.fields.items()}
        texts["excerpt"] = self.excerpt.toPlainText().strip()
        if not any(texts.values()):
            return None
        return {key: text for key, text in texts.items() if text}

    def set_value(self, value: dict[str, Any]) -> None:
        for key, field in self.fields.items():
            field.setText(str(value.get(key) or ""))
        self.excerpt.setPlainText(str(value.get("excerpt") or ""))


class LegislationWidget(EntryListWidget):
    entry_class = LegislationEntry

    def add_text(self) -> str:
        return self.tr("Add legislation")

    def empty_text(self) -> str:
        return self.tr("No legislation cited yet.")
