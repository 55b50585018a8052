"""The contents' page numbers (WeasyPrint's `target-counter()`) and the running header and footer (its margin
boxes): each entry prints the page its heading lands on, every page after the cover its header and number."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.export.report.conftest import context, pdf_text

from omnibus.export.report.assets import AssetFetcher
from omnibus.export.report.render import lay_out, render_html, render_pdf


def heading_pages(html: str) -> dict[str, int]:
    """Each anchor's page (from 1), read from the laid-out document's public `Page.anchors`."""
    pages: dict[str, int] = {}
    for number, page in enumerate(lay_out(html, AssetFetcher()).pages, start=1):
        for name in page.anchors:
            pages.setdefault(name, number)
    return pages


def entry_targets(html: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r'<a class="toc-[ms]" href="#([^"]+)"', html)]


BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def printed_numbers(contents: str, rtl: bool) -> list[int]:
    """The page number printed at the end of each contents line: its right end, or its left end in Arabic."""
    found = []
    for line in contents.translate(BIDI_CONTROLS).splitlines():
        words = line.split()
        if len(words) >= 2:
            end = words[0] if rtl else words[-1]
            if end.isdigit():
                found.append(int(end))
    return found


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_every_entry_prints_the_page_its_heading_lands_on(tmp_path: Path, lang: str) -> None:
    html = render_html(context(lang))
    targets = entry_targets(html)
    pages = heading_pages(html)
    assert len(targets) >= 8, "every module, section and summary has its entry"
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(html).pdf)
    contents = pdf_text(pdf, "-layout", "-f", "2", "-l", "2")
    expected = [pages[target] for target in targets]
    assert printed_numbers(contents, lang == "ar")[: len(expected)] == expected, contents


def test_english_entries_end_with_their_page(tmp_path: Path) -> None:
    html = render_html(context("en"))
    pages = heading_pages(html)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(html).pdf)
    contents = pdf_text(pdf, "-layout", "-f", "2", "-l", "2")
    assert re.search(rf"Gap summary +{pages['summary-gaps']}\n", contents), contents
    assert re.search(rf"Unanswered questions +{pages['summary-unanswered']}\n", contents), contents


def test_the_contents_pages_carry_their_own_header_footer_and_page_number(tmp_path: Path) -> None:
    rendered = render_pdf(render_html(context("en", status="final")))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(rendered.pdf)
    second = pdf_text(pdf, "-f", "2", "-l", "2")
    assert "Contents" in second
    assert f"Page 2 of {rendered.pages}" in second
    assert "France · Report fixture" in second  # the running header


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_page_after_the_cover_prints_its_number_and_the_header(tmp_path: Path, lang: str) -> None:
    rendered = render_pdf(render_html(context(lang, status="final")))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(rendered.pdf)
    pages = pdf_text(pdf).split("\f")[: rendered.pages]
    assert rendered.pages >= 5
    assert "France ·" not in pages[0] and f"of {rendered.pages}" not in pages[0], "the cover has neither"
    for number, text in enumerate(pages[1:], start=2):
        assert str(number) in text and str(rendered.pages) in text, f"page {number} has no footer"
        assert "France" in text or "فرنسا" in text, f"page {number} has no running header"


def test_a_document_without_contents_is_laid_out() -> None:
    rendered = render_pdf("<html><body><p>No contents here.</p></body></html>")
    assert rendered.pages == 1
