"""Drafts: input that is not a valid answer yet is stored at once as typed, needs attention, and is never exported."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, cast

import pytest

from omnibus.export.assessment_export import responses_bytes
from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json
from omnibus.model.service import AssessmentService, NotComplete, ValueRejected
from omnibus.model.store import StorageError, Store

BAD_CITATION = [{"title": "Penal Code", "date": "12/03/2010", "excerpt": "Article 5: whoever…"}]


def _read_only(store: Store, on: bool) -> None:
    """As a read-only file fails for root too (see test_storage_failures.py)."""
    with store._mutex:
        store._conn().execute(f"PRAGMA query_only = {int(on)}").fetchall()


def _rejected(service: AssessmentService, aid: str, item_id: str, value: Json) -> ValueRejected:
    with pytest.raises(ValueRejected) as caught:
        service.set_answer(aid, item_id, value)
    return caught.value


def test_a_rejected_citation_says_which_field_is_wrong(service: AssessmentService, aid: str) -> None:
    problem = _rejected(service, aid, "laws", BAD_CITATION)
    assert problem.where == (0, "date") and "12/03/2010" in problem.message
    assert _rejected(service, aid, "laws", [{"article": "5"}]).where == (0, "title")
    row = _rejected(service, aid, "seizures", [{"year": 2020}, {"year": "twenty"}])
    assert row.where == (1, "year")
    assert _rejected(service, aid, "seizures", [{"amount": 3.5}]).where == (0, "year")  # a required column
    assert _rejected(service, aid, "needs", [{"priority": "high", "type": None, "description": "x"}]).where == (
        0,
        "type",
    )
    assert _rejected(service, aid, "needs", [{"priority": "high"}]).where == (0, "type")
    assert _rejected(service, aid, "cases", "many").where == ()


def test_draft_is_stored_and_survives_reopening_the_store(
    service: AssessmentService, aid: str, db_path: Path, catalogue: Catalogue
) -> None:
    draft = service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid", (0, "date"))
    assert draft is not None and draft.saved_at is not None
    service.store.close()

    reopened = AssessmentService(Store.open(db_path), catalogue, "tester")
    kept = reopened.drafts(aid)["laws"]
    assert kept.value == BAD_CITATION
    assert kept.problem == "citation 1: the date is not valid" and kept.where == (0, "date")
    assert reopened.answer(aid, "laws") is None  # a draft is not an answer
    reopened.store.close()


def test_draft_needs_attention_and_blocks_final(service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "laws", [{"title": "Penal Code"}])
    before = service.progress(aid).answered
    service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid", (0, "date"))
    issues = [i for i in service.issues(aid) if i.item_id == "laws"]
    assert [(i.kind, i.severity, i.message) for i in issues] == [
        ("draft", "error", "citation 1: the date is not valid")
    ]
    assert service.progress(aid).answered == before - 1  # the older valid answer no longer counts as done
    doc = service.status(aid)
    laws = next(i for i in doc["items"] if i["id"] == "laws")
    assert doc["drafts"] == 1 and doc["can_finalize"] is False
    assert laws["draft"]["value"] == BAD_CITATION and laws["draft"]["where"] == [0, "date"]
    assert laws["issues"][0]["kind"] == "draft"
    with pytest.raises(NotComplete) as caught:
        service.mark_final(aid)
    assert any(i.kind == "draft" for i in caught.value.issues)


def test_a_required_item_with_a_draft_is_not_also_reported_missing(service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "has_unit", "yes")  # shows the required unit_name
    missing = service.progress(aid).required_missing
    service.save_draft(aid, "unit_name", "Unit", "still typing")
    assert service.progress(aid).required_missing == missing - 1
    assert [i.kind for i in service.issues(aid) if i.item_id == "unit_name"] == ["draft"]


def test_draft_is_never_in_the_responses(service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "laws", [{"title": "Penal Code"}])
    service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid", (0, "date"))
    service.save_draft(aid, "needs", [{"priority": "high", "description": "drafting help"}], "choose the type")
    document = json.loads(responses_bytes(service.snapshot(aid)))
    text = json.dumps(document)
    assert "12/03/2010" not in text and "Article 5" not in text and "drafting help" not in text
    laws = [a for a in document["answers"] if a["item_id"] == "laws"]
    assert [a["value"] for a in laws] == [[{"title": "Penal Code"}]]  # the last valid answer only


@pytest.mark.parametrize("how", ["valid", "cleared"])
def test_draft_is_cleared_by_a_valid_answer_or_clearing(
    service: AssessmentService, aid: str, db_path: Path, catalogue: Catalogue, how: str
) -> None:
    service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid", (0, "date"))
    if how == "valid":
        service.set_answer(aid, "laws", [{"title": "Penal Code", "date": "2010-03-12"}])
    else:
        service.clear_answer(aid, "laws")
    assert service.drafts(aid) == {}
    assert not [i for i in service.issues(aid) if i.kind == "draft"]
    service.store.close()
    reopened = AssessmentService(Store.open(db_path), catalogue, "tester")
    assert reopened.drafts(aid) == {}
    reopened.store.close()


def test_going_back_to_the_stored_answer_clears_the_draft(service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "laws", [{"title": "Penal Code"}])
    service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid", (0, "date"))
    service.set_answer(aid, "laws", [{"title": "Penal Code"}])  # unchanged answer: nothing else to write
    assert service.drafts(aid) == {}


def test_set_answers_clears_the_drafts_of_its_items(service: AssessmentService, aid: str) -> None:
    service.save_draft(aid, "cases", "4O", "enter a number")
    service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid")
    service.set_answers(aid, {"cases": 40})
    assert set(service.drafts(aid)) == {"laws"}


def test_an_empty_draft_removes_the_draft(service: AssessmentService, aid: str) -> None:
    service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid")
    assert service.save_draft(aid, "laws", [], "nothing") is None
    assert service.drafts(aid) == {}


def test_draft_refusals(service: AssessmentService, aid: str) -> None:
    with pytest.raises(ValueRejected, match="needs the reason"):
        service.save_draft(aid, "laws", BAD_CITATION, "  ")
    with pytest.raises(ValueRejected, match="plain JSON"):
        service.save_draft(aid, "laws", cast(Any, [{1, 2}]), "a set")
    with pytest.raises(ValueRejected, match="place of the problem"):
        service.save_draft(aid, "laws", BAD_CITATION, "bad", cast(Any, (0.5,)))  # a float where the path has str | int
    service.set_answers(aid, {"unit_name": "Unit", "has_unit": "yes", "cases": 10})
    assert service.drafts(aid) == {}


def test_a_final_assessment_takes_no_draft(service: AssessmentService, aid: str, q1: Questionnaire) -> None:
    from omnibus.model.service import AssessmentFinal

    service.set_answers(aid, {"criminalized": "in_place", "has_unit": "no", "unit_name": "none"})
    service.mark_final(aid)
    with pytest.raises(AssessmentFinal):
        service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid")


def test_a_draft_that_cannot_be_written_is_reported_and_not_kept(
    service: AssessmentService, aid: str, store: Store
) -> None:
    _read_only(store, True)
    with pytest.raises(StorageError, match="read-only"):
        service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid")
    assert service.drafts(aid) == {}  # the in-memory copy follows the disk: the caller may retry
    _read_only(store, False)
    service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid")
    assert set(service.drafts(aid)) == {"laws"}


def test_deleting_an_assessment_deletes_its_drafts(service: AssessmentService, aid: str, db_path: Path) -> None:
    service.save_draft(aid, "laws", BAD_CITATION, "citation 1: the date is not valid")
    service.delete_assessment(aid)
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT count(*) FROM drafts").fetchone() == (0,)
    raw.close()
