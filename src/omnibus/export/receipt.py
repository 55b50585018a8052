"""The Secretariat's receipt: a small signed file telling a State what became of the package it handed in.

A receipt is a signed zip like the response package, written and read by the same code (`archive.write_zip`,
`archive.read_zip`, both signatures over `manifest.json`, the signer's key in `signer.pem` and `signer.pub`):

    receipt.json            what was received and decided (`Receipt`)
    signer.pem, signer.pub  the Secretariat's public key, in the two forms
    manifest.json           `ReceiptManifest`: format, signer, when, and the SHA-256 and size of the three above
    manifest.sig            raw Ed25519 signature of manifest.json (openssl)
    manifest.json.minisig   minisign signature of manifest.json (`minisign -V`)

A receipt names the package by the SHA-256 of its bytes as the Secretariat verified them (after decryption,
if it came encrypted): the same bytes the State's omnibus signed, whose hash it keeps for each package it wrote.
Reading checks structure, signatures and digests; whether the key is the Secretariat's is the caller's
question (`read_receipt(…, expected_key=…)`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Annotated, Final, Literal, TypeVar

from pydantic import Field, StringConstraints, ValidationError, field_validator

from omnibus.export.archive import Limits, read_zip
from omnibus.export.errors import PackageError
from omnibus.export.keys import Signer, fingerprint, format_fingerprint
from omnibus.export.manifest import (
    MANIFEST,
    SIGNATURE_MEMBERS,
    SIGNER_MEMBERS,
    SIGNER_PEM,
    SIGNER_PUB,
    Frozen,
    Line,
    MemberDigest,
    OptionalLine,
    QuestionnaireRef,
    Sha256,
    canonical_json,
)
from omnibus.export.sealing import sealed_zip
from omnibus.export.verify import MemberCheck, check_signatures, member_checks

RECEIPT_FORMAT: Final = "omnibus-receipt"
RECEIPT_SUFFIX: Final = ".omnibus-receipt"
RECEIPT = "receipt.json"
RECEIPT_MEMBERS = (RECEIPT, *SIGNER_MEMBERS)
"""What a receipt's manifest lists: exactly these, nothing more."""
RECEIPT_LIMITS: Final = Limits(max_package_bytes=1024 * 1024, max_members=8, max_manifest_bytes=64 * 1024)

Decision = Literal["accepted", "pending", "refused"]
"""accepted: stored and counted; pending: stored, held until the signing key is confirmed; refused: not stored."""

_UTC_SECONDS = "must carry a time zone"
_Model = TypeVar("_Model", bound=Frozen)


ReceiptProblem = Literal["unreadable", "altered", "other-key", "no-key"]


class ReceiptError(PackageError):
    """A receipt cannot be read or is not one this installation may accept; the message says why in English and
    `kind` lets a front end say it in the respondent's language."""

    def __init__(self, message: str, kind: ReceiptProblem = "unreadable") -> None:
        super().__init__(message)
        self.kind = kind


def _utc(value: datetime, *, seconds: bool = True) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(_UTC_SECONDS)
    value = value.astimezone(UTC)
    return value.replace(microsecond=0) if seconds else value


class Receipt(Frozen):
    """`receipt.json`: the package received, for whom, when, and what the Secretariat decided.

    For a refused package the Secretariat may not know (or trust) what it claims to be: then country,
    questionnaire, cycle and assessment are absent and only the hash names it."""

    format: Literal["omnibus-receipt"] = RECEIPT_FORMAT
    format_version: Literal[1] = 1
    package_sha256: Sha256
    file_name: OptionalLine = ""
    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] | None = None
    questionnaire: QuestionnaireRef | None = None
    reporting_cycle: Line | None = None
    assessment_id: Line | None = None
    received: datetime = Field(description="When the Secretariat imported the package (UTC, to the second)")
    decision: Decision
    reason: Annotated[str, StringConstraints(max_length=2000)] = ""
    issued: datetime = Field(description="When this receipt was written")
    issuer: OptionalLine = ""

    @field_validator("received")
    @classmethod
    def _utc_received(cls, value: datetime) -> datetime:
        return _utc(value)

    @field_validator("issued")
    @classmethod
    def _utc_issued(cls, value: datetime) -> datetime:
        """To the microsecond: of two receipts for one package the later issued wins, even within a second."""
        return _utc(value, seconds=False)

    def to_json(self) -> bytes:
        return canonical_json(self.model_dump(mode="json"))


class ReceiptManifest(Frozen):
    """The signed `manifest.json` of a receipt: who signed, when, and the digest of every other member."""

    format: Literal["omnibus-receipt"] = RECEIPT_FORMAT
    format_version: Literal[1] = 1
    signer: Sha256
    created: datetime
    members: dict[str, MemberDigest]

    @field_validator("created")
    @classmethod
    def _utc_created(cls, value: datetime) -> datetime:
        return _utc(value)

    def to_json(self) -> bytes:
        return canonical_json(self.model_dump(mode="json"))


