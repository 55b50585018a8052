"""Reading a response package: who signed it, whether anything was altered, and its verified contents.

Order matters on hostile input: the zip structure and names are checked first, then both signatures over
the exact bytes of manifest.json, and only then is any JSON parsed.

`verify_package` raises `PackageError` when the file cannot be read as a package at all; otherwise it
returns a `Verification` whose `ok` says whether to accept it and whose `problems` say why not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pyrage
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, computed_field

from omnibus.export import minisign
from omnibus.export.archive import DEFAULT_LIMITS, Limits, read_zip
from omnibus.export.encryption import decrypt_package, is_encrypted
from omnibus.export.errors import PackageError
from omnibus.export.keys import TrustedKeys, fingerprint, format_fingerprint, raw_public_bytes
from omnibus.export.manifest import (
    ATTACHMENT_PREFIX,
    MANIFEST,
    MINISIGN_SIGNATURE,
    QUESTIONNAIRE_PREFIX,
    RAW_SIGNATURE,
    REPORT,
    RESPONSES,
    SIGNATURE_MEMBERS,
    SIGNER_PEM,
    SIGNER_PUB,
    Manifest,
    MemberDigest,
    parse_manifest,
)
from omnibus.model.input_files import PACKAGE, FileTooLarge, read_bounded

KnownQuestionnaires = Callable[[str, str, str], bool]
"""(questionnaire id, version, sha256) -> whether the Secretariat knows this exact questionnaire."""

AGE_OVERHEAD = 64 * 1024
"""What age encryption adds to a package: an encrypted package of the largest size is that much larger."""

MemberStatus = Literal["ok", "altered", "missing", "unlisted", "unchecked", "signature"]

_REQUIRED = {
    MANIFEST: "it has no manifest.json",
    RAW_SIGNATURE: "it is not signed: manifest.sig is missing",
    MINISIGN_SIGNATURE: "it is not signed: manifest.json.minisig is missing",
    SIGNER_PEM: "the signer's public key signer.pem is missing",
    SIGNER_PUB: "the signer's public key signer.pub is missing",
    RESPONSES: "it has no responses.json",
    REPORT: "it has no report.pdf",
}


class MemberCheck(BaseModel):
    """One member's hash status. `unchecked`: the signature failed, so the manifest was not read."""

    model_config = ConfigDict(frozen=True)

    name: str
    status: MemberStatus
    size: int | None
    sha256: str | None
    expected_size: int | None = None
    expected_sha256: str | None = None


class Verification(BaseModel):
    """What verification found, in the shape `omnibus verify --json` prints."""

    model_config = ConfigDict(frozen=True)

    openssl_signature_valid: bool
    minisign_signature_valid: bool
    signer_keys_match: bool
    signer_fingerprint: str | None
    trusted: bool | None
    trusted_as: str | None
    questionnaire_known: bool | None
    training: bool | None
    manifest: Manifest | None
    manifest_consistent: bool
    """The manifest names the key that signed it and lists exactly the members present, hashes matching."""
    members: tuple[MemberCheck, ...]
    problems: tuple[str, ...]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def signatures_valid(self) -> bool:
        return self.openssl_signature_valid and self.minisign_signature_valid and self.signer_keys_match

    @computed_field  # type: ignore[prop-decorator]
    @property
    def intact(self) -> bool:
        """Signed, and every member is exactly what the signed manifest lists: nothing altered."""
        return self.signatures_valid and self.manifest is not None and self.manifest_consistent

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ok(self) -> bool:
        """Intact, signed by a trusted key (when a trust list was given) and a known questionnaire (ditto)."""
        return self.intact and self.trusted is not False and self.questionnaire_known is not False

    @property
    def signer_display(self) -> str:
        return format_fingerprint(self.signer_fingerprint) if self.signer_fingerprint else "unknown signer"


