"""After "Add a citation" or "Add a need", the keyboard is in the new entry's first field: what the respondent types
next is its title (a space typed on the button used to add a second, empty citation, and the words were lost)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from tests.ui.conftest import create_assessment


def test_typing_after_add_citation_fills_its_title_and_is_stored(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    view.show_item("laws")
    widget = view.section_page("sources").widgets["laws"]
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.entries[0].isVisible())  # the new citation appears
    qtbot.keyClicks(window.focusWidget(), "Penal Code")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # on to the article: leaving the title stores it
    qtbot.waitUntil(lambda: "laws" in service.answers(aid), timeout=3000)
    assert len(widget.entries) == 1
    assert service.answers(aid)["laws"].value == [{"title": "Penal Code"}]
    assert window.focusWidget() is widget.entries[0].fields["article"]


def test_add_need_puts_the_keyboard_on_the_type_of_assistance(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    view.show_item("needs")
    widget = view.section_page("sources").widgets["needs"]
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    focused = window.focusWidget()
    assert isinstance(focused, QComboBox) and widget.entries[0].isAncestorOf(focused)
