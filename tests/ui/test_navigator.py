"""The navigator beside the pages: its button's sentence is read in full in every language, and it widens with
the window so the titles of the sections show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QStyle, QStyleOptionButton

from omnibus.model.text import LANGUAGES

from .conftest import create_assessment


def _needed_height(button: QPushButton) -> int:
    """The height the button's sentence takes, wrapped at the button's width, with the style's frame around it."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    probe = QSize(200, 200)
    outer = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, probe, button)
    frame = outer - probe
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    text = button.fontMetrics().boundingRect(QRect(0, 0, button.width() - frame.width(), 10_000), flags, button.text())
    return text.height() + frame.height()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_missing_button_shows_its_whole_sentence(qtbot, build_app, lang):
    window = build_app(language=lang)
    view = create_assessment(qtbot, window)
    button = view.navigator.missing_button
    assert button.text() and (lang == "en" or button.text() != "Go to the first unanswered required question")
    splitter = view.navigator.parentWidget()
    assert isinstance(splitter, QSplitter)
    for width, navigator in ((1366, None), (1100, None), (1100, 0)):  # 0: the splitter dragged to its narrowest
        window.resize(width, 768)
        qtbot.waitUntil(lambda w=width: window.width() == max(w, window.minimumWidth()))
        if navigator is not None:
            splitter.setSizes([navigator, window.width()])
        qtbot.waitUntil(lambda: button.height() >= _needed_height(button))
        assert button.width() <= view.navigator.width()


def test_navigator_widens_with_the_window(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    narrow = view.navigator.width()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    assert view.navigator.width() > narrow + 60
