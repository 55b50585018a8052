"""Where an assessment stands: one snapshot of everything derived from its answers, and marking it final."""

from __future__ import annotations

from dataclasses import replace

from omnibus.model.records import AssessmentSummary, Status
from omnibus.model.service_attachments import Attachments
from omnibus.model.service_errors import NotComplete
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import Loaded
from omnibus.model.snapshot import AssessmentSnapshot, attachments_named, take_snapshot
from omnibus.model.store import contribution_queries, queries


class Standing:
    """Snapshots and the draft/final status; called under the service's lock."""

    def __init__(self, work: Workspace, attachments: Attachments) -> None:
        self.work = work
        self.attachments = attachments
        self.last: dict[str, AssessmentSnapshot] = {}
        """Each assessment's last snapshot taken without files: the next one starts from it (snapshot_update.py)."""

    def snapshot(self, assessment_id: str, lang: str = "en", *, with_files: bool = False) -> AssessmentSnapshot:
        """The assessment as it stands now (see `snapshot.py`); with the attached files' bytes if asked."""
        state = self.work.get(assessment_id)
        files = None
        if with_files:
            files = self.attachments.contents(attachments_named(state.questionnaire, state.answers))
        collaboration = self.work.collaboration(state)
        snapshot = take_snapshot(
            state.summary,
            state.questionnaire,
            self.work.profile(),
            state.answers,
            state.drafts,
            state.relevant,
            lang,
            files,
            provenance=contribution_queries.provenance_of(collaboration.provenance_rows, state.answers),
            sign_offs=collaboration.sign_offs,
            scope=state.scope,
            previous=self.last.get(assessment_id),
        )
        if files is None:
            self.last[assessment_id] = snapshot
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
