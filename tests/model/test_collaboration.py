"""Merging contributions: the three-way rules, rounds, refusals (nothing written), provenance, sign-offs, overview.

The focal point and each institution have their own database; files are left out (tests/export covers them): the
contribution goes from `prepare_contribution` to `merge_contribution` as the export layer would hand it over.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.collaboration import (
    CollaborationRefused,
    Contribution,
    Entry,
    ReceivedAssignment,
    UnknownInstitutionKey,
)
from omnibus.model.messages import Msg
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

KEY_A, KEY_B = "a1" * 32, "b2" * 32
FOCAL_KEY = "f0" * 32


def _service(path: Path, catalogue: Catalogue, user: str) -> AssessmentService:
    return AssessmentService(Store.open(path), catalogue, user)


@pytest.fixture
def focal(service: AssessmentService) -> AssessmentService:
    return service


@pytest.fixture
def laptop(tmp_path: Path, catalogue: Catalogue) -> Iterator[Callable[[str], AssessmentService]]:
    """An institution's own database."""
    opened: list[AssessmentService] = []

    def make(user: str) -> AssessmentService:
        service = _service(tmp_path / f"{user}.db", catalogue, user)
        opened.append(service)
        return service

    yield make
    for service in opened:
        service.store.close()


def _dump(service: AssessmentService) -> list[str]:
    with sqlite3.connect(service.store.path) as connection:
        return list(connection.iterdump())


def _open(focal: AssessmentService, aid: str, institution_laptop: AssessmentService, assignment_id: str) -> str:
    contents = focal.assignment_contents(aid, assignment_id)
    return institution_laptop.open_assignment(ReceivedAssignment(contents, FOCAL_KEY)).id


def _send(laptop: AssessmentService, local: str, key: str) -> Contribution:
    """The next round, as the export layer hands it over: with the signer's fingerprint and the file's digest."""
    contribution = laptop.prepare_contribution(local, "sender")
    digest = hashlib.sha256(f"{contribution.id}{contribution.round}".encode()).hexdigest()
    return replace(contribution, fingerprint=key, digest=digest)


def test_taken_when_unchanged_here_with_provenance_and_sign_off(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    focal.set_answer(aid, "cases", 3)
    assignment = focal.assign(aid, "Interior", contact="Ann", sections=["numbers"], deadline=date(2025, 3, 1))
    assert assignment.items == ("cases", "budget", "adopted") and assignment.base["cases"].value == 3
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    assert interior.answers(local)["cases"].value == 3  # what the assignment carried
    assert interior.assignment_copy(local).items == assignment.items  # type: ignore[union-attr]
    interior.set_answer(local, "budget", 12.5)
    interior.sign_off(local, "numbers", "Head of unit", "Director", date(2025, 2, 1))
    result = focal.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A)
    assert (result.taken, result.conflicts, result.trusted_now) == (("budget",), (), True)
    assert focal.answer(aid, "budget").value == 12.5  # type: ignore[union-attr]
    given = focal.item_provenance(aid, "budget")
    assert given is not None
    assert (given.institution, given.person, given.fingerprint, given.round, given.accepted_by) == (
        "Interior",
        "sender",  # the person the contribution names, not the laptop's login ("interior")
        KEY_A,
        1,
        "tester",
    )
    own = focal.item_provenance(aid, "cases")
    assert own is not None and own.contribution_id is None and own.person == "tester"
    assert [(s.section_id, s.institution, s.name) for s in focal.sign_offs(aid)] == [
        ("numbers", "Interior", "Head of unit")
    ]
    [overview] = focal.institution_overview(aid, date(2025, 3, 2))
    assert (overview.assigned, overview.answered, overview.answered_by_others) == (3, 1, 1)  # "cases" is the focal's
    assert (overview.signed_off, overview.overdue) == (("numbers",), True)
    assert overview.missing == ("adopted",)
    reminder = focal.reminder(aid, "Interior")
    assert reminder.items == ("adopted",) and reminder.reminder_of == assignment.id


