"""Everything stays on the page: a long unbroken token in any field wraps, and text typed in another script
than the report's keeps its punctuation where it belongs."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest
from tests.export.report import samples
from tests.export.report.conftest import poppler

from omnibus.export.report import build_report_context, render_report

TOKEN = "ACT-" + "0123456789ABCDEF" * 7  # an act's identifier, 116 characters without a break
MARGIN = 18 * 72 / 25.4  # the page's side margins (report.css), in points
WORD = re.compile(r'<word xMin="(-?[\d.]+)" yMin="[-\d.]+" xMax="(-?[\d.]+)" yMax="[-\d.]+">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)"')


def _render(tmp_path: Path, lang: str, text: str) -> Path:
    values = samples.sample_values()
    values["crim_laws"] = [{"title": text, "article": text, "date": "2019-04-02", "reference": text, "excerpt": text}]
    values["crim_levels"] = {"selected": ["national", "other"], "other": text}
    values["crim_agency"] = values["crim_notes"] = text
    values["coop_files"] = [{"sha256": "ab" * 32, "name": text + ".pdf", "media_type": "application/pdf", "size": 2}]
    values["coop_needs"] = [{"type": "legislative", "priority": "high", "description": text}]
    summary = dataclasses.replace(samples.summary(), institution=text, focal_point=text, cycle=text)
    context = build_report_context(
        samples.fixture_questionnaire(),
        summary,
        samples.answers(values, {"crim_participation": text}),
        samples.issues(),
        lang=lang,
        package_hash=samples.HASH,
        key_fingerprint=samples.FINGERPRINT,
    )
    path = tmp_path / f"{lang}.pdf"
    path.write_bytes(render_report(context))
    return path


def _pages(pdf: Path) -> list[tuple[float, list[tuple[float, float, str]]]]:
    """Each page's width and its words' left and right edges, as pdftotext -bbox finds them."""
    out = subprocess.run([poppler("pdftotext"), "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    pages = []
    for chunk in out.stdout.split("<page ")[1:]:
        width = PAGE.match("<page " + chunk)
        assert width is not None
        pages.append((float(width[1]), [(float(a), float(b), w) for a, b, w in WORD.findall(chunk)]))
    return pages


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_long_token_in_every_field_stays_inside_the_page(tmp_path: Path, lang: str) -> None:
    pages = _pages(_render(tmp_path, lang, TOKEN))
    pieces = [word for _, words in pages for _, _, word in words if word[:8] in TOKEN or word in TOKEN]
    assert len("".join(pieces)) > 10 * len(TOKEN)  # the token is printed (broken over lines), not dropped
    for number, (width, words) in enumerate(pages, start=1):
        for left, right, word in words:
            assert left >= MARGIN - 1 and right <= width - MARGIN + 1, (number, left, right, word)


def test_latin_text_in_an_arabic_report_keeps_its_full_stop_at_its_end(tmp_path: Path) -> None:
    words = [word for _, page in _pages(_render(tmp_path, "ar", "J. Smith, Director.")) for _, _, word in page]
    assert words.count("Director.") >= 8  # cover (institution, focal point, cycle), other, answers, citation …
    assert not [word for word in words if word.startswith(".J") or word == "Director"]
