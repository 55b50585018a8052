"""Questionnaire editions (renamed items, orphans) and reporting cycles (carry forward, compare)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService, EditionMismatch
from omnibus.model.service_cycles import cycle_order
from omnibus.model.store import Store


def test_upgrade_moves_answers_by_id_and_renamed_from_and_keeps_orphans(
    service: AssessmentService, aid: str, q2: Questionnaire, store: Store
) -> None:
    service.set_answers(aid, {"criminalized": "in_place", "old_notes": "Some notes", "cooperation": "partially"})
    service.set_comment(aid, "cooperation", "through the task force")
    summary = service.upgrade_questionnaire(aid, q2)
    assert (summary.questionnaire_version, summary.questionnaire_hash) == ("2.0", q2.content_hash)
    answers = service.answers(aid)
    assert answers["criminalized"].value == "in_place" and not answers["criminalized"].orphan
    assert answers["notes"].value == "Some notes" and not answers["notes"].orphan
    assert "old_notes" not in answers
    orphan = answers["cooperation"]
    assert orphan.orphan and orphan.value == "partially" and orphan.comment == "through the task force"
    issue = next(i for i in service.issues(aid) if i.item_id == "cooperation")
    assert issue.kind == "orphan" and issue.severity == "warning"
    assert service.status(aid)["orphans"] == [{"id": "cooperation", "issues": [
        {"kind": "orphan", "severity": "warning", "message": issue.message, "needs": []}]}]  # fmt: skip
    # the same after reopening from disk, with the stored edition
    fresh = AssessmentService(store, Catalogue(()), "tester")
    assert fresh.questionnaire(aid).version == "2.0"
    assert {k: (a.value, a.orphan) for k, a in fresh.answers(aid).items()} == {
        "criminalized": ("in_place", False), "notes": ("Some notes", False), "cooperation": ("partially", True),
    }  # fmt: skip
    # orphans are dismissed only on purpose
    service.clear_answer(aid, "cooperation")
    assert "cooperation" not in service.answers(aid)
    upgrade = next(e for e in service.history(aid) if e.action == "upgrade_questionnaire")
    assert isinstance(upgrade.old, Mapping) and isinstance(upgrade.new, Mapping)
    assert upgrade.old["version"] == "1.0" and upgrade.new["renamed"] == {"old_notes": "notes"}


def test_upgrade_refuses_another_questionnaire(service: AssessmentService, aid: str) -> None:
    from omnibus.model.loader import load_questionnaire_bytes

    other = load_questionnaire_bytes(
        b"kind: questionnaire\nid: other\nversion: '1'\ntitle: O\nlanguages: [en]\ninstruments: [untoc]\n"
        b"modules:\n  - id: m\n    title: M\n    sections:\n      - id: s\n        title: S\n        items:\n"
        b"          - id: x\n            type: yes_no\n            label: X\n",
        "other.yaml",
    )
    with pytest.raises(EditionMismatch):
        service.upgrade_questionnaire(aid, other)


def test_an_orphan_comes_back_when_a_later_edition_renames_it(
    service: AssessmentService, aid: str, q1: Questionnaire, q2: Questionnaire
) -> None:
    service.set_answer(aid, "old_notes", "kept")
    service.upgrade_questionnaire(aid, q2)
    assert not service.answers(aid)["notes"].orphan


def test_carry_forward_prefills_to_be_confirmed(service: AssessmentService, aid: str, q1: Questionnaire) -> None:
    service.set_answers(aid, {"criminalized": "partially", "has_unit": "no", "cooperation": "yes", "old_notes": "n"})
    service.set_comment(aid, "criminalized", "draft law pending")
    later = service.carry_forward(aid, "2026", q1)
    assert later.carried_from == aid and later.cycle == "2026" and later.status == "draft"
    assert later.questionnaire_hash == q1.content_hash and later.id != aid
    answers = service.answers(later.id)
    assert all(a.origin == "carried_forward" and not a.confirmed for a in answers.values())
    assert answers["criminalized"].comment == "draft law pending"
    assert answers["criminalized"].answered_by == "tester"  # provenance kept
    to_confirm = {i.item_id for i in service.issues(later.id) if i.kind == "to_confirm"}
    assert to_confirm == {"criminalized", "has_unit", "cooperation", "old_notes"}
    # confirming, or giving the same value, confirms; changing it makes it entered
    service.confirm(later.id, "criminalized")
    service.set_answer(later.id, "has_unit", "no")
    service.set_answer(later.id, "cooperation", "partially")
    answers = service.answers(later.id)
    assert (answers["criminalized"].origin, answers["criminalized"].confirmed) == ("carried_forward", True)
    assert (answers["has_unit"].origin, answers["has_unit"].confirmed) == ("carried_forward", True)
    assert (answers["cooperation"].origin, answers["cooperation"].confirmed) == ("entered", True)
    assert {i.item_id for i in service.issues(later.id) if i.kind == "to_confirm"} == {"old_notes"}
    # the earlier cycle is untouched
    assert all(a.origin == "entered" and a.confirmed for a in service.answers(aid).values())


def test_carry_forward_moves_to_the_newest_edition(service: AssessmentService, aid: str) -> None:
    service.set_answers(aid, {"old_notes": "n", "cooperation": "yes"})
    later = service.carry_forward(aid, "2026")  # the catalogue has edition 2.0
    assert later.questionnaire_version == "2.0"
    answers = service.answers(later.id)
    assert answers["notes"].value == "n" and not answers["notes"].orphan
    assert answers["cooperation"].orphan


def test_compare_cycles(service: AssessmentService, q1: Questionnaire, q2: Questionnaire) -> None:
    earlier = service.create_assessment(q1, country="KEN", cycle="2022").id
    service.set_answers(
        earlier,
        {"criminalized": "partially", "has_unit": "no", "cases": 10, "budget": 5, "cooperation": "yes",
         "old_notes": "same", "adopted": "2001-01-01"},
    )  # fmt: skip
    later = service.carry_forward(earlier, "2024", q2).id
    service.set_answers(later, {"criminalized": "in_place", "has_unit": "yes", "cases": 12, "budget": None,
                                "new_question": "yes", "unit_name": "OCU"})  # fmt: skip
    comparison = service.compare(earlier, later)
    trends = {i.item_id: i.trend for i in comparison.items}
    assert trends == {
        "criminalized": "improved",
        "has_unit": "changed",
        "unit_name": "new",
        "new_question": "new",
        "notes": "unchanged",
        "cases": "changed",
        "budget": "removed",
        "adopted": "unchanged",
        "cooperation": "removed",  # the later edition has no such item
    }
    assert comparison.count("new") == 2 and comparison.earlier.id == earlier
    assert comparison.order == "as_given"


def test_compare_reads_from_the_earlier_cycle_whatever_the_order_given(
    service: AssessmentService, q1: Questionnaire
) -> None:
    """The later cycle given first once read an improvement as a regression."""
    earlier = service.create_assessment(q1, country="KEN", cycle="2022").id
    service.set_answers(earlier, {"criminalized": "partially", "cases": 3})
    later = service.carry_forward(earlier, "2024", q1).id
    service.set_answers(later, {"criminalized": "in_place", "cases": None})
    back = service.compare(later, earlier)
    assert (back.earlier.id, back.later.id, back.order) == (earlier, later, "reordered")
    assert {i.item_id: i.trend for i in back.items} == {"criminalized": "improved", "cases": "removed"}
    assert back.items == service.compare(earlier, later).items


def test_compare_of_one_cycle_keeps_the_order_given(service: AssessmentService, q1: Questionnaire) -> None:
    first = service.create_assessment(q1, country="KEN", cycle="2024").id
    service.set_answer(first, "criminalized", "in_place")
    second = service.create_assessment(q1, country="KEN", cycle="2024", allow_duplicate=True).id
    service.set_answer(second, "criminalized", "partially")
    for a, b in ((first, second), (second, first)):
        comparison = service.compare(a, b)
        assert (comparison.earlier.id, comparison.later.id, comparison.order) == (a, b, "same_cycle")
    assert [i.trend for i in service.compare(second, first).items] == ["improved"]


@pytest.mark.parametrize(
    ("before", "after", "trend"),
    [
        ("not_in_place", "partially", "improved"),
        ("not_in_place", "in_place", "improved"),
        ("in_place", "not_in_place", "regressed"),
        ("partially", "partially", "unchanged"),
        ("unknown", "in_place", "not_comparable"),
        ("in_place", "not_applicable", "not_comparable"),
        ("unknown", "unknown", "unchanged"),
    ],
)
def test_indicator_trends(service: AssessmentService, q1: Questionnaire, before: str, after: str, trend: str) -> None:
    a = service.create_assessment(q1, country="KEN", cycle="2024").id
    service.set_answer(a, "criminalized", before)
    b = service.carry_forward(a, "2025", q1).id
    service.set_answer(b, "criminalized", after)
    assert [(i.item_id, i.trend) for i in service.compare(a, b).items] == [("criminalized", trend)]


@pytest.mark.parametrize(
    ("first_cycle", "second_cycle", "order"),
    [
        ("2024", "2022", "reordered"),  # the later cycle given first
        ("2020-2021", "2022-2023", "as_given"),
        ("2026", "2026-2027", "reordered"),  # starting the same year: the one created first is the earlier
        ("next year", "", "reordered"),  # labels from before cycles were checked: by date
        ("2024", "2024", "same_cycle"),
        ("2024 / 2025", "2024-2025", "same_cycle"),
    ],
)
def test_cycle_order(
    service: AssessmentService, q1: Questionnaire, first_cycle: str, second_cycle: str, order: str
) -> None:
    """By cycle, then by the date the assessment was created; one cycle keeps the order given."""
    base = service.create_assessment(q1, country="KEN", cycle="2024")
    second = replace(base, id="b", cycle=second_cycle, created=base.created - timedelta(days=30))
    first = replace(base, id="a", cycle=first_cycle)
    earlier, later, how = cycle_order(first, second)
    assert how == order
    assert (earlier.id, later.id) == (("b", "a") if order == "reordered" else ("a", "b"))
