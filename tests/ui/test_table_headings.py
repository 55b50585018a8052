"""A table's column headings are read whole in the longer languages, at the usual and at a larger text size:
columns of equal width had cut the Russian "Продолжительность (дни)" to "…должительность (дн"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QRadioButton

from omnibus.model.catalogue import Catalogue
from tests.ui.conftest import create_assessment, type_cell, with_a_new_row

COURSES = "wd_courses"


def _workshop(qtbot, build_app, lang: str):
    """The workshop questionnaire in `lang`, in a 1366x768 window, its table of courses shown by a Yes."""
    window = build_app(language=lang, catalogue=Catalogue.bundled())
    window.resize(1366, 768)
    form = window.start_page.form
    form.questionnaire.setCurrentIndex(next(n for n, q in enumerate(form.questionnaires) if q.id == "workshop-demo"))
    view = create_assessment(qtbot, window)
    _say_yes(qtbot, view)
    return window, view


def _say_yes(qtbot, view) -> None:
    page = view.section_page(view.q.items["wd_institutions_exist"].section.id)
    radio = page.widgets["wd_institutions_exist"].findChild(QRadioButton, "choice_yes")
    if not radio.isChecked():
        view.show_item("wd_institutions_exist")
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _cut_headings(table) -> list[str]:
    """The headings wider than their column."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    labels = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return [text for c, text in enumerate(labels) if metrics.horizontalAdvance(text) >= header.sectionSize(c)]


def _last_cell_reachable(qtbot, table) -> None:
    last = table.columnCount() - 1
    table.setCurrentCell(0, last)  # as Tab or the arrow keys move there
    qtbot.waitUntil(lambda: table.viewport().rect().contains(table.visualRect(table.model().index(0, last)).center()))


@pytest.mark.parametrize("lang", ["ru", "fr", "es"])
def test_every_heading_fits_its_column_and_the_last_column_is_reached(qtbot, build_app, lang):
    window, view = _workshop(qtbot, build_app, lang)
    table = with_a_new_row(qtbot, view, COURSES).table
    qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 0)
    assert _cut_headings(table) == []
    _last_cell_reachable(qtbot, table)
    type_cell(qtbot, table, 0, 0, "Investigations")
    type_cell(qtbot, table, 0, 2, "25")
    table.clearFocus()
    service, aid = window.ctx.session.service, view.controller.id
    qtbot.waitUntil(lambda: COURSES in service.drafts(aid), timeout=3000)
    assert service.drafts(aid)[COURSES].value == [{"course_title": "Investigations", "participants": 25}]


def test_headings_stay_whole_with_the_text_made_larger_twice(qtbot, build_app):
    window, view = _workshop(qtbot, build_app, "ru")
    try:
        window.larger_action.trigger()
        window.larger_action.trigger()
        view = window.view
        _say_yes(qtbot, view)
        table = with_a_new_row(qtbot, view, COURSES).table
        qtbot.waitUntil(lambda: table.isVisible() and table.viewport().width() > 0)
        assert _cut_headings(table) == []
        _last_cell_reachable(qtbot, table)
        assert table.horizontalScrollBar().maximum() > 0  # the columns scroll rather than cut their headings
    finally:
        window.normal_action.trigger()


def test_a_stored_row_shows_whole_when_the_table_opens(qtbot, build_app):
    """The row numbers' column appears with the first row: the columns are refitted to the narrower width, so no
    sideways scroll bar comes to lie over the row."""
    window, view = _workshop(qtbot, build_app, "ru")
    view.controller.set_value(COURSES, [{"course_title": "Basic", "level": "national", "participants": 12}])
    view.show_item(COURSES)
    table = view.section_page(view.q.items[COURSES].section.id).widgets[COURSES].table
    qtbot.waitUntil(lambda: table.isVisible() and table.item(0, 0) is not None)
    stored = window.ctx.session.service.answers(view.controller.id)[COURSES].value
    assert table.item(0, 0).text() == stored[0]["course_title"] == "Basic"
    assert _cut_headings(table) == []
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    row = table.visualRect(table.model().index(0, 0))
    assert table.viewport().rect().contains(row)


def test_a_level_chosen_in_a_cell_is_read_whole(qtbot, build_app):
    """A choice cell as wide as its longest answer: "Провинциальный" under "Уровень" was cut to "Национа…"."""
    window, view = _workshop(qtbot, build_app, "ru")
    table = with_a_new_row(qtbot, view, COURSES).table
    type_cell(qtbot, table, 0, 0, "Basic")
    level = 1
    table.setCurrentCell(0, level)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # opens the cell's list of levels
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("provincial"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    service, aid = window.ctx.session.service, view.controller.id
    qtbot.waitUntil(lambda: COURSES in service.answers(aid), timeout=3000)
    assert service.answers(aid)[COURSES].value == [{"course_title": "Basic", "level": "provincial"}]
    text = table.item(0, level).text()
    assert text == "Провинциальный"
    qtbot.waitUntil(lambda: table.fontMetrics().horizontalAdvance(text) < table.horizontalHeader().sectionSize(level))
