"""`responses.json`: every answer of an assessment in canonical JSON values, as a package carries it.

Written by the export from the service's records and read back by the Secretariat. The reader is strict
(unknown keys refused, every length and code checked) because the file arrives from outside; it is only
parsed after the package's signatures and hashes have been verified.

These are msgspec structs rather than pydantic models, unlike the manifest: `responses.json` is the one large
document of a package (about 50 KB for the UNTOC needs assessment), read once per package by every Secretariat
import and again by every analysis, and msgspec decodes and validates it in 40% of the time pydantic takes
(130 against 340 µs, measured on a generated package; `bench/bench_secretariat.py` times the import). Structs
validate when decoded, not when constructed, so `build_responses` checks what it built by decoding it back with
the very decoder the Secretariat uses.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, Final, Literal

import msgspec

from omnibus.export.errors import PackageError
from omnibus.export.manifest import canonical_json
from omnibus.model.records import Answer, AssessmentSummary
from omnibus.model.snapshot import AssessmentSnapshot

FORMAT: Final = "omnibus-responses"
FORMAT_VERSION: Final = 1

_ItemId = Annotated[str, msgspec.Meta(max_length=64)]
_Comment = Annotated[str, msgspec.Meta(max_length=100_000)]
_Line = Annotated[str, msgspec.Meta(max_length=500)]
_Language = Annotated[str, msgspec.Meta(max_length=8)]
_Count = Annotated[int, msgspec.Meta(ge=0)]


class ResponseAnswer(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    item_id: _ItemId
    value: Any
    comment: _Comment = ""
    answered_by: _Line = ""
    institution: _Line = ""
    answered_at: datetime | None = None
    language: _Language | None = None
    origin: Literal["entered", "carried_forward", "imported"] = "entered"
    confirmed: bool = True
    orphan: bool = False


class ResponseProgress(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    relevant: _Count
    answered: _Count
    required_missing: _Count


class Responses(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    format: Literal["omnibus-responses"] = FORMAT
    format_version: Literal[1] = FORMAT_VERSION
    assessment_id: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_sha256: str
    country: str
    cycle: str
    status: Literal["draft", "final"]
    training: bool = False
    relevant_items: tuple[str, ...]
    """Items shown for these answers when exported."""
    progress: ResponseProgress
    answers: tuple[ResponseAnswer, ...]

    def to_json(self) -> bytes:
        return canonical_json(msgspec.to_builtins(self))

    def values(self) -> dict[str, Any]:
        """Item id → canonical value, the shape conditions and analyses work on."""
        return {a.item_id: a.value for a in self.answers if not a.orphan}


_DECODER = msgspec.json.Decoder(Responses)


def build_responses(
    summary: AssessmentSummary,
    answers: Mapping[str, Answer],
    relevant: frozenset[str],
    progress: ResponseProgress,
) -> Responses:
    """The responses document for an assessment, answers in a stable order; PackageError when an answer does not
    fit the format (a comment longer than it allows, say)."""
    built = Responses(
        assessment_id=summary.id,
        questionnaire_id=summary.questionnaire_id,
        questionnaire_version=summary.questionnaire_version,
        questionnaire_sha256=summary.questionnaire_hash,
        country=summary.country,
        cycle=summary.cycle,
        status=summary.status,
        training=summary.training,
        relevant_items=tuple(sorted(relevant)),
        progress=progress,
        answers=tuple(
            ResponseAnswer(
                item_id=a.item_id,
                value=a.value,
                comment=a.comment,
                answered_by=a.answered_by,
                institution=a.institution,
                answered_at=a.answered_at,
                language=a.language,
                origin=a.origin,
                confirmed=a.confirmed,
                orphan=a.orphan,
            )
            for _, a in sorted(answers.items())
        ),
    )
    return parse_responses(built.to_json())


def responses_of(snapshot: AssessmentSnapshot) -> Responses:
    """The responses document of an assessment as one snapshot holds it."""
    done = snapshot.progress
    counts = ResponseProgress(relevant=done.relevant, answered=done.answered, required_missing=done.required_missing)
    return build_responses(snapshot.summary, snapshot.answers, snapshot.relevant, counts)


def parse_responses(data: bytes) -> Responses:
    """Read `responses.json` from a verified package; PackageError when it is not a responses document."""
    try:
        return _DECODER.decode(data)
    except msgspec.DecodeError as exc:  # ValidationError included
        raise PackageError(f"responses.json is not valid: {exc}") from exc
