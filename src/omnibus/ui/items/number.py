"""Whole numbers and decimals, typed in the respondent's habits (comma or point, Western or Arabic digits)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit

from omnibus.model.schema import DecimalItem, IntegerItem
from omnibus.ui.items.base import InvalidInput, ItemWidget


def parse_number(text: str, integer: bool) -> int | float | None:
    """`text` as a number; Python reads any Unicode decimal digits, so Arabic-Indic digits work too."""
    cleaned = re.sub(r"[\s\u00a0\u202f'\u066c]", "", text)
    if not cleaned:
        return None
    cleaned = cleaned.replace("\u066b", ".").replace(",", ".")
    if integer:
        return int(cleaned)
    return float(cleaned)


def format_number(value: Any, decimals: int | None) -> str:
    if value is None:
        return ""
    if decimals is None:
        return str(int(value))
    text = f"{float(value):.{decimals}f}".rstrip("0").rstrip(".") if decimals else str(round(value))
    if QLocale().decimalPoint() == ",":
        text = text.replace(".", ",")
    return text


class NumberWidget(ItemWidget):
    def build_editor(self) -> None:
        assert isinstance(self.item, IntegerItem | DecimalItem)
        self.integer = isinstance(self.item, IntegerItem)
        row = QHBoxLayout()
        self.line = QLineEdit()
        self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("0") * 22)
        self.line.textEdited.connect(lambda _t: self.schedule_commit())
        self.line.returnPressed.connect(self.commit)
        self.watch(self.line)
        row.addWidget(self.line)
        self.unit = QLabel(self.text(self.item.unit)) if self.item.unit else None
        if self.unit is not None:
            row.addWidget(self.unit)
        row.addStretch(1)
        self.editor.addLayout(row)

    def retranslate_editor(self) -> None:
        self.line.setAccessibleName(self.text(self.item.label))
        self.line.setPlaceholderText(self.tr("A whole number") if self.integer else self.tr("A number"))

    def current_value(self) -> Any:
        try:
            number = parse_number(self.line.text(), self.integer)
        except ValueError:
            raise InvalidInput(
                self.tr("Enter a whole number, e.g. 12.") if self.integer else self.tr("Enter a number, e.g. 12.5.")
            ) from None
        if isinstance(self.item, DecimalItem) and number is not None:
            return round(float(number), self.item.decimals)
        return number

    def draft_value(self) -> Any:
        return self.line.text().strip() or None

    def show_value(self, value: Any) -> None:
        if isinstance(value, str):  # a draft: as it was typed
            self.line.setText(value)
            return
        decimals = None if self.integer else getattr(self.item, "decimals", 2)
        self.line.setText(format_number(value, decimals))
