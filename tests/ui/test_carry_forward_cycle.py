"""Carrying forward from the start screen into a cycle before the one carried from (a year mistyped) is refused in
the respondent's language, and nothing is created."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import create_assessment


def test_carrying_forward_into_an_earlier_cycle_is_refused_in_spanish(qtbot, build_app):
    window = build_app(language="es")
    create_assessment(qtbot, window, cycle="2024")
    window.show_start()
    service = window.ctx.session.service
    form = window.start_page.form
    form.start_from.setCurrentIndex(1)
    form.cycle.clear()
    qtbot.keyClicks(form.cycle, "2023")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisibleTo(form)
    assert form.error.text() == (
        "Al partir de una evaluación anterior, el ciclo de presentación de informes debe ser posterior al suyo: "
        "indique uno posterior a 2024."
    )
    assert [s.cycle for s in service.list_assessments()] == ["2024"]
    assert window.stack.currentWidget() is window.start_page
