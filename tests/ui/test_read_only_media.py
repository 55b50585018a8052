"""A database on read-only media (a CD, a locked USB stick): a change cannot be saved, and the banner says what will
help (a copy in a folder that can be written), not to check for free space and try again, which never would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from tests.ui.conftest import create_assessment, reopen_on_read_only_media


def test_a_change_on_read_only_media_is_said_with_what_to_do_and_no_retry(qtbot, build_app, monkeypatch):
    window = build_app()
    view = create_assessment(qtbot, window)
    aid = view.controller.id
    reopen_on_read_only_media(window, monkeypatch)
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    view = window.view
    widget = view.section_page("choices").widgets["criminalised"]
    radio = widget.findChild(QRadioButton, "choice_not_in_place")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert view.banner.isVisibleTo(view)
    assert "copy the database to a folder you can write to" in view.banner.text.text()
    assert "free space" not in view.banner.text.text()
    assert not view.banner.retry.isVisibleTo(view)
    assert "criminalised" not in window.ctx.session.service.answers(aid)
