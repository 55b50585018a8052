"""Working together: assigning parts of an assessment to institutions, merging what they send back, provenance.

The focal point's side: `assign` records which items an institution answers and the answers they carried then
(the base); `merge_contribution` takes a verified contribution and, in one transaction, merges it item by item:

- the institution left the item as it was (its base) → nothing;
- it gave what this side already has → nothing changes, the answer is now also theirs (a conflict on it closes);
- this side still has the base and no other institution gave the current answer → the contribution's answer is
  taken, with its provenance;
- otherwise (this side changed too, or another institution answered) → a conflict, nothing overwritten.

The base of an institution's next round is what it sent last (`received_answers`), so a later round supersedes an
earlier one item by item; an older round after a newer one is refused, and the same file twice changes nothing.

The institution's side: `open_assignment` makes a local assessment of the assignment (its items pre-filled with
the base, the context read-only), and `prepare_contribution` gathers everything answered so far as the next round.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from omnibus.model.collaboration import (
    Assignment,
    AssignmentContents,
    AssignmentCopy,
    AttachmentFile,
    CollaborationRefused,
    Conflict,
    ContributedAnswer,
    Contribution,
    Entry,
    Institution,
    InstitutionOverview,
    MergeResult,
    Provenance,
    ReceivedAssignment,
    Resolution,
    SignOff,
    UnknownInstitutionKey,
)
from omnibus.model.messages import Msg
from omnibus.model.records import Answer, AnswerValue, AssessmentSummary, AttachmentRef, Change, Json
from omnibus.model.refusals import Refusal, Why
from omnibus.model.service_state import Workspace
from omnibus.model.service_status import Standing
from omnibus.model.service_support import Loaded, attachment_digests, summary_json
from omnibus.model.store import assignment_queries as aq
from omnibus.model.store import contribution_queries as cq
from omnibus.model.store import queries
from omnibus.model.store.tables import time_text
from omnibus.model.values import ValueRejected, normalize

NAME_MAX = 500
"""Longest institution, person, function or note line kept (the manifest's own limit for a line)."""
NOTE_MAX = 5000


_NOTHING = Entry(None, "")


def _entry(answer: Answer | None) -> Entry:
    return _NOTHING if answer is None else Entry(answer.value, answer.comment)


def _answered_by(answer: Answer | None, sender: str) -> str:
    """Who the contribution says gave an answer: the person sending it for what was answered on this laptop (the
    computer's login names no one the focal point knows), whoever the assignment named for what it carried."""
    if answer is None:
        return ""
    return answer.answered_by if answer.origin == "imported" else sender


def _line(text: str, limit: int = NAME_MAX) -> str:
    return " ".join(str(text).split())[:limit]


def _attachment_lookup(
    files: Sequence[AttachmentFile], otherwise: Callable[[str], AttachmentRef | None]
) -> Callable[[str], AttachmentRef | None]:
    """What `values.normalize` asks of a file an answer names: one the exchanged file carries, else `otherwise`."""
    carried = {f.sha256: f for f in files}

    def lookup(digest: str) -> AttachmentRef | None:
        file = carried.get(digest)
        if file is None:
            return otherwise(digest)
        return AttachmentRef(digest, file.name, file.media_type, len(file.content))

    return lookup


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
            found = self._people[given] = _line(given)
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


class Collaboration:
    """Assignments, contributions, conflicts, sign-offs and provenance; called under the service's lock."""

    def __init__(self, work: Workspace, standing: Standing) -> None:
        self.work = work
        self.standing = standing

    # -- the focal point: assigning

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
        reminder_of: str | None = None,
    ) -> Assignment:
        work = self.work
        state = work.get(assessment_id)
        name = _line(institution)
        if not name:
            raise CollaborationRefused(Msg.ASSIGN_NO_INSTITUTION)
        questionnaire = state.questionnaire
        known_sections = {section.id: section for _, section in questionnaire.sections()}
        chosen: set[str] = set()
        for section_id in sections:
            section = known_sections.get(section_id)
            if section is None:
                raise CollaborationRefused(Msg.ASSIGN_UNKNOWN_SECTION, section=section_id)
            chosen.update(item.id for item in section.items)
        for item_id in items:
            if item_id not in questionnaire.items:
                raise CollaborationRefused(Msg.ASSIGN_UNKNOWN_ITEM, item=item_id)
            chosen.add(item_id)
        if not chosen:
            raise CollaborationRefused(Msg.ASSIGN_NOTHING, institution=name)
        ordered = tuple(i for i in questionnaire.items if i in chosen)
        now = work.clock()
        assignment = Assignment(
            id=uuid.uuid4().hex,
            assessment_id=assessment_id,
            institution=name,
            contact=_line(contact),
            sections=tuple(dict.fromkeys(sections)),
            items=ordered,
            deadline=deadline,
            note=str(note).strip()[:NOTE_MAX],
            assigned_by=work.user,
            assigned_at=now,
            base={i: _entry(state.answers.get(i)) for i in ordered},
            reminder_of=reminder_of,
        )
        with work.store.write() as tx:
            aq.ensure_institution(tx, name, assignment.contact)
            aq.insert_assignment(tx, assignment)
            record = {"institution": name, "items": list(ordered), "deadline": str(deadline) if deadline else None}
            queries.audit(tx, now, work.user, "assign", assessment_id, None, None, record)
        return assignment

    def assignments(self, assessment_id: str) -> list[Assignment]:
        """The assessment's assignments, oldest first, their items in questionnaire order."""
        items = self.work.get(assessment_id).questionnaire.items
        with self.work.store.read() as tx:
            found = aq.assignments(tx, assessment_id)
        last = len(items)

        def position(item_id: str) -> int:
            info = items.get(item_id)
            return info.index if info is not None else last

        ordered: list[Assignment] = []
        for assignment in found:
            keys = sorted(assignment.items, key=position)
            ordered.append(replace(assignment, items=tuple(keys), base={k: assignment.base[k] for k in keys}))
        return ordered

    def _assignment(self, assessment_id: str, assignment_id: str) -> Assignment:
        for assignment in self.assignments(assessment_id):
            if assignment.id == assignment_id:
                return assignment
        raise CollaborationRefused(Msg.ASSIGNMENT_UNKNOWN, assignment=assignment_id)

    def assignment_contents(self, assessment_id: str, assignment_id: str) -> AssignmentContents:
        state = self.work.get(assessment_id)
        assignment = self._assignment(assessment_id, assignment_id)
        questionnaire = state.questionnaire
        touched = {questionnaire.items[i].section.id for i in assignment.items if i in questionnaire.items}
        context = {
            item_id: _entry(answer)
            for item_id, answer in state.answers.items()
            if item_id in questionnaire.items
            and item_id not in assignment.base
            and questionnaire.items[item_id].section.id in touched
            and (answer.value is not None or answer.comment)
        }
        digests = attachment_digests(Answer(k, e.value) for k, e in (*assignment.base.items(), *context.items()))
        summary = state.summary
        return AssignmentContents(
            assignment=assignment,
            questionnaire=questionnaire,
            country=summary.country,
            cycle=summary.cycle,
            training=summary.training,
            assigned_by_institution=summary.institution,
            context=context,
            attachments=self._files(digests),
        )

    def _files(self, digests: Iterable[str]) -> tuple[AttachmentFile, ...]:
        found: list[AttachmentFile] = []
        with self.work.store.read() as tx:
            for digest in sorted(digests):
                ref = queries.attachment(tx, digest)
                content = queries.attachment_content(tx, digest)
                if ref is not None and content is not None:
                    found.append(AttachmentFile(digest, ref.name, ref.media_type, content))
        return tuple(found)

    def institutions(self) -> list[Institution]:
        with self.work.store.read() as tx:
            return aq.institutions(tx)

    def reminder(
        self, assessment_id: str, institution: str, *, deadline: date | None = None, note: str | None = None
    ) -> Assignment:
        found = [o for o in self.overview(assessment_id) if o.institution.name == institution]
        if not found:
            raise CollaborationRefused(Msg.ASSIGN_NOT_ASSIGNED, institution=institution)
        overview = found[0]
        if not overview.missing:
            raise CollaborationRefused(Msg.ASSIGN_NOTHING_MISSING, institution=institution)
        last = [a for a in self.assignments(assessment_id) if a.institution == institution][-1]
        return self.assign(
            assessment_id,
            institution,
            contact=last.contact,
            items=overview.missing,
            deadline=deadline if deadline is not None else last.deadline,
            note=note if note is not None else last.note,
            reminder_of=last.id,
        )

    # -- the focal point: merging

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
        rows = _Rows(assessment_id, contribution, work.user, now)
        taken: dict[str, Answer] = {}
        conflicting: list[str] = []
        unchanged: list[str] = []
        received: dict[str, Entry] = {}
        provenance_rows: list[dict[str, Any]] = []
        conflict_rows: list[tuple[str, dict[str, Any]]] = []
        agreed: list[str] = []
        for item_id, theirs in values.items():
            sent = contribution.answers[item_id]
            base = last_sent.get(item_id) or assignment.base.get(item_id) or _NOTHING
            if theirs == base:  # the base of the next round stays what it is
                unchanged.append(item_id)
                continue
            received[item_id] = theirs
            current = state.answers.get(item_id)
            mine = _entry(current)
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
                cq.resolve_conflicts(tx, closed, "theirs", work.user, now)
            cq.put_received(tx, assignment.id, received, contribution.round)
            cq.put_sign_offs(tx, assessment_id, sections)
            cq.insert_contribution(
                tx,
                id=contribution.id,
                assignment_id=assignment.id,
                institution=contribution.institution,
                person=_line(contribution.person),
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
        lookup = _attachment_lookup(contribution.attachments, self.work.attachment_lookup)

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
        if not contribution.sign_offs:
            return []  # the sections the assignment covers are worked out only when needed
        allowed = set(assignment.sections) | {
            state.questionnaire.items[i].section.id for i in assignment.items if i in state.questionnaire.items
        }
        found: list[SignOff] = []
        for signed in contribution.sign_offs:
            if signed.section_id not in allowed:
                raise CollaborationRefused(Msg.CONTRIBUTION_SIGN_OFF_SECTION, section=signed.section_id)
            found.append(
                SignOff(
                    signed.section_id,
                    _line(signed.name),
                    _line(signed.function),
                    signed.signed_on,
                    contribution.institution,
                    now,
                    contribution.id,
                )
            )
        return found

    # -- the focal point: conflicts, sign-off, provenance, overview

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
                    mine=_entry(state.answers.get(conflict.item_id)),
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
                "accepted_by": work.user,
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
            cq.resolve_conflicts(tx, [conflict.id], resolution, work.user, now)
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

    def sign_off(
        self, assessment_id: str, section_id: str, name: str, function: str, signed_on: date | None
    ) -> SignOff:
        work = self.work
        state = work.editable(assessment_id)
        sections = {section.id for _, section in state.questionnaire.sections()}
        if section_id not in sections:
            raise CollaborationRefused(Msg.SIGN_OFF_UNKNOWN_SECTION, section=section_id)
        if not _line(name):
            raise CollaborationRefused(Msg.SIGN_OFF_NAME)
        with work.store.read() as tx:
            copy = aq.copy_of(tx, assessment_id)
        if copy is not None:
            allowed = set(copy.sections) | {state.questionnaire.items[i].section.id for i in copy.items}
            if section_id not in allowed:
                raise CollaborationRefused(Msg.SIGN_OFF_OUTSIDE_ASSIGNMENT, section=section_id)
        now = work.clock()
        signed = SignOff(
            section_id,
            _line(name),
            _line(function),
            signed_on or now.date(),
            copy.institution if copy is not None else work.institution_of(state),
            now,
        )
        with work.store.write() as tx:
            cq.put_sign_offs(tx, assessment_id, [signed])
            record = {"name": signed.name, "function": signed.function, "date": signed.signed_on.isoformat()}
            queries.audit(tx, now, work.user, "sign_off", assessment_id, section_id, None, record)
            queries.touch(tx, assessment_id, now)
        state.summary = replace(state.summary, updated=now)
        return signed

    def sign_offs(self, assessment_id: str) -> list[SignOff]:
        self.work.get(assessment_id)
        with self.work.store.read() as tx:
            return cq.sign_offs(tx, assessment_id)

    def provenance(self, assessment_id: str) -> dict[str, Provenance]:
        state = self.work.get(assessment_id)
        with self.work.store.read() as tx:
            return cq.provenance(tx, assessment_id, state.answers)

    def overview(self, assessment_id: str, today: date | None = None) -> list[InstitutionOverview]:
        state = self.work.get(assessment_id)
        snapshot = self.standing.snapshot(assessment_id)
        today = today or self.work.clock().date()
        with self.work.store.read() as tx:
            everything = aq.assignments(tx, assessment_id)
            known = {i.name: i for i in aq.institutions(tx)}
            rounds = cq.rounds_received(tx, [a.id for a in everything])
            open_conflicts = {c.item_id for c in cq.conflicts(tx, assessment_id)}
            signed = cq.sign_offs(tx, assessment_id)
        attention = {i.item_id for i in snapshot.issues if i.item_id} | open_conflicts
        by_institution: dict[str, list[Assignment]] = {}
        for assignment in everything:
            by_institution.setdefault(assignment.institution, []).append(assignment)
        found: list[InstitutionOverview] = []
        for name, given in by_institution.items():
            items = [i for i in state.questionnaire.items if any(i in a.base for a in given)]
            answered = [i for i in items if (a := state.answers.get(i)) is not None and a.value is not None]
            missing = tuple(i for i in items if i in state.relevant and i not in answered)
            received = [rounds[a.id] for a in given if a.id in rounds]
            deadline = given[-1].deadline
            found.append(
                InstitutionOverview(
                    institution=known.get(name, Institution(name)),
                    assignments=tuple(a.id for a in given),
                    sections=tuple(dict.fromkeys(s for a in given for s in a.sections)),
                    assigned=len(items),
                    answered=len(answered),
                    needing_attention=sum(1 for i in items if i in attention),
                    signed_off=tuple(s.section_id for s in signed if s.institution == name),
                    deadline=deadline,
                    overdue=deadline is not None and deadline < today and bool(missing),
                    last_round=max(r for r, _ in received) if received else None,
                    last_received=max(t for _, t in received) if received else None,
                    missing=missing,
                )
            )
        return found

    # -- the institution's side

    def open_assignment(self, received: ReceivedAssignment) -> AssessmentSummary:
        work = self.work
        contents = received.contents
        assignment = contents.assignment
        with work.store.read() as tx:
            existing = aq.copy_for_assignment(tx, assignment.id)
        if existing is not None:
            return work.get(existing.assessment_id).summary
        questionnaire = contents.questionnaire
        now = work.clock()
        summary = AssessmentSummary(
            id=uuid.uuid4().hex,
            questionnaire_id=questionnaire.id,
            questionnaire_version=questionnaire.version,
            questionnaire_hash=questionnaire.content_hash,
            country=contents.country,
            institution=assignment.institution,
            focal_point=assignment.contact,
            cycle=contents.cycle,
            status="draft",
            training=contents.training,
            created=now,
            updated=now,
        )
        given = {**contents.context, **assignment.base}
        answers = [
            Answer(
                k,
                self._assigned_value(contents, k, e.value),
                e.comment,
                assignment.assigned_by,
                contents.assigned_by_institution,
                now,
                None,
                "imported",
            )
            for k, e in given.items()
            if k in questionnaire.items and (e.value is not None or e.comment)
        ]
        copy = AssignmentCopy(
            assessment_id=summary.id,
            assignment_id=assignment.id,
            source_assessment_id=assignment.assessment_id,
            institution=assignment.institution,
            contact=assignment.contact,
            assigned_by=assignment.assigned_by,
            assigned_by_institution=contents.assigned_by_institution,
            signer=received.signer,
            sections=assignment.sections,
            items=assignment.items,
            deadline=assignment.deadline,
            note=assignment.note,
            opened_at=now,
            last_round=0,
        )
        with work.store.write() as tx:
            queries.store_edition(tx, questionnaire, now)
            queries.insert_assessment(tx, summary)
            for file in contents.attachments:
                queries.put_attachment(tx, file.content, file.name, file.media_type, now)
            queries.put_answers(tx, summary.id, answers)
            aq.insert_copy(tx, copy)
            queries.audit(tx, now, work.user, "open_assignment", summary.id, None, None, summary_json(summary))
        work.remember_edition(questionnaire)
        return summary

    def _assigned_value(self, contents: AssignmentContents, item_id: str, value: Json) -> AnswerValue | None:
        """An answer the assignment carries, checked like any answer before it is stored: the file is signed by the
        focal point, but what it holds was written by another installation."""
        lookup = _attachment_lookup(contents.attachments, lambda _digest: None)
        questionnaire = contents.questionnaire
        try:
            return normalize(questionnaire, questionnaire.item(item_id), value, lookup)
        except ValueRejected as rejected:
            raise CollaborationRefused(Msg.ASSIGNMENT_VALUE, item=item_id, problem=rejected.refusal.english()) from None

    def assignment_copy(self, assessment_id: str) -> AssignmentCopy | None:
        self.work.get(assessment_id)
        with self.work.store.read() as tx:
            return aq.copy_of(tx, assessment_id)

    def prepare_contribution(self, assessment_id: str, person: str | None) -> Contribution:
        work = self.work
        state = work.get(assessment_id)
        with work.store.read() as tx:
            copy = aq.copy_of(tx, assessment_id)
            signed = cq.sign_offs(tx, assessment_id)
        if copy is None:
            raise CollaborationRefused(Msg.NOT_AN_ASSIGNMENT)
        profile = work.profile()
        # Who the focal point will read as having answered: the login names no one they know.
        sender = _line(person or copy.contact or (profile.focal_point if profile else "") or work.user)
        answers: dict[str, ContributedAnswer] = {}
        for item_id in copy.items:
            answer = state.answers.get(item_id)
            answers[item_id] = ContributedAnswer(
                item_id,
                answer.value if answer else None,
                answer.comment if answer else "",
                _answered_by(answer, sender),
                answer.answered_at if answer else None,
            )
        now = work.clock()
        round_number = copy.last_round + 1
        with work.store.write() as tx:
            aq.set_last_round(tx, assessment_id, round_number)
            queries.audit(tx, now, work.user, "contribute", assessment_id, None, None, {"round": round_number})
        summary = state.summary
        digests = attachment_digests(state.answers[k] for k in answers if k in state.answers)
        return Contribution(
            id=uuid.uuid4().hex,
            assignment_id=copy.assignment_id,
            assessment_id=copy.source_assessment_id,
            country=summary.country,
            questionnaire_id=summary.questionnaire_id,
            questionnaire_version=summary.questionnaire_version,
            questionnaire_hash=summary.questionnaire_hash,
            institution=copy.institution,
            person=sender,
            round=round_number,
            created=now,
            answers=answers,
            sign_offs=tuple(s for s in signed if s.institution == copy.institution),
            attachments=self._files(digests),
        )