@dataclass(frozen=True)
class OpenedPackage:
    """A verified package's contents for importers; built only when `Verification.ok` holds."""

    verification: Verification
    manifest: Manifest
    members: Mapping[str, bytes]

    @property
    def responses(self) -> bytes:
        return self.members[RESPONSES]

    @property
    def report(self) -> bytes:
        return self.members[REPORT]

    @property
    def questionnaires(self) -> dict[str, bytes]:
        """Questionnaire files keyed by file name (without the `questionnaire/` folder)."""
        n = len(QUESTIONNAIRE_PREFIX)
        return {k[n:]: v for k, v in self.members.items() if k.startswith(QUESTIONNAIRE_PREFIX)}

    @property
    def attachments(self) -> dict[str, bytes]:
        """Attachments keyed by their SHA-256."""
        n = len(ATTACHMENT_PREFIX)
        return {k[n:]: v for k, v in self.members.items() if k.startswith(ATTACHMENT_PREFIX)}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _pem_key(data: bytes, problems: list[str]) -> bytes | None:
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        key = None
    if isinstance(key, Ed25519PublicKey):
        return raw_public_bytes(key)
    problems.append("signer.pem does not hold an Ed25519 public key.")
    return None


def check_signatures(members: Mapping[str, bytes], problems: list[str]) -> tuple[bool, bool, bool, bytes | None]:
    """Both signatures over the exact manifest bytes, and both key files holding the same key (shared with the
    assignment and contribution files, which are signed the same way); the signer's raw key last."""
    manifest = members[MANIFEST]
    pem = _pem_key(members[SIGNER_PEM], problems)
    try:
        pub: minisign.MinisignPublicKey | None = minisign.parse_public_key(members[SIGNER_PUB])
    except minisign.MinisignError as exc:
        problems.append(f"signer.pub is not a minisign public key: {exc}.")
        pub = None
    keys_match = pem is not None and pub is not None and pem == pub.key
    if pem is not None and pub is not None and not keys_match:
        problems.append("signer.pem and signer.pub hold different keys.")
    openssl_ok = False
    if pem is not None:
        try:
            Ed25519PublicKey.from_public_bytes(pem).verify(members[RAW_SIGNATURE], manifest)
            openssl_ok = True
        except InvalidSignature:
            problems.append("manifest.sig is not a valid signature of manifest.json by the key in signer.pem.")
    minisign_ok = False
    if pub is not None:
        try:
            signature = minisign.parse_signature(members[MINISIGN_SIGNATURE])
            minisign.verify(manifest, signature, pub)
            expected = minisign.default_untrusted_comment(pub)
            if signature.untrusted_comment != expected or signature.to_file() != members[MINISIGN_SIGNATURE]:
                raise minisign.MinisignError("the file differs from the one omnibus wrote (its comment was edited)")
            minisign_ok = True
        except minisign.MinisignError as exc:
            problems.append(f"manifest.json.minisig does not verify with signer.pub: {exc}.")
    return openssl_ok, minisign_ok, keys_match, pem if pem is not None else (pub.key if pub else None)


def member_checks(
    listed_members: Mapping[str, MemberDigest] | None, members: Mapping[str, bytes], problems: list[str]
) -> list[MemberCheck]:
    """Every member against the signed list (None: the signature failed, nothing was read); problems added."""
    checks = [MemberCheck(name=n, status="signature", size=len(members[n]), sha256=None) for n in SIGNATURE_MEMBERS]
    present = {name: data for name, data in members.items() if name not in SIGNATURE_MEMBERS}
    listed = listed_members or {}
    for name in sorted(set(present) | set(listed)):
        data, digest = present.get(name), listed.get(name)
        actual = _sha256(data) if data is not None else None
        size = len(data) if data is not None else None
        status: MemberStatus
        if listed_members is None:
            status = "unchecked"
        elif digest is None:
            status = "unlisted"
            problems.append(f"{name} is in the package but not in the signed manifest (added).")
        elif data is None:
            status = "missing"
            problems.append(f"{name} is listed in the signed manifest but missing (removed).")
        elif actual != digest.sha256 or size != digest.size:
            status = "altered"
            problems.append(f"{name} has been altered: its SHA-256 or size differs from the signed manifest.")
        else:
            status = "ok"
        if (
            listed_members is not None
            and name.startswith(ATTACHMENT_PREFIX)
            and data is not None
            and actual != name[12:]
        ):
            status = "altered"
            problems.append(f"{name} does not hold the file its name promises (SHA-256 differs).")
        checks.append(
            MemberCheck(
                name=name,
                status=status,
                size=size,
                sha256=actual,
                expected_size=digest.size if digest else None,
                expected_sha256=digest.sha256 if digest else None,
            )
        )
    return checks