def test_both_changed_is_a_conflict_and_nothing_is_overwritten(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    assignment = focal.assign(aid, "Interior", items=["cases"])
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    interior.set_answer(local, "cases", 5)
    focal.set_answer(aid, "cases", 7)
    result = focal.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A)
    assert result.conflicts == ("cases",) and result.taken == ()
    assert focal.answer(aid, "cases").value == 7  # type: ignore[union-attr]
    [conflict] = focal.conflicts(aid)
    assert (conflict.base.value, conflict.mine.value, conflict.theirs.value) == (None, 7, 5)
    focal.resolve_conflict(aid, conflict.id, "theirs")
    assert focal.answer(aid, "cases").value == 5  # type: ignore[union-attr]
    assert focal.item_provenance(aid, "cases").institution == "Interior"  # type: ignore[union-attr]
    assert focal.conflicts(aid) == [] and focal.conflicts(aid, include_resolved=True)[0].resolution == "theirs"


def test_two_institutions_answering_the_same_item_collide(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    first = focal.assign(aid, "Interior", items=["cases"])
    second = focal.assign(aid, "Justice", items=["cases"])
    interior, justice = laptop("interior"), laptop("justice")
    local_a, local_b = _open(focal, aid, interior, first.id), _open(focal, aid, justice, second.id)
    interior.set_answer(local_a, "cases", 5)
    justice.set_answer(local_b, "cases", 6)
    assert focal.merge_contribution(aid, _send(interior, local_a, KEY_A), trust=KEY_A).taken == ("cases",)
    assert focal.merge_contribution(aid, _send(justice, local_b, KEY_B), trust=KEY_B).conflicts == ("cases",)
    [conflict] = focal.conflicts(aid)
    assert (conflict.mine.value, conflict.mine_from, conflict.theirs.value, conflict.institution) == (
        5,
        "Interior",
        6,
        "Justice",
    )
    with pytest.raises(CollaborationRefused) as refused:
        focal.resolve_conflict(aid, conflict.id, "combined")
    assert refused.value.msg is Msg.CONFLICT_COMBINED_NEEDS_VALUE
    focal.resolve_conflict(aid, conflict.id, "combined", value=11, comment="both counted")
    answer = focal.answer(aid, "cases")
    assert answer is not None and (answer.value, answer.comment) == (11, "both counted")
    assert focal.item_provenance(aid, "cases").contribution_id is None  # type: ignore[union-attr]


def test_rounds_twice_the_same_later_supersedes_older_refused(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    assignment = focal.assign(aid, "Interior", sections=["numbers"])
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    interior.set_answers(local, {"cases": 1, "budget": 2.5})
    round_1 = _send(interior, local, KEY_A)
    interior.set_answer(local, "cases", 2)
    round_2 = _send(interior, local, KEY_A)
    interior.set_answer(local, "adopted", "2020-01-01")
    round_3 = _send(interior, local, KEY_A)
    assert (round_1.round, round_2.round, round_3.round) == (1, 2, 3)
    focal.merge_contribution(aid, round_1, trust=KEY_A)
    before = _dump(focal)
    assert focal.merge_contribution(aid, round_1).already_merged
    assert _dump(focal) == before
    assert focal.merge_contribution(aid, round_3).taken == ("cases", "adopted")  # round 2 never came: no matter
    assert focal.answers(aid)["cases"].value == 2 and focal.answers(aid)["budget"].value == 2.5
    before = _dump(focal)
    with pytest.raises(CollaborationRefused) as refused:
        focal.merge_contribution(aid, round_2)
    assert refused.value.msg is Msg.CONTRIBUTION_OLDER_ROUND and _dump(focal) == before
    with pytest.raises(CollaborationRefused) as refused:
        focal.merge_contribution(aid, replace(round_3, digest="0" * 64))
    assert refused.value.msg is Msg.CONTRIBUTION_ROUND_REUSED and _dump(focal) == before


def test_a_later_round_replaces_its_open_conflict_and_agreement_closes_it(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    assignment = focal.assign(aid, "Interior", items=["cases"])
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    focal.set_answer(aid, "cases", 9)
    interior.set_answer(local, "cases", 5)
    focal.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A)
    interior.set_answer(local, "cases", 6)
    focal.merge_contribution(aid, _send(interior, local, KEY_A))
    [conflict] = focal.conflicts(aid)
    assert (conflict.theirs.value, conflict.round) == (6, 2)
    interior.set_answer(local, "cases", 9)
    assert focal.merge_contribution(aid, _send(interior, local, KEY_A)).unchanged == ("cases",)
    assert focal.conflicts(aid) == []


def test_refusals_write_nothing(
    focal: AssessmentService, aid: str, q1: Questionnaire, laptop: Callable[[str], AssessmentService]
) -> None:
    assignment = focal.assign(aid, "Interior", items=["cases"])
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    interior.set_answer(local, "cases", 4)
    sent = _send(interior, local, KEY_A)
    other = focal.create_assessment(q1, country="KEN", cycle="2023").id
    before = _dump(focal)

    def refused(contribution: Contribution, into: str = aid, trust: str | None = KEY_A) -> Msg:
        with pytest.raises(CollaborationRefused) as caught:
            focal.merge_contribution(into, contribution, trust=trust)
        assert _dump(focal) == before
        return caught.value.msg

    assert refused(sent, other) is Msg.CONTRIBUTION_OTHER_ASSESSMENT
    assert refused(replace(sent, country="UGA")) is Msg.CONTRIBUTION_OTHER_COUNTRY
    assert refused(replace(sent, questionnaire_version="2.0")) is Msg.CONTRIBUTION_OTHER_EDITION
    assert refused(replace(sent, assignment_id="c" * 32)) is Msg.CONTRIBUTION_UNKNOWN_ASSIGNMENT
    assert refused(replace(sent, institution="Justice")) is Msg.CONTRIBUTION_OTHER_INSTITUTION
    with pytest.raises(UnknownInstitutionKey) as unknown:
        focal.merge_contribution(aid, sent)
    assert unknown.value.fingerprint == KEY_A and _dump(focal) == before
    with_budget = dict(sent.answers) | {"budget": replace(sent.answers["cases"], item_id="budget", value=1.5)}
    assert refused(replace(sent, answers=with_budget)) is Msg.CONTRIBUTION_OUTSIDE_ASSIGNMENT
    bad = {"cases": replace(sent.answers["cases"], value="many")}
    assert refused(replace(sent, answers=bad)) is Msg.CONTRIBUTION_VALUE
    focal.merge_contribution(aid, sent, trust=KEY_A)
    before = _dump(focal)
    later = _send(interior, local, KEY_B)
    with pytest.raises(UnknownInstitutionKey) as changed:
        focal.merge_contribution(aid, later)
    assert changed.value.msg is Msg.CONTRIBUTION_OTHER_KEY and _dump(focal) == before


def test_the_institution_side(focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]) -> None:
    focal.set_answer(aid, "unit_name", "Unit")
    assignment = focal.assign(aid, "Interior", items=["cases"], note="Figures, please")
    interior = laptop("interior")
    contents = focal.assignment_contents(aid, assignment.id)
    assert "unit_name" not in contents.context  # another section: not sent
    local = interior.open_assignment(ReceivedAssignment(contents, FOCAL_KEY))
    assert interior.open_assignment(ReceivedAssignment(contents, FOCAL_KEY)).id == local.id
    copy = interior.assignment_copy(local.id)
    assert copy is not None and (copy.note, copy.signer, copy.source_assessment_id) == (
        "Figures, please",
        FOCAL_KEY,
        aid,
    )
    with pytest.raises(CollaborationRefused) as refused:
        interior.sign_off(local.id, "basics", "Head", "Director")
    assert refused.value.msg is Msg.SIGN_OFF_OUTSIDE_ASSIGNMENT
    before = _dump(interior)
    for change in (
        lambda: interior.set_answer(local.id, "budget", 1.5),
        lambda: interior.set_answers(local.id, {"cases": 2, "budget": 1.5}),
        lambda: interior.set_comment(local.id, "budget", "context only"),
        lambda: interior.clear_answer(local.id, "budget"),
    ):
        with pytest.raises(CollaborationRefused) as refused:
            change()
        assert refused.value.msg is Msg.ANSWER_OUTSIDE_ASSIGNMENT
    assert _dump(interior) == before
    interior.set_answer(local.id, "cases", 2)  # its own part
    with pytest.raises(CollaborationRefused) as refused:
        focal.prepare_contribution(aid)
    assert refused.value.msg is Msg.NOT_AN_ASSIGNMENT
    with pytest.raises(CollaborationRefused) as refused:
        focal.assign(aid, "Interior")
    assert refused.value.msg is Msg.ASSIGN_NOTHING
    with pytest.raises(CollaborationRefused) as refused:
        focal.assign(aid, "Interior", sections=["nowhere"])
    assert refused.value.msg is Msg.ASSIGN_UNKNOWN_SECTION


def test_an_answer_the_institution_removed_is_removed_here(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    focal.set_answer(aid, "cases", 3)
    assignment = focal.assign(aid, "Interior", items=["cases"])
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    interior.clear_answer(local, "cases")
    assert focal.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A).taken == ("cases",)
    assert "cases" not in focal.answers(aid)
    focal.close_assessment(aid)
    assert "cases" not in focal.answers(aid)  # as stored, not only in memory


def test_an_assignment_carrying_an_answer_its_item_refuses_is_refused_and_nothing_is_stored(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    """The file is signed by the focal point, but another installation wrote it: its answers are checked too."""
    focal.set_answer(aid, "cases", 4)
    assignment = focal.assign(aid, "Interior", items=["cases"])
    contents = focal.assignment_contents(aid, assignment.id)
    forged = replace(contents.assignment, base={**contents.assignment.base, "cases": Entry("many")})
    interior = laptop("interior")
    before = _dump(interior)
    with pytest.raises(CollaborationRefused) as refused:
        interior.open_assignment(ReceivedAssignment(replace(contents, assignment=forged), FOCAL_KEY))
    assert refused.value.msg is Msg.ASSIGNMENT_VALUE
    assert _dump(interior) == before


def test_the_focal_point_is_named_by_name_not_by_the_computers_login(
    focal: AssessmentService, q1: Questionnaire, laptop: Callable[[str], AssessmentService]
) -> None:
    """The institution reads who assigned its part, and the provenance line who accepted an answer: the assessment's
    focal point ("A. Diallo"), not the login of the focal point's computer ("tester"), which nobody else knows."""
    aid = focal.create_assessment(q1, country="KEN", cycle="2024", institution="Justice", focal_point="A. Diallo").id
    focal.set_answer(aid, "cases", 3)
    assignment = focal.assign(aid, "Interior", sections=["numbers"])
    assert assignment.assigned_by == "A. Diallo"
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    assert interior.assignment_copy(local).assigned_by == "A. Diallo"  # type: ignore[union-attr]
    interior.set_answer(local, "budget", 12.5)
    interior.set_answer(local, "cases", 4)
    focal.set_answer(aid, "cases", 5)  # changed on both sides: a conflict
    focal.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A)
    assert focal.item_provenance(aid, "budget").accepted_by == "A. Diallo"  # type: ignore[union-attr]
    [conflict] = focal.conflicts(aid)
    focal.resolve_conflict(aid, conflict.id, "theirs")
    assert focal.item_provenance(aid, "cases").accepted_by == "A. Diallo"  # type: ignore[union-attr]
    [settled] = focal.conflicts(aid, include_resolved=True)
    assert (settled.resolution, settled.resolved_by) == ("theirs", "A. Diallo")


def test_without_a_focal_point_the_login_still_says_who(focal: AssessmentService, aid: str) -> None:
    """An assessment started without a focal point's name (and no profile) still records someone: the login."""
    assert focal.assign(aid, "Interior", sections=["numbers"]).assigned_by == "tester"


def test_an_institution_is_counted_for_the_answers_it_gave_not_for_anyones(
    focal: AssessmentService, q1: Questionnaire, laptop: Callable[[str], AssessmentService]
) -> None:
    """The overview's "answered" is what the institution answered: the focal point's own answers (carried in the
    assignment, or typed after it) are counted apart, as answered by others, so "1 of 3" means what it says."""
    aid = focal.create_assessment(q1, country="KEN", cycle="2024", institution="Justice", focal_point="A. Diallo").id
    focal.set_answer(aid, "cases", 3)  # the assignment carries it; Interior leaves it as it is
    assignment = focal.assign(aid, "Interior", sections=["numbers"])
    [before] = focal.institution_overview(aid)
    assert (before.assigned, before.answered, before.answered_by_others) == (3, 0, 1)
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    interior.set_answer(local, "budget", 12.5)
    focal.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A)
    focal.set_answer(aid, "adopted", "2024-05-01")  # the focal point answers it itself
    [after] = focal.institution_overview(aid)
    assert (after.assigned, after.answered, after.answered_by_others, after.missing) == (3, 1, 2, ())
    focal.set_answer(aid, "budget", 13)  # the focal point changes Interior's answer: it is no longer Interior's
    [changed] = focal.institution_overview(aid)
    assert (changed.answered, changed.answered_by_others) == (0, 3)


