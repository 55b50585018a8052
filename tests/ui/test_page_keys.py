"""Alt+Left turns back and Alt+Right forward, in English and in Arabic alike: in the assessment from a question
being answered, and in the guide window from anywhere in it, as the buttons' tooltips say. Right to left the
buttons change sides and their arrows point the other way, the keys do not (ui/page_keys.py says why)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from omnibus.ui.help import GuideDialog
from tests.ui.conftest import BuildApp, create_assessment
from tests.ui.test_guide_links import click_link

ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.parametrize(
    ("lang", "tip"),
    [("en", "Previous page (Alt+Left or Ctrl+Page Up)"), ("ar", "الصفحة السابقة (Alt+يسار أو Ctrl+Page Up)")],
)
def test_alt_left_goes_back_a_page_and_keeps_what_was_typed(
    qtbot: QtBot, build_app: BuildApp, lang: str, tip: str
) -> None:
    window = build_app(lang)
    view = create_assessment(qtbot, window)
    session = window.ctx.session
    assert session is not None
    service, aid = session.service, view.controller.id
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.page_keys[view.current] == "values"
    field = view.section_page("values").widgets["cases"].findChild(QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "42")
    qtbot.keyClick(field, Qt.Key.Key_Left, ALT)
    assert view.page_keys[view.current] == "choices"
    assert service.answers(aid)["cases"].value == 42
    qtbot.keyClick(view.stack.currentWidget(), Qt.Key.Key_Right, ALT)
    assert view.page_keys[view.current] == "values"
    back_x, next_x = (b.mapTo(window, b.rect().center()).x() for b in (view.back_button, view.next_button))
    assert (back_x > next_x) == (lang == "ar")  # Back sits on the right in Arabic; its key stays Alt+Left
    assert view.back_button.toolTip() == tip


def open_trainer_guide(qtbot: QtBot, build_app: BuildApp, lang: str) -> GuideDialog:
    window = build_app(lang)
    window.training_menu.guide_action.trigger()
    guide = window.training_menu.guide
    assert guide is not None
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    return guide


@pytest.mark.parametrize(("lang", "tip"), [("en", "Previous document (Alt+Left)"), ("ar", "المستند السابق (Alt+يسار)")])
def test_alt_left_in_the_guide_window_goes_back_from_anywhere_in_it(
    qtbot: QtBot, build_app: BuildApp, lang: str, tip: str
) -> None:
    guide = open_trainer_guide(qtbot, build_app, lang)
    click_link(qtbot, guide.browser, "collaboration.md")
    buttons = guide.findChild(QDialogButtonBox)
    assert buttons is not None
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setFocus()  # the reader tabbed to the buttons, or clicked one
    qtbot.keyClick(close, Qt.Key.Key_Left, ALT)
    assert guide.browser.source().fileName() == f"trainer-guide.{lang}.md".replace(".en.", ".")
    assert guide.isVisible() and not guide.back.isEnabled()
    qtbot.keyClick(close, Qt.Key.Key_Right, ALT)
    assert guide.browser.source().fileName() == "collaboration.md"
    assert guide.back.isEnabled() and guide.back.toolTip() == tip
    guide.browser.setFocus()  # in the document itself the keys do the same, once
    qtbot.keyClick(guide.browser, Qt.Key.Key_Left, ALT)
    assert guide.browser.source().fileName() == f"trainer-guide.{lang}.md".replace(".en.", ".")
