"""In an Arabic interface, a long answer and a comment are typed from the right edge, where Arabic lines start, and
what is typed is stored as typed; in English they start at the left again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from omnibus.ui.paragraph_edit import ParagraphEdit
from tests.ui.conftest import create_assessment

ANSWER = "أُنشئت وحدة للتحقيقات المالية عام 2019"
COMMENT = "بيانات من عام 2024"


def type_arabic(widget: QWidget, text: str) -> None:
    """Key presses carrying Arabic letters, as an Arabic keyboard sends them (QTest types Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def starts_at_the_right(edit: QPlainTextEdit) -> bool:
    return edit.cursorRect().center().x() > edit.viewport().width() * 3 // 4


def test_arabic_long_answer_and_comment_start_at_the_right_and_are_stored(qtbot, build_app):
    window = build_app("ar")
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    view.show_item("description")
    widget = view.section_page("values").widgets["description"]
    edit = widget.findChild(QPlainTextEdit)
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton)
    assert starts_at_the_right(edit)  # the caret of the empty box waits where an Arabic line starts
    type_arabic(edit, ANSWER)
    qtbot.waitUntil(lambda: "description" in service.answers(aid), timeout=3000)
    assert service.answers(aid)["description"].value == ANSWER
    edit.moveCursor(edit.textCursor().MoveOperation.StartOfLine)
    assert starts_at_the_right(edit)  # the first word is at the right edge

    qtbot.mouseClick(widget.comment_button, Qt.MouseButton.LeftButton)
    comment = next(e for e in widget.findChildren(QPlainTextEdit) if e is not edit)
    assert comment.hasFocus() and starts_at_the_right(comment)
    type_arabic(comment, COMMENT)
    comment.clearFocus()  # leaving the box stores the comment at once
    qtbot.waitUntil(lambda: service.answers(aid)["description"].comment == COMMENT, timeout=3000)


def test_a_paragraph_box_follows_a_change_of_interface_direction(qtbot):
    edit = ParagraphEdit()
    qtbot.addWidget(edit)
    edit.resize(300, 80)
    edit.show()
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert starts_at_the_right(edit)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setPlainText("Data from 2024")
    edit.moveCursor(edit.textCursor().MoveOperation.StartOfLine)
    assert edit.cursorRect().center().x() < edit.viewport().width() // 4
