"""The assessment service: changes, relevance, progress, issues, final status, profile, ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json, Profile
from omnibus.model.service import (
    AmbiguousId,
    AssessmentFinal,
    AssessmentService,
    InvalidProfile,
    NotComplete,
    NotFound,
    ValuesRejected,
)
from omnibus.model.store import Store
from omnibus.model.values import ValueRejected

COMPLETE: dict[str, Json] = {
    "criminalized": "in_place",
    "has_unit": "yes",
    "unit_name": "Organized Crime Unit",
    "laws": [{"title": "Penal Code", "article": "5"}],
}


def test_create_list_open_delete(service: AssessmentService, q1: Questionnaire) -> None:
    first = service.create_assessment(q1, country="ken", cycle=" 2024 ", training=True, focal_point="Ann")
    assert first.country == "KEN" and first.cycle == "2024" and first.training and first.status == "draft"
    assert first.questionnaire_hash == q1.content_hash and first.focal_point == "Ann"
    second = service.create_assessment("test-all-types", country="PER")  # by id: the newest edition
    assert second.questionnaire_version == "2.0"
    assert [s.id for s in service.list_assessments()] == [first.id, second.id]
    service.delete_assessment(first.id)
    assert [s.id for s in service.list_assessments()] == [second.id]
    with pytest.raises(NotFound):
        service.answers(first.id)
    assert [e.action for e in service.history(first.id)] == ["create", "delete"]  # the audit log remembers


def test_country_is_required_and_checked(service: AssessmentService, q1: Questionnaire) -> None:
    with pytest.raises(InvalidProfile, match="country is not known"):
        service.create_assessment(q1)
    with pytest.raises(InvalidProfile, match="ISO 3166 alpha-3"):
        service.create_assessment(q1, country="XXX")
    with pytest.raises(InvalidProfile):
        service.create_assessment(q1, country="KE")
    service.set_profile(Profile("fra", " Ministère ", "Jean", "jean@example.org"))
    assert service.profile() == Profile("FRA", "Ministère", "Jean", "jean@example.org")
    summary = service.create_assessment(q1)
    assert (summary.country, summary.institution, summary.focal_point) == ("FRA", "Ministère", "Jean")


def test_ids_may_be_shortened(service: AssessmentService, aid: str) -> None:
    assert service.resolve(aid) == aid
    assert service.resolve(aid[:6].upper()) == aid
    with pytest.raises(NotFound):
        service.resolve("zzzz")
    with pytest.raises(NotFound):
        service.resolve("")


def test_ambiguous_prefix(service: AssessmentService, q1: Questionnaire) -> None:
    ids = [service.create_assessment(q1, country="KEN", cycle=str(2000 + n)).id for n in range(40)]
    first_chars = {i[0] for i in ids}
    shared = next(c for c in first_chars if sum(i.startswith(c) for i in ids) > 1)
    with pytest.raises(AmbiguousId, match="give more of the id"):
        service.resolve(shared)


def test_set_answer_stores_and_reports_relevance(service: AssessmentService, aid: str, store: Store) -> None:
    change = service.set_answer(aid, "has_unit", "yes")
    assert change.relevance_changed == {"unit_name"}
    assert "unit_name" in service.relevant(aid)
    assert change.answer is not None and change.answer.value == "yes" and change.answer.answered_by == "tester"
    assert change.answer.institution == "Ministry of Justice" and change.answer.origin == "entered"
    text = service.set_answer(aid, "unit_name", " OCU ")
    assert text.answer is not None and text.answer.value == "OCU" and text.answer.language == "en"
    assert service.set_answer(aid, "has_unit", "no").relevance_changed == {"unit_name"}
    assert "unit_name" not in service.relevant(aid)
    assert service.answers(aid)["unit_name"].value == "OCU"  # hidden, not deleted
    # the same value again writes nothing
    before = len(service.history(aid))
    assert service.set_answer(aid, "has_unit", "no").relevance_changed == frozenset()
    assert len(service.history(aid)) == before
    # a fresh service on the same store reads the same thing from disk
    fresh = AssessmentService(store, service.catalogue, "other")
    assert {k: a.value for k, a in fresh.answers(aid).items()} == {"has_unit": "no", "unit_name": "OCU"}
    assert fresh.relevant(aid) == service.relevant(aid)


def test_refused_value_writes_nothing(service: AssessmentService, aid: str) -> None:
    with pytest.raises(ValueRejected, match=r"cases: .*below the minimum"):
        service.set_answer(aid, "cases", -5)
    with pytest.raises(NotFound, match="no question nonsense"):
        service.set_answer(aid, "nonsense", "yes")
    assert service.answers(aid) == {}
    assert [e.action for e in service.history(aid)] == ["create"]


def test_set_answers_is_all_or_nothing(service: AssessmentService, aid: str) -> None:
    with pytest.raises(ValuesRejected) as caught:
        service.set_answers(aid, {"has_unit": "yes", "cases": "many", "budget": -1, "ghost": 1})
    assert {p.item_id for p in caught.value.problems} == {"cases", "budget", "ghost"}
    assert service.answers(aid) == {}
    changes = service.set_answers(aid, {"has_unit": "yes", "cases": 3, "unit_name": "OCU"})
    assert {c.answer.item_id for c in changes if c.answer} == {"has_unit", "cases", "unit_name"}
    assert all(c.relevance_changed == {"unit_name"} for c in changes)
    assert service.set_answers(aid, {"has_unit": "yes"}) == []  # nothing changed
    service.set_answers(aid, {"cases": None})
    assert "cases" not in service.answers(aid)


def test_clear_and_comment(service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "criminalized", "in_place")
    service.set_comment(aid, "criminalized", "  Art. 5 of the Penal Code ")
    change = service.clear_answer(aid, "criminalized")
    assert change.answer is not None and change.answer.value is None  # the comment stays
    assert service.answers(aid)["criminalized"].comment == "Art. 5 of the Penal Code"
    service.set_comment(aid, "criminalized", "")
    assert "criminalized" not in service.answers(aid)
    assert service.set_answer(aid, "unit_name", "").answer is None  # empty text = clear
    actions = [e.action for e in service.history(aid)]
    assert actions == ["create", "answer", "comment", "clear", "comment"]


def test_progress_counts_relevant_items_only(service: AssessmentService, aid: str, q1: Questionnaire) -> None:
    start = service.progress(aid)
    assert start.relevant == len(q1.items) - 1  # unit_name is hidden until has_unit is yes
    assert start.answered == 0 and start.required_missing == 2
    service.set_answer(aid, "has_unit", "yes")
    after = service.progress(aid)
    assert (after.relevant, after.answered, after.required_missing) == (len(q1.items), 1, 2)
    basics = next(s for s in after.sections if s.section_id == "basics")
    assert (basics.relevant, basics.answered, basics.required_missing) == (7, 1, 2)


def test_issues(service: AssessmentService, aid: str) -> None:
    kinds = {(i.item_id, i.kind) for i in service.issues(aid)}
    assert kinds == {("criminalized", "required"), ("has_unit", "required")}
    service.set_answers(aid, {"criminalized": "partially", "has_unit": "no", "cases": 60000})
    issues = {i.item_id: i for i in service.issues(aid)}
    assert issues["criminalized"].kind == "evidence" and issues["criminalized"].severity == "warning"
    assert issues["criminalized"].needs == ("laws", "comment")
    assert issues["cases"].kind == "constraint" and issues["cases"].message.startswith("That many cases")
    french = {i.item_id: i.message for i in service.issues(aid, lang="fr")}
    assert french["cases"] == "Autant d'affaires est peu plausible"
    assert french["criminalized"] == "Citez la loi ou expliquez dans un commentaire"
    assert {i.item_id: i.message for i in service.issues(aid, lang="ar")}["cases"].startswith("That many")
    service.set_comment(aid, "criminalized", "Penal Code art. 5")  # the comment satisfies the evidence rule
    assert "criminalized" not in {i.item_id for i in service.issues(aid)}
    service.set_comment(aid, "criminalized", "")
    service.set_answer(aid, "laws", [{"title": "Penal Code"}])  # and so does the legislation item
    assert "criminalized" not in {i.item_id for i in service.issues(aid)}


def test_invalid_stored_value_is_an_issue(service: AssessmentService, aid: str, store: Store) -> None:
    service.set_answer(aid, "cases", 5)
    with store.write() as tx:
        tx.execute("UPDATE answers SET value = '\"lots\"' WHERE item_id = 'cases'")
    fresh = AssessmentService(store, service.catalogue, "tester")
    issue = next(i for i in fresh.issues(aid) if i.item_id == "cases")
    assert issue.kind == "invalid" and issue.severity == "error" and "whole number" in issue.message


def test_mark_final_refused_until_complete(service: AssessmentService, aid: str) -> None:
    with pytest.raises(NotComplete) as caught:
        service.mark_final(aid)
    assert {i.item_id for i in caught.value.issues} == {"criminalized", "has_unit"}
    assert "2 required questions unanswered" in str(caught.value)
    service.set_answers(aid, {**COMPLETE, "cases": 60000})
    with pytest.raises(NotComplete) as caught:
        service.mark_final(aid)
    assert [i.kind for i in caught.value.issues] == ["constraint"]
    service.set_answer(aid, "cases", 600)
    assert service.mark_final(aid).status == "final"
    with pytest.raises(AssessmentFinal):
        service.set_answer(aid, "cases", 601)
    with pytest.raises(AssessmentFinal):
        service.set_comment(aid, "cases", "x")
    assert service.reopen(aid).status == "draft"
    service.set_answer(aid, "cases", 601)
    assert [e.new for e in service.history(aid) if e.action == "status"] == ["final", "draft"]


def test_warnings_do_not_block_final(service: AssessmentService, aid: str) -> None:
    service.set_answers(aid, {"criminalized": "in_place", "has_unit": "no"})
    assert [i.kind for i in service.issues(aid)] == ["evidence"]
    assert service.mark_final(aid).status == "final"


def test_status_document(service: AssessmentService, aid: str) -> None:
    service.set_answers(aid, {"has_unit": "yes", "cases": 60000})
    doc = service.status(aid)
    assert doc["format"] == 1 and doc["assessment"]["id"] == aid and doc["can_finalize"] is False
    items = {i["id"]: i for i in doc["items"]}
    assert items["criminalized"]["choices"] == ["in_place", "partially", "not_in_place", "unknown", "not_applicable"]
    assert items["has_unit"]["choices"] == ["yes", "no", "unknown"] and items["has_unit"]["answered"]
    assert items["cooperation"]["choices"] == ["yes", "partially", "no", "unknown"]
    assert items["lead_agency"]["choices"] == ["police", "customs", "prosecution"]
    assert items["agencies"]["allow_other"] is True
    assert items["unit_name"] | {"issues": None} == {
        "id": "unit_name", "type": "text", "module": "general", "section": "basics", "required": True,
        "relevant": True, "answered": False, "confirmed": None, "issues": None, "draft": None, "provenance": None,
        "in_part": True,
    }  # fmt: skip
    given = items["has_unit"]["provenance"]
    assert (given["person"], given["accepted_by"], given["contribution"]) == ("tester", "tester", None)
    assert items["unit_name"]["issues"] == [
        {"kind": "required", "severity": "error", "message": "this question must be answered", "needs": []}
    ]
    assert items["cases"]["issues"][0]["kind"] == "constraint"
    columns = {c["id"]: c for c in items["seizures"]["columns"]}
    assert columns["agency"] == {"id": "agency", "type": "single_choice", "required": False,
                                 "choices": ["police", "customs", "prosecution"]}  # fmt: skip
    assert columns["year"]["choices"] is None and columns["year"]["required"] is True
    assert items["needs"]["taxonomy"] == [
        {"type": "legal", "subtypes": ["legal.drafting", "legal.review"]},
        {"type": "training", "subtypes": ["training.police"]},
    ]
    assert doc["progress"]["answered"] == 2 and len(doc["progress"]["sections"]) == 3
    assert doc["issues"] == {"errors": 3, "warnings": 0}
    assert doc["drafts"] == 0 and doc["sign_offs"] == []


def test_cache_is_used_after_first_load(service: AssessmentService, aid: str, store: Store) -> None:
    service.set_answer(aid, "cases", 1)
    with store.write() as tx:  # behind the service's back
        tx.execute("DELETE FROM answers")
    assert service.answers(aid)["cases"].value == 1
    service.close_assessment(aid)
    assert service.answers(aid) == {}


def test_answers_are_reused_between_questionnaires_that_ask_the_same(tmp_path: Path) -> None:
    """national-strategy's ns_crime_prevention_plan is `same_as` untoc-needs-assessment's pr_strategy_exists."""
    store = Store.open(tmp_path / "reuse.db")
    service = AssessmentService(store, Catalogue.bundled(), "tester")
    try:
        untoc = service.create_assessment("untoc-needs-assessment", country="KEN", cycle="2026")
        service.set_answer(untoc.id, "pr_strategy_exists", "yes")
        strategy = service.create_assessment("national-strategy", country="KEN", cycle="2026")
        reused = service.answer(strategy.id, "ns_crime_prevention_plan")
        assert reused is not None and reused.value == "yes"
        assert (reused.origin, reused.confirmed) == ("carried_forward", False)
        assert any(i.kind == "to_confirm" for i in service.issues(strategy.id))
        other_country = service.create_assessment("national-strategy", country="PER", cycle="2026")
        assert service.answer(other_country.id, "ns_crime_prevention_plan") is None
        # the other way round: a new untoc assessment takes the national-strategy answer
        service.set_answer(strategy.id, "ns_crime_prevention_plan", "no")
        again = service.create_assessment("untoc-needs-assessment", country="KEN", cycle="2027")
        taken = service.answer(again.id, "pr_strategy_exists")
        assert taken is not None and taken.value == "no"
    finally:
        store.close()
