"""Handing in an assessment: its responses, questionnaire, attachments and PDF report, signed into one package.

This is the one place that joins the service (what was answered) with the package and report builders; the
CLI and the GUI's export page both call it. The report's cover carries the SHA-256 of `responses.json` (the
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
from omnibus.export.package import export_package
from omnibus.export.report.context import build_report_context
from omnibus.export.report.render import render_report
from omnibus.export.responses import ResponseProgress, build_responses
from omnibus.model.service import AssessmentService

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    signer_fingerprint: str
    responses_sha256: str
    encrypted: bool
    size: int


def _quiet(fraction: float, message: str) -> None:
    """The default progress callback: reports nothing."""


def responses_bytes(service: AssessmentService, assessment_id: str) -> bytes:
    summary = service.assessment(assessment_id)
    progress = service.progress(assessment_id)
    counts = ResponseProgress(
        relevant=progress.relevant, answered=progress.answered, required_missing=progress.required_missing
    )
    answers = service.answers(assessment_id)
    return build_responses(summary, answers, service.relevant(assessment_id), counts).to_json()


def report_pdf(
    service: AssessmentService,
    assessment_id: str,
    *,
    lang: str,
    responses_sha256: str | None = None,
    signer_fingerprint: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The assessment's PDF report in `lang`."""
    context = build_report_context(
        service.questionnaire(assessment_id),
        service.assessment(assessment_id),
        service.answers(assessment_id),
        service.issues(assessment_id, lang),
        lang=lang,
        package_hash=responses_sha256,
        key_fingerprint=signer_fingerprint,
    )
    return render_report(context, progress=progress)


def _attachments(service: AssessmentService, assessment_id: str) -> dict[str, bytes]:
    questionnaire = service.questionnaire(assessment_id)
    found: dict[str, bytes] = {}
    for item_id, answer in service.answers(assessment_id).items():
        info = questionnaire.items.get(item_id)
        if info is None or info.item.type != "attachment" or not isinstance(answer.value, list):
            continue
        for ref in answer.value:
            digest = ref["sha256"]
            found[ATTACHMENT_PREFIX + digest] = service.attachment_content(digest)
    return found


def package_info(service: AssessmentService, assessment_id: str, now: datetime | None = None) -> PackageInfo:
    summary = service.assessment(assessment_id)
    profile = service.profile()
    contact = profile.contact if profile else ""
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
    """Build, sign (and optionally encrypt) the assessment's response package and write it to `out`."""
    report = progress or _quiet
    report(0.0, "responses")
    responses = responses_bytes(service, assessment_id)
    responses_sha256 = hashlib.sha256(responses).hexdigest()

    def report_progress(fraction: float, message: str) -> None:
        report(0.05 + 0.85 * fraction, message)

    pdf = report_pdf(
        service,
        assessment_id,
        lang=lang,
        responses_sha256=responses_sha256,
        signer_fingerprint=signer.fingerprint,
        progress=report_progress,
    )
    report(0.9, "package")
    questionnaire = service.questionnaire(assessment_id)
    members = {RESPONSES: responses, REPORT: pdf, **_attachments(service, assessment_id)}
    for source in questionnaire.files:
        members[QUESTIONNAIRE_PREFIX + PurePath(source.name).name] = source.content
    written = export_package(out, package_info(service, assessment_id), members, signer, recipients=recipients)
    report(1.0, "done")
    return ExportResult(written, signer.fingerprint, responses_sha256, bool(recipients), written.stat().st_size)
