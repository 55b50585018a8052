"""A question's frame turns red while what is typed there is wrong, and back to grey once it is corrected: the
frame kept the colour it had when the page was built (red for ever after a restart, never red for a new mistake)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tests.ui.conftest import create_assessment

RED, GREY = QColor("#b3261e"), QColor("#d9dde3")


def border(widget) -> QColor:
    """The colour drawn at the middle of the frame's top edge."""
    return widget.grab().toImage().pixelColor(widget.width() // 2, 0)


def test_the_frame_follows_the_mistake_and_its_correction(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    widget = view.section_page("values").widgets["cases"]
    view.show_item("cases")
    assert border(widget) == GREY
    qtbot.keyClicks(widget.line, "12x")
    qtbot.keyClick(widget.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cases" in service.drafts(aid), timeout=3000)
    assert border(widget) == RED
    qtbot.keyClick(widget.line, Qt.Key.Key_Backspace)
    qtbot.keyClick(widget.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cases" in service.answers(aid), timeout=3000)
    assert not widget.message.isVisible()
    assert border(widget) == GREY
