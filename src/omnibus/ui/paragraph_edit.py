"""A box for paragraphs (a long answer, a comment, an excerpt) that starts where the interface's lines start.

`QPlainTextEdit` lays every paragraph out from the left, whatever the interface's direction: in Arabic the caret
of an empty box waited at the left edge, and what the respondent typed stayed there, beside right-aligned labels
and one-line fields. This box aligns its text to the leading edge of the interface, as a one-line field does, and
again when the interface's language changes direction; each paragraph keeps the direction of its own first letter,
so an English citation typed in an Arabic interface still reads left to right.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class ParagraphEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._align()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()

    def _align(self) -> None:
        edge = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        option = self.document().defaultTextOption()
        option.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute)
        self.document().setDefaultTextOption(option)
