"""The needs table's count column keeps its heading whole: "Потребности" and "Necesidades" are wider than the
column's figures, and were broken in two with their second half printed over the first row's count."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from tests.export.report.conftest import context, poppler

from omnibus.export.report import render_report
from omnibus.export.report.labels import catalogue

WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>')


@pytest.mark.parametrize("lang", ["ru", "es", "fr", "en"])
def test_the_count_columns_heading_is_printed_whole_on_one_line(tmp_path: Path, lang: str) -> None:
    pdf = tmp_path / f"{lang}.pdf"
    pdf.write_bytes(render_report(context(lang)))
    out = subprocess.run([poppler("pdftotext"), "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    heading = catalogue(lang)["needs"]
    top_of_table = next(m for m in WORD.finditer(out.stdout) if m[3] == catalogue(lang)["ta_type"].split()[0])
    words = [m for m in WORD.finditer(out.stdout) if m[3] == heading]
    assert words, f"{heading!r} is broken over lines"
    assert any(abs(float(w[1]) - float(top_of_table[1])) < 2 for w in words)  # on the heading's line