def receipt_name_problem(name: str) -> str | None:
    """The allow-list of a receipt's members (for the strict zip reader)."""
    if name in SIGNATURE_MEMBERS or name in RECEIPT_MEMBERS:
        return None
    return f"member {name[:120]!r} is not one a receipt may contain"


def receipt_file_name(receipt: Receipt) -> str:
    """`KEN-2026-1a2b3c4d5e6f.omnibus-receipt`: sorts by country and cycle, unique per package."""
    cycle = "".join(c if c.isalnum() or c in "_.-" else "-" for c in (receipt.reporting_cycle or ""))[:40]
    parts = [receipt.country or "package", cycle.strip("-.") or None, receipt.package_sha256[:12]]
    return "-".join(p for p in parts if p) + RECEIPT_SUFFIX


def _trusted_comment(receipt: Receipt) -> str:
    return (
        f"timestamp:{int(receipt.issued.timestamp())}\tfile:{MANIFEST}\treceipt-for:{receipt.package_sha256}"
        f"\tdecision:{receipt.decision}"
    )


def build_receipt(receipt: Receipt, signer: Signer) -> bytes:
    """Sign and zip a receipt; the result is read back with the reader's rules before it is returned."""
    listed = {RECEIPT: receipt.to_json(), SIGNER_PEM: signer.public_pem(), SIGNER_PUB: signer.minisign_key.to_file()}
    manifest = ReceiptManifest(
        signer=signer.fingerprint,
        created=receipt.issued,
        members={
            name: MemberDigest(sha256=hashlib.sha256(data).hexdigest(), size=len(data)) for name, data in listed.items()
        },
    )
    manifest_bytes = manifest.to_json()
    data = sealed_zip(manifest_bytes, listed, signer, _trusted_comment(receipt), RECEIPT_LIMITS)
    read_receipt(data, expected_key=signer.public_raw)
    return data


def _parse(model: type[_Model], data: bytes, what: str) -> _Model:
    """Strict JSON (no fractions) validated by the model; a ReceiptError naming `what` otherwise."""
    try:
        json.loads(data.decode("utf-8"), parse_float=_no_float, parse_constant=_no_float)
        return model.model_validate_json(data)
    except (ValueError, ValidationError, RecursionError) as exc:
        summary = "; ".join(line.strip() for line in str(exc).splitlines()[:4] if line.strip())
        raise ReceiptError(f"The receipt is signed but its {what} is not valid: {summary[:400]}") from exc


def _no_float(text: str) -> None:
    raise ValueError("numbers with fractions are not used in a receipt")


def read_receipt(data: bytes, *, expected_key: bytes) -> Receipt:
    """The receipt in `data`, once it is intact and signed by `expected_key` (raw Ed25519); else ReceiptError.

    Checked in this order: the zip structure and member names, both signatures over manifest.json, the
    signing key against the expected one, then each member against the signed manifest (`verify.member_checks`,
    as for every file omnibus exchanges)."""
    try:
        members = read_zip(data, RECEIPT_LIMITS, receipt_name_problem)
    except PackageError as exc:
        raise ReceiptError(f"This file cannot be read as a receipt: {exc}") from None
    missing = [name for name in (*SIGNATURE_MEMBERS, *RECEIPT_MEMBERS) if name not in members]
    if missing:
        raise ReceiptError(f"This is not a complete receipt: {', '.join(missing)} missing.")
    problems: list[str] = []
    openssl_ok, minisign_ok, keys_match, signer_raw = check_signatures(members, problems)
    if not (openssl_ok and minisign_ok and keys_match) or signer_raw is None:
        raise ReceiptError("The receipt's signature is not valid (it was altered): " + " ".join(problems), "altered")
    if signer_raw != expected_key:
        raise ReceiptError(
            f"The receipt is signed by {format_fingerprint(fingerprint(signer_raw))}, not by the Secretariat's "
            f"key this installation knows ({format_fingerprint(fingerprint(expected_key))}).",
            "other-key",
        )
    manifest = _parse(ReceiptManifest, members[MANIFEST], "manifest")
    if manifest.signer != fingerprint(signer_raw):
        raise ReceiptError("The receipt's manifest names another signer than the key that signed it.", "altered")
    if set(manifest.members) != set(RECEIPT_MEMBERS):
        raise ReceiptError("The receipt holds other files than its signed manifest lists (it was altered).", "altered")
    differences: list[str] = []
    checks = member_checks(manifest.members, members, differences)
    if differences:
        raise ReceiptError(_altered(checks, differences), "altered")
    return _parse(Receipt, members[RECEIPT], RECEIPT)


def _altered(checks: list[MemberCheck], problems: list[str]) -> str:
    """What the shared member checks found, said of a receipt. The zip reader and the list of members checked
    before leave them one thing to find in practice, a member whose bytes differ from the manifest: named as such."""
    altered = [check.name for check in checks if check.status == "altered"]
    if len(altered) == 1 == len(problems):
        return f"The receipt's {altered[0]} has been altered: it differs from the signed manifest."
    return "The receipt has been altered: " + " ".join(problems)
