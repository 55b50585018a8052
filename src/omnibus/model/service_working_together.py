"""The service's working-together calls: the focal point assigning parts to institutions and merging what they send
back, conflicts, sign-offs and provenance, and the institution answering its assignment.

`AssessmentService` stays the one entry point (`service.assign(...)`, `service.merge_contribution(...)`): it
composes one `WorkingTogether` and exposes its methods as its own. Keeping them here, each taking the service's lock
and handing the call to the part that does it (`Assigning`, `Merging`, `Conflicts`, `SignOffs`, `InstitutionSide`),
keeps `service.py` to the answers, assessments and documents.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from omnibus.model.service_support import serialized

if TYPE_CHECKING:  # the parts' modules are imported when first used: reading an assessment runs none of them
    from omnibus.model.collaboration import (
        Assignment,
        AssignmentContents,
        AssignmentCopy,
        Conflict,
        Contribution,
        Institution,
        InstitutionOverview,
        MergeResult,
        Provenance,
        ReceivedAssignment,
        Resolution,
        SignOff,
    )
    from omnibus.model.records import AssessmentSummary, Change, Json
    from omnibus.model.service_assigning import Assigning
    from omnibus.model.service_conflicts import Conflicts
    from omnibus.model.service_institution import InstitutionSide
    from omnibus.model.service_merging import Merging
    from omnibus.model.service_sign_offs import SignOffs
    from omnibus.model.service_state import Workspace
    from omnibus.model.service_status import Standing


class WorkingTogether:
    """Assignments, contributions, conflicts, sign-offs and provenance, under the lock `mutex` the service shares;
    `standing` gives the service's snapshots (built when first asked for)."""

    def __init__(self, work: Workspace, standing: Callable[[], Standing], mutex: threading.RLock) -> None:
        self._work = work
        self._standing = standing
        self._mutex = mutex

    @cached_property
    def _assigning(self) -> Assigning:
        from omnibus.model.service_assigning import Assigning

        return Assigning(self._work, self._standing())

    @cached_property
    def _merging(self) -> Merging:
        from omnibus.model.service_merging import Merging

        return Merging(self._work)

    @cached_property
    def _conflicts(self) -> Conflicts:
        from omnibus.model.service_conflicts import Conflicts

        return Conflicts(self._work)

    @cached_property
    def _sign_offs(self) -> SignOffs:
        from omnibus.model.service_sign_offs import SignOffs

        return SignOffs(self._work)

    @cached_property
    def _institution_side(self) -> InstitutionSide:
        from omnibus.model.service_institution import InstitutionSide

        return InstitutionSide(self._work)

    @serialized
    def assign(
        self,
        assessment_id: str,
        institution: str,
        *,
        contact: str = "",
        sections: Sequence[str] = (),
        items: Sequence[str] = (),
        deadline: date | None = None,
        note: str = "",
    ) -> Assignment:
        """Give `sections` and/or single `items` to an institution, recording the answers they carry now (the base
        of the three-way merge). The export layer writes it as a signed assignment file (`assignment_contents`)."""
        return self._assigning.assign(
            assessment_id, institution, contact=contact, sections=sections, items=items, deadline=deadline, note=note
        )

    @serialized
    def assignments(self, assessment_id: str) -> list[Assignment]:
        """Every assignment made from this assessment, oldest first."""
        return self._assigning.assignments(assessment_id)

    @serialized
    def assignment_contents(self, assessment_id: str, assignment_id: str) -> AssignmentContents:
        """What the assignment file holds: the assignment, the questionnaire edition, read-only context (answers to
        the other items of the sections it touches) and the files they name."""
        return self._assigning.assignment_contents(assessment_id, assignment_id)

    @serialized
    def reminder(
        self, assessment_id: str, institution: str, *, deadline: date | None = None, note: str | None = None
    ) -> Assignment:
        """A fresh assignment of what `institution` has still not answered (relevant assigned items without an
        answer); deadline and note default to its last assignment's."""
        return self._assigning.reminder(assessment_id, institution, deadline=deadline, note=note)

    @serialized
    def institutions(self) -> list[Institution]:
        """Every institution known to this database, with the fingerprint of its trusted key (if confirmed)."""
        return self._assigning.institutions()

    @serialized
    def merge_contribution(
        self, assessment_id: str, contribution: Contribution, *, trust: str | None = None
    ) -> MergeResult:
        """Merge a verified contribution in one transaction (all of it or none). Refused with
        `CollaborationRefused` (another assessment, country or edition; an unknown assignment; an older round;
        `UnknownInstitutionKey` unless `trust` is the fingerprint of the key that signed it)."""
        return self._merging.merge_contribution(assessment_id, contribution, trust)

    @serialized
    def conflicts(self, assessment_id: str, *, include_resolved: bool = False) -> list[Conflict]:
        """Open conflicts (and settled ones when asked), oldest first, each with this side's answer as it is now."""
        return self._conflicts.conflicts(assessment_id, include_resolved)

    @serialized
    def resolve_conflict(
        self,
        assessment_id: str,
        conflict_id: int,
        resolution: Resolution,
        *,
        value: Json = None,
        comment: str | None = None,
    ) -> Change:
        """Settle a conflict: keep this side's answer ("mine"), take the institution's ("theirs", with its
        provenance) or store `value` (and `comment`) combining both ("combined")."""
        return self._conflicts.resolve_conflict(assessment_id, conflict_id, resolution, value, comment)

    @serialized
    def sign_off(
        self, assessment_id: str, section_id: str, name: str, function: str, signed_on: date | None = None
    ) -> SignOff:
        """Record that `name` (`function`) approved a section on `signed_on` (today when None), for the
        institution answering (the assignment's on an institution's laptop)."""
        return self._sign_offs.sign_off(assessment_id, section_id, name, function, signed_on)

    @serialized
    def sign_offs(self, assessment_id: str) -> list[SignOff]:
        """Every section signed off, by section then institution."""
        return self._sign_offs.sign_offs(assessment_id)

    @serialized
    def provenance(self, assessment_id: str) -> dict[str, Provenance]:
        """Who gave and who accepted each stored answer, by item id."""
        return self._conflicts.provenance(assessment_id)

    @serialized
    def item_provenance(self, assessment_id: str, item_id: str) -> Provenance | None:
        """Who gave and who accepted one item's answer; None when it has none."""
        return self._conflicts.provenance(assessment_id).get(item_id)

    @serialized
    def institution_overview(self, assessment_id: str, today: date | None = None) -> list[InstitutionOverview]:
        """Per institution: assigned, answered, needing attention, signed off, overdue (against `today`)."""
        return self._assigning.overview(assessment_id, today)

    @serialized
    def open_assignment(self, received: ReceivedAssignment) -> AssessmentSummary:
        """On an institution's laptop: a local assessment answering a verified assignment file (its items
        pre-filled as the focal point had them); the same assignment opened again returns the same assessment."""
        return self._institution_side.open_assignment(received)

    @serialized
    def assignment_copy(self, assessment_id: str) -> AssignmentCopy | None:
        """The assignment this local assessment answers (scope, deadline, note, who assigned it), or None."""
        return self._institution_side.assignment_copy(assessment_id)

    @serialized
    def prepare_contribution(self, assessment_id: str, person: str | None = None) -> Contribution:
        """The next round of this assignment's contribution: every assigned item's answer, the sign-offs and the
        files; the round number is recorded, the export layer signs and writes the file."""
        return self._institution_side.prepare_contribution(assessment_id, person)
