"""Answers: validated, written with their audit entry in one transaction, then kept in memory.

Every change takes the same path: `values.normalize` → one transaction (the answer, its audit entry, the
assessment's time, files no answer names any more) → the in-memory copy (`Workspace.committed`) → a `Change`.
Saving an answer or clearing it also ends the item's draft: what is on screen is now the answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from omnibus.model.records import Answer, AnswerValue, Change, Json
from omnibus.model.refusals import Refusal, Why
from omnibus.model.service_drafts import Drafts
from omnibus.model.service_errors import NotFound, ValuesRejected
from omnibus.model.service_state import Workspace, as_stored, refuse_outside_scope
from omnibus.model.service_support import attachment_digests, old_value
from omnibus.model.snapshot import with_orphans_marked
from omnibus.model.store import queries
from omnibus.model.values import ValueRejected, normalize


class Answers:
    """Reading and changing answers; called under the service's lock."""

    def __init__(self, work: Workspace, drafts: Drafts) -> None:
        self.work = work
        self.drafts = drafts

    def answers(self, assessment_id: str) -> dict[str, Answer]:
        """Every stored answer, orphans included (marked `orphan=True`), by item id."""
        state = self.work.get(assessment_id)
        return with_orphans_marked(state.questionnaire, state.answers)

    def set_answer(self, assessment_id: str, item_id: str, value: Json, *, language: str | None = None) -> Change:
        """Validate and store one answer; a value meaning "no answer" (None, "", []) clears it."""
        work = self.work
        state = work.editable(assessment_id)
        item = work.item(state, item_id)
        canonical = normalize(state.questionnaire, item, value, work.attachment_lookup)
        if canonical is None:
            return self.clear_answer(assessment_id, item_id)
        old = state.answers.get(item_id)
        if old is not None and old.value == canonical and old.confirmed:
            self.drafts.discard_draft(assessment_id, item_id)
            return Change(old, frozenset(), old.answered_at)
        now = work.clock()
        new = work.new_answer(state, item, old, canonical, now, language)
        with work.store.write() as tx:
            queries.put_answer(tx, assessment_id, new)
            if item_id in state.drafts:  # the stored drafts are all in memory: no statement for none
                queries.delete_draft(tx, assessment_id, item_id)
            queries.audit(tx, now, work.user, "answer", assessment_id, item_id, old_value(old), canonical)
            queries.touch(tx, assessment_id, now)
            removed = attachment_digests([old]) - attachment_digests([new]) if old is not None else set()
            queries.collect_garbage(tx, removed)
        state.drafts.pop(item_id, None)
        return work.committed(state, {item_id: new}, now)

    def set_answers(self, assessment_id: str, values: Mapping[str, Json]) -> list[Change]:
        """Several answers in one transaction, all or nothing: any refused value → ValuesRejected, nothing written."""
        work = self.work
        state = work.editable(assessment_id)
        refuse_outside_scope(state, values)
        problems: list[ValueRejected] = []
        canonical: dict[str, AnswerValue | None] = {}
        for item_id, value in values.items():
            info = state.questionnaire.items.get(item_id)
            if info is None:
                problems.append(ValueRejected(item_id, Refusal(Why.NO_SUCH_QUESTION)))
                continue
            try:
                canonical[item_id] = normalize(state.questionnaire, info.item, value, work.attachment_lookup)
            except ValueRejected as rejected:
                problems.append(rejected)
        if problems:
            raise ValuesRejected(problems)
        now = work.clock()
        written: dict[str, Answer | None] = {}
        for item_id, value in canonical.items():
            old = state.answers.get(item_id)
            if value is None:
                if old is not None and old.value is not None:
                    written[item_id] = replace(old, value=None, answered_at=now) if old.comment else None
            elif old is None or old.value != value or not old.confirmed:
                written[item_id] = work.new_answer(state, state.questionnaire.item(item_id), old, value, now, None)
        if not written:
            for item_id in canonical:
                self.drafts.discard_draft(assessment_id, item_id)
            return []
        with work.store.write() as tx:
            for item_id in canonical:
                if item_id in state.drafts:  # the stored drafts are all in memory: no statement for none
                    queries.delete_draft(tx, assessment_id, item_id)
            for item_id, new in written.items():
                old = state.answers.get(item_id)
                if new is None:
                    queries.delete_answer(tx, assessment_id, item_id)
                else:
                    queries.put_answer(tx, assessment_id, new)
                action = "answer" if new is not None and new.value is not None else "clear"
                new_value = new.value if new is not None else None
                queries.audit(tx, now, work.user, action, assessment_id, item_id, old_value(old), new_value)
            queries.touch(tx, assessment_id, now)
            removed = attachment_digests(a for a in (state.answers.get(i) for i in written) if a is not None)
            queries.collect_garbage(tx, removed - attachment_digests(a for a in written.values() if a is not None))
        flipped = work.committed(state, written, now).relevance_changed
        for item_id in canonical:
            state.drafts.pop(item_id, None)
        return [Change(as_stored(state, answer), flipped, now) for answer in written.values()]

    def clear_answer(self, assessment_id: str, item_id: str) -> Change:
        """Remove the value (a comment stays, and the answer with it, value None); orphans are removed whole."""
        work = self.work
        state = work.editable(assessment_id)
        if item_id not in state.questionnaire.items and item_id not in state.answers:
            raise NotFound(f"this questionnaire has no question {item_id}")
        refuse_outside_scope(state, (item_id,))
        old = state.answers.get(item_id)
        if old is None or (old.value is None and item_id in state.questionnaire.items):
            self.drafts.discard_draft(assessment_id, item_id)
            return Change(old, frozenset(), None)
        now = work.clock()
        orphan = item_id not in state.questionnaire.items
        new = (
            None
            if orphan or not old.comment
            else replace(old, value=None, answered_at=now, answered_by=work.person_of(state))
        )
        with work.store.write() as tx:
            if item_id in state.drafts:  # the stored drafts are all in memory: no statement for none
                queries.delete_draft(tx, assessment_id, item_id)
            if new is None:
                queries.delete_answer(tx, assessment_id, item_id)
            else:
                queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, work.user, "clear", assessment_id, item_id, old_value(old), None)
            queries.touch(tx, assessment_id, now)
            queries.collect_garbage(tx, attachment_digests([old]))
        state.drafts.pop(item_id, None)
        return work.committed(state, {item_id: new}, now)

    def set_comment(self, assessment_id: str, item_id: str, text: str, *, language: str | None = None) -> Change:
        """The assessor's comment on an item (evidence, sources, caveats); an empty text removes it."""
        work = self.work
        state = work.editable(assessment_id)
        work.item(state, item_id)
        if not isinstance(text, str):
            raise ValueRejected(item_id, Refusal(Why.COMMENT_NOT_TEXT))
        text = text.strip()
        if len(text) > 20000:
            raise ValueRejected(item_id, Refusal(Why.COMMENT_TOO_LONG, {"length": len(text), "limit": 20000}))
        old = state.answers.get(item_id)
        if (old.comment if old else "") == text:
            return Change(old, frozenset(), old.answered_at if old else None)
        now = work.clock()
        new: Answer | None
        if old is None:
            new = Answer(
                item_id, None, text, work.person_of(state), work.institution_of(state), now, language or work.language
            )
        elif old.value is None and not text:
            new = None
        else:
            new = replace(old, comment=text, language=language or old.language or work.language)
        with work.store.write() as tx:
            if new is None:
                queries.delete_answer(tx, assessment_id, item_id)
            else:
                queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, work.user, "comment", assessment_id, item_id, old.comment if old else None, text)
            queries.touch(tx, assessment_id, now)
        return work.committed(state, {item_id: new}, now)

    def confirm(self, assessment_id: str, item_id: str) -> Change:
        """Confirm a carried-forward answer as still true for this cycle."""
        work = self.work
        state = work.editable(assessment_id)
        work.item(state, item_id)
        old = state.answers.get(item_id)
        if old is None or old.confirmed:
            return Change(old, frozenset(), None)
        now = work.clock()
        new = replace(old, confirmed=True)
        with work.store.write() as tx:
            queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, work.user, "confirm", assessment_id, item_id, old.value, old.value)
            queries.touch(tx, assessment_id, now)
        return work.committed(state, {item_id: new}, now)
