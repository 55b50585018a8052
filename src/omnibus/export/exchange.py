"""The signed files exchanged between a focal point and the institutions: the container both kinds share.

An assignment file (`.omnibus-assignment`) and a contribution file (`.omnibus-contribution`) are zips built exactly
like the response package, with its writer (`archive.write_zip`), strict reader (`archive.read_zip`, here with this
kind's allow-list of member names), signatures (`verify.check_signatures`: Ed25519 over `manifest.json`, raw and
minisign) and member digests (`verify.member_checks`). Only the manifest and the content member differ:

    manifest.json  manifest.sig  manifest.json.minisig  signer.pem  signer.pub   (as in a response package)
    assignment.json | contribution.json                                          (the content, canonical JSON)
    questionnaire/*.yaml                                                         (assignment: the edition)
    attachments/<sha256>                                                         (files the answers name)

Nothing inside is parsed before both signatures over the exact manifest bytes verify and every member matches
its signed digest; an altered, truncated or mixed-up file is refused with the reason (`PackageError`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import Field, StringConstraints, field_validator

from omnibus import __version__
from omnibus.export.archive import DEFAULT_LIMITS, Limits, read_zip
from omnibus.export.errors import PackageError
from omnibus.export.keys import Signer, fingerprint
from omnibus.export.manifest import (
    ATTACHMENT_PREFIX,
    MANIFEST,
    MINISIGN_SIGNATURE,
    QUESTIONNAIRE_PREFIX,
    RAW_SIGNATURE,
    SIGNATURE_MEMBERS,
    SIGNER_MEMBERS,
    SIGNER_PEM,
    SIGNER_PUB,
    Frozen,
    MemberDigest,
    QuestionnaireRef,
    Sha256,
    Token,
    canonical_json,
)
from omnibus.export.sealing import sealed_zip
from omnibus.export.verify import check_signatures, member_checks

Kind = Literal["assignment", "contribution"]
FORMATS: Final[dict[Kind, str]] = {"assignment": "omnibus-assignment", "contribution": "omnibus-contribution"}
CONTENT: Final[dict[Kind, str]] = {"assignment": "assignment.json", "contribution": "contribution.json"}
SUFFIXES: Final[dict[Kind, str]] = {"assignment": ".omnibus-assignment", "contribution": ".omnibus-contribution"}

_QUESTIONNAIRE = re.compile(r"^questionnaire/[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.ya?ml$")
_ATTACHMENT = re.compile(r"^attachments/[0-9a-f]{64}$")


class ExchangeManifest(Frozen):
    """The signed `manifest.json` of an exchange file: what it is, for which assessment, and its members."""

    format: Literal["omnibus-assignment", "omnibus-contribution"]
    format_version: Literal[1] = 1
    application_version: Token = __version__
    id: Token = Field(description="The assignment's id, or the contribution's")
    assessment_id: Token = Field(description="The focal point's assessment")
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    questionnaire: QuestionnaireRef
    created: datetime
    signer: Sha256
    members: dict[str, MemberDigest]

    @field_validator("created")
    @classmethod
    def _utc_seconds(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("created must carry a time zone")
        return value.astimezone(UTC).replace(microsecond=0)


def name_check(kind: Kind) -> Any:
    """The allow-list of member names of one kind of exchange file, as `archive.read_zip` takes it."""
    content = CONTENT[kind]

    def problem(name: str) -> str | None:
        if name in SIGNATURE_MEMBERS or name in SIGNER_MEMBERS or name == content or _ATTACHMENT.match(name):
            return None
        if kind == "assignment" and _QUESTIONNAIRE.match(name) and ".." not in name:
            return None
        return f"member {name[:120]!r} is not one a file of kind {kind} may contain"

    return problem


@dataclass(frozen=True)
class ExchangeFile:
    """A verified exchange file: its signed manifest, its members, the signer's fingerprint and the file's SHA-256."""

    manifest: ExchangeManifest
    members: Mapping[str, bytes]
    signer: str
    digest: str

    @property
    def content(self) -> bytes:
        return self.members[CONTENT[self.kind]]

    @property
    def kind(self) -> Kind:
        return "assignment" if self.manifest.format == FORMATS["assignment"] else "contribution"

    def attachments(self) -> dict[str, bytes]:
        n = len(ATTACHMENT_PREFIX)
        return {k[n:]: v for k, v in self.members.items() if k.startswith(ATTACHMENT_PREFIX)}

    def questionnaire_files(self) -> dict[str, bytes]:
        n = len(QUESTIONNAIRE_PREFIX)
        return {k[n:]: v for k, v in self.members.items() if k.startswith(QUESTIONNAIRE_PREFIX)}


def build_exchange(
    kind: Kind,
    *,
    id: str,
    assessment_id: str,
    country: str,
    questionnaire: QuestionnaireRef,
    created: datetime,
    content: bytes,
    extra: Mapping[str, bytes],
    signer: Signer,
    limits: Limits = DEFAULT_LIMITS,
) -> bytes:
    """Sign and zip an exchange file; it is read back with `read_exchange` before it is returned."""
    check = name_check(kind)
    for name in extra:
        problem = check(name)
        if problem or name in SIGNATURE_MEMBERS or name in SIGNER_MEMBERS or name == CONTENT[kind]:
            raise PackageError(f"Cannot build the {kind} file: {problem or f'{name} is written by the builder'}.")
    listed = {
        SIGNER_PEM: signer.public_pem(),
        SIGNER_PUB: signer.minisign_key.to_file(),
        CONTENT[kind]: content,
        **dict(sorted(extra.items())),
    }
    manifest = ExchangeManifest(
        format=FORMATS[kind],  # type: ignore[arg-type]
        id=id,
        assessment_id=assessment_id,
        country=country,
        questionnaire=questionnaire,
        created=created,
        signer=signer.fingerprint,
        members={
            name: MemberDigest(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
            for name, data in sorted(listed.items())
        },
    )
    manifest_bytes = canonical_json(manifest.model_dump(mode="json"))
    comment = (
        f"timestamp:{int(manifest.created.timestamp())}\tfile:{MANIFEST}\tkind:{kind}\tcountry:{country}"
        f"\tassessment:{assessment_id}"
    )
    data = sealed_zip(manifest_bytes, listed, signer, comment, limits)
    read_exchange(data, kind, limits=limits)
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("a key appears twice in one object")
    return found


def parse_json(data: bytes, what: str) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN or infinities."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
    except RecursionError:
        raise PackageError(f"{what} is nested too deeply.") from None
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError too
        raise PackageError(f"{what} is not valid JSON: {str(exc)[:300]}.") from None


def _refuse_constant(text: str) -> Any:
    raise ValueError(f"{text} is not a number")


def read_exchange(data: bytes, kind: Kind, *, limits: Limits = DEFAULT_LIMITS) -> ExchangeFile:
    """Verify an exchange file of `kind` and return its contents; `PackageError` says why it is refused."""
    members = read_zip(data, limits, name_check(kind))
    missing = [
        name for name in (MANIFEST, RAW_SIGNATURE, MINISIGN_SIGNATURE, SIGNER_PEM, SIGNER_PUB) if name not in members
    ]
    if CONTENT[kind] not in members:
        missing.append(CONTENT[kind])
    if missing:
        raise PackageError(f"This is not a complete {kind} file: {', '.join(missing)} missing.")
    problems: list[str] = []
    openssl_ok, minisign_ok, keys_match, signer_raw = check_signatures(members, problems)
    if not (openssl_ok and minisign_ok and keys_match) or signer_raw is None:
        raise PackageError(f"The {kind} file does not verify: " + " ".join(problems))
    parse_json(members[MANIFEST], MANIFEST)  # duplicate keys and non-numbers refused before the model reads it
    try:
        manifest = ExchangeManifest.model_validate_json(members[MANIFEST])
    except ValueError as exc:
        lines = "; ".join(line.strip() for line in str(exc).splitlines()[:6] if line.strip())
        raise PackageError(f"manifest.json is signed but is not a valid {kind} manifest: {lines[:600]}") from None
    if manifest.format != FORMATS[kind]:
        found = manifest.format.removeprefix("omnibus-")
        raise PackageError(f"This is a file of kind {found}, not a file of kind {kind}.")
    signer = fingerprint(signer_raw)
    if manifest.signer != signer:
        raise PackageError("manifest.json names a different signer than the key that signed it.")
    member_checks(manifest.members, members, problems)
    if problems:
        raise PackageError(f"The {kind} file has been altered: " + " ".join(problems))
    return ExchangeFile(manifest, members, signer, hashlib.sha256(data).hexdigest())
