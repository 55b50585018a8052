"""The start form's questionnaire box: every bundled questionnaire can be told apart in every language, in the
closed box (shortened in the middle, whole in its tooltip) and in the open list (whole)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from omnibus.model.catalogue import Catalogue
from omnibus.model.text import LANGUAGES


def _drawn(box) -> tuple[str, int]:
    """The text the closed box draws and the width the style gives it."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return option.currentText, field.width()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_questionnaire_is_readable_closed_and_open(qtbot, build_app, lang):
    window = build_app(lang, catalogue=Catalogue.bundled())
    box = window.start_page.form.questionnaire
    names = [box.itemText(row) for row in range(box.count())]
    view = box.view()
    assert len(names) >= 3
    for row, name in enumerate(names):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(view.isVisible)
        index = box.model().index(row, 0)
        shown = view.visualRect(index)
        metrics = view.fontMetrics()
        whole = metrics.horizontalAdvance(name) <= shown.width()
        assert whole or view.model().data(index, Qt.ItemDataRole.ToolTipRole) == name, (lang, name)
        qtbot.keyClick(view, Qt.Key.Key_Home)
        for _ in range(row):
            qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not box.view().isVisible())
        assert box.currentIndex() == row
        drawn, width = _drawn(box)
        assert box.fontMetrics().horizontalAdvance(drawn) <= width, (lang, drawn)
        assert drawn == name or (box.toolTip() == name and drawn.endswith(name[-5:]) and "…" in drawn), drawn
    shortened = {_drawn_at(box, row) for row in range(box.count())}
    assert len(shortened) == len(names)  # still told apart


def _drawn_at(box, row: int) -> str:
    box.setCurrentIndex(row)
    return _drawn(box)[0]
