"""A drop-down whose closed box shortens a long entry in its middle, keeping how it starts and ends.

The questionnaires' titles are longer than the start form's box in Spanish, French and Russian; Qt cuts the text
at the box's edge, which dropped the edition "(1.0)" and left a half word. Shortened in the middle the box keeps
the title's first words and the edition; the whole entry is the box's tooltip and the open list shows it whole
(each row's tooltip too, for a list wider than the screen at a large text size).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


class ElidingComboBox(QComboBox):
    """A QComboBox whose closed box draws its current text shortened to fit, with "…" in the middle."""

    def __init__(self) -> None:
        super().__init__()
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.currentTextChanged.connect(self.setToolTip)
        model = self.model()
        model.rowsInserted.connect(lambda _parent, first, last: self._tooltips(first, last))
        model.dataChanged.connect(lambda top, bottom, _roles: self._tooltips(top.row(), bottom.row()))

    def _tooltips(self, first: int, last: int) -> None:
        """Each row of the open list carries its whole text as its tooltip."""
        for row in range(first, last + 1):
            text = self.itemText(row)
            if self.itemData(row, Qt.ItemDataRole.ToolTipRole) != text:
                self.setItemData(row, text, Qt.ItemDataRole.ToolTipRole)

    def initStyleOption(self, option: QStyleOptionComboBox) -> None:
        """Qt's option for the closed box, its text shortened to the width the style gives the text."""
        super().initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, max(0, field.width() - 2)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        """What QComboBox paints, with the shortened text: the frame and arrow, then the label."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
