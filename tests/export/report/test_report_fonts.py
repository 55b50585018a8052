"""A report declares only the bundled font families its text needs, and still prints every script."""

from __future__ import annotations

from pathlib import Path

from tests.export.report import samples
from tests.export.report.conftest import context, flat, pdf_fonts, pdf_text

from omnibus.export.report import render_report
from omnibus.export.report.fonts import families_for, font_css


def test_families_follow_the_scripts_of_the_text() -> None:
    assert families_for("Kenya, 12 May ● ✓") == {"sans", "symbols"}
    assert families_for("Россия — Côte d’Ivoire") == {"sans", "symbols"}
    assert families_for(f"Kenya {samples.ARABIC_ANSWER}") == {"sans", "symbols", "arabic"}
    assert families_for(f"Kenya {samples.CHINESE_ANSWER}") == {"sans", "symbols", "cjk"}


def test_font_css_declares_only_the_families_asked_for() -> None:
    latin = font_css(frozenset({"sans", "symbols"}))
    assert "NotoSans-Regular.ttf" in latin and "NotoSansSymbols2-Regular.ttf" in latin
    assert "Report CJK" not in latin and "Report Arabic" not in latin and "NotoSansSC" not in latin
    everything = font_css(frozenset({"sans", "symbols", "arabic", "cjk"}))
    assert (
        'html:lang(ar) { font-family: "Report Arabic", "Report Sans", "Report CJK", "Report Symbols"; }' in everything
    )
    assert 'html { font-family: "Report Sans", "Report Arabic", "Report CJK", "Report Symbols"; }' in everything


def test_english_report_without_other_scripts_embeds_latin_faces_only(tmp_path: Path) -> None:
    values = samples.sample_values() | {"crim_agency": "Office of the Prosecutor General", "crim_notes": "Notes."}
    pdf = tmp_path / "latin.pdf"
    pdf.write_bytes(render_report(context("en", values)))
    names = {row[0].split("+", 1)[-1] for row in pdf_fonts(pdf)}
    assert names <= {"Report-Sans", "Report-Sans-Bold", "Report-Symbols", "Report-Symbols-Bold"}, names
    assert "Report-Sans" in names
    found = flat(pdf_text(pdf))
    assert flat("● In place") in found and flat("Office of the Prosecutor General") in found
