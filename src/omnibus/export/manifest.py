"""What a response package says about itself: the manifest models, member naming rules, canonical JSON.

The manifest is the one signed document; every other member is bound to it by SHA-256 and size. It is
written canonically (sorted keys, UTF-8, two-space indent, no floats) so the same answers give the same bytes.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from omnibus import __version__
from omnibus.export.errors import PackageError

FORMAT: Final = "omnibus-response-package"
FORMAT_VERSION: Final = 1

MANIFEST = "manifest.json"
RAW_SIGNATURE = "manifest.sig"
MINISIGN_SIGNATURE = "manifest.json.minisig"
SIGNER_PEM = "signer.pem"
SIGNER_PUB = "signer.pub"
RESPONSES = "responses.json"
REPORT = "report.pdf"
QUESTIONNAIRE_PREFIX = "questionnaire/"
ATTACHMENT_PREFIX = "attachments/"

SIGNATURE_MEMBERS = (MANIFEST, RAW_SIGNATURE, MINISIGN_SIGNATURE)
"""Members the manifest cannot list (it cannot hash itself or the signatures over it)."""
SIGNER_MEMBERS = (SIGNER_PEM, SIGNER_PUB)
REQUIRED_CONTENT = (RESPONSES, REPORT)

_QUESTIONNAIRE = re.compile(r"^questionnaire/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.ya?ml$")
_ATTACHMENT = re.compile(r"^attachments/[0-9a-f]{64}$")

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Line = Annotated[str, StringConstraints(min_length=1, max_length=500, pattern=r"^[^\x00-\x1f\x7f]*$")]
OptionalLine = Annotated[str, StringConstraints(max_length=500, pattern=r"^[^\x00-\x1f\x7f]*$")]
Token = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:+-]{0,99}$")]


def is_content_member(name: str) -> bool:
    """Members a caller supplies and the manifest lists (besides the signer keys the builder adds)."""
    return (
        name in REQUIRED_CONTENT
        or (bool(_QUESTIONNAIRE.match(name)) and ".." not in name)
        or bool(_ATTACHMENT.match(name))
    )


def is_allowed_member(name: str) -> bool:
    """The complete allow-list of member names; anything else makes a package unreadable."""
    return name in SIGNATURE_MEMBERS or name in SIGNER_MEMBERS or is_content_member(name)


def name_problem(name: str) -> str | None:
    """Why a member name is refused, in words, or None when it is allowed."""
    if is_allowed_member(name):
        return None
    shown = repr(name[:120])
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return f"member {shown} has an absolute path"
    if "\\" in name:
        return f"member {shown} contains a backslash"
    if ".." in name.split("/"):
        return f"member {shown} climbs out of the package with '..'"
    return f"member {shown} is not one a response package may contain"


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class QuestionnaireRef(Frozen):
    """The questionnaire answered; `sha256` is the loader's `Questionnaire.content_hash` (SHA-256 of its files)."""

    id: Token
    version: Token
    sha256: Sha256


class FocalPoint(Frozen):
    name: Line
    role: OptionalLine = ""
    email: OptionalLine = ""
    phone: OptionalLine = ""


class MemberDigest(Frozen):
    sha256: Sha256
    size: int = Field(ge=0)


class PackageInfo(Frozen):
    """Everything the caller (the export service) knows about the assessment being handed in."""

    application_version: Token = __version__
    questionnaire: QuestionnaireRef
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = Field(description="ISO 3166-1 alpha-3")
    institution: Line
    focal_point: FocalPoint
    assessment_id: Token
    reporting_cycle: Line = Field(description="The reporting cycle's label, as the respondent wrote it")
    status: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_-]{0,31}$")] = Field(
        description="The assessment's status when exported, e.g. draft or final"
    )
    created: datetime = Field(description="When the package was made; stored in UTC to the second")
    training: bool = False

    @field_validator("created")
    @classmethod
    def _utc_seconds(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("created must carry a time zone")
        return value.astimezone(UTC).replace(microsecond=0)


class Manifest(PackageInfo):
    """The signed `manifest.json`: the package info plus the signer and the digest of every other member."""

    format: Literal["omnibus-response-package"] = FORMAT
    format_version: Literal[1] = FORMAT_VERSION
    signer: Sha256 = Field(description="Fingerprint of the signing key (SHA-256 of the raw public key)")
    members: dict[str, MemberDigest]

    @field_validator("members")
    @classmethod
    def _member_names(cls, value: dict[str, MemberDigest]) -> dict[str, MemberDigest]:
        for name in value:
            if name in SIGNATURE_MEMBERS or not is_allowed_member(name):
                raise ValueError(f"{name[:120]!r} cannot be listed as a member")
        return value

    def to_json(self) -> bytes:
        return canonical_json(self.model_dump(mode="json"))


def canonical_json(value: Any) -> bytes:
    """Sorted keys, UTF-8, two-space indent, trailing newline: reproducible and still readable."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("a key appears twice in one object")
    return found


def _no_float(text: str) -> Any:
    raise ValueError("numbers with fractions or exponents are not used in a manifest")


def parse_manifest(data: bytes) -> Manifest:
    """Parse signed manifest bytes strictly: UTF-8, no duplicate keys, no floats, no unknown fields."""
    try:
        text = data.decode("utf-8")
        json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_no_float, parse_constant=_no_float)
        return Manifest.model_validate_json(text)
    except RecursionError as exc:
        raise PackageError("manifest.json is nested too deeply to be a manifest.") from exc
    except ValueError as exc:  # includes UnicodeDecodeError, JSONDecodeError and pydantic's ValidationError
        detail = str(exc).splitlines()
        summary = "; ".join(line.strip() for line in detail[:6] if line.strip())
        raise PackageError(f"manifest.json is signed but is not a valid manifest: {summary[:600]}") from exc
