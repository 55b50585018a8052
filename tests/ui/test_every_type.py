"""Answer one item of every type in the bundled workshop questionnaire through its widget; check what was stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QRadioButton, QTableWidgetItem

from omnibus.model.catalogue import Catalogue
from tests.ui.conftest import create_assessment


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


@pytest.fixture
def workshop(qtbot, build_app, monkeypatch):
    bundled = Catalogue.bundled()
    if bundled.find("workshop-demo") is None:
        pytest.skip("the workshop questionnaire is not bundled")
    window = build_app(catalogue=bundled)
    form = window.start_page.form
    form.questionnaire.setCurrentIndex(next(n for n, q in enumerate(form.questionnaires) if q.id == "workshop-demo"))
    view = create_assessment(qtbot, window)
    return window, view


def test_every_item_type_through_its_widget(qtbot, workshop, tmp_path, monkeypatch):
    window, view = workshop
    service, aid, q = window.ctx.session.service, view.controller.id, view.q

    def stored(item_id):
        return service.answers(aid).get(item_id).value if item_id in service.answers(aid) else None

    def widget(item_id):
        view.show_item(item_id)
        return view.section_page(q.items[item_id].section.id).widgets[item_id]

    def wait_stored(item_id, expected):
        qtbot.waitUntil(lambda: stored(item_id) == expected, timeout=3000)

    click(qtbot, widget("wd_optimal_implementation").findChild(QRadioButton, "choice_partially"))
    assert stored("wd_optimal_implementation") == "partially"
    assert not widget("wd_main_institution").isVisible()
    click(qtbot, widget("wd_institutions_exist").findChild(QRadioButton, "choice_yes"))
    assert stored("wd_institutions_exist") == "yes"
    qtbot.waitUntil(widget("wd_main_institution").isVisible)  # the follow-up appears
    qtbot.keyClicks(widget("wd_main_institution").findChild(QLineEdit), "National Police Academy")
    wait_stored("wd_main_institution", "National Police Academy")

    levels = widget("wd_institution_levels")
    first = q.choices(levels.item)[0].code
    click(qtbot, levels.findChild(QCheckBox, f"choice_{first}"))
    assert stored("wd_institution_levels") == {"selected": [first]}
    click(qtbot, widget("wd_ongoing_training").findChild(QRadioButton, "choice_partially"))
    assert stored("wd_ongoing_training") == "partially"
    qtbot.keyClicks(widget("wd_curriculum").findChild(QPlainTextEdit), "Modules on investigation.")
    wait_stored("wd_curriculum", "Modules on investigation.")

    document = tmp_path / "curriculum.pdf"
    document.write_bytes(b"%PDF-1.4 curriculum")
    monkeypatch.setattr("omnibus.ui.items.attachment.QFileDialog.getOpenFileName", lambda *a, **k: (str(document), ""))
    files = widget("wd_curriculum_files")
    files.add_button.click()
    assert [f["name"] for f in stored("wd_curriculum_files")] == ["curriculum.pdf"]
    assert files.files.count() == 1

    qtbot.keyClicks(widget("wd_officials_trained").findChild(QLineEdit), "120")
    wait_stored("wd_officials_trained", 120)
    qtbot.keyClicks(widget("wd_donor_share").findChild(QLineEdit), "12.5")  # English: the comma groups thousands
    wait_stored("wd_donor_share", 12.5)
    qtbot.keyClicks(widget("wd_last_multi_agency").findChild(QLineEdit), "2024-05-14")
    wait_stored("wd_last_multi_agency", "2024-05-14")

    courses = widget("wd_courses")
    courses.add_button.click()
    column = next(n for n, c in enumerate(courses.columns) if c.type == "text")
    courses.table.setItem(0, column, QTableWidgetItem("Basic course"))
    qtbot.waitUntil(lambda: courses.message.isVisibleTo(courses), timeout=3000)  # the level is required
    assert stored("wd_courses") is None
    level_column = next(n for n, c in enumerate(courses.columns) if c.type == "single_choice")
    level = q.choices(courses.columns[level_column])[0]
    cell = QTableWidgetItem(q.text(level.label, "en"))
    cell.setData(Qt.ItemDataRole.UserRole, level.code)
    courses.table.setItem(0, level_column, cell)
    qtbot.waitUntil(lambda: stored("wd_courses") is not None, timeout=3000)
    assert stored("wd_courses")[0][courses.columns[column].id] == "Basic course"
    assert not courses.message.isVisibleTo(courses)

    needs = widget("wd_training_ta_needs")
    needs.add_button.click()
    entry = needs.entries[0]
    kind = entry.findChild(QComboBox, "need_type")
    kind.setCurrentIndex(2)  # 0: not chosen yet, 1: in general terms, 2: the taxonomy's first type
    subtype = entry.findChild(QComboBox, "need_subtype")
    if subtype.count() > 1:
        subtype.setCurrentIndex(1)
    qtbot.keyClicks(entry.description, "Train trainers")
    qtbot.waitUntil(lambda: stored("wd_training_ta_needs") is not None, timeout=3000)
    assert stored("wd_training_ta_needs")[0]["description"] == "Train trainers"
    assert stored("wd_training_ta_needs")[0]["type"] == kind.currentData()

    click(qtbot, widget("wd_legislation_enacted").findChild(QRadioButton, "choice_yes"))
    laws = widget("wd_legislation")
    qtbot.waitUntil(laws.isVisible)
    laws.add_button.click()
    qtbot.keyClicks(laws.findChild(QLineEdit, "legislation_title"), "Penal Code")
    qtbot.keyClicks(laws.findChild(QLineEdit, "legislation_article"), "12")
    wait_stored("wd_legislation", [{"title": "Penal Code", "article": "12"}])

    police = widget("wd_police_approach")
    code = q.choices(police.item)[0].code
    radio = police.findChild(QRadioButton, f"choice_{code}")
    if radio is not None:
        click(qtbot, radio)
    else:
        police.combo.setCurrentIndex(1)
        police.commit()
    assert stored("wd_police_approach") == code

    assert view.progress.value() == service.progress(aid).percent > 0
