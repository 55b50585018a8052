"""One answer from a fixed set: indicator, yes/no, yes/no/partially, single choice (a list when long)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QPushButton, QRadioButton, QWidget

from omnibus.model.records import Json
from omnibus.model.schema import ChoiceSource
from omnibus.ui.flow import FlowLayout
from omnibus.ui.items.base import ItemWidget
from omnibus.ui.items.labels import code_label, partial_label
from omnibus.ui.steady_slot import SteadySlot
from omnibus.ui.wheel_guard import guard_wheel

MAX_RADIOS = 8


class ChoiceWidget(ItemWidget):
    """Radio buttons in a wrapping row (arrow keys move between them), and a button to clear the answer.

    The first answer is the most common save, and the button appears with it: the button is a flat link, as tall
    as a line of text like the radio buttons (style.py), and its place in the row is kept while it is hidden (in a
    `SteadySlot`), so giving or clearing an answer moves nothing below the item under the respondent's eyes and
    mouse, and lays out nothing else.
    """

    def build_editor(self) -> None:
        self.codes = self.questionnaire.codes(self.item)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        holder = QWidget()
        flow = FlowLayout(holder)
        for code in self.codes:
            button = QRadioButton()
            button.setObjectName(f"choice_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            flow.addWidget(button)
        self.group.buttonClicked.connect(lambda _b: self._clicked())
        row.addWidget(holder, 1)
        self.clear_button = QPushButton(flat=True, autoDefault=False)
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.clicked.connect(self._clear)
        self.clear_button.hide()
        row.addWidget(SteadySlot(self.clear_button), 0, Qt.AlignmentFlag.AlignTop)
        self.editor.addLayout(row)

    def _choice_label(self, code: str) -> str:
        if isinstance(self.item, ChoiceSource):
            choice = next(c for c in self.questionnaire.choices(self.item) if c.code == code)
            return self.text(choice.label)
        if code == "partially" and self.item.type == "yes_no_partial":
            return partial_label()
        return code_label(code)

    def retranslate_editor(self) -> None:
        for code, button in self.buttons.items():
            button.setText(self._choice_label(code))
            button.setAccessibleName(f"{self.text(self.item.label)}: {button.text()}")
        self.clear_button.setText(self.tr("Clear answer"))
        self.clear_button.setAccessibleName(self.tr("Clear answer"))

    def _clicked(self) -> None:
        self._show_clear()
        self.commit_soon()

    def _show_clear(self) -> None:
        """Offered only when there is an answer to clear and it may be changed (not in a final assessment)."""
        self.clear_button.setVisible(self.group.checkedButton() is not None and self.isEnabled())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self._show_clear()
        super().changeEvent(event)

    def _clear(self) -> None:
        """Cleared from the keyboard, the focus goes back to the choices (the button it was on is gone)."""
        from_keyboard = self.clear_button.hasFocus()
        self.show_value(None)
        if from_keyboard:
            next(iter(self.buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        self.commit_soon()

    def current_value(self) -> Json:
        return next((code for code, b in self.buttons.items() if b.isChecked()), None)

    def show_value(self, value: Json) -> None:
        self.group.setExclusive(False)
        for code, button in self.buttons.items():
            button.setChecked(code == value)
        self.group.setExclusive(True)
        self._show_clear()


class ChoiceListWidget(ItemWidget):
    """A single choice among many: a drop-down list with an empty first entry."""

    def build_editor(self) -> None:
        assert isinstance(self.item, ChoiceSource)
        self.choices = self.questionnaire.choices(self.item)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(30)
        guard_wheel(self.combo)
        self.combo.addItem("", None)
        for choice in self.choices:
            self.combo.addItem(self.text(choice.label), choice.code)
        self.combo.activated.connect(lambda _i: self.commit_soon())
        self.editor.addWidget(self.combo)

    def retranslate_editor(self) -> None:
        self.combo.setItemText(0, self.tr("(no answer)"))
        self.combo.setAccessibleName(self.text(self.item.label))

    def current_value(self) -> Json:
        code = self.combo.currentData()  # a choice's code, or None for "(no answer)"
        return code if isinstance(code, str) else None

    def show_value(self, value: Json) -> None:
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))


def choice_widget_class(item: Any, questionnaire: Any) -> type[ItemWidget]:
    if isinstance(item, ChoiceSource) and len(questionnaire.choices(item)) > MAX_RADIOS:
        return ChoiceListWidget
    return ChoiceWidget
