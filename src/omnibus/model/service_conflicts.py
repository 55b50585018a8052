"""The focal point settles what a merge could not, and sees who gave each answer.

A merge (`service_merging`) that finds both sides changed an item raises a conflict instead of overwriting; here
it is shown with this side's answer as it is now and settled ("mine", "theirs" with its provenance, or a value
combining both). `provenance` says who gave and who accepted each stored answer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from omnibus.model.collaboration import (
    CollaborationRefused,
    Conflict,
    Provenance,
    Resolution,
)
from omnibus.model.collaboration_support import entry
from omnibus.model.messages import Msg
from omnibus.model.records import Answer, Change, Json
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import attachment_digests
from omnibus.model.store import contribution_queries as cq
from omnibus.model.store import queries
from omnibus.model.store.times import time_text
from omnibus.model.values import normalize


class Conflicts:
    """Conflicts and provenance; called under the service's lock."""

    def __init__(self, work: Workspace) -> None:
        self.work = work

    def conflicts(self, assessment_id: str, include_resolved: bool = False) -> list[Conflict]:
        state = self.work.get(assessment_id)
        with self.work.store.read() as tx:
            found = cq.conflicts(tx, assessment_id, include_resolved=include_resolved)
        provenance = self.provenance(assessment_id)
        shown: list[Conflict] = []
        for conflict in found:
            if conflict.resolved_at is None:
                who = provenance.get(conflict.item_id)
                conflict = replace(
                    conflict,
                    mine=entry(state.answers.get(conflict.item_id)),
                    mine_from=(who.institution or who.person) if who else "",
                )
            shown.append(conflict)
        return shown

    def resolve_conflict(
        self,
        assessment_id: str,
        conflict_id: int,
        resolution: Resolution,
        value: Json = None,
        comment: str | None = None,
    ) -> Change:
        work = self.work
        state = work.editable(assessment_id)
        found = [c for c in self.conflicts(assessment_id) if c.id == conflict_id]
        if not found:
            raise CollaborationRefused(Msg.CONFLICT_UNKNOWN, conflict=conflict_id)
        conflict = found[0]
        now = work.clock()
        who = work.person_of(state)
        old = state.answers.get(conflict.item_id)
        new: Answer | None = old
        provenance: dict[str, Any] | None = None
        if resolution == "theirs":
            new = Answer(
                conflict.item_id,
                conflict.theirs.value,
                conflict.theirs.comment,
                conflict.person,
                conflict.institution,
                now,
                old.language if old else None,
                "imported",
                True,
            )
            provenance = {
                "assessment_id": assessment_id,
                "item_id": conflict.item_id,
                "institution": conflict.institution,
                "person": conflict.person,
                "fingerprint": conflict.fingerprint,
                "contribution_id": conflict.contribution_id,
                "round": conflict.round,
                "given_at": time_text(conflict.given_at) if conflict.given_at else None,
                "value": queries.dumps(conflict.theirs.value),
                "comment": conflict.theirs.comment,
                "accepted_by": who,
                "accepted_at": time_text(now),
            }
        elif resolution == "combined":
            if value is None:
                raise CollaborationRefused(Msg.CONFLICT_COMBINED_NEEDS_VALUE)
            item = work.item(state, conflict.item_id)
            canonical = normalize(state.questionnaire, item, value, work.attachment_lookup)
            text = comment if comment is not None else (old.comment if old else conflict.theirs.comment)
            fresh = work.new_answer(state, item, old, canonical, now, None)
            new = replace(fresh, comment=text.strip(), origin="entered")
        if new is not None and new.value is None and not new.comment:
            new = None
        work.collaboration_changed(state)
        with work.store.write() as tx:
            if resolution != "mine":
                if new is None:
                    queries.delete_answer(tx, assessment_id, conflict.item_id)
                else:
                    queries.put_answer(tx, assessment_id, new)
                queries.delete_draft(tx, assessment_id, conflict.item_id)
                if provenance is not None:
                    cq.put_provenance(tx, [provenance])
                else:
                    cq.delete_provenance(tx, assessment_id, conflict.item_id)
            cq.resolve_conflicts(tx, [conflict.id], resolution, who, now)
            record = {"conflict": conflict.id, "resolution": resolution, "value": new.value if new else None}
            queries.audit(
                tx, now, work.user, "resolve", assessment_id, conflict.item_id, old.value if old else None, record
            )
            queries.touch(tx, assessment_id, now)
            removed = attachment_digests([old, Answer(conflict.item_id, conflict.theirs.value)])
            queries.collect_garbage(tx, removed - attachment_digests([new]))
        if resolution == "mine":
            state.summary = replace(state.summary, updated=now)
            return Change(old, frozenset(), now)
        state.drafts.pop(conflict.item_id, None)
        return work.committed(state, {conflict.item_id: new}, now)

    def provenance(self, assessment_id: str) -> dict[str, Provenance]:
        state = self.work.get(assessment_id)
        return cq.provenance_of(self.work.collaboration(state).provenance_rows, state.answers)
