"""Drafts: input that is not a valid answer yet, stored at once as typed so that nothing the respondent wrote
is lost, and kept apart from the answers so that it is never exported.

A draft sits beside the item's answer (which keeps the last valid value, if any) until a valid answer is saved
or the answer is cleared; meanwhile the item needs attention (an issue of kind `draft`, an error).
"""

from __future__ import annotations

from omnibus.model.records import Draft, Json
from omnibus.model.refusals import Refusal, Why
from omnibus.model.service_state import Workspace
from omnibus.model.store import queries
from omnibus.model.values import ValueRejected

PROBLEM_MAX = 2000
"""Longest problem text kept with a draft (the messages of `values.py` are far shorter)."""


class Drafts:
    """The drafts of the open assessments; called under the service's lock."""

    def __init__(self, work: Workspace) -> None:
        self.work = work

    def drafts(self, assessment_id: str) -> dict[str, Draft]:
        """Every stored draft of the assessment, by item id."""
        return dict(self.work.get(assessment_id).drafts)

    def save_draft(
        self, assessment_id: str, item_id: str, value: Json, problem: str, where: tuple[int | str, ...] = ()
    ) -> Draft | None:
        """Keep what was typed for `item_id` although it is not a valid answer (`problem` says why, `where` points
        at the wrong field); an empty `value` removes the draft instead. Written and synced like an answer."""
        state = self.work.editable(assessment_id)
        self.work.item(state, item_id)
        if value in (None, "", [], {}):
            self.discard_draft(assessment_id, item_id)
            return None
        if not isinstance(problem, str) or not problem.strip():
            raise ValueRejected(item_id, Refusal(Why.DRAFT_WITHOUT_PROBLEM))
        if not all(isinstance(part, int | str) for part in where):
            raise ValueRejected(item_id, Refusal(Why.DRAFT_BAD_PLACE))
        try:
            queries.dumps(value)
        except (TypeError, ValueError):
            raise ValueRejected(item_id, Refusal(Why.DRAFT_NOT_JSON)) from None
        now = self.work.clock()
        draft = Draft(item_id, value, problem.strip()[:PROBLEM_MAX], tuple(where), now)
        old = state.drafts.get(item_id)
        if old is not None and _same(old, draft):
            return old
        with self.work.store.write() as tx:
            queries.put_draft(tx, assessment_id, draft)
            queries.touch(tx, assessment_id, now)
        state.drafts[item_id] = draft
        return draft

    def discard_draft(self, assessment_id: str, item_id: str) -> None:
        """Forget the draft of an item (the answer, if any, is unchanged)."""
        state = self.work.editable(assessment_id)
        if item_id not in state.drafts:
            return
        with self.work.store.write() as tx:
            queries.delete_draft(tx, assessment_id, item_id)
        state.drafts.pop(item_id, None)


def _same(old: Draft, new: Draft) -> bool:
    return (old.value, old.problem, old.where) == (new.value, new.problem, new.where)
