"""Assignment and contribution files: typed service records to signed files and back (see `exchange.py`).

The focal point writes an assignment file from `AssessmentService.assignment_contents`; the institution reads it
(`read_assignment`) and hands it to `open_assignment`. The institution writes a contribution file from
`prepare_contribution`; the focal point reads it (`read_contribution`: signature, digests, strict JSON, the
questionnaire and assessment named by the signed manifest) and hands it to `merge_contribution`, which merges it in
one transaction. Reading never writes anything; a refusal is a `PackageError` saying why.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from omnibus.export.archive import DEFAULT_LIMITS, Limits
from omnibus.export.errors import PackageError
from omnibus.export.exchange import SUFFIXES, ExchangeFile, Kind, build_exchange, parse_json, read_exchange
from omnibus.export.files import atomic_write
from omnibus.export.keys import Signer
from omnibus.export.manifest import ATTACHMENT_PREFIX, QUESTIONNAIRE_PREFIX, QuestionnaireRef, canonical_json
from omnibus.model.collaboration import (
    Assignment,
    AssignmentContents,
    AttachmentFile,
    ContributedAnswer,
    Contribution,
    Entry,
    ReceivedAssignment,
    SignOff,
)
from omnibus.model.input_files import PACKAGE, FileTooLarge, read_bounded
from omnibus.model.loader import QuestionnaireError, load_questionnaire_bytes

Text = Annotated[str, StringConstraints(max_length=500, pattern=r"^[^\x00-\x1f\x7f]*$")]
Note = Annotated[str, StringConstraints(max_length=20000)]
ItemId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,63}$")]
Digest = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EntryJson(_Strict):
    value: Any = None
    comment: Note = ""


class FileJson(_Strict):
    name: Text
    media_type: Text


class AssignmentJson(_Strict):
    """`assignment.json`: the assignment, what it carried (base), read-only context, and where it comes from."""

    institution: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    contact: Text = ""
    sections: list[ItemId]
    items: list[ItemId] = Field(min_length=1)
    deadline: date | None = None
    note: Note = ""
    assigned_by: Text = ""
    assigned_by_institution: Text = ""
    assigned_at: datetime
    reminder_of: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")] | None = None
    cycle: Text
    training: bool = False
    questionnaire_file: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.ya?ml$")]
    base: dict[ItemId, EntryJson]
    context: dict[ItemId, EntryJson] = {}
    attachments: dict[Digest, FileJson] = {}
    to_confirm: list[ItemId] = []
    """Assigned items whose answer is carried forward and still to be confirmed; written only when there are any,
    so that a file without them reads in an installation that does not know the key."""


class AnswerJson(_Strict):
    value: Any = None
    comment: Note = ""
    answered_by: Text = ""
    answered_at: datetime | None = None
    confirmed: bool | None = None
    """Only for an answer carried forward: whether the institution confirmed it (left out otherwise)."""


class SignOffJson(_Strict):
    section: ItemId
    name: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    function: Text = ""
    date: date


class ContributionJson(_Strict):
    """`contribution.json`: who sends which round of which assignment, the answers, sign-offs and files."""

    assignment_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
    institution: Annotated[str, StringConstraints(min_length=1, max_length=500)]
    person: Text = ""
    round: int = Field(ge=1, le=1_000_000)
    answers: dict[ItemId, AnswerJson]
    sign_offs: list[SignOffJson] = []
    attachments: dict[Digest, FileJson] = {}


def _ref(questionnaire_id: str, version: str, sha256: str) -> QuestionnaireRef:
    return QuestionnaireRef(id=questionnaire_id, version=version, sha256=sha256)


def _files(files: tuple[AttachmentFile, ...]) -> tuple[dict[str, bytes], dict[str, FileJson]]:
    members = {ATTACHMENT_PREFIX + f.sha256: f.content for f in files}
    return members, {f.sha256: FileJson(name=f.name[:500], media_type=f.media_type[:500]) for f in files}


def _attachments(read: ExchangeFile, listed: dict[str, FileJson]) -> tuple[AttachmentFile, ...]:
    present = read.attachments()
    if set(present) != set(listed):
        raise PackageError("The files listed in the file and the files it holds differ.")
    return tuple(AttachmentFile(k, listed[k].name, listed[k].media_type, present[k]) for k in sorted(present))


def _model(model: type[Any], data: bytes, what: str) -> Any:
    parse_json(data, what)
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        lines = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:6])
        raise PackageError(f"{what} is signed but does not hold what it should: {lines[:600]}.") from None


# -- assignment files


def build_assignment(contents: AssignmentContents, signer: Signer, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The signed assignment file of `contents` (from `AssessmentService.assignment_contents`)."""
    assignment = contents.assignment
    questionnaire = contents.questionnaire
    members, listed = _files(contents.attachments)
    for source in questionnaire.files:
        members[QUESTIONNAIRE_PREFIX + PurePath(source.name).name] = source.content
    document = AssignmentJson(
        institution=assignment.institution,
        contact=assignment.contact,
        sections=list(assignment.sections),
        items=list(assignment.items),
        deadline=assignment.deadline,
        note=assignment.note,
        assigned_by=assignment.assigned_by,
        assigned_by_institution=contents.assigned_by_institution,
        assigned_at=assignment.assigned_at,
        reminder_of=assignment.reminder_of,
        cycle=contents.cycle,
        training=contents.training,
        questionnaire_file=PurePath(questionnaire.files[0].name).name,
        base={k: EntryJson(value=e.value, comment=e.comment) for k, e in assignment.base.items()},
        context={k: EntryJson(value=e.value, comment=e.comment) for k, e in contents.context.items()},
        attachments=listed,
        to_confirm=[i for i in assignment.items if i in contents.to_confirm],
    )
    content = document.model_dump(mode="json")
    if not content["to_confirm"]:
        del content["to_confirm"]
    return build_exchange(
        "assignment",
        id=assignment.id,
        assessment_id=assignment.assessment_id,
        country=contents.country,
        questionnaire=_ref(questionnaire.id, questionnaire.version, questionnaire.content_hash),
        created=assignment.assigned_at,
        content=canonical_json(content),
        extra=members,
        signer=signer,
        limits=limits,
    )


