"""Working together offline: the records the service hands out about assignments, contributions and provenance.

A focal point gives parts of an assessment to institutions (`Assignment`); each answers on its own laptop and sends
back a signed contribution file, which the export layer reads, verifies and hands to the service as a
`Contribution`. The service merges it item by item against what the assignment carried (three-way), keeping
`Provenance` for every answer taken and a `Conflict` wherever the focal point's side changed too or another
institution answered differently. Front ends only see these frozen records; refusals are `CollaborationRefused`
with a `Msg` from `model/messages.py`, so each front end can say them in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, TypeAlias

from omnibus.model.messages import Msg
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import AnswerValue, Json
from omnibus.model.service_errors import ServiceError

Resolution: TypeAlias = Literal["mine", "theirs", "combined"]
"""How a conflict was settled: keep this side's answer, take the institution's, or a value the focal point wrote."""


class CollaborationRefused(ServiceError):
    """An assignment, contribution or resolution refused; nothing was written. `msg` and `fields` say why."""

    def __init__(self, msg: Msg, **fields: object) -> None:
        super().__init__(msg.format(**fields))
        self.msg = msg
        self.fields = fields


class UnknownInstitutionKey(CollaborationRefused):
    """A contribution signed by a key not (yet) trusted for its institution: confirm `fingerprint` to go on."""

    def __init__(self, msg: Msg, institution: str, fingerprint: str, **fields: object) -> None:
        super().__init__(msg, institution=institution, fingerprint=fingerprint, **fields)
        self.institution = institution
        self.fingerprint = fingerprint


@dataclass(frozen=True)
class Institution:
    """A ministry or agency answering part of an assessment; its key is trusted once its fingerprint is confirmed."""

    name: str
    contact: str = ""
    fingerprint: str | None = None
    trusted_at: datetime | None = None


@dataclass(frozen=True)
class Entry:
    """An item's answer as exchanged: value (None for none) and comment. The value is canonical: read from this
    store, or checked by `values.normalize` before it is merged or stored."""

    value: AnswerValue | None
    comment: str = ""


@dataclass(frozen=True)
class Assignment:
    """Part of an assessment given to one institution. `base` is what it carried for each assigned item: the
    common ancestor of the three-way merge (an item without an answer then has `Entry(None)`)."""

    id: str
    assessment_id: str
    institution: str
    contact: str
    sections: tuple[str, ...]
    items: tuple[str, ...]
    deadline: date | None
    note: str
    assigned_by: str
    assigned_at: datetime
    base: Mapping[str, Entry] = field(default_factory=dict)
    reminder_of: str | None = None
    """The assignment this one reminds of (it holds what was still missing then)."""


@dataclass(frozen=True)
class AttachmentFile:
    """A file travelling with an assignment or a contribution, named by its SHA-256."""

    sha256: str
    name: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class AssignmentContents:
    """Everything an assignment file holds, for the export layer to sign: the assessment it belongs to, the
    questionnaire edition, the assignment (with its base answers), read-only context and the files they name."""

    assignment: Assignment
    questionnaire: Questionnaire
    country: str
    cycle: str
    training: bool
    assigned_by_institution: str
    context: Mapping[str, Entry]
    attachments: tuple[AttachmentFile, ...] = ()
    to_confirm: frozenset[str] = frozenset()
    """Assigned items whose answer was carried forward from an earlier cycle and is still to be confirmed: the
    institution confirms it (or changes it) as the focal point would, and says so in its contribution."""


@dataclass(frozen=True)
class ReceivedAssignment:
    """A verified assignment file, as the export layer hands it to `open_assignment`; `signer` is the fingerprint
    of the focal point's key that signed it."""

    contents: AssignmentContents
    signer: str


@dataclass(frozen=True)
class AssignmentCopy:
    """On an institution's laptop: the local assessment answers this assignment (the GUI shows only `items`)."""

    assessment_id: str
    assignment_id: str
    source_assessment_id: str
    institution: str
    contact: str
    assigned_by: str
    assigned_by_institution: str
    signer: str
    sections: tuple[str, ...]
    items: tuple[str, ...]
    deadline: date | None
    note: str
    opened_at: datetime
    last_round: int


