"""Writing a response package: manifest, both signatures, deterministic zip, optional encryption, atomic file.

`build_package` is pure (bytes in, bytes out) and reproducible: the same info, members and key give the
same bytes. It verifies its own output with the reader's rules before returning, so we never hand a
respondent a package the Secretariat would refuse.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from omnibus.export.archive import DEFAULT_LIMITS, Limits
from omnibus.export.encryption import ENCRYPTED_SUFFIX, encrypt_package
from omnibus.export.errors import PackageError
from omnibus.export.files import atomic_write
from omnibus.export.keys import Signer
from omnibus.export.manifest import (
    ATTACHMENT_PREFIX,
    MANIFEST,
    QUESTIONNAIRE_PREFIX,
    REPORT,
    RESPONSES,
    SIGNER_PEM,
    SIGNER_PUB,
    Manifest,
    MemberDigest,
    PackageInfo,
    is_content_member,
    name_problem,
)
from omnibus.export.sealing import sealed_zip
from omnibus.export.verify import verify_package

PACKAGE_SUFFIX = ".omnibus"


def attachment_name(data: bytes) -> str:
    """The member name of an attachment: content-addressed, so equal files are stored once."""
    return ATTACHMENT_PREFIX + hashlib.sha256(data).hexdigest()


def default_file_name(info: PackageInfo) -> str:
    """A name that sorts well in a Secretariat inbox and is valid on every system: `MEX-2025-<id>-20250131.omnibus`."""
    training = "-training" if info.training else ""
    cycle = re.sub(r"[^A-Za-z0-9_.-]+", "-", info.reporting_cycle).strip("-.")[:40] or "cycle"
    stem = f"{info.country}-{cycle}-{info.assessment_id[:12]}-{info.created:%Y%m%d}"
    return re.sub(r"[^A-Za-z0-9_.-]", "-", stem) + f"{training}{PACKAGE_SUFFIX}"


def _check_members(members: Mapping[str, bytes]) -> None:
    for name, data in members.items():
        if not is_content_member(name):
            problem = name_problem(name) or f"member {name!r} is written by the package builder itself"
            raise PackageError(f"Cannot build the package: {problem}.")
        if not isinstance(data, bytes):
            raise PackageError(f"Cannot build the package: member {name!r} is not bytes.")
        if name.startswith(ATTACHMENT_PREFIX) and attachment_name(data) != name:
            raise PackageError(f"Cannot build the package: {name} must be named after its SHA-256.")
    for required in (RESPONSES, REPORT):
        if required not in members:
            raise PackageError(f"Cannot build the package: {required} is missing.")
    if not any(name.startswith(QUESTIONNAIRE_PREFIX) for name in members):
        raise PackageError("Cannot build the package: no questionnaire file under questionnaire/.")


def _order(name: str) -> tuple[int, str]:
    fixed = (RESPONSES, REPORT)
    if name in fixed:
        return fixed.index(name), name
    return (2 if name.startswith(QUESTIONNAIRE_PREFIX) else 3), name


def trusted_comment(manifest: Manifest) -> str:
    """The minisign trusted comment: signed, shown by `minisign -V`, so it says what was signed."""
    return (
        f"timestamp:{int(manifest.created.timestamp())}\tfile:{MANIFEST}\tcountry:{manifest.country}"
        f"\tcycle:{manifest.reporting_cycle}\tassessment:{manifest.assessment_id}"
    )


def build_manifest(info: PackageInfo, members: Mapping[str, bytes], signer: Signer) -> Manifest:
    """The manifest for `members` (which must already include signer.pem and signer.pub)."""
    digests = {
        name: MemberDigest(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        for name, data in sorted(members.items())
    }
    fields = {name: getattr(info, name) for name in PackageInfo.model_fields}
    return Manifest(**fields, signer=signer.fingerprint, members=digests)


def build_package(
    info: PackageInfo, members: Mapping[str, bytes], signer: Signer, *, limits: Limits = DEFAULT_LIMITS
) -> bytes:
    """Sign and zip a package. `members`: responses.json, report.pdf, questionnaire/*.yaml, attachments/*."""
    _check_members(members)
    content = {name: members[name] for name in sorted(members, key=_order)}
    listed = {SIGNER_PEM: signer.public_pem(), SIGNER_PUB: signer.minisign_key.to_file(), **content}
    manifest = build_manifest(info, listed, signer)
    manifest_bytes = manifest.to_json()
    data = sealed_zip(manifest_bytes, listed, signer, trusted_comment(manifest), limits)
    try:
        verification = verify_package(data, limits=limits)
    except PackageError as exc:
        raise PackageError(f"The package would be refused by the Secretariat: {exc}") from exc
    if not verification.intact:  # pragma: no cover - a bug in this module, not in the input
        raise PackageError("The package failed its own verification: " + " ".join(verification.problems))
    return data


def write_package_file(path: Path, data: bytes) -> Path:
    """Write package bytes (plain or encrypted) atomically: temporary file, fsync, rename."""
    return atomic_write(Path(path), data)


def export_package(
    path: Path,
    info: PackageInfo,
    members: Mapping[str, bytes],
    signer: Signer,
    *,
    recipients: Sequence[str] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> Path:
    """Build, optionally encrypt (adding `.age` to the name), and write; returns the path written."""
    return write_sealed(path, build_package(info, members, signer, limits=limits), recipients)


def write_sealed(path: Path, data: bytes, recipients: Sequence[str] = ()) -> Path:
    """Write built package bytes, encrypted to `recipients` if any (adding `.age` to the name); returns the path."""
    path = Path(path)
    if recipients:
        data = encrypt_package(data, recipients)
        if not path.name.endswith(ENCRYPTED_SUFFIX):
            path = path.with_name(path.name + ENCRYPTED_SUFFIX)
    return write_package_file(path, data)
