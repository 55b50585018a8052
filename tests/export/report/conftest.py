"""Fixtures for the report tests: each report is rendered once per session and read back with poppler's tools."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.export.report import samples

from omnibus.export.report import build_report_context, render_report
from omnibus.export.report.views import ReportContext


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed; `apt-get install poppler-utils` or `make system-deps`")
    return path


def pdf_text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", *args, str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def flat(text: str) -> str:
    """Text without whitespace, bidi controls (pdftotext wraps right-to-left runs in U+202B … U+202C) or
    combining marks (it drops Arabic tanween drawn as a mark), for finding strings a PDF may break over lines."""
    return "".join(c for c in "".join(text.split()) if unicodedata.category(c) not in ("Cf", "Mn"))


def pdf_fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run([poppler("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def context(lang: str, values: dict[str, object] | None = None, **summary_args: Any) -> ReportContext:
    """The fixture questionnaire's report context; `values` replace the sample answers' values."""
    return build_report_context(
        samples.fixture_questionnaire(),
        samples.summary(**summary_args),
        samples.answers(values),
        samples.issues(),
        lang=lang,
        package_hash=samples.HASH,
        key_fingerprint=samples.FINGERPRINT,
    )


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """The fixture report in a language, as a PDF file (rendered once per language)."""
    folder = tmp_path_factory.mktemp("reports")
    done: dict[str, Path] = {}

    def get(lang: str) -> Path:
        if lang not in done:
            path = folder / f"report-{lang}.pdf"
            path.write_bytes(render_report(context(lang)))
            done[lang] = path
        return done[lang]

    return get
