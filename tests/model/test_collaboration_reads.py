"""Who gave each answer and which sections are signed off are read from the store once, not at every save.

A save in the window takes a snapshot, and a snapshot carries the provenance and the sign-offs; reading them again
each time cost a tenth of the save's own durable write. Only a merge, a settled conflict or a sign-off changes
them: after each, the next snapshot shows the change.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from tests.model.test_collaboration import KEY_A, _open, _send


@pytest.fixture
def interior(tmp_path: Path, catalogue: Catalogue) -> Iterator[AssessmentService]:
    """The Interior ministry's own laptop."""
    service = AssessmentService(Store.open(tmp_path / "interior.db"), catalogue, "interior")
    yield service
    service.store.close()


def _collaboration_reads(service: AssessmentService) -> list[str]:
    """The statements reading provenance or sign-offs that the service's store runs from now on."""
    with service.store.read() as tx:
        driver = tx
    seen: list[str] = []
    driver.set_trace_callback(
        lambda sql: seen.append(sql) if sql.lstrip().upper().startswith("SELECT") and _names_them(sql) else None
    )
    return seen


def _names_them(sql: str) -> bool:
    return "provenance" in sql or "sign_offs" in sql


def test_saves_read_neither_provenance_nor_sign_offs_again(service: AssessmentService, aid: str) -> None:
    service.sign_off(aid, "numbers", "Head of unit", "Director", date(2025, 2, 1))
    service.snapshot(aid)
    reads = _collaboration_reads(service)

    service.set_answer(aid, "cases", 3)
    first = service.snapshot(aid)
    service.clear_answer(aid, "cases")
    service.set_answer(aid, "budget", 12.5)
    second = service.snapshot(aid, "fr")

    assert reads == []
    assert first.provenance["cases"].person == "tester" and "cases" not in second.provenance
    assert second.provenance["budget"].accepted_by == "tester"
    assert [s.name for s in first.sign_offs] == [s.name for s in second.sign_offs] == ["Head of unit"]


def test_a_sign_off_shows_in_the_next_snapshot(service: AssessmentService, aid: str) -> None:
    assert service.snapshot(aid).sign_offs == ()
    service.sign_off(aid, "numbers", "Head of unit", "Director", date(2025, 2, 1))
    assert [(s.section_id, s.name) for s in service.snapshot(aid).sign_offs] == [("numbers", "Head of unit")]
    assert [s.name for s in service.sign_offs(aid)] == ["Head of unit"]


def test_a_merge_shows_in_the_next_snapshot(service: AssessmentService, aid: str, interior: AssessmentService) -> None:
    assignment = service.assign(aid, "Interior", sections=["numbers"])
    local = _open(service, aid, interior, assignment.id)
    interior.set_answer(local, "budget", 12.5)
    interior.sign_off(local, "numbers", "Head of unit", "Director", date(2025, 2, 1))
    before = service.snapshot(aid)
    assert "budget" not in before.provenance and before.sign_offs == ()

    service.merge_contribution(aid, _send(interior, local, KEY_A), trust=KEY_A)

    after = service.snapshot(aid)
    assert (after.provenance["budget"].institution, after.provenance["budget"].round) == ("Interior", 1)
    assert [(s.section_id, s.institution) for s in after.sign_offs] == [("numbers", "Interior")]
    assert service.provenance(aid)["budget"].institution == "Interior"


def test_a_settled_conflict_shows_in_the_next_snapshot(
    service: AssessmentService, aid: str, interior: AssessmentService
) -> None:
    assignment = service.assign(aid, "Interior", items=["cases"])
    local = _open(service, aid, interior, assignment.id)
    interior.set_answer(local, "cases", 5)
    service.set_answer(aid, "cases", 7)
    contribution = _send(interior, local, KEY_A)
    service.merge_contribution(aid, contribution, trust=KEY_A)
    [conflict] = service.conflicts(aid)
    assert service.snapshot(aid).provenance["cases"].contribution_id is None  # still the focal point's own

    service.resolve_conflict(aid, conflict.id, "theirs")

    given = service.snapshot(aid).provenance["cases"]
    assert (given.institution, given.contribution_id) == ("Interior", contribution.id)
