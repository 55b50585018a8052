"""The rendered PDF: answers findable as text in every script, fonts embedded, PDF/A, bookmarks, page numbers."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import unicodedata
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.export.report import samples
from tests.export.report.conftest import context, flat, pdf_fonts, pdf_text, poppler

from omnibus.export.keys import format_fingerprint
from omnibus.export.report import render_report
from omnibus.export.report.assets import AssetFetcher
from omnibus.export.report.context import group_digits
from omnibus.export.report.render import clear_cache, lay_out, render_html

Rendered = Callable[[str], Path]


def test_english_report_prints_every_kind_of_answer(rendered: Rendered) -> None:
    text = pdf_text(rendered("en"))
    found = flat(text)
    for expected in [
        "Self-assessment report",
        "France",
        "Report fixture: organized crime checklist",
        "report-fixture, version 2.1",
        "2025–2026",
        "Amina Haddad",
        "Ministère de la Justice",
        "9180 f7e6 d5c4",  # the package hash, in groups of four
        "SHA256:E640 788E B748 4258",  # the signer's key, as `omnibus verify` prints it
        "● In place",
        "◐ Partially in place",
        "○ Not in place",
        "✓ Yes",
        "Loi n° 2019-12 relative à la lutte contre la criminalité organisée",  # the assessor's comment
        "Code pénal, Article 450-1",  # a citation
        "Quiconque participe sciemment",  # its excerpt
        "1,234 cases",  # integer with its unit, grouped the English way
        "12.5 million USD",
        "Other: Regional task forces",
        "annual-report-2024.pdf (2.3 MB)",
        "circular.docx (18 KB)",
        "Legislative assistance › Drafting of legislation",
        "Priority: High",
        "Drafting of a law on witness protection.",
        "Not answered",
        "Please explain the gap in the comment.",
        "Gap summary",
        "Technical assistance needs",
        "Unanswered questions",
    ]:
        assert flat(expected) in found, expected
    assert flat(samples.ARABIC_ANSWER) in found
    assert flat(samples.CHINESE_ANSWER) in found
    table = re.search(r"Year\s+Answered\s+Level\s+2023\s+Yes\s+National\s+2024\s+No\s+Local", text)
    assert table, "the table answer prints as a table, with yes/no and choice labels"


def test_unanswered_list_puts_required_questions_first(rendered: Rendered) -> None:
    text = pdf_text(rendered("en"))
    tail = text[text.rindex("Unanswered questions") :]
    assert tail.index("Central authority") < tail.index("Obstacles met")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        # Not "قائم جزئياً": pdftotext lifts a word carrying tanween (ً) onto a line of its own, in any paragraph
        # of these PDFs; the word was found before only where two marks of the cover's legend happened to meet.
        ("ar", ["تقرير التقييم الذاتي", "فرنسا", "غير قائم", "المساعدة التشريعية › صياغة التشريعات"]),
        ("zh", ["自评报告", "法国", "部分落实", "立法援助 › 起草立法", "第 3 页，共"]),
        ("fr", ["Rapport d'auto-évaluation", "Partiellement en place", "Page 3 sur"]),
    ],
)
def test_reports_in_other_languages(rendered: Rendered, lang: str, expected: list[str]) -> None:
    found = flat(pdf_text(rendered(lang)))
    for word in expected:
        assert flat(word) in found, word
    assert flat(samples.ARABIC_ANSWER) in found
    assert flat(samples.CHINESE_ANSWER) in found


def test_the_cover_page_says_the_french_text_is_a_working_translation(rendered: Rendered) -> None:
    cover = flat(pdf_text(rendered("fr"), "-l", "1"))
    assert (
        flat(
            "Le texte de ce questionnaire en français est une traduction non officielle ; le texte en anglais fait foi."
        )
        in cover
    )
    assert "traduction non officielle" not in flat(pdf_text(rendered("en"), "-l", "1"))


def test_arabic_cover_prints_hash_and_fingerprint_left_to_right(rendered: Rendered) -> None:
    """Read aloud group for group: groups of digits alone keep their place on both lines of a right-to-left page."""
    # -raw: in the order drawn; pdftotext's reading order of a right-to-left page puts a cell's second line later.
    text = pdf_text(rendered("ar"), "-raw", "-l", "1")
    words = " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())
    assert group_digits(samples.HASH) in words
    assert format_fingerprint(samples.FINGERPRINT) in words


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_every_font_is_embedded_and_bundled(rendered: Rendered, lang: str) -> None:
    fonts = pdf_fonts(rendered(lang))
    assert fonts
    for row in fonts:
        name = row[0].split("+", 1)[-1]
        assert name.startswith("Report-"), f"{name} is not one of the bundled fonts"
        emb = row[-5]  # columns: name type... encoding emb sub uni object ID
        assert emb == "yes", row


def test_pdf_is_pdf_a_3u_with_title_and_language(rendered: Rendered) -> None:
    pdf = rendered("ar")
    info = subprocess.run([poppler("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"Title:\s+تقرير التقييم الذاتي", info)
    assert re.search(r"PDF version:\s+1\.7", info)
    meta = subprocess.run([poppler("pdfinfo"), "-meta", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert 'pdfaid:part="3"' in meta and 'pdfaid:conformance="U"' in meta
    assert "<xmp:CreatorTool>omnibus</xmp:CreatorTool>" in meta
    assert re.search(rb"/Lang\s*\(ar\)", b"".join(_streams(pdf.read_bytes()))), "document language in the catalogue"


def test_page_numbers_and_contents(rendered: Rendered) -> None:
    pdf = rendered("en")
    pages = pdf_text(pdf).split("\f")
    count = len([p for p in pages if p.strip()])
    assert f"Page 2 of {count}" in pages[1]
    assert f"Page {count} of {count}" in pages[count - 1]
    assert "Page 1 of" not in pages[0], "the cover has no header or footer"
    contents = pdf_text(pdf, "-layout", "-f", "2", "-l", "2")
    assert re.search(r"1\.1 +Participation in an organized criminal group +3\n", contents), contents
    gaps_page = next(
        i
        for i, p in enumerate(pages, start=1)
        if i > 2 and p.lstrip().startswith("France — DRAFT · Report fixture") and "Gap summary" in p
    )
    assert re.search(rf"Gap summary +{gaps_page}\n", contents)


def test_bookmarks_follow_modules_and_sections() -> None:
    html = render_html(context("en"))
    document = lay_out(html, AssetFetcher())
    tree = document.make_bookmark_tree()
    titles = [(label, [child[0] for child in children]) for label, _target, children, _state in tree]
    assert ("1. Criminalization", ["1.1 Participation in an organized criminal group", "1.2 Practice"]) in titles
    assert ("2. International cooperation", ["2.1 Requests", "2.2 Technical assistance"]) in titles
    top = [label for label, _ in titles]
    assert top[0] == "Contents"
    assert top[-3:] == ["Gap summary", "Technical assistance needs", "Unanswered questions"]


def test_status_marks(tmp_path: Path) -> None:
    draft = flat(pdf_text(_write(tmp_path / "training.pdf", render_report(context("en", training=True)))))
    assert "TRAINING" in draft and "DRAFT" in draft
    assert flat("Training exercise — not an official submission") in draft
    final = flat(pdf_text(_write(tmp_path / "final.pdf", render_report(context("en", status="final")))))
    assert "DRAFT" not in final and "TRAINING" not in final
    assert "Status:Final" in final


def test_progress_is_reported_in_order_and_finishes() -> None:
    clear_cache()
    seen: list[tuple[float, str]] = []
    render_report(context("es"), progress=lambda fraction, stage: seen.append((fraction, stage)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0 and seen[-1][1] == "done"
    assert [stage for _, stage in seen] == ["prepare", "prepare", "layout", "pdf", "done"]


def test_same_report_again_comes_from_the_cache() -> None:
    ctx = context("en")
    first = render_report(ctx)
    calls: list[str] = []
    again = render_report(ctx, progress=lambda f, stage: calls.append(stage))
    assert again == first
    assert "layout" not in calls
    values = samples.sample_values() | {"crim_agency": "Office of the Prosecutor General"}
    changed_context = context("en", values)
    changed = render_report(changed_context)
    assert changed != first
    assert "Office of the Prosecutor General" in pdf_text_bytes(changed)


def test_renders_with_no_system_fonts_at_all(tmp_path: Path) -> None:
    """On a machine with no fonts, Arabic and Chinese still print: only the bundled fonts are used."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>"
    )
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parents[3])!r})
        from tests.export.report.conftest import context
        from omnibus.export.report import build_report_context, render_report
        for lang in ("ar", "zh"):
            open({str(tmp_path)!r} + "/" + lang + ".pdf", "wb").write(render_report(context(lang)))
        """
    )
    env = {"FONTCONFIG_FILE": str(conf), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, capture_output=True, timeout=300)
    for lang, word in (("ar", "تقرير التقييم الذاتي"), ("zh", "自评报告")):
        pdf = tmp_path / f"{lang}.pdf"
        found = flat(pdf_text(pdf))
        assert flat(word) in found
        assert flat(samples.CHINESE_ANSWER) in found and flat(samples.ARABIC_ANSWER) in found
        assert all(row[0].split("+", 1)[-1].startswith("Report-") and row[-5] == "yes" for row in pdf_fonts(pdf))


def pdf_text_bytes(data: bytes) -> str:
    out = subprocess.run([poppler("pdftotext"), "-", "-"], input=data, check=True, capture_output=True).stdout
    return out.decode("utf-8")


def _streams(data: bytes) -> list[bytes]:
    """The PDF's bytes and every Flate stream decompressed (objects may sit in compressed object streams)."""
    found = [data]
    for match in re.finditer(rb"stream\r?\n", data):
        try:
            found.append(zlib.decompressobj().decompress(data[match.end() :]))
        except zlib.error:
            continue
    return found


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
