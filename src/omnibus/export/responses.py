"""`responses.json`: every answer of an assessment in canonical JSON values, as a package carries it.

Written by the export from the service's records and read back by the Secretariat. The reader is strict
(strict types, unknown keys refused, every length and code checked) because the file arrives from outside; it is
only parsed after the package's signatures and hashes have been verified. Pydantic models, like the manifest's:
one validation library for every document omnibus reads. `build_responses` assembles the document without
validating it (`model_construct`) and then checks what it built by reading it back with the very reader the
Secretariat uses, so the export never writes a file the Secretariat would refuse.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from omnibus.export.errors import PackageError
from omnibus.export.manifest import canonical_json
from omnibus.model.records import Answer, AssessmentSummary
from omnibus.model.snapshot import AssessmentSnapshot

FORMAT: Final = "omnibus-responses"
FORMAT_VERSION: Final = 1


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class ResponseAnswer(_Strict):
    item_id: str = Field(max_length=64)
    value: Any
    comment: str = Field(default="", max_length=100_000)
    answered_by: str = Field(default="", max_length=500)
    institution: str = Field(default="", max_length=500)
    answered_at: datetime | None = None
    language: str | None = Field(default=None, max_length=8)
    origin: Literal["entered", "carried_forward", "imported"] = "entered"
    confirmed: bool = True
    orphan: bool = False


class ResponseProgress(_Strict):
    relevant: int = Field(ge=0)
    answered: int = Field(ge=0)
    required_missing: int = Field(ge=0)


class Responses(_Strict):
    format: Literal["omnibus-responses"] = FORMAT
    format_version: int = Field(default=FORMAT_VERSION, ge=FORMAT_VERSION, le=FORMAT_VERSION)
    """Exactly 1: a whole number (strict), not 1.0 nor true, which a `Literal[1]` would let through."""
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
        return canonical_json(self.model_dump(mode="json"))

    def values(self) -> dict[str, Any]:
        """Item id → canonical value, the shape conditions and analyses work on."""
        return {a.item_id: a.value for a in self.answers if not a.orphan}


def build_responses(
    summary: AssessmentSummary,
    answers: Mapping[str, Answer],
    relevant: frozenset[str],
    progress: ResponseProgress,
) -> Responses:
    """The responses document for an assessment, answers in a stable order; PackageError when an answer does not
    fit the format (a comment longer than it allows, say)."""
    built = Responses.model_construct(
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
            ResponseAnswer.model_construct(
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
    """Read `responses.json` from a verified package; PackageError, saying where, when it is not a responses
    document."""
    try:
        return Responses.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in first["loc"])
        raise PackageError(f"responses.json is not valid: {where}: {first['msg']}") from exc
