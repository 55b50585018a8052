"""The questionnaires load after the start screen is shown (their first check can take seconds); when they arrive,
their titles name the assessments listed and the form's previous assessments, from the list already read: the
store is not read again for a title."""

from __future__ import annotations

import pytest

from omnibus.model.records import AssessmentSummary
from omnibus.ui.start.start_page import StartPage
from tests.ui.conftest import create_assessment


def test_the_titles_arriving_name_the_listed_assessments_without_reading_the_store_again(
    qtbot, build_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = build_app()
    create_assessment(qtbot, window)
    assert window.ctx.session is not None and window.questionnaires is not None
    service = window.ctx.session.service
    reads: list[str] = []
    listing = service.list_assessments

    def counted() -> list[AssessmentSummary]:
        reads.append("list")
        return listing()

    monkeypatch.setattr(service, "list_assessments", counted)
    page = StartPage(service, "en", [], "assessments.db")  # as the window builds it before the titles are known
    qtbot.addWidget(page)
    assert "ui-every-type" in page.assessments.item(0).text()
    assert "ui-every-type" in page.form.start_from.itemText(1)

    page.set_questionnaires(window.questionnaires)

    assert "Every item type" in page.assessments.item(0).text()
    assert "Every item type" in page.form.start_from.itemText(1)
    assert page.form.questionnaire.count() == len(window.questionnaires)
    assert reads == ["list"]  # once, when the page was built
