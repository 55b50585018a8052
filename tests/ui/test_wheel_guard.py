"""The mouse wheel over a drop-down, spin box or date field the respondent has not clicked scrolls the page and
changes nothing stored; once the field has the focus, the wheel works on it as usual.

The wheel is turned with QTest.wheelEvent on the window, as the windowing system delivers it: to the widget under
the mouse first, then (when ignored) to its parents.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from omnibus.model.catalogue import Catalogue
from omnibus.ui.wheel_guard import guard_wheel

from .conftest import FIXTURES

CHOICES = "".join(f"              - code: c{n}\n                label: Treaty {n}\n" for n in range(10))
FILLERS = "".join(
    f"          - id: before{n}\n            type: text\n            label: Before {n}\n" for n in range(8)
)
FILLERS_AFTER = FILLERS.replace("before", "after").replace("Before", "After")
QUESTIONNAIRE = f"""kind: questionnaire
id: wheel
version: "1"
title: Wheel
languages: [en]
instruments: [untoc]
choice_lists:
  ta_types:
    - code: legal
      label: Legislative assistance
      subtypes:
        - code: legal.drafting
          label: Drafting legislation
modules:
  - id: m
    title: M
    sections:
      - id: s
        title: S
        items:
{FILLERS}          - id: treaty
            type: single_choice
            label: Which treaty?
            choices:
{CHOICES}          - id: needs
            type: ta_needs
            label: Technical assistance needed
          - id: stats
            type: table
            label: Levels
            columns:
              - id: ok
                type: yes_no
                label: In place
              - id: level
                type: single_choice
                label: Level
                choices:
                  - code: lo
                    label: Low
                  - code: hi
                    label: High
{FILLERS_AFTER}"""
CARRIED = {
    "treaty": "c3",
    "needs": [{"type": "legal", "subtype": "legal.drafting", "priority": "high"}],
    "stats": [{"ok": "yes", "level": "hi"}],
}


def roll(widget: QWidget, notches: int) -> None:
    """Turn the wheel over the middle of `widget` (negative: towards the respondent, which scrolls down)."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    QTest.wheelEvent(handle, QPointF(widget.mapTo(window, widget.rect().center())), QPoint(0, 120 * notches))


