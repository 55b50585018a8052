"""The institution's side of working together: answering an assignment on its own laptop.

`open_assignment` makes a local assessment of a verified assignment file (its items pre-filled with the base, the
context read-only), `assignment_copy` says what that assessment answers, and `prepare_contribution` gathers
everything answered so far as the next round, which the export layer signs and sends back to the focal point.
"""

from __future__ import annotations

import uuid

from omnibus.model.collaboration import (
    AssignmentContents,
    AssignmentCopy,
    CollaborationRefused,
    ContributedAnswer,
    Contribution,
    ReceivedAssignment,
)
from omnibus.model.collaboration_support import attachment_files, attachment_lookup, line
from omnibus.model.messages import Msg
from omnibus.model.records import Answer, AnswerValue, AssessmentSummary, Json
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import attachment_digests, summary_json
from omnibus.model.store import assignment_queries as aq
from omnibus.model.store import contribution_queries as cq
from omnibus.model.store import queries
from omnibus.model.values import ValueRejected, normalize


def _as_carried(answer: Answer) -> bool:
    """Still what the assignment carried: left as it came, or carried forward and not confirmed here yet."""
    return answer.origin == "imported" or (answer.origin == "carried_forward" and not answer.confirmed)


def _contributed(item_id: str, answer: Answer | None, sender: str) -> ContributedAnswer:
    """An assigned item's answer as the contribution sends it. Who gave it: the person sending it for what was
    answered (or confirmed) on this laptop, whoever the assignment named for what it carried. An answer carried
    forward says whether it was confirmed here: the focal point counts it as this institution's only then."""
    if answer is None:
        return ContributedAnswer(item_id, None)
    carried = _as_carried(answer)
    return ContributedAnswer(
        item_id,
        answer.value,
        answer.comment,
        answer.answered_by if carried else sender,
        answer.answered_at if answer.origin != "carried_forward" else None,  # confirmed by the time the round is sent
        answer.confirmed if answer.origin == "carried_forward" else None,
    )


class InstitutionSide:
    """Assignments opened and contributions prepared; called under the service's lock."""

    def __init__(self, work: Workspace) -> None:
        self.work = work

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
        carried = contents.to_confirm & set(assignment.base)  # to be confirmed here, as on the focal point's side
        answers = [
            Answer(
                k,
                self._assigned_value(contents, k, e.value),
                e.comment,
                assignment.assigned_by,
                contents.assigned_by_institution,
                now,
                None,
                "carried_forward" if k in carried else "imported",
                confirmed=k not in carried,
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
        lookup = attachment_lookup(contents.attachments, lambda _digest: None)
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
        # Who the focal point will read as having answered: the login names no one they know, and without a
        # person the institution itself is named.
        sender = line(person or copy.contact or (profile.focal_point if profile else ""))
        answers = {item_id: _contributed(item_id, state.answers.get(item_id), sender) for item_id in copy.items}
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
            attachments=attachment_files(self.work, digests),
        )
