"""Opening an assessment from the start screen puts the keyboard on the first question of the page shown, whether
the respondent double-clicks it or presses Enter, not in the navigator's search field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import create_assessment


def in_first_question(window) -> bool:
    view = window.view
    page = view.pages[view.page_keys[view.current]]
    first = next(w for w in page.widgets.values() if w.isVisibleTo(page))
    return first.isAncestorOf(window.focusWidget())


def reopened(qtbot, build_app):
    window = build_app()
    create_assessment(qtbot, window)
    window.close()
    window.ctx.tasks.wait()
    window.ctx.session.close()
    return build_app()


def test_double_clicking_an_assessment_lands_on_its_first_question(qtbot, build_app):
    again = reopened(qtbot, build_app)
    listing = again.start_page.assessments
    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: again.view is not None and again.stack.currentWidget() is again.view, timeout=10000)
    qtbot.waitUntil(lambda: again.focusWidget() is not None)
    assert in_first_question(again), again.focusWidget()


def test_enter_on_an_assessment_lands_on_its_first_question(qtbot, build_app):
    again = reopened(qtbot, build_app)
    listing = again.start_page.assessments
    listing.setFocus()
    listing.setCurrentRow(0)
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.view is not None and again.stack.currentWidget() is again.view, timeout=10000)
    qtbot.waitUntil(lambda: again.focusWidget() is not None)
    assert in_first_question(again), again.focusWidget()
