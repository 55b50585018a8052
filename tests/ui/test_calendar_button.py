"""The date's "Calendar…" button keeps room for its menu arrow beside the word, in Russian, French and Spanish and
at a larger text size: as a tool button its arrow was drawn over the end of "Календарь…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QStyle

from omnibus.model.catalogue import Catalogue
from tests.ui.conftest import create_assessment

WHEN = "wd_last_multi_agency"


def _date_widget(qtbot, window):
    form = window.start_page.form
    form.questionnaire.setCurrentIndex(next(n for n, q in enumerate(form.questionnaires) if q.id == "workshop-demo"))
    view = create_assessment(qtbot, window)
    view.show_item(WHEN)
    widget = view.section_page(view.q.items[WHEN].section.id).widgets[WHEN]
    qtbot.waitUntil(widget.pick.isVisible)
    return view, widget


def _room_for_the_arrow(button) -> bool:
    style = button.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    return button.width() - button.fontMetrics().horizontalAdvance(button.text()) >= arrow + margin


@pytest.mark.parametrize("lang", ["ru", "fr", "es"])
@pytest.mark.parametrize("larger", [0, 2])
def test_the_calendar_buttons_word_is_clear_of_its_arrow(qtbot, build_app, lang, larger):
    window = build_app(language=lang, catalogue=Catalogue.bundled())
    try:
        for _ in range(larger):
            window.larger_action.trigger()
        _view, widget = _date_widget(qtbot, window)
        assert widget.pick.text().endswith("…") and _room_for_the_arrow(widget.pick)
    finally:
        window.normal_action.trigger()


def test_a_date_picked_in_the_calendar_is_stored(qtbot, build_app):
    window = build_app(language="ru", catalogue=Catalogue.bundled())
    view, widget = _date_widget(qtbot, window)

    def pick() -> None:
        assert widget.menu.isVisible() and widget.calendar is not None
        widget.calendar.setSelectedDate(QDate(2024, 5, 14))
        widget.calendar.clicked.emit(QDate(2024, 5, 14))  # as a click on the day does

    QTimer.singleShot(200, pick)
    qtbot.mouseClick(widget.pick, Qt.MouseButton.LeftButton)  # opens the calendar; returns once it is closed
    service, aid = window.ctx.session.service, view.controller.id
    qtbot.waitUntil(lambda: WHEN in service.answers(aid), timeout=3000)
    assert service.answers(aid)[WHEN].value == "2024-05-14"
    assert not widget.menu.isVisible()
