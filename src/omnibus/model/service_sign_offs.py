"""Sections signed off: who approved a section, in what function, on what day, for which institution.

Both sides sign off: the focal point on its assessment, an institution on its copy of an assignment (only sections
the assignment covers); an institution's sign-offs travel in its contribution and are kept when it is merged.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from omnibus.model.collaboration import (
    CollaborationRefused,
    SignOff,
)
from omnibus.model.collaboration_support import line
from omnibus.model.messages import Msg
from omnibus.model.service_state import Workspace
from omnibus.model.store import assignment_queries as aq
from omnibus.model.store import contribution_queries as cq
from omnibus.model.store import queries


class SignOffs:
    """Sign-offs recorded and listed; called under the service's lock."""

    def __init__(self, work: Workspace) -> None:
        self.work = work

    def sign_off(
        self, assessment_id: str, section_id: str, name: str, function: str, signed_on: date | None
    ) -> SignOff:
        work = self.work
        state = work.editable(assessment_id)
        sections = {section.id for _, section in state.questionnaire.sections()}
        if section_id not in sections:
            raise CollaborationRefused(Msg.SIGN_OFF_UNKNOWN_SECTION, section=section_id)
        if not line(name):
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
            line(name),
            line(function),
            signed_on or now.date(),
            copy.institution if copy is not None else work.institution_of(state),
            now,
        )
        work.collaboration_changed(state)
        with work.store.write() as tx:
            cq.put_sign_offs(tx, assessment_id, [signed])
            record = {"name": signed.name, "function": signed.function, "date": signed.signed_on.isoformat()}
            queries.audit(tx, now, work.user, "sign_off", assessment_id, section_id, None, record)
            queries.touch(tx, assessment_id, now)
        state.summary = replace(state.summary, updated=now)
        return signed

    def sign_offs(self, assessment_id: str) -> list[SignOff]:
        return list(self.work.collaboration(self.work.get(assessment_id)).sign_offs)
