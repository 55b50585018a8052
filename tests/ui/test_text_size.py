"""Larger text never pushes the window off a small screen: the pages wrap and scroll, the controls grow with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton, QScrollArea, QStyle, QWidget
from pytestqt.qtbot import QtBot

from omnibus.model.catalogue import Catalogue
from omnibus.ui.main_window import MainWindow
from omnibus.ui.settings import DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE
from tests.ui.conftest import BuildApp, create_assessment

CTRL = Qt.KeyboardModifier.ControlModifier


def inside(window: MainWindow, widget: QWidget, screen: QRect) -> bool:
    corners = (widget.mapTo(window, QPoint(0, 0)), widget.mapTo(window, QPoint(widget.width(), widget.height())))
    return all(screen.contains(window.geometry().topLeft() + corner) for corner in corners)


def larger(qtbot: QtBot, window: MainWindow, size: int) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert window.ctx.settings.text_size == size


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1024, 768)])
def test_every_text_size_fits_the_screen(qtbot: QtBot, build_app: BuildApp, lang: str, width: int, height: int) -> None:
    screen = QRect(0, 0, width, height - 40)  # a taskbar takes the bottom of the screen
    window = build_app(lang, catalogue=Catalogue.bundled())
    window.setGeometry(screen)
    for size in range(DEFAULT_TEXT_SIZE + 1, MAX_TEXT_SIZE + 1):
        larger(qtbot, window, size)
        assert screen.contains(window.geometry()), ("start screen", size, window.geometry())
        assert window.start_page is not None
        start = window.start_page.form.start_button
        scroll = window.start_page.findChild(QScrollArea)
        assert scroll is not None
        scroll.ensureWidgetVisible(start)  # the page scrolls to it (Tab does)
        assert inside(window, start, screen), size
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert window.start_page is not None and window.questionnaires is not None
    form = window.start_page.form
    demo = next(q for q in window.questionnaires if q.id == "workshop-demo")  # a long title, a few sections
    form.questionnaire.setCurrentIndex(form.questionnaire.findData(demo.content_hash))
    view = create_assessment(qtbot, window)
    for size in range(DEFAULT_TEXT_SIZE + 1, MAX_TEXT_SIZE + 1):
        larger(qtbot, window, size)
        view = window.view
        assert view is not None
        assert screen.contains(window.geometry()), (size, window.geometry())
        assert view.next_button.isVisible() and inside(window, view.next_button, screen), size
    for _page in view.page_keys[1:]:  # the respondent goes through every page at the largest text
        qtbot.keyClick(view.stack.currentWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert screen.contains(window.geometry()), (view.page_keys[view.current], window.geometry())
        assert inside(window, view.next_button, screen)
    assert view.current == len(view.page_keys) - 1


def test_check_boxes_and_radio_buttons_grow_with_the_text(qtbot: QtBot, build_app: BuildApp) -> None:
    window = build_app()
    create_assessment(qtbot, window)
    sizes = {}
    for step in (0, MAX_TEXT_SIZE - DEFAULT_TEXT_SIZE):
        window.ctx.settings.text_size = DEFAULT_TEXT_SIZE + step - 1
        window.larger_action.trigger() if step else window.normal_action.trigger()
        assert window.view is not None
        page = window.view.section_page("choices")
        radio = page.widgets["criminalised"].findChild(QRadioButton, "choice_in_place")
        assert radio is not None

        def built(page: QWidget = page) -> bool:
            return bool(page.findChildren(QCheckBox))

        qtbot.waitUntil(built)  # built in batches
        box = page.findChildren(QCheckBox)[0]
        line = radio.fontMetrics().height()
        sizes[step] = (
            radio.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, radio),
            box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box),
        )
        assert all(0.7 * line <= px <= line for px in sizes[step]), (step, line, sizes[step])
    assert sizes[MAX_TEXT_SIZE - DEFAULT_TEXT_SIZE][0] >= 2 * sizes[0][0] - 2
