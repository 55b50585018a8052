"""On an institution's laptop the assessment is its part: issues, progress and "required unanswered" count only
the items assigned to it, in the one snapshot every front end reads (window, `omnibus status`, contribution);
the context the assignment carried is neither its issue nor its progress. The contribution names the person it
names, not the laptop's login."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from omnibus.model import status
from omnibus.model.catalogue import Catalogue
from omnibus.model.collaboration import ReceivedAssignment
from omnibus.model.records import Profile
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

FOCAL_KEY, INTERIOR_KEY = "f0" * 32, "a1" * 32


@pytest.fixture
def interior(tmp_path: Path, catalogue: Catalogue) -> Iterator[AssessmentService]:
    """The ministry's own database; its login is `root`, as on a laptop nobody configured."""
    service = AssessmentService(Store.open(tmp_path / "interior.db"), catalogue, "root")
    yield service
    service.store.close()


def _opened(focal: AssessmentService, aid: str, laptop: AssessmentService, **part: object) -> str:
    assignment = focal.assign(aid, "Ministry of Interior", contact="A. Mwangi", **part)  # type: ignore[arg-type]
    contents = focal.assignment_contents(aid, assignment.id)
    return laptop.open_assignment(ReceivedAssignment(contents, FOCAL_KEY)).id


def test_a_single_assigned_question_is_the_whole_of_the_progress_and_issues(
    service: AssessmentService, aid: str, interior: AssessmentService
) -> None:
    whole = service.snapshot(aid)
    assert whole.progress.required_missing >= 2 and whole.part is None, "criminalized and has_unit are required"
    local = _opened(service, aid, interior, items=["criminalized"])
    mine = interior.snapshot(local)
    assert mine.part == ("basics",) and mine.scope == frozenset({"criminalized"})
    assert [(i.item_id, i.kind) for i in mine.issues] == [("criminalized", "required")]
    assert (mine.progress.relevant, mine.progress.answered, mine.progress.required_missing) == (1, 0, 1)
    assert {s.section_id: s.relevant for s in mine.progress.sections if s.relevant} == {"basics": 1}
    report = status.report(mine)
    assert report["part"] == ["basics"] and report["progress"]["required_missing"] == 1
    shown = {item["id"]: item["in_part"] for item in report["items"]}
    assert shown["criminalized"] and not shown["has_unit"] and not shown["cases"]
    interior.set_answer(local, "criminalized", "in_place")
    done = interior.snapshot(local)
    assert [i.kind for i in done.issues] == ["evidence"], "its own warning: cite a law or comment"
    assert done.progress.required_missing == 0 and done.progress.percent == 100
    assert interior.mark_final(local).status == "final", "nothing of its part blocks it"


def test_a_whole_section_counts_its_questions_only(
    service: AssessmentService, aid: str, interior: AssessmentService
) -> None:
    local = _opened(service, aid, interior, sections=["numbers"])
    interior.set_answer(local, "cases", 60000)  # accepted, but the constraint says it is implausible
    mine = interior.snapshot(local)
    assert mine.part == ("numbers",)
    assert {i.item_id for i in mine.issues} == {"cases"}
    assert (mine.progress.relevant, mine.progress.answered, mine.progress.required_missing) == (3, 1, 0)
    assert service.snapshot(aid).part is None, "the focal point's assessment stays whole"


def test_the_contribution_names_the_contact_person_not_the_login(
    service: AssessmentService, aid: str, interior: AssessmentService
) -> None:
    service.set_answer(aid, "cases", 3)
    local = _opened(service, aid, interior, sections=["numbers"])
    service.set_answer(aid, "cases", 4)  # the focal point changes it too: a conflict
    interior.set_answer(local, "cases", 5)
    interior.set_answer(local, "budget", 2.5)
    contribution = interior.prepare_contribution(local, None)
    assert contribution.person == "A. Mwangi"
    assert contribution.answers["cases"].answered_by == "A. Mwangi"
    assert contribution.answers["adopted"].answered_by == ""
    digest = hashlib.sha256(contribution.id.encode()).hexdigest()
    service.merge_contribution(aid, replace(contribution, fingerprint=INTERIOR_KEY, digest=digest), trust=INTERIOR_KEY)
    [conflict] = service.conflicts(aid)
    assert (conflict.institution, conflict.person) == ("Ministry of Interior", "A. Mwangi")
    given = service.item_provenance(aid, "budget")
    assert given is not None and given.person == "A. Mwangi"
    named = interior.prepare_contribution(local, "J. Doe")
    assert named.person == "J. Doe" and named.answers["budget"].answered_by == "J. Doe"


def test_without_a_contact_the_contribution_names_the_person_of_this_installation(
    service: AssessmentService, aid: str, interior: AssessmentService
) -> None:
    assignment = service.assign(aid, "Ministry of Interior", sections=["numbers"])
    local = interior.open_assignment(ReceivedAssignment(service.assignment_contents(aid, assignment.id), FOCAL_KEY)).id
    nobody = interior.prepare_contribution(local, None)
    assert nobody.person == "", "nobody named anywhere: the institution, not the login"
    interior.set_profile(Profile("KEN", "Ministry of Interior", "B. Otieno"))
    interior.set_answer(local, "budget", 1.5)
    sent = interior.prepare_contribution(local, None)
    assert sent.person == "B. Otieno" and sent.answers["budget"].answered_by == "B. Otieno"
