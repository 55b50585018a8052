"""In Arabic, the refused cycle's message shows the range of years in the order the respondent types it in the
field ("2026-2027", earlier year at the left), not turned around by the Arabic sentence around it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.test_about_direction import drawn_x


def test_the_example_range_reads_as_it_is_typed(qtbot, build_app):
    window = build_app("ar")
    form = window.start_page.form
    form.country.setCurrentIndex(form.country.findData("KEN"))
    form.cycle.clear()
    qtbot.keyClicks(form.cycle, "26")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible()
    text, year = form.error.text(), date.today().year
    range_start = text.index(f"{year}-{year + 1}")
    assert drawn_x(form.error, range_start) < drawn_x(form.error, range_start + 5)  # the earlier year at the left
    assert window.ctx.session.service.list_assessments() == []