def _verify(
    data: bytes, trusted: TrustedKeys | None, known: KnownQuestionnaires | None, limits: Limits
) -> tuple[Verification, dict[str, bytes]]:
    members = read_zip(data, limits)
    missing = [reason for name, reason in _REQUIRED.items() if name not in members]
    if not any(name.startswith(QUESTIONNAIRE_PREFIX) for name in members):
        missing.append("it has no questionnaire file under questionnaire/")
    if missing:
        raise PackageError(f"This is not a complete response package: {'; '.join(missing)}.")
    problems: list[str] = []
    openssl_ok, minisign_ok, keys_match, signer_raw = check_signatures(members, problems)
    signer_fp = fingerprint(signer_raw) if signer_raw else None
    manifest = parse_manifest(members[MANIFEST]) if openssl_ok and minisign_ok and keys_match else None
    trusted_ok: bool | None = None
    trusted_as: str | None = None
    known_ok: bool | None = None
    signer_named = manifest is not None and manifest.signer == signer_fp
    if manifest is not None and signer_fp is not None:
        if not signer_named:
            problems.append("manifest.json names a different signer than the key that signed it.")
        if trusted is not None:
            entry = trusted.trust_for(signer_fp, manifest.country)
            trusted_ok, trusted_as = entry is not None, (entry.comment or entry.country) if entry else None
            if entry is None:
                countries = ", ".join(sorted({e.country for e in trusted.find(signer_fp)}))
                scope = f"it is trusted only for {countries}" if countries else "it is not in the trusted keys"
                problems.append(
                    f"Not trusted: the signing key {format_fingerprint(signer_fp)} signs for "
                    f"{manifest.country}, but {scope}."
                )
        if known is not None:
            q = manifest.questionnaire
            known_ok = bool(known(q.id, q.version, q.sha256))
            if not known_ok:
                problems.append(f"Unknown questionnaire: {q.id} version {q.version} (SHA-256 {q.sha256[:16]}…).")
    checks = member_checks(manifest.members if manifest else None, members, problems)
    verification = Verification(
        openssl_signature_valid=openssl_ok,
        minisign_signature_valid=minisign_ok,
        signer_keys_match=keys_match,
        signer_fingerprint=signer_fp,
        trusted=trusted_ok,
        trusted_as=trusted_as,
        questionnaire_known=known_ok,
        training=manifest.training if manifest else None,
        manifest=manifest,
        manifest_consistent=signer_named and all(c.status in ("ok", "signature") for c in checks),
        members=tuple(checks),
        problems=tuple(problems),
    )
    return verification, members


def verify_package(
    data: bytes,
    *,
    trusted: TrustedKeys | None = None,
    known_questionnaires: KnownQuestionnaires | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Verification:
    """Check a package's signatures, keys and members; raise `PackageError` only if it is unreadable."""
    return _verify(data, trusted, known_questionnaires, limits)[0]


def open_package(
    data: bytes,
    *,
    trusted: TrustedKeys | None = None,
    known_questionnaires: KnownQuestionnaires | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> OpenedPackage:
    """The verified members of a package, for importers; raises `PackageError` unless it verifies."""
    verification, members = _verify(data, trusted, known_questionnaires, limits)
    if not verification.ok or verification.manifest is None:
        raise PackageError("The package does not verify: " + " ".join(verification.problems))
    return OpenedPackage(verification, verification.manifest, members)


def load_package_file(
    path: Path,
    identities: Sequence[pyrage.x25519.Identity] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[bytes, bool]:
    """Read a `.omnibus` or `.omnibus.age` file (decrypting it); returns (package bytes, was encrypted)."""
    path = Path(path)
    try:
        data = read_bounded(path, PACKAGE, limits.max_package_bytes + AGE_OVERHEAD)
    except FileTooLarge as exc:
        raise PackageError(f"{path.name}: {exc}.") from None
    except OSError as exc:
        raise PackageError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if not is_encrypted(data):
        return data, False
    if not identities:
        raise PackageError(f"{path.name} is encrypted with age; give an age identity to decrypt it.")
    return decrypt_package(data, identities), True
