"""A training assessment's report says so at the foot of every page, the cover included; a real one never does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.export.report.conftest import context, flat, pdf_text

from omnibus.export.report import render_report
from omnibus.resources import resource


def _page_texts(pdf: Path) -> list[str]:
    pages = pdf_text(pdf).split("\f")
    return [page for page in pages if page.strip()]


def _labels(lang: str) -> str:
    catalogue = json.loads((resource("export/report") / "labels.json").read_text(encoding="utf-8"))
    return str(catalogue[lang]["page_training"])


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_every_page_of_a_training_report_carries_the_training_line(lang: str, tmp_path: Path) -> None:
    pdf = tmp_path / "training.pdf"
    pdf.write_bytes(render_report(context(lang, training=True)))
    pages = _page_texts(pdf)
    assert len(pages) > 2
    # Word by word: pdftotext may put a right-to-left line's words in another order.
    words = [flat(word) for word in _labels(lang).split()]
    for number, page in enumerate(pages, start=1):
        assert all(word in flat(page) for word in words), f"page {number} lacks the training line"


def test_a_real_report_has_no_training_line(tmp_path: Path) -> None:
    pdf = tmp_path / "real.pdf"
    pdf.write_bytes(render_report(context("en", training=False)))
    text = pdf_text(pdf)
    assert "TRAINING" not in text
    assert "not an official submission" not in text
