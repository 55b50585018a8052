"""What `omnibus report ASSESSMENT --out FILE.pdf --lang LANG` needs: write the report to a file, atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from omnibus.export.report.context import build_report_context
from omnibus.export.report.labels import CATALOGUES
from omnibus.export.report.render import Progress, render_report
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary, Issue

REPORT_LANGUAGES: tuple[str, ...] = tuple(sorted(CATALOGUES))
"""The languages the report's own labels are written in (the six UN languages)."""


def write_report(
    out: Path,
    questionnaire: Questionnaire,
    summary: AssessmentSummary,
    answers: Mapping[str, Answer],
    issues: Iterable[Issue],
    *,
    lang: str,
    package_hash: str | None = None,
    key_fingerprint: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Render the report and write it to `out` (through a temporary file in the same folder, so a failed or
    interrupted export never leaves half a PDF); the number of bytes written."""
    if lang not in CATALOGUES:
        raise ValueError(f"the report is written in {', '.join(REPORT_LANGUAGES)}; not in {lang!r}")
    context = build_report_context(
        questionnaire, summary, answers, issues, lang=lang, package_hash=package_hash, key_fingerprint=key_fingerprint
    )
    pdf = render_report(context, progress=progress)
    out = Path(out)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(pdf)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(pdf)
