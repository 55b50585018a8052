"""Building valid packages and taking them apart, for tests that tamper with them byte by byte."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from omnibus.export import (
    FocalPoint,
    PackageError,
    PackageInfo,
    QuestionnaireRef,
    Signer,
    Verification,
    attachment_name,
    minisign,
    verify_package,
)
from omnibus.export.manifest import Manifest
from omnibus.export.package import build_manifest, trusted_comment

ATTACHMENT = b"%PDF-1.4 scanned law\n" + bytes(range(256)) * 4
QUESTIONNAIRE = b"kind: questionnaire\nid: untoc-checklist\nversion: '1.0'\n"
SHARED_LISTS = b"kind: lists\nid: common\nversion: '1'\n"


def sample_info(**overrides: object) -> PackageInfo:
    fields: dict[str, object] = {
        "questionnaire": QuestionnaireRef(id="untoc-checklist", version="1.0", sha256="ab" * 32),
        "country": "MEX",
        "institution": "Fiscalía General de la República",
        "focal_point": FocalPoint(name="Ana López", role="Directora", email="ana@example.org"),
        "assessment_id": "0b6c1a5e-2f4d-4a8e-9c1d-7e2f3a4b5c6d",
        "reporting_cycle": "2025",
        "status": "final",
        "created": datetime(2025, 1, 31, 12, 30, 5, tzinfo=UTC),
    }
    fields.update(overrides)
    return PackageInfo.model_validate(fields)


def sample_members() -> dict[str, bytes]:
    return {
        "responses.json": b'{"answers": {"art5_criminalized": "yes", "comment": "Ley \xc3\xbanica"}}\n',
        "report.pdf": b"%PDF-1.7\n" + b"report body " * 50 + b"\n%%EOF\n",
        "questionnaire/untoc-checklist.yaml": QUESTIONNAIRE,
        "questionnaire/common-lists.yaml": SHARED_LISTS,
        attachment_name(ATTACHMENT): ATTACHMENT,
    }


def unzip(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rezip(entries: Sequence[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of exactly these entries (duplicates and odd names included), as an attacker would write it."""
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": duplicates are the point
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


def replace_member(data: bytes, name: str, content: bytes) -> bytes:
    entries = unzip(data)
    assert name in dict(entries), name
    return rezip([(n, content if n == name else d) for n, d in entries])


def assemble(
    info: PackageInfo,
    listed: Mapping[str, bytes],
    signer: Signer,
    *,
    manifest_bytes: bytes | None = None,
    extra: Mapping[str, bytes] | None = None,
) -> bytes:
    """Sign whatever we like with `signer`, skipping the builder's checks: an attacker with their own key."""
    members = {"signer.pem": signer.public_pem(), "signer.pub": signer.minisign_key.to_file(), **listed}
    manifest = build_manifest(info, members, signer)
    raw = manifest_bytes if manifest_bytes is not None else manifest.to_json()
    minisig = minisign.sign(
        raw, public_key=signer.minisign_key, sign_raw=signer.sign, trusted_comment=trusted_comment(manifest)
    )
    entries = {
        "manifest.json": raw,
        "manifest.sig": signer.sign(raw),
        "manifest.json.minisig": minisig.to_file(),
        **members,
        **(extra or {}),
    }
    return rezip(list(entries.items()))


def failure(data: bytes, **kwargs: Any) -> str:
    """The message a bad package produces, whether verification raises or reports problems."""
    try:
        verification: Verification = verify_package(data, **kwargs)
    except PackageError as exc:
        assert str(exc), "an error must say what is wrong"
        return str(exc)
    assert not verification.ok, "expected the package to be refused"
    assert verification.problems, "a refused package must say why"
    return " ".join(verification.problems)


def manifest_of(data: bytes) -> Manifest:
    verification = verify_package(data)
    assert verification.manifest is not None
    return verification.manifest


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (the Makefile's system-deps target installs it)")
    return path


def run(args: Sequence[str | Path], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False, **kwargs)


def patch_entry(data: bytes, name: str, *, flag: int | None = None, size: int | None = None) -> bytes:
    """Rewrite the general-purpose flag or the uncompressed size of `name` in both zip headers."""
    buffer = bytearray(data)
    encoded = name.encode()
    layouts = ((b"PK\x03\x04", 26, 30, 6, 22), (b"PK\x01\x02", 28, 46, 8, 24))
    for signature, name_len_at, name_at, flag_at, size_at in layouts:
        pos = buffer.find(signature)
        while pos != -1:
            (length,) = struct.unpack_from("<H", buffer, pos + name_len_at)
            if bytes(buffer[pos + name_at : pos + name_at + length]) == encoded:
                if flag is not None:
                    struct.pack_into("<H", buffer, pos + flag_at, flag)
                if size is not None:
                    struct.pack_into("<I", buffer, pos + size_at, size)
            pos = buffer.find(signature, pos + 4)
    return bytes(buffer)
