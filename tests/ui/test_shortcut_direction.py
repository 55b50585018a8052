"""In an Arabic menu a shortcut reads as it is pressed, "Ctrl++" with Ctrl on its left, not "++Ctrl"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionMenuItem


def _drawn_shortcut(menu, action) -> str:
    """The shortcut the menu draws beside the action's text (after the tab, as Qt's styles draw it)."""
    option = QStyleOptionMenuItem()
    menu.initStyleOption(option, action)
    shortcut = option.text.partition("\t")[2]
    assert shortcut, option.text
    return shortcut


def _left_of(menu, shortcut: str, first: str, second: str) -> bool:
    """Whether `first` is drawn left of `second` when `shortcut` is laid out in the menu's direction."""
    layout = QTextLayout(shortcut, menu.font())
    option = QTextOption()
    option.setTextDirection(menu.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()

    def x(char: str) -> float:
        (run,) = layout.glyphRuns(shortcut.index(char), 1)
        return run.boundingRect().left()

    return x(first) < x(second)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_larger_text_reads_ctrl_then_plus(qtbot, build_app, lang):
    window = build_app(lang)
    menu = window.view_menu
    larger = _drawn_shortcut(menu, window.larger_action)
    assert larger.strip("\u2066\u2069") == "Ctrl++"
    assert _left_of(menu, larger, "C", "+"), repr(larger)
    smaller = _drawn_shortcut(menu, window.smaller_action)
    assert smaller.strip("\u2066\u2069") == "Ctrl+-"
    assert _left_of(menu, smaller, "C", "-"), repr(smaller)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.settings.text_size == 11  # the shortcut still works


def test_the_shortcut_follows_a_switch_of_language(qtbot, build_app):
    window = build_app("en")
    window.language_actions["ar"].trigger()
    qtbot.waitUntil(lambda: window.larger_action.text().startswith("نص"))  # the menus are worded again
    assert window.view_menu.isRightToLeft()
    larger = _drawn_shortcut(window.view_menu, window.larger_action)
    assert _left_of(window.view_menu, larger, "C", "+"), repr(larger)
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.larger_action.text() == "&Larger text")  # Qt shows the shortcut itself
    assert _drawn_shortcut(window.view_menu, window.larger_action) == "Ctrl++"
