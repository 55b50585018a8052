"""The Back and Next buttons point the way the pages turn: left to right Back points left and Next right; in
Arabic, read right to left, Back points right and Next left. What is checked is where the arrow is drawn beside
its word and which way its glyph points, in a paragraph of either direction (the button decides that itself)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import BuildApp, create_assessment

LEFT, RIGHT = "left", "right"


def glyphs(text: str, font: QFont, direction: Qt.LayoutDirection) -> list[tuple[float, int]]:
    """(x, glyph) of each visible character of `text` laid out in a paragraph of `direction`, in text order."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100000)
    layout.endLayout()
    found = []
    for position, character in enumerate(text):
        if character.isspace() or not character.isprintable():
            continue  # the isolates and the space draw nothing
        (run,) = layout.glyphRuns(position, 1)
        found.append((run.positions()[0].x(), run.glyphIndexes()[0]))
    return found


def arrow(button: QPushButton) -> tuple[str, str]:
    """On which side of its word the button's arrow is drawn, and which way it points, in both directions."""
    font, text = button.font(), button.text()
    at = next(n for n, c in enumerate(c for c in text if not c.isspace() and c.isprintable()) if c in "‹›")
    pointing_left = glyphs("‹", font, Qt.LayoutDirection.LeftToRight)[0][1]
    seen = set()
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        drawn = glyphs(text, font, direction)
        x, glyph = drawn[at]
        letters = [x for n, (x, _g) in enumerate(drawn) if n != at]
        seen.add((LEFT if x < min(letters) else RIGHT, LEFT if glyph == pointing_left else RIGHT))
    assert len(seen) == 1, f"{text!r} is drawn differently in a paragraph of each direction: {seen}"
    return seen.pop()


def test_back_and_next_point_the_way_the_pages_turn_in_arabic_and_after_a_switch(
    qtbot: QtBot, build_app: BuildApp
) -> None:
    window = build_app("ar")
    view = create_assessment(qtbot, window)
    assert arrow(view.back_button) == (RIGHT, RIGHT) and arrow(view.next_button) == (LEFT, LEFT)
    assert (view.back_button.accessibleName(), view.next_button.accessibleName()) == ("السابق", "التالي")

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: view.next_button.accessibleName() == "Next")
    assert arrow(view.back_button) == (LEFT, LEFT) and arrow(view.next_button) == (RIGHT, RIGHT)

    window.language_actions["ar"].trigger()
    qtbot.waitUntil(lambda: view.next_button.accessibleName() == "التالي")
    assert arrow(view.back_button) == (RIGHT, RIGHT) and arrow(view.next_button) == (LEFT, LEFT)

    window.language_actions["zh"].trigger()  # left to right, as English; the questions are shown in Chinese too
    qtbot.waitUntil(lambda: window.view is not None and window.view.next_button.accessibleName() == "下一页")
    view = window.view
    assert view is not None
    assert arrow(view.back_button) == (LEFT, LEFT) and arrow(view.next_button) == (RIGHT, RIGHT)
