"""Answers carried forward from the earlier cycle, assigned to a ministry: confirming one on its laptop makes it the
ministry's answer for this cycle; one it leaves as it came stays carried forward, to be confirmed, and is counted
as such in the overview per institution (the window's and `omnibus institutions`), not as "answered by others".
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from omnibus.model.collaboration import Contribution, InstitutionOverview, ReceivedAssignment
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService

FOCAL_KEY, INTERIOR_KEY = "f0" * 32, "a1" * 32


@pytest.fixture
def later(service: AssessmentService, q1: Questionnaire) -> str:
    """The focal point's 2025 assessment, carried forward from 2024: its figures still to be confirmed."""
    earlier = service.create_assessment(q1, country="KEN", cycle="2024", institution="Justice", focal_point="A. Diallo")
    service.set_answers(earlier.id, {"cases": 3, "budget": 1.5, "adopted": "2024-05-01"})
    return service.carry_forward(earlier.id, "2025", q1).id


def _opened(service: AssessmentService, aid: str, interior: AssessmentService) -> str:
    assignment = service.assign(aid, "Ministry of Interior", contact="A. Mwangi", sections=["numbers"])
    contents = service.assignment_contents(aid, assignment.id)
    return interior.open_assignment(ReceivedAssignment(contents, FOCAL_KEY)).id


def _sent(interior: AssessmentService, local: str) -> Contribution:
    contribution = interior.prepare_contribution(local, None)
    return replace(contribution, fingerprint=INTERIOR_KEY, digest=hashlib.sha256(contribution.id.encode()).hexdigest())


def _counts(row: InstitutionOverview) -> tuple[int, int, int, int]:
    return row.assigned, row.answered, row.answered_by_others, row.to_confirm


def test_a_confirmed_carried_answer_is_the_ministrys_and_one_left_stays_to_be_confirmed(
    service: AssessmentService, later: str, interior: AssessmentService
) -> None:
    local = _opened(service, later, interior)
    [before] = service.institution_overview(later)
    assert _counts(before) == (3, 0, 0, 3), "carried forward, confirmed by nobody: nobody's answers yet"

    shown = interior.answers(local)
    assert {k: (a.origin, a.confirmed) for k, a in shown.items()} == {
        k: ("carried_forward", False) for k in ("cases", "budget", "adopted")
    }, "the ministry is asked to confirm them, as the focal point would be"
    assert {i.item_id for i in interior.issues(local) if i.kind == "to_confirm"} == {"cases", "budget", "adopted"}
    interior.confirm(local, "cases")  # still true this year
    interior.set_answer(local, "budget", 2.5)  # changed
    sent = _sent(interior, local)  # "adopted" is left as it came
    assert {k: a.confirmed for k, a in sent.answers.items()} == {"cases": True, "budget": None, "adopted": False}
    assert (sent.answers["cases"].answered_by, sent.answers["adopted"].answered_by) == ("A. Mwangi", "A. Diallo")

    result = service.merge_contribution(later, sent, trust=INTERIOR_KEY)
    assert (result.taken, result.unchanged, result.conflicts) == (("cases", "budget"), ("adopted",), ())
    cases, adopted = service.answer(later, "cases"), service.answer(later, "adopted")
    assert cases is not None and adopted is not None
    assert (cases.value, cases.confirmed, cases.institution, cases.answered_by) == (
        3,
        True,
        "Ministry of Interior",
        "A. Mwangi",
    )
    given = service.item_provenance(later, "cases")
    assert given is not None and (given.institution, given.person) == ("Ministry of Interior", "A. Mwangi")
    assert (adopted.origin, adopted.confirmed, adopted.institution) == ("carried_forward", False, "Justice")
    assert [i.item_id for i in service.issues(later) if i.kind == "to_confirm"] == ["adopted"]
    [after] = service.institution_overview(later)
    assert _counts(after) == (3, 2, 0, 1)


def test_a_ministry_that_touched_nothing_leaves_every_carried_answer_to_be_confirmed(
    service: AssessmentService, later: str, interior: AssessmentService
) -> None:
    local = _opened(service, later, interior)
    before = service.answers(later)
    result = service.merge_contribution(later, _sent(interior, local), trust=INTERIOR_KEY)
    assert (result.taken, result.unchanged) == ((), ("cases", "budget", "adopted"))
    assert service.answers(later) == before
    [overview] = service.institution_overview(later)
    assert _counts(overview) == (3, 0, 0, 3)


def test_a_confirmation_changes_nothing_the_focal_point_settled_meanwhile(
    service: AssessmentService, later: str, interior: AssessmentService
) -> None:
    """The focal point confirmed one figure itself and corrected another before the contribution came: the
    ministry's confirmation of what it was shown overwrites neither, and each stays the focal point's answer."""
    local = _opened(service, later, interior)
    service.confirm(later, "cases")
    service.set_answer(later, "budget", 9.5)
    interior.confirm(local, "cases")
    interior.confirm(local, "budget")
    result = service.merge_contribution(later, _sent(interior, local), trust=INTERIOR_KEY)
    assert result.taken == () and result.conflicts == ()
    assert service.answer(later, "budget").value == 9.5  # type: ignore[union-attr]
    assert service.item_provenance(later, "cases").contribution_id is None  # type: ignore[union-attr]
    [overview] = service.institution_overview(later)
    assert _counts(overview) == (3, 0, 2, 1)
