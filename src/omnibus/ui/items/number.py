"""Whole numbers and decimals, typed in the respondent's habits: the separators of the interface language, spaces
between thousands, Western or Arabic digits (the rules are in `omnibus.model.numbers`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit

from omnibus.model.numbers import NumberProblem, Separators, read_number
from omnibus.model.numbers import format_number as write_number
from omnibus.model.records import Json
from omnibus.model.schema import DecimalItem, IntegerItem
from omnibus.ui.items.base import InvalidInput, ItemWidget


def separators() -> Separators:
    """The interface language's decimal mark and thousands separator (the default locale follows the language)."""
    locale = QLocale()
    return Separators(locale.decimalPoint(), locale.groupSeparator())


def parse_number(text: str, integer: bool) -> int | float | None:
    """`text` as a number in the interface language; raises NumberProblem (a ValueError) when it is not one."""
    return read_number(text, separators(), integer=integer)


def format_number(value: Any, decimals: int | None) -> str:
    return "" if value is None else write_number(value, separators(), decimals)


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

    def current_value(self) -> Json:
        try:
            number = parse_number(self.line.text(), self.integer)
        except NumberProblem as problem:
            raise InvalidInput(self._explain(problem)) from None
        if isinstance(self.item, DecimalItem) and number is not None:
            return round(float(number), self.item.decimals)
        return number

    def draft_value(self) -> Json:
        return self.line.text().strip() or None

    def _explain(self, problem: NumberProblem) -> str:
        """Why the text is not a number, in the respondent's words and with numbers written their way."""
        marks = separators()
        if problem.kind == "ambiguous":
            whole, decimal = (format_number(n, None) for n in problem.readings)
            text = self.tr("“%1” can be read two ways: for the whole number, type %2; for the decimal, type %3.")
            return text.replace("%1", problem.text.strip()).replace("%2", whole).replace("%3", decimal)
        if problem.kind == "decimal_mark":
            text = self.tr("In this language “%1” separates thousands; the decimal mark is “%2”, e.g. %3.")
            example = format_number(1.5, 1)
            return text.replace("%1", marks.group).replace("%2", marks.decimal).replace("%3", example)
        if self.integer:
            return self.tr("Enter a whole number, e.g. 12.")
        return self.tr("Enter a number, e.g. 12.5.")

    def show_value(self, value: Json) -> None:
        if isinstance(value, str):  # a draft: as it was typed
            self.line.setText(value)
            return
        decimals = None if self.integer else getattr(self.item, "decimals", 2)
        self.line.setText(format_number(value, decimals))