def roll_over(widget: QWidget, notches: int) -> None:
    """Turn the wheel over the middle of `widget`, delivered to it through the application's event dispatch (its
    event filters, the wheel guard's among them, then the widget). Used just after the window first shows, where a
    turn given to the window was sometimes hit-tested before the layout was in place: in 2 of 16 runs on a loaded
    machine the window itself, not the field under the mouse, received it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def carried_forward(qtbot, build_app, tmp_path):
    """The assessment of a second cycle whose drop-down answers came from the first, not yet confirmed."""
    (tmp_path / "wheel.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    window = build_app(catalogue=Catalogue((tmp_path,)))
    service = window.ctx.session.service
    first = service.create_assessment(window.questionnaires[0], country="KEN", cycle="2025")
    for item_id, value in CARRIED.items():
        service.set_answer(first.id, item_id, value)
    second = service.carry_forward(first.id, "2027")
    window.open_assessment(second.id)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    page = window.view.section_page("s")
    page.ensure_built()
    return window, page, lambda item_id: service.answers(second.id)[item_id]


def _on_screen_unfocused(qtbot, page, field: QWidget) -> None:
    """Bring the field to the middle of the page (which can scroll both ways), the focus elsewhere on the page."""
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    page.ensureWidgetVisible(field, 0, page.viewport().height() // 2)
    page.widgets["before0"].focus_editor()
    assert 0 < page.verticalScrollBar().value() < page.verticalScrollBar().maximum()
    assert not field.hasFocus()


def test_wheel_over_an_unclicked_drop_down_scrolls_and_keeps_the_answer(qtbot, carried_forward):
    _, page, stored = carried_forward
    combo = page.widgets["treaty"].combo
    before = stored("treaty")
    _on_screen_unfocused(qtbot, page, combo)
    bar = page.verticalScrollBar()
    position = bar.value()
    roll(combo, -1)
    assert bar.value() > position  # the page scrolled
    assert combo.currentData() == "c3"
    assert stored("treaty") == before and not before.confirmed  # unchanged, still waiting for confirmation

    combo.setFocus(Qt.FocusReason.TabFocusReason)  # the respondent chose the field: the wheel works on it
    roll(combo, -1)
    assert combo.currentData() == "c4"
    assert stored("treaty").value == "c4" and stored("treaty").confirmed


def test_wheel_over_a_need_priority_scrolls_and_keeps_the_carried_forward_need(qtbot, carried_forward):
    _, page, stored = carried_forward
    priority = page.widgets["needs"].entries[0].priority_box
    before = stored("needs")
    _on_screen_unfocused(qtbot, page, priority)
    bar = page.verticalScrollBar()
    position = bar.value()
    roll(priority, -1)
    roll(priority, -1)
    assert bar.value() > position
    assert priority.currentData() == "high"
    assert stored("needs") == before and not before.confirmed

    priority.setFocus(Qt.FocusReason.TabFocusReason)
    roll(priority, -1)
    assert priority.currentData() == "medium"
    qtbot.waitUntil(
        lambda: stored("needs").value == [{"type": "legal", "subtype": "legal.drafting", "priority": "medium"}],
        timeout=3000,
    )


def test_wheel_over_a_table_scrolls_the_page_and_its_lists_close_when_focus_leaves(qtbot, carried_forward):
    window, page, stored = carried_forward
    table = page.widgets["stats"].table
    before = stored("stats")
    _on_screen_unfocused(qtbot, page, table)
    bar = page.verticalScrollBar()
    position = bar.value()
    cell = table.visualItemRect(table.item(0, 1))
    QTest.wheelEvent(window.windowHandle(), QPointF(table.viewport().mapTo(window, cell.center())), QPoint(0, -120))
    assert bar.value() > position  # the table shows all its rows: the page scrolls
    assert table.item(0, 1).data(Qt.ItemDataRole.UserRole) == "hi"

    table.editItem(table.item(0, 1))  # a double click on the cell opens its drop-down, with the focus
    editor = table.viewport().findChild(QComboBox)
    assert editor is not None and editor.hasFocus() and editor.currentData() == "hi"
    elsewhere = QLabel("Another window, where the respondent reads a document")
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    elsewhere.activateWindow()
    qtbot.waitUntil(lambda: table.viewport().findChild(QComboBox) is None)  # closed: no unfocused list to roll
    assert stored("stats") == before and not before.confirmed

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.editItem(table.item(0, 1))
    editor = table.viewport().findChild(QComboBox)
    roll(editor, 1)  # with the focus, the wheel works on the list
    assert editor.currentData() == "lo"
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the cell takes the choice
    qtbot.waitUntil(lambda: stored("stats").value == [{"ok": "yes", "level": "lo"}], timeout=3000)


def test_wheel_over_the_start_form_keeps_the_country_and_questionnaire(qtbot, build_app, tmp_path):
    (tmp_path / "wheel.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    window = build_app(catalogue=Catalogue((FIXTURES, tmp_path)))
    form = window.start_page.form
    assert form.questionnaire.count() == 2
    form.country.setCurrentIndex(form.country.findData("KEN"))
    chosen = form.questionnaire.currentData()
    form.institution.setFocus()
    for field in (form.country, form.questionnaire):
        roll(field, -1)
        roll(field, 1)
        roll(field, 1)
    assert form.country.currentData() == "KEN" and form.questionnaire.currentData() == chosen
    form.focal_point.setText("A. Focal")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None, timeout=10000)
    summary = window.view.controller.summary
    assert (summary.country, summary.questionnaire_hash) == ("KEN", chosen)
    assert window.ctx.session.service.list_assessments()[0].country == "KEN"


def test_wheel_on_the_start_form_fields_once_chosen(qtbot, build_app, tmp_path):
    (tmp_path / "wheel.yaml").write_text(QUESTIONNAIRE, encoding="utf-8")
    window = build_app(catalogue=Catalogue((FIXTURES, tmp_path)))
    form = window.start_page.form
    form.country.setCurrentIndex(form.country.findData("KEN"))
    form.country.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(form.country.hasFocus)  # focus arrives with the window's activation, later on a busy machine
    roll_over(form.country, -1)
    assert form.country.currentData() == form.country.itemData(form.country.findData("KEN") + 1)
    form.questionnaire.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(form.questionnaire.hasFocus)
    first = form.questionnaire.currentIndex()
    roll_over(form.questionnaire, -1 if first == 0 else 1)
    assert form.questionnaire.currentIndex() != first


@pytest.mark.parametrize("kind", ["spin box", "date field"])
def test_wheel_over_an_unfocused_spin_box_or_date_field_scrolls(qtbot, kind):
    field: QSpinBox | QDateEdit
    value: Callable[[], object]
    if kind == "spin box":
        field = QSpinBox(value=5)
        value = field.value
    else:
        field = QDateEdit(QDate(2024, 3, 31))
        value = field.date
    guard_wheel(field)
    area = QScrollArea()
    qtbot.addWidget(area)
    body = QWidget()
    column = QVBoxLayout(body)
    column.addSpacing(600)
    column.addWidget(field)
    column.addSpacing(600)
    other = QSpinBox()
    column.addWidget(other)
    area.setWidget(body)
    area.resize(300, 400)
    area.show()
    qtbot.waitExposed(area)
    area.ensureWidgetVisible(field, 0, 150)
    other.setFocus()
    position, shown = area.verticalScrollBar().value(), value()
    roll(field, -1)
    assert area.verticalScrollBar().value() > position
    assert value() == shown

    field.setFocus(Qt.FocusReason.TabFocusReason)
    area.ensureWidgetVisible(field, 0, 150)
    roll(field, -1)
    assert value() != shown
