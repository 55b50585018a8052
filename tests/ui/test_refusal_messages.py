"""A refused answer is explained in the respondent's language, with the labels they see and numbers as typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QTableWidgetItem

from omnibus.model.catalogue import Catalogue
from omnibus.model.progress import item_issues
from omnibus.model.records import Answer, TableRow
from omnibus.ui.assessment.issue_text import issue_message

from .conftest import create_assessment


@pytest.fixture
def workshop_in(qtbot, build_app):
    def open_in(lang: str):
        bundled = Catalogue.bundled()
        if bundled.find("workshop-demo") is None:
            pytest.skip("the workshop questionnaire is not bundled")
        window = build_app(language=lang, catalogue=bundled)
        form = window.start_page.form
        form.questionnaire.setCurrentIndex(
            next(n for n, q in enumerate(form.questionnaires) if q.id == "workshop-demo")
        )
        view = create_assessment(qtbot, window)
        return window, view

    return open_in


def _widget(view, item_id):
    view.show_item(item_id)
    return view.section_page(view.q.items[item_id].section.id).widgets[item_id]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Ligne 1 : « Niveau » doit être rempli."),
        ("ar", "الصف 1: يجب ملء «المستوى»."),
        ("en", "Row 1: “Level” must be filled in."),
    ],
)
def test_a_row_without_its_required_column_names_the_column_by_its_label(qtbot, workshop_in, lang, expected):
    window, view = workshop_in(lang)
    courses = _widget(view, "wd_courses")
    courses.add_button.click()
    title = next(n for n, c in enumerate(courses.columns) if c.id == "course_title")
    courses.table.setItem(0, title, QTableWidgetItem("Cours de base"))
    qtbot.waitUntil(lambda: courses.message.isVisibleTo(courses), timeout=3000)
    assert courses.message.text() == expected
    assert "wd_courses" not in window.ctx.session.service.answers(view.controller.id)


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("fr", "150", "150 est supérieur au maximum, 100."),
        ("fr", "150,5", "150,5 est supérieur au maximum, 100."),
        ("en", "150", "150 is above the maximum, 100."),
    ],
)
def test_a_number_above_the_maximum_is_echoed_as_typed(qtbot, workshop_in, lang, typed, expected):
    window, view = workshop_in(lang)
    share = _widget(view, "wd_donor_share")
    line = share.findChild(QLineEdit)
    qtbot.keyClicks(line, typed)
    share.flush()
    qtbot.waitUntil(lambda: share.message.isVisibleTo(share), timeout=3000)
    assert share.message.text() == expected
    assert "wd_donor_share" not in window.ctx.session.service.answers(view.controller.id)


def test_a_stored_answer_that_no_longer_fits_is_explained_in_words(qapp, every_type):
    row: TableRow = {"count": 4, "year": "last"}
    (issue,) = item_issues(every_type, "stats", Answer("stats", [row]), {})
    assert issue.kind == "invalid"
    assert issue_message(issue, every_type, "en") == (
        "The stored answer no longer fits the question: Row 1, Year: Enter a whole number."
    )