@dataclass(frozen=True)
class ContributedAnswer:
    """One assigned item's answer as the institution sends it."""

    item_id: str
    value: Json
    comment: str = ""
    answered_by: str = ""
    answered_at: datetime | None = None
    confirmed: bool | None = None
    """For an answer the assignment carried forward to be confirmed: whether the institution confirmed it as still
    true for this cycle (True) or left it to be confirmed (False); None for any other answer."""


@dataclass(frozen=True)
class SignOff:
    """A section approved by a head of unit: name, function and date, on behalf of `institution`."""

    section_id: str
    name: str
    function: str
    signed_on: date
    institution: str = ""
    recorded_at: datetime | None = None
    contribution_id: str | None = None


@dataclass(frozen=True)
class Contribution:
    """A contribution file's content. Made by `prepare_contribution` on the institution's laptop; read back by the
    export layer, which fills `fingerprint` (the verified signer) and `digest` (SHA-256 of the file)."""

    id: str
    assignment_id: str
    assessment_id: str
    country: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    institution: str
    person: str
    round: int
    created: datetime
    answers: Mapping[str, ContributedAnswer]
    sign_offs: tuple[SignOff, ...] = ()
    attachments: tuple[AttachmentFile, ...] = ()
    fingerprint: str = ""
    digest: str = ""


@dataclass(frozen=True)
class MergeResult:
    """What merging one contribution did, item by item (ids in questionnaire order)."""

    contribution_id: str
    institution: str
    round: int
    taken: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    sign_offs: tuple[str, ...] = ()
    already_merged: bool = False
    """The same file was merged before: nothing changed."""
    trusted_now: bool = False
    """The institution's key was trusted with this import (first use)."""


@dataclass(frozen=True)
class Provenance:
    """Who gave an item's answer and who accepted it. For an answer given on this laptop the institution and person
    are its own and `contribution_id` is None."""

    item_id: str
    institution: str
    person: str
    given_at: datetime | None
    accepted_by: str
    accepted_at: datetime | None
    fingerprint: str | None = None
    contribution_id: str | None = None
    round: int | None = None


@dataclass(frozen=True)
class Conflict:
    """An institution's answer not taken: `mine` is this side's answer now, `base` what the assignment carried,
    `theirs` what the institution sent (round `round` of contribution `contribution_id`)."""

    id: int
    assessment_id: str
    item_id: str
    base: Entry
    mine: Entry
    mine_from: str
    """Who gave this side's answer: an institution, or the person who typed it here."""
    theirs: Entry
    institution: str
    person: str
    fingerprint: str
    contribution_id: str
    round: int
    given_at: datetime | None
    raised_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str = ""
    resolution: Resolution | None = None


@dataclass(frozen=True)
class InstitutionOverview:
    """One institution's part of an assessment at a glance, for the review page and `omnibus institutions`."""

    institution: Institution
    assignments: tuple[str, ...]
    sections: tuple[str, ...]
    assigned: int
    answered: int
    """Assigned items whose answer the institution gave: its contribution's answer is the one stored."""
    answered_by_others: int
    """Assigned items answered, but by someone else: the focal point (also an answer the assignment carried and the
    institution left as it was) or another institution."""
    to_confirm: int
    """Assigned items whose answer is still the one carried forward from an earlier cycle, confirmed by nobody yet
    (the institution left it as it was): neither its answer nor anyone else's for this cycle."""
    needing_attention: int
    """Assigned items with an open conflict or an issue (error, warning or draft)."""
    signed_off: tuple[str, ...]
    deadline: date | None
    overdue: bool
    """The deadline has passed and assigned items are still unanswered."""
    last_round: int | None
    last_received: datetime | None
    missing: tuple[str, ...] = ()
    """Relevant assigned items without an answer: what a reminder would assign."""