def test_an_answer_agreeing_with_the_focal_points_counts_for_the_institution_too(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    """An institution sending the answer the focal point already gave has answered it: the provenance names it."""
    assignment = focal.assign(aid, "Interior", items=["budget"])
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    focal.set_answer(aid, "budget", 12.5)
    interior.set_answer(local, "budget", 12.5)
    focal.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A)
    [overview] = focal.institution_overview(aid)
    assert (overview.answered, overview.answered_by_others) == (1, 0)


def test_a_sign_off_sent_again_is_not_counted_again(
    focal: AssessmentService, aid: str, laptop: Callable[[str], AssessmentService]
) -> None:
    """Each round carries the institution's sign-offs: the merge says a section was signed off only when the
    sign-off is new or changed, and keeps when it was first recorded."""
    assignment = focal.assign(aid, "Interior", sections=["numbers"])
    interior = laptop("interior")
    local = _open(focal, aid, interior, assignment.id)
    interior.set_answer(local, "budget", 12.5)
    interior.sign_off(local, "numbers", "Head of unit", "Director", date(2025, 2, 1))
    round_one = focal.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A)
    assert round_one.sign_offs == ("numbers",)
    [recorded] = focal.sign_offs(aid)
    interior.set_answer(local, "cases", 7)
    round_two = focal.merge_contribution(aid, _send(interior, local, KEY_A))
    assert (round_two.taken, round_two.sign_offs) == (("cases",), ())
    assert focal.sign_offs(aid) == [recorded]  # the same sign-off, as first recorded
    interior.sign_off(local, "numbers", "Head of unit", "Director", date(2025, 3, 1))  # signed again, later
    round_three = focal.merge_contribution(aid, _send(interior, local, KEY_A))
    assert (round_three.taken, round_three.sign_offs) == ((), ("numbers",))
    assert [s.signed_on for s in focal.sign_offs(aid)] == [date(2025, 3, 1)]
