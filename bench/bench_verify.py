"""Package costs, each against the unavoidable work on the same bytes in the same run.

1. Verifying a large package (responses, a report and 24 one-MiB attachments, ~28 MiB) vs the floor: reading
   every member with zipfile and hashing it with SHA-256. Target: at most 1.5×.
2. Building (sign, zip, self-verify) the same package vs writing the same members with zipfile.
3. Verifying a small package, as the Secretariat does for each of many: vs the same floor, per package.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from datetime import UTC, datetime

from bench.common import median_seconds, report
from omnibus.export import (
    FocalPoint,
    PackageInfo,
    QuestionnaireRef,
    Signer,
    attachment_name,
    build_package,
    verify_package,
)

MiB = 1024 * 1024


def _info() -> PackageInfo:
    return PackageInfo(
        questionnaire=QuestionnaireRef(id="untoc-checklist", version="1.0", sha256="ab" * 32),
        country="MEX",
        institution="Fiscalía General de la República",
        focal_point=FocalPoint(name="Ana López"),
        assessment_id="bench",
        reporting_cycle="2025",
        status="final",
        created=datetime(2025, 1, 31, tzinfo=UTC),
    )


def _members(attachments: int, attachment_size: int) -> dict[str, bytes]:
    answers = b",".join(b'{"item_id": "i%d", "value": "partially", "comment": "text"}' % n for n in range(5000))
    members = {
        "responses.json": b'{"answers": [' + answers + b"]}",
        "report.pdf": b"%PDF-1.7\n" + os.urandom(2 * MiB),
        "questionnaire/untoc-checklist.yaml": b"kind: questionnaire\n" * 2000,
    }
    for _ in range(attachments):
        data = os.urandom(attachment_size)
        members[attachment_name(data)] = data
    return members


def _floor(data: bytes) -> None:
    """What any verifier must do: inflate every member and hash it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            hashlib.sha256(archive.read(info)).digest()


def _plain_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def main() -> None:
    signer = Signer.generate()
    info = _info()
    large = _members(24, MiB)
    package = build_package(info, large, signer)
    assert verify_package(package).ok
    report(
        "package.verify_large",
        median_seconds(lambda: verify_package(package)),
        "s",
        median_seconds(lambda: _floor(package)),
    )
    report(
        "package.build_large",
        median_seconds(lambda: build_package(info, large, signer), repeat=3),
        "s",
        median_seconds(lambda: _plain_zip(large), repeat=3),
    )
    small = build_package(info, _members(2, 64 * 1024), signer)
    report(
        "package.verify_small",
        median_seconds(lambda: verify_package(small), repeat=50) * 1000,
        "ms",
        median_seconds(lambda: _floor(small), repeat=50) * 1000,
    )


if __name__ == "__main__":
    main()
