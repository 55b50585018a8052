"""Every line of every guide is read without scrolling sideways, in every interface language, in the guide window
as it opens and in a narrower one, at the usual text size and at a larger one: the trainer's guide quotes commands
that Qt keeps on one line, the documents it leads to show screenshots as wide as a screen, and in Arabic one such
line or picture cut every line of the document off on its left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omnibus.model.text import LANGUAGES
from omnibus.ui.help import GuideDialog
from omnibus.ui.main_window import MainWindow
from tests.ui.conftest import BuildApp
from tests.ui.test_guide_links import click_link

WIDTHS = (760, 480)  # as the window opens beside the assessment at 1366x768, and narrowed beside it


def guides(window: MainWindow) -> list[GuideDialog]:
    """Help › Respondent's guide and Training › Trainer's guide, as a reader opens them."""
    window.guide_action.trigger()
    window.training_menu.guide_action.trigger()
    assert window.guide is not None and window.training_menu.guide is not None
    return [window.guide, window.training_menu.guide]


def sideways(qtbot: QtBot, guide: GuideDialog, width: int) -> int:
    """How far the reader must scroll sideways in the guide window `width` pixels wide, once it is laid out."""
    guide.resize(width, 620)
    browser = guide.browser
    qtbot.waitUntil(lambda: browser.document().textWidth() == browser.viewport().width())
    browser.document().documentLayout().documentSize()  # the whole guide laid out, not only its first screen
    QApplication.processEvents()
    return browser.horizontalScrollBar().maximum()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_guide_fits_the_window_it_is_read_in(qtbot: QtBot, build_app: BuildApp, lang: str) -> None:
    window = build_app(lang)
    for larger in (0, 4):
        for _ in range(larger):
            window.larger_action.trigger()  # View › Larger text
        for guide in guides(window):
            qtbot.waitExposed(guide)
            for width in WIDTHS:
                assert sideways(qtbot, guide, width) == 0, (guide.path, width, window.ctx.settings.text_size)


def test_a_document_with_pictures_opened_from_the_guide_fits_too(qtbot: QtBot, build_app: BuildApp) -> None:
    """The trainer's guide leads to the guide to working together, whose screenshots are 1366 pixels wide;
    Back returns to a guide that still fits."""
    window = build_app("ar")
    guide = guides(window)[1]
    qtbot.waitExposed(guide)
    click_link(qtbot, guide.browser, "collaboration.md")
    assert guide.browser.source().fileName() == "collaboration.md"
    for width in (*WIDTHS, 1000, *WIDTHS):
        assert sideways(qtbot, guide, width) == 0, width
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert guide.browser.source().fileName() == "trainer-guide.ar.md"
    assert sideways(qtbot, guide, WIDTHS[1]) == 0
