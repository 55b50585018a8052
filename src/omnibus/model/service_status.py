"""Where an assessment stands: one snapshot of everything derived from its answers, and marking it final."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from omnibus.model.records import Answer, AssessmentSummary, Status
from omnibus.model.service_attachments import Attachments
from omnibus.model.service_errors import NotComplete
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import Collaboration, Loaded
from omnibus.model.snapshot import AssessmentSnapshot, attachments_named, take_snapshot
from omnibus.model.store import contribution_queries, queries

if TYPE_CHECKING:
    from omnibus.model.collaboration import Provenance


def provenance(
    collaboration: Collaboration, answers: Mapping[str, Answer], previous: AssessmentSnapshot | None
) -> dict[str, Provenance]:
    """Who gave and who accepted each answer (`contribution_queries.provenance_of`); with the `previous` snapshot,
    taken on the same collaboration records, worked out again only for the answers that are not the same objects
    as there: an answer saved in the window is one of a hundred, and rebuilding all was the snapshot's largest
    part once an assessment was half answered."""
    rows = collaboration.provenance_rows
    if previous is None:
        return contribution_queries.provenance_of(rows, answers)
    before, known = previous.answers, previous.provenance
    found: dict[str, Provenance] = {}
    for item_id, answer in answers.items():
        if before.get(item_id) is answer and item_id in known:
            found[item_id] = known[item_id]
        else:
            found.update(contribution_queries.provenance_of(rows, {item_id: answer}))
    return found


class Standing:
    """Snapshots and the draft/final status; called under the service's lock."""

    def __init__(self, work: Workspace, attachments: Attachments) -> None:
        self.work = work
        self.attachments = attachments
        self.last: dict[str, tuple[Collaboration, AssessmentSnapshot]] = {}
        """Each assessment's last snapshot taken without files, with the collaboration records read for it: the
        next one starts from it (snapshot_update.py)."""

    def snapshot(self, assessment_id: str, lang: str = "en", *, with_files: bool = False) -> AssessmentSnapshot:
        """The assessment as it stands now (see `snapshot.py`); with the attached files' bytes if asked."""
        state = self.work.get(assessment_id)
        files = None
        if with_files:
            files = self.attachments.contents(attachments_named(state.questionnaire, state.answers))
        collaboration = self.work.collaboration(state)
        read_with, previous = self.last.get(assessment_id, (None, None))
        snapshot = take_snapshot(
            state.summary,
            state.questionnaire,
            self.work.profile(),
            state.answers,
            state.drafts,
            state.relevant,
            lang,
            files,
            provenance=provenance(collaboration, state.answers, previous if read_with is collaboration else None),
            sign_offs=collaboration.sign_offs,
            scope=state.scope,
            previous=previous,
        )
        if files is None:
            self.last[assessment_id] = (collaboration, snapshot)
        return snapshot

    def mark_final(self, assessment_id: str) -> AssessmentSummary:
        """Make the assessment final; refused with NotComplete while required answers or errors remain."""
        state = self.work.get(assessment_id)
        if state.summary.status == "final":
            return state.summary
        blocking = [i for i in self.snapshot(assessment_id).issues if i.severity == "error"]
        if blocking:
            raise NotComplete(blocking)
        return self._set_status(state, "final")

    def reopen(self, assessment_id: str) -> AssessmentSummary:
        state = self.work.get(assessment_id)
        if state.summary.status == "draft":
            return state.summary
        return self._set_status(state, "draft")

    def _set_status(self, state: Loaded, new_status: Status) -> AssessmentSummary:
        work = self.work
        now = work.clock()
        with work.store.write() as tx:
            queries.update_assessment(tx, state.summary.id, status=new_status, updated=now)
            queries.audit(tx, now, work.user, "status", state.summary.id, None, state.summary.status, new_status)
        state.summary = replace(state.summary, status=new_status, updated=now)
        return state.summary
