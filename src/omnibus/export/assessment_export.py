"""Handing in an assessment: its responses, questionnaire, attachments and PDF report, signed into one package.

This is the one place that joins the service (what was answered) with the package and report builders; the
CLI and the GUI's export page both call it. Everything in a package comes from one snapshot of the assessment,
taken with the attached files' bytes before the report renders: the respondent may go on editing meanwhile, and
the package still lists exactly what it carries. The report's cover carries the SHA-256 of `responses.json` (the
report sits inside the package, so it cannot carry the package's own hash) and the signer's fingerprint.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath

from omnibus.export.keys import Signer
from omnibus.export.manifest import (
    ATTACHMENT_PREFIX,
    QUESTIONNAIRE_PREFIX,
    REPORT,
    RESPONSES,
    FocalPoint,
    PackageInfo,
    QuestionnaireRef,
)
from omnibus.export.package import build_package, write_sealed
from omnibus.export.report.context import report_context
from omnibus.export.report.render import render_report
from omnibus.export.responses import responses_of
from omnibus.model.service import AssessmentService
from omnibus.model.snapshot import AssessmentSnapshot

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    signer_fingerprint: str
    responses_sha256: str
    encrypted: bool
    size: int
    package_sha256: str
    """Of the signed package (before encryption): what the Secretariat's receipt names it by."""


def _quiet(fraction: float, message: str) -> None:
    """The default progress callback: reports nothing."""


def responses_bytes(snapshot: AssessmentSnapshot) -> bytes:
    return responses_of(snapshot).to_json()


def report_pdf(
    snapshot: AssessmentSnapshot,
    *,
    responses_sha256: str | None = None,
    signer_fingerprint: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The assessment's PDF report in the snapshot's language."""
    context = report_context(
        snapshot,
        package_hash=responses_sha256,
        key_fingerprint=signer_fingerprint,
    )
    return render_report(context, progress=progress)


def attachment_members(snapshot: AssessmentSnapshot) -> dict[str, bytes]:
    """The attached files as package members, from the bytes the snapshot was taken with."""
    return {ATTACHMENT_PREFIX + digest: snapshot.file(digest) for digest in snapshot.attachments}


def package_info(snapshot: AssessmentSnapshot, now: datetime | None = None) -> PackageInfo:
    summary = snapshot.summary
    contact = snapshot.profile.contact if snapshot.profile else ""
    created = now or datetime.now(UTC)
    return PackageInfo(
        questionnaire=QuestionnaireRef(
            id=summary.questionnaire_id, version=summary.questionnaire_version, sha256=summary.questionnaire_hash
        ),
        country=summary.country,
        institution=summary.institution or "-",
        focal_point=FocalPoint(
            name=summary.focal_point or "-",
            email=contact if "@" in contact else "",
            phone="" if "@" in contact else contact,
        ),
        assessment_id=summary.id,
        reporting_cycle=summary.cycle,
        status=summary.status,
        created=created,
        training=summary.training,
    )


def export_assessment(
    service: AssessmentService,
    assessment_id: str,
    out: Path,
    signer: Signer,
    *,
    lang: str = "en",
    recipients: Sequence[str] = (),
    progress: Progress | None = None,
) -> ExportResult:
    """Build, sign (and optionally encrypt) the assessment's response package and write it to `out`.

    The SHA-256 of the signed package is recorded with the assessment, so the Secretariat's receipt for it can
    be matched when it comes back."""
    report = progress or _quiet
    report(0.0, "responses")
    snapshot = service.snapshot(assessment_id, lang, with_files=True)
    responses = responses_bytes(snapshot)
    responses_sha256 = hashlib.sha256(responses).hexdigest()

    def report_progress(fraction: float, message: str) -> None:
        report(0.05 + 0.85 * fraction, message)

    pdf = report_pdf(
        snapshot,
        responses_sha256=responses_sha256,
        signer_fingerprint=signer.fingerprint,
        progress=report_progress,
    )
    report(0.9, "package")
    members = {RESPONSES: responses, REPORT: pdf, **attachment_members(snapshot)}
    for source in snapshot.questionnaire.files:
        members[QUESTIONNAIRE_PREFIX + PurePath(source.name).name] = source.content
    data = build_package(package_info(snapshot), members, signer)
    package_sha256 = hashlib.sha256(data).hexdigest()
    written = write_sealed(out, data, recipients)
    service.record_export(assessment_id, package_sha256, written.name)
    report(1.0, "done")
    size = written.stat().st_size
    return ExportResult(written, signer.fingerprint, responses_sha256, bool(recipients), size, package_sha256)
