"""The focal point merges a verified contribution from an institution, item by item, in one transaction.

`merge_contribution` compares each answer the institution sent with what its assignment (or its last round)
carried, the base:

- the institution left the item as it was (its base) → nothing, unless it confirmed an answer carried forward from
  an earlier cycle that this side still has to confirm: that answer is then confirmed, as the institution's;
- it gave what this side already has → nothing changes, the answer is now also theirs (a conflict on it closes);
- this side still has the base and no other institution gave the current answer → the contribution's answer is
  taken, with its provenance;
- otherwise (this side changed too, or another institution answered) → a conflict, nothing overwritten.

The base of an institution's next round is what it sent last (`received_answers`), so a later round supersedes an
earlier one item by item; an older round after a newer one is refused, and the same file twice changes nothing.
Conflicts are settled in `service_conflicts`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from omnibus.model.collaboration import (
    Assignment,
    CollaborationRefused,
    ContributedAnswer,
    Contribution,
    Entry,
    Institution,
    MergeResult,
    SignOff,
    UnknownInstitutionKey,
)
from omnibus.model.collaboration_support import NOTHING, attachment_lookup, entry, line
from omnibus.model.messages import Msg
from omnibus.model.records import Answer, AssessmentSummary
from omnibus.model.refusals import Refusal, Why
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import Loaded, attachment_digests
from omnibus.model.store import assignment_queries as aq
from omnibus.model.store import contribution_queries as cq
from omnibus.model.store import queries
from omnibus.model.store.times import time_text
from omnibus.model.values import ValueRejected, normalize


def _confirms(sent: ContributedAnswer, theirs: Entry, current: Answer) -> bool:
    """The institution confirmed, as it was, the answer carried forward from an earlier cycle that this side still
    has to confirm: confirming it is answering it for this cycle."""
    return sent.confirmed is True and not current.confirmed and entry(current) == theirs


class _Rows:
    """The provenance and conflict rows of one merge: what every row of it shares (times as text, the person's
    line) is worked out once, not once per item."""

    def __init__(self, assessment_id: str, contribution: Contribution, user: str, now: datetime) -> None:
        self.assessment_id = assessment_id
        self.contribution = contribution
        self.user = user
        self.now = now
        self.accepted_at = time_text(now)
        self._people: dict[str, str] = {}
        self._times: dict[datetime, str] = {}

    def person(self, sent: ContributedAnswer) -> str:
        given = sent.answered_by or self.contribution.person
        found = self._people.get(given)
        if found is None:
            found = self._people[given] = line(given)
        return found

    def given_at(self, sent: ContributedAnswer) -> str:
        moment = sent.answered_at or self.contribution.created
        found = self._times.get(moment)
        if found is None:
            found = self._times[moment] = time_text(moment)
        return found

    def provenance(self, item_id: str, sent: ContributedAnswer, theirs: Entry) -> dict[str, Any]:
        contribution = self.contribution
        return {
            "assessment_id": self.assessment_id,
            "item_id": item_id,
            "institution": contribution.institution,
            "person": self.person(sent),
            "fingerprint": contribution.fingerprint,
            "contribution_id": contribution.id,
            "round": contribution.round,
            "given_at": self.given_at(sent),
            "value": queries.dumps(theirs.value),
            "comment": theirs.comment,
            "accepted_by": self.user,
            "accepted_at": self.accepted_at,
        }

    def conflict(
        self, assignment_id: str, base: Entry, mine: Entry, theirs: Entry, sent: ContributedAnswer
    ) -> dict[str, Any]:
        contribution = self.contribution
        return {
            "assessment_id": self.assessment_id,
            "item_id": sent.item_id,
            "assignment_id": assignment_id,
            "institution": contribution.institution,
            "person": self.person(sent),
            "fingerprint": contribution.fingerprint,
            "contribution_id": contribution.id,
            "round": contribution.round,
            "given_at": sent.answered_at or contribution.created,
            "base_value": queries.dumps(base.value),
            "base_comment": base.comment,
            "mine_value": queries.dumps(mine.value),
            "mine_comment": mine.comment,
            "theirs_value": queries.dumps(theirs.value),
            "theirs_comment": theirs.comment,
            "raised_at": self.now,
            "resolved_at": None,
            "resolved_by": "",
            "resolution": None,
        }


class Merging:
    """Contributions merged, with the checks that come first; called under the service's lock."""

    def __init__(self, work: Workspace) -> None:
        self.work = work

    def merge_contribution(self, assessment_id: str, contribution: Contribution, trust: str | None) -> MergeResult:
        work = self.work
        state = work.editable(assessment_id)
        summary = state.summary
        self._check_identity(summary, contribution)
        with work.store.read() as tx:
            found = aq.assignment(tx, contribution.assignment_id)
        if found is None or found.assessment_id != assessment_id:
            raise CollaborationRefused(Msg.CONTRIBUTION_UNKNOWN_ASSIGNMENT, assignment=contribution.assignment_id)
        assignment = found
        if contribution.institution != assignment.institution:
            raise CollaborationRefused(
                Msg.CONTRIBUTION_OTHER_INSTITUTION,
                found=contribution.institution,
                expected=assignment.institution,
                assignment=assignment.id,
            )
        values = self._checked_values(state, assignment, contribution)
        with work.store.read() as tx:
            known = aq.institution(tx, assignment.institution)
            merged_digest, round_digest, newest = cq.contribution_history(
                tx, contribution.id, assignment.id, contribution.round
            )
            last_sent = cq.received(tx, assignment.id)
            provenance = cq.provenance_origins(tx, assessment_id, list(values))
        trusted_now = self._check_key(known, assignment.institution, contribution.fingerprint, trust)
        if merged_digest is not None and merged_digest == contribution.digest:
            return MergeResult(contribution.id, contribution.institution, contribution.round, already_merged=True)
        if merged_digest is not None or round_digest is not None:
            raise CollaborationRefused(
                Msg.CONTRIBUTION_ROUND_REUSED, round=contribution.round, institution=contribution.institution
            )
        if newest is not None and newest > contribution.round:
            raise CollaborationRefused(
                Msg.CONTRIBUTION_OLDER_ROUND,
                round=contribution.round,
                newest=newest,
                institution=contribution.institution,
            )
        now = work.clock()
        rows = _Rows(assessment_id, contribution, work.person_of(state), now)
        taken: dict[str, Answer] = {}
        conflicting: list[str] = []
        unchanged: list[str] = []
        received: dict[str, Entry] = {}
        provenance_rows: list[dict[str, Any]] = []
        conflict_rows: list[tuple[str, dict[str, Any]]] = []
        agreed: list[str] = []
        for item_id, theirs in values.items():
            sent = contribution.answers[item_id]
            base = last_sent.get(item_id) or assignment.base.get(item_id) or NOTHING
            current = state.answers.get(item_id)
            if theirs == base and current is not None and _confirms(sent, theirs, current):
                taken[item_id] = replace(
                    current,
                    answered_by=rows.person(sent),
                    institution=contribution.institution,
                    answered_at=now,
                    origin="imported",
                    confirmed=True,
                )
                provenance_rows.append(rows.provenance(item_id, sent, theirs))
                continue
            if theirs == base:  # the base of the next round stays what it is
                unchanged.append(item_id)
                continue
            received[item_id] = theirs
            mine = entry(current)
            origin = self._origin(provenance.get(item_id), mine)
            if theirs == mine:
                unchanged.append(item_id)
                agreed.append(item_id)
                if origin is None:
                    provenance_rows.append(rows.provenance(item_id, sent, theirs))
            elif mine == base and (origin is None or origin == contribution.institution):
                taken[item_id] = Answer(
                    item_id=item_id,
                    value=theirs.value,
                    comment=theirs.comment,
                    answered_by=rows.person(sent),
                    institution=contribution.institution,
                    answered_at=now,
                    language=current.language if current is not None else None,
                    origin="imported",
                    confirmed=True,
                )
                provenance_rows.append(rows.provenance(item_id, sent, theirs))
            else:
                conflicting.append(item_id)
                conflict_rows.append((item_id, rows.conflict(assignment.id, base, mine, theirs, sent)))
        sections = self._sign_offs(state, assignment, contribution, now)
        written: dict[str, Answer | None] = {}
        work.collaboration_changed(state)
        with work.store.write() as tx:
            aq.ensure_institution(tx, assignment.institution, "")
            if trusted_now:
                aq.trust_key(tx, assignment.institution, contribution.fingerprint, work.user, now)
            for file in contribution.attachments:
                queries.put_attachment(tx, file.content, file.name, file.media_type, now)
            cleared = {i for i, a in taken.items() if a.value is None and not a.comment}  # they removed it
            queries.put_answers(tx, assessment_id, (a for i, a in taken.items() if i not in cleared))
            queries.delete_answers(tx, assessment_id, cleared)
            queries.delete_drafts(tx, assessment_id, [i for i in taken if i in state.drafts])
            changes = [(i, (old.value if (old := state.answers.get(i)) else None), a.value) for i, a in taken.items()]
            queries.audit_items(tx, now, work.user, "merge", assessment_id, changes)
            written.update({i: (None if i in cleared else a) for i, a in taken.items()})
            cq.put_provenance(tx, provenance_rows)
            if conflict_rows or agreed:
                still_open = cq.open_conflicts_of(tx, assessment_id, assignment.id)
                cq.raise_conflicts(tx, [(still_open.get(i), values_row) for i, values_row in conflict_rows])
                closed = [still_open[i] for i in agreed if i in still_open]
                cq.resolve_conflicts(tx, closed, "theirs", rows.user, now)
            cq.put_received(tx, assignment.id, received, contribution.round)
            cq.put_sign_offs(tx, assessment_id, sections)
            cq.insert_contribution(
                tx,
                id=contribution.id,
                assignment_id=assignment.id,
                institution=contribution.institution,
                person=line(contribution.person),
                fingerprint=contribution.fingerprint,
                round=contribution.round,
                created=contribution.created,
                digest=contribution.digest,
                imported_at=now,
                imported_by=work.user,
            )
            queries.touch(tx, assessment_id, now)
            replaced = attachment_digests(state.answers.get(i) for i in taken)
            queries.collect_garbage(tx, replaced - attachment_digests(taken.values()))
        for item_id in taken:
            state.drafts.pop(item_id, None)
        if written:
            work.committed(state, written, now)
        else:
            state.summary = replace(state.summary, updated=now)
        return MergeResult(
            contribution.id,
            contribution.institution,
            contribution.round,
            taken=tuple(taken),
            conflicts=tuple(conflicting),
            unchanged=tuple(unchanged),
            sign_offs=tuple(s.section_id for s in sections),
            trusted_now=trusted_now,
        )

    @staticmethod
    def _check_identity(summary: AssessmentSummary, contribution: Contribution) -> None:
        if contribution.assessment_id != summary.id:
            raise CollaborationRefused(
                Msg.CONTRIBUTION_OTHER_ASSESSMENT, found=contribution.assessment_id[:12], expected=summary.id[:12]
            )
        if contribution.country != summary.country:
            raise CollaborationRefused(
                Msg.CONTRIBUTION_OTHER_COUNTRY, found=contribution.country, expected=summary.country
            )
        if (contribution.questionnaire_id, contribution.questionnaire_version, contribution.questionnaire_hash) != (
            summary.questionnaire_id,
            summary.questionnaire_version,
            summary.questionnaire_hash,
        ):
            raise CollaborationRefused(
                Msg.CONTRIBUTION_OTHER_EDITION,
                found_id=contribution.questionnaire_id,
                found_version=contribution.questionnaire_version,
                expected_id=summary.questionnaire_id,
                expected_version=summary.questionnaire_version,
            )

    def _checked_values(self, state: Loaded, assignment: Assignment, contribution: Contribution) -> dict[str, Entry]:
        """The contribution's answers, each valid for its item, in questionnaire order."""
        lookup = attachment_lookup(contribution.attachments, self.work.attachment_lookup)

        assigned = set(assignment.items)
        for item_id in contribution.answers:
            if item_id not in assigned:
                raise CollaborationRefused(
                    Msg.CONTRIBUTION_OUTSIDE_ASSIGNMENT, item=item_id, institution=assignment.institution
                )
        items = state.questionnaire.items
        checked: dict[str, Entry] = {}
        for item_id in sorted((i for i in contribution.answers if i in items), key=lambda i: items[i].index):
            sent = contribution.answers[item_id]
            try:
                value = normalize(state.questionnaire, items[item_id].item, sent.value, lookup)
            except ValueRejected as rejected:
                raise CollaborationRefused(
                    Msg.CONTRIBUTION_VALUE, item=item_id, problem=rejected.refusal.english()
                ) from None
            if not isinstance(sent.comment, str) or len(sent.comment) > 20000:
                raise CollaborationRefused(
                    Msg.CONTRIBUTION_VALUE,
                    item=item_id,
                    problem=Refusal(Why.COMMENT_TOO_LONG, {"length": len(str(sent.comment)), "limit": 20000}).english(),
                )
            checked[item_id] = Entry(value, sent.comment.strip())
        return checked

    @staticmethod
    def _check_key(known: Institution | None, name: str, fingerprint: str, trust: str | None) -> bool:
        """Whether the key is to be trusted with this import; refused when it is unknown or another one."""
        if known is not None and known.fingerprint == fingerprint:
            return False
        if trust is not None and trust.replace(" ", "").lower() == fingerprint:
            return True
        if known is None or known.fingerprint is None:
            raise UnknownInstitutionKey(Msg.CONTRIBUTION_UNKNOWN_KEY, name, fingerprint)
        raise UnknownInstitutionKey(Msg.CONTRIBUTION_OTHER_KEY, name, fingerprint, trusted=known.fingerprint)

    @staticmethod
    def _origin(accepted: tuple[str, str | None, str] | None, mine: Entry) -> str | None:
        """The institution whose contribution gave this side's answer, if it is still the answer: `accepted` is
        (institution, value as JSON, comment) of the answer accepted from it."""
        if accepted is None:
            return None
        institution, value, comment = accepted
        if value == queries.dumps(mine.value) and comment == mine.comment:
            return institution
        return None

    def _sign_offs(
        self, state: Loaded, assignment: Assignment, contribution: Contribution, now: datetime
    ) -> list[SignOff]:
        """The contribution's sign-offs that are new or changed here: only those are written and counted."""
        if not contribution.sign_offs:
            return []  # the sections the assignment covers are worked out only when needed
        allowed = set(assignment.sections) | {
            state.questionnaire.items[i].section.id for i in assignment.items if i in state.questionnaire.items
        }
        stored = {
            (s.section_id, s.institution): (s.name, s.function, s.signed_on)
            for s in self.work.collaboration(state).sign_offs
        }
        found: list[SignOff] = []
        for signed in contribution.sign_offs:
            if signed.section_id not in allowed:
                raise CollaborationRefused(Msg.CONTRIBUTION_SIGN_OFF_SECTION, section=signed.section_id)
            name, function = line(signed.name), line(signed.function)
            if stored.get((signed.section_id, contribution.institution)) == (name, function, signed.signed_on):
                continue  # sent again with a later round: it stays as first recorded, and nothing new was signed
            found.append(
                SignOff(
                    signed.section_id,
                    name,
                    function,
                    signed.signed_on,
                    contribution.institution,
                    now,
                    contribution.id,
                )
            )
        return found