def read_assignment(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> ReceivedAssignment:
    """Verify an assignment file and return what `open_assignment` takes; `PackageError` when refused."""
    read = read_exchange(data, "assignment", limits=limits)
    document: AssignmentJson = _model(AssignmentJson, read.content, "assignment.json")
    manifest = read.manifest
    files = read.questionnaire_files()
    main = files.get(document.questionnaire_file)
    if main is None:
        raise PackageError(f"The assignment names {document.questionnaire_file}, which it does not hold.")
    try:
        questionnaire = load_questionnaire_bytes(main, document.questionnaire_file, files.get)
    except QuestionnaireError as exc:
        raise PackageError(f"The questionnaire in the assignment cannot be read: {exc}") from None
    ref = manifest.questionnaire
    if (questionnaire.id, questionnaire.version, questionnaire.content_hash) != (ref.id, ref.version, ref.sha256):
        raise PackageError(
            f"The assignment's questionnaire is not the one its manifest names ({ref.id} version {ref.version})."
        )
    unknown = [i for i in [*document.items, *document.base, *document.context] if i not in questionnaire.items]
    if unknown or set(document.base) - set(document.items):
        raise PackageError(f"The assignment names items its questionnaire does not have: {', '.join(unknown[:5])}.")
    if set(document.to_confirm) - set(document.base):
        raise PackageError("The assignment asks to confirm answers it does not carry.")
    base = {
        i: Entry(document.base[i].value, document.base[i].comment) if i in document.base else Entry(None)
        for i in document.items
    }
    assignment = Assignment(
        id=manifest.id,
        assessment_id=manifest.assessment_id,
        institution=document.institution,
        contact=document.contact,
        sections=tuple(document.sections),
        items=tuple(document.items),
        deadline=document.deadline,
        note=document.note,
        assigned_by=document.assigned_by,
        assigned_at=document.assigned_at,
        base=base,
        reminder_of=document.reminder_of,
    )
    contents = AssignmentContents(
        assignment=assignment,
        questionnaire=questionnaire,
        country=manifest.country,
        cycle=document.cycle,
        training=document.training,
        assigned_by_institution=document.assigned_by_institution,
        context={k: Entry(e.value, e.comment) for k, e in document.context.items()},
        attachments=_attachments(read, document.attachments),
        to_confirm=frozenset(document.to_confirm),
    )
    return ReceivedAssignment(contents, read.signer)


# -- contribution files


def build_contribution(contribution: Contribution, signer: Signer, *, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The signed contribution file of `contribution` (from `AssessmentService.prepare_contribution`)."""
    members, listed = _files(contribution.attachments)
    document = ContributionJson(
        assignment_id=contribution.assignment_id,
        institution=contribution.institution,
        person=contribution.person,
        round=contribution.round,
        answers={
            k: AnswerJson(
                value=a.value,
                comment=a.comment,
                answered_by=a.answered_by[:500],
                answered_at=a.answered_at,
                confirmed=a.confirmed,
            )
            for k, a in contribution.answers.items()
        },
        sign_offs=[
            SignOffJson(section=s.section_id, name=s.name, function=s.function, date=s.signed_on)
            for s in contribution.sign_offs
        ],
        attachments=listed,
    )
    return build_exchange(
        "contribution",
        id=contribution.id,
        assessment_id=contribution.assessment_id,
        country=contribution.country,
        questionnaire=_ref(
            contribution.questionnaire_id, contribution.questionnaire_version, contribution.questionnaire_hash
        ),
        created=contribution.created,
        content=canonical_json(_without_unsaid_confirmations(document.model_dump(mode="json"))),
        extra=members,
        signer=signer,
        limits=limits,
    )


def _without_unsaid_confirmations(content: dict[str, Any]) -> dict[str, Any]:
    """`confirmed` only on the answers carried forward, so that a contribution without any reads in an installation
    that does not know the key."""
    for answer in content["answers"].values():
        if answer["confirmed"] is None:
            del answer["confirmed"]
    return content


def read_contribution(data: bytes, *, limits: Limits = DEFAULT_LIMITS) -> Contribution:
    """Verify a contribution file; the result carries the signer's fingerprint and the file's SHA-256."""
    read = read_exchange(data, "contribution", limits=limits)
    document: ContributionJson = _model(ContributionJson, read.content, "contribution.json")
    manifest = read.manifest
    return Contribution(
        id=manifest.id,
        assignment_id=document.assignment_id,
        assessment_id=manifest.assessment_id,
        country=manifest.country,
        questionnaire_id=manifest.questionnaire.id,
        questionnaire_version=manifest.questionnaire.version,
        questionnaire_hash=manifest.questionnaire.sha256,
        institution=document.institution,
        person=document.person,
        round=document.round,
        created=manifest.created,
        answers={
            k: ContributedAnswer(k, a.value, a.comment, a.answered_by, a.answered_at, a.confirmed)
            for k, a in document.answers.items()
        },
        sign_offs=tuple(SignOff(s.section, s.name, s.function, s.date) for s in document.sign_offs),
        attachments=_attachments(read, document.attachments),
        fingerprint=read.signer,
        digest=hashlib.sha256(data).hexdigest(),
    )


# -- files on disk


def read_exchange_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of an assignment or contribution file, size-limited before reading."""
    try:
        return read_bounded(Path(path), PACKAGE, limits.max_package_bytes)
    except FileTooLarge as exc:
        raise PackageError(f"{Path(path).name}: {exc}.") from None
    except OSError as exc:
        raise PackageError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def write_exchange_file(path: Path, data: bytes) -> Path:
    """Write atomically (temporary file, fsync, rename)."""
    return atomic_write(Path(path), data)


def file_name(
    kind: Kind, country: str, institution: str, identifier: str, when: datetime, round_number: int = 0
) -> str:
    """A name valid on every system that says what the file is, e.g.
    `KEN-Ministry-of-Interior-3f2a9c1d-20250131-round-2.omnibus-contribution`."""
    who = "-".join("".join(c if c.isalnum() else " " for c in institution).split())[:40] or "institution"
    round_part = f"-round-{round_number}" if round_number else ""
    return f"{country}-{who}-{identifier[:8]}-{when:%Y%m%d}{round_part}{SUFFIXES[kind]}"
