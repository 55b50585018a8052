"""The focal point gives parts of an assessment to institutions and follows them up.

`assign` records which items an institution answers and the answers they carried then (the base of the three-way
merge in `service_merging`); `assignment_contents` is what the signed assignment file holds; `overview` says per
institution what it answered (and what others answered of its part), what is missing, overdue or signed off, and
`reminder` assigns again what is still missing. An answer carried forward from an earlier cycle is nobody's for
this cycle until someone confirms it: the assignment file says which of its answers are still to be confirmed, the
institution confirms them on its laptop (or leaves them), and the overview counts those left apart.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from omnibus.model.collaboration import (
    Assignment,
    AssignmentContents,
    CollaborationRefused,
    Institution,
    InstitutionOverview,
)
from omnibus.model.collaboration_support import NOTE_MAX, attachment_files, entry, line
from omnibus.model.messages import Msg
from omnibus.model.records import Answer
from omnibus.model.service_state import Workspace
from omnibus.model.service_status import Standing
from omnibus.model.service_support import attachment_digests
from omnibus.model.store import assignment_queries as aq
from omnibus.model.store import contribution_queries as cq
from omnibus.model.store import queries


class Assigning:
    """Assignments, institutions and their overview; called under the service's lock."""

    def __init__(self, work: Workspace, standing: Standing) -> None:
        self.work = work
        self.standing = standing

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
        name = line(institution)
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
            contact=line(contact),
            sections=tuple(dict.fromkeys(sections)),
            items=ordered,
            deadline=deadline,
            note=str(note).strip()[:NOTE_MAX],
            assigned_by=work.person_of(state),
            assigned_at=now,
            base={i: entry(state.answers.get(i)) for i in ordered},
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
            item_id: entry(answer)
            for item_id, answer in state.answers.items()
            if item_id in questionnaire.items
            and item_id not in assignment.base
            and questionnaire.items[item_id].section.id in touched
            and (answer.value is not None or answer.comment)
        }
        digests = attachment_digests(Answer(k, e.value) for k, e in (*assignment.base.items(), *context.items()))
        summary = state.summary
        carried = (state.answers.get(i) for i in assignment.items)
        to_confirm = frozenset(
            a.item_id for a in carried if a is not None and not a.confirmed and entry(a) == assignment.base[a.item_id]
        )
        return AssignmentContents(
            assignment=assignment,
            questionnaire=questionnaire,
            country=summary.country,
            cycle=summary.cycle,
            training=summary.training,
            assigned_by_institution=summary.institution,
            context=context,
            attachments=attachment_files(self.work, digests),
            to_confirm=to_confirm,
        )

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
        # An institution answered an item when the answer there now is the one its contribution gave (taken, or
        # agreeing with what this side had): what the focal point or another institution gave is not its work.
        given_by = cq.provenance_of(self.work.collaboration(state).provenance_rows, state.answers)
        by_institution: dict[str, list[Assignment]] = {}
        for assignment in everything:
            by_institution.setdefault(assignment.institution, []).append(assignment)
        found: list[InstitutionOverview] = []
        for name, given in by_institution.items():
            items = [i for i in state.questionnaire.items if any(i in a.base for a in given)]
            answered = [i for i in items if (a := state.answers.get(i)) is not None and a.value is not None]
            to_confirm = [i for i in answered if not state.answers[i].confirmed]  # carried forward, nobody's yet
            by_it = [
                i
                for i in answered
                if state.answers[i].confirmed
                and (g := given_by[i]).contribution_id is not None
                and g.institution == name
            ]
            missing = tuple(i for i in items if i in state.relevant and i not in answered)
            received = [rounds[a.id] for a in given if a.id in rounds]
            deadline = given[-1].deadline
            found.append(
                InstitutionOverview(
                    institution=known.get(name, Institution(name)),
                    assignments=tuple(a.id for a in given),
                    sections=tuple(dict.fromkeys(s for a in given for s in a.sections)),
                    assigned=len(items),
                    answered=len(by_it),
                    answered_by_others=len(answered) - len(by_it) - len(to_confirm),
                    to_confirm=len(to_confirm),
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
