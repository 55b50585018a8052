"""How a document is laid out in the guide window: nothing in it is wider than the window, and a right-to-left
table reads from the right.

Qt reads a Markdown code block (the commands the trainer's guide quotes) as lines that must not break, and shows
a picture at its own size (the screenshots are as wide as a 1366-pixel screen). One line or picture wider than the
window widened the whole document, and in Arabic, whose lines start on the right, the reader then saw every line
cut off on its left and had to scroll sideways to read each one. A command that wraps is still read, and copied,
as one line; a picture narrowed to the window keeps its proportions.

Qt also lays every table's columns out from the left, whatever the language: the Arabic trainer's guide showed
its first column (the sample, the time of day) on the left, read last. Such a table's columns are put in mirror
order and the table placed on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextLength,
    QTextTable,
    QTextTableCell,
)

HANGING = 24.0  # pixels: how far a wrapped command's following lines are indented


def wrap_lines(document: QTextDocument) -> None:
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


def fit_pictures(document: QTextDocument, width: float) -> None:
    """No picture of `document` wider than what its paragraph leaves of `width` (the window's); narrower
    pictures keep their size. Called again whenever the window's width changes."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        room = QTextLength(QTextLength.Type.FixedLength, max(1.0, width - _taken(document, block)))
        pieces = block.begin()
        while not pieces.atEnd():
            piece = pieces.fragment()
            picture = piece.charFormat().toImageFormat()
            if piece.charFormat().isImageFormat() and picture.maximumWidth() != room:
                picture.setMaximumWidth(room)
                cursor.setPosition(piece.position())
                cursor.setPosition(piece.position() + piece.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(picture)
            pieces += 1
        block = block.next()
    cursor.endEditBlock()


def _taken(document: QTextDocument, block: QTextBlock) -> float:
    """The pixels of the width that the document's margins and the paragraph's indentation take."""
    form = block.blockFormat()
    listed = block.textList()
    indent = form.indent() + (listed.format().indent() if listed is not None else 0)
    return 2 * document.documentMargin() + indent * document.indentWidth() + form.leftMargin() + form.rightMargin()


def mirror_tables(document: QTextDocument) -> None:
    """Every table whose first cell is written right to left shows its first column on the right."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for table in _tables(document.rootFrame()):
        first = table.cellAt(0, 0).firstCursorPosition().block()
        if first.textDirection() != Qt.LayoutDirection.RightToLeft:
            continue  # a table read left to right
        for row in range(table.rows()):
            for column in range(table.columns() // 2):
                _swap(table, row, column, table.columns() - 1 - column)
        form = table.format()
        form.setColumnWidthConstraints(list(reversed(form.columnWidthConstraints())))
        form.setAlignment(Qt.AlignmentFlag.AlignRight)
        table.setFormat(form)
    cursor.endEditBlock()


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


def _swap(table: QTextTable, row: int, left: int, right: int) -> None:
    """Exchange the contents of two cells of a row; the right one first, so that the left one stays put."""
    leaving, arriving = _selected(table.cellAt(row, left)).selection(), _selected(table.cellAt(row, right)).selection()
    _selected(table.cellAt(row, right)).insertFragment(leaving)
    _selected(table.cellAt(row, left)).insertFragment(arriving)


def _selected(cell: QTextTableCell) -> QTextCursor:
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor
