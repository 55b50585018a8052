"""A stored answer longer than its one-line field is shown from its beginning when the assessment is opened again,
not scrolled to its last words with the first ones cut off."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import create_assessment

NEED = "Training of forty investigators in financial investigations, asset tracing and confiscation, " * 2
TITLE = "Law No. 12 of 2019 on the prevention and suppression of transnational organized crime, " * 2


def first_shown(line: QLineEdit) -> int:
    """The position of the character drawn at the field's left edge (its text is written left to right)."""
    return line.cursorPositionAt(QPoint(line.contentsRect().left() + 6, line.height() // 2))


def test_long_answers_are_shown_from_their_first_word_after_a_restart(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    service.set_answer(aid, "needs", [{"type": "legal", "priority": "high", "description": NEED}])
    service.set_answer(aid, "laws", [{"title": TITLE}])
    window.close()
    window.ctx.tasks.wait()
    window.ctx.session.close()
    again = build_app()
    qtbot.mouseClick(again.start_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.view is not None, timeout=10000)
    again.view.show_item("needs")
    page = again.view.section_page("sources")
    description = page.widgets["needs"].entries[0].description
    title = page.widgets["laws"].entries[0].fields["title"]
    qtbot.waitUntil(lambda: description.isVisible() and title.isVisible())
    description.repaint()  # what the respondent sees: the fields as painted
    title.repaint()
    for line, text in ((description, NEED.strip()), (title, TITLE.strip())):
        assert line.text() == text
        assert line.fontMetrics().horizontalAdvance(text) > line.width()  # longer than the field
        assert first_shown(line) == 0, line.objectName()
