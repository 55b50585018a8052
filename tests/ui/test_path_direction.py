"""A review row's "Section › Question" reads the way its language does: in Arabic the section is on the right and
the separator points left, to the question. Qt mirrors "›" (a bidi-mirrored character) in a right-to-left line, so
the row keeps the one character in every language; this checks what Qt draws."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from tests.ui.conftest import create_assessment


def _laid_out(text: str, font, direction: Qt.LayoutDirection) -> QTextLayout:
    """`text` laid out as an item view lays out a row's text: one line, in the view's direction."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(10000)
    layout.endLayout()
    return layout


def _glyph(layout: QTextLayout, index: int) -> tuple[int, float]:
    """The glyph drawn for the character at `index`, and where it starts."""
    (run,) = layout.glyphRuns(index, 1)
    return run.glyphIndexes()[0], run.boundingRect().left()


@pytest.mark.parametrize(("lang", "points"), [("ar", "‹"), ("en", "›"), ("fr", "›")])
def test_the_separator_points_from_the_section_to_the_question(qtbot, build_app, lang, points):
    window = build_app(lang)
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("review"))
    issues = view.pages["review"].issues
    row = issues.item(0)
    path = row.text().splitlines()[0]
    section, question = (part.strip(" \u2068\u2069") for part in path.split("›"))
    assert section and question, path
    direction = issues.layoutDirection()
    font = issues.font()
    layout = _laid_out(path, font, direction)
    separator, separator_x = _glyph(layout, path.index("›"))
    alone = _laid_out(points, font, Qt.LayoutDirection.LeftToRight)
    assert separator == _glyph(alone, 0)[0], (lang, path)
    section_x, question_x = _glyph(layout, path.index(section))[1], _glyph(layout, path.index(question))[1]
    if lang == "ar":
        assert question_x < separator_x < section_x
    else:
        assert section_x < separator_x < question_x
