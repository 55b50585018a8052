"""How a guide is laid out in the guide window: every line wraps at the window's width.

Qt reads a Markdown code block (the commands the trainer's guide quotes) as lines that must not break; one such
line wider than the window widened the whole document, and in Arabic, whose lines start on the right, the reader
then saw every line cut off on its left and had to scroll sideways to read each one. A command that wraps is still
read, and copied, as one line."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

HANGING = 24.0  # pixels: how far a wrapped command's following lines are indented


def wrap_every_line(document: QTextDocument) -> None:
    """Let every block of `document` break at the window's width, in one edit (one new layout)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().nonBreakableLines():
            form = block.blockFormat()
            form.setNonBreakableLines(False)
            form.setLeftMargin(form.leftMargin() + HANGING)
            form.setTextIndent(form.textIndent() - HANGING)  # a wrapped command's next lines are indented
            cursor.setPosition(block.position())
            cursor.setBlockFormat(form)
        block = block.next()
    cursor.endEditBlock()
