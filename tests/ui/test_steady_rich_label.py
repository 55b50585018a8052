"""A rich-text label measured again by its page's layout is not repainted, yet a new text or font gets the
height it needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from omnibus.ui.steady_rich_label import SteadyRichLabel
from tests.ui.test_save_paints import Paints

QUESTION = "Is there a <b>specific</b> law on participation in an organized criminal group, and is it applied?"


def _page(qtbot, label: QLabel) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.addWidget(label)
    column.addStretch(1)
    qtbot.addWidget(page)
    page.resize(300, 400)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(20)  # laid out and painted
    return page


def _repaints_when_measured(qtbot, page: QWidget, label: QLabel) -> int:
    assert label.parentWidget() is page and label.isVisible()
    paints = Paints()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    label.heightForWidth(label.width())  # what a layout asks when the page around the label changes height
    qtbot.wait(20)
    app.removeEventFilter(paints)
    return len(paints.of(label))


def test_measured_again_it_is_not_repainted(qtbot):
    label = SteadyRichLabel(QUESTION, wordWrap=True, textFormat=Qt.TextFormat.RichText)
    page = _page(qtbot, label)
    assert _repaints_when_measured(qtbot, page, label) == 0


def test_a_plain_qt_label_is_repainted_when_measured(qtbot):
    """Why the label exists: Qt's own label repaints on being measured (if Qt stops doing so, drop the class)."""
    label = QLabel(QUESTION, wordWrap=True, textFormat=Qt.TextFormat.RichText)
    page = _page(qtbot, label)
    assert _repaints_when_measured(qtbot, page, label) == 1


def test_a_longer_text_or_a_larger_font_gets_its_height(qtbot):
    label = SteadyRichLabel("Short", wordWrap=True, textFormat=Qt.TextFormat.RichText)
    page = _page(qtbot, label)
    width, one_line = label.width(), label.heightForWidth(label.width())
    label.setText(QUESTION + " " + QUESTION)
    taller = label.heightForWidth(width)
    assert taller > one_line
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(width) > taller
    qtbot.wait(20)
    assert label.parentWidget() is page
    assert label.height() >= label.heightForWidth(label.width())  # the layout gave it the room
