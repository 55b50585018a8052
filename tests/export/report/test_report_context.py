"""`build_report_context`: a pure function from questionnaire and answers to what the report prints."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from tests.export.report import samples

from omnibus.export.keys import format_fingerprint
from omnibus.export.report import CATALOGUES, build_report_context, country_name
from omnibus.export.report.assets import report_folder
from omnibus.export.report.cli_support import write_report
from omnibus.export.report.render import render_html
from omnibus.export.report.views import ItemView, ReportContext
from omnibus.model.dates import format_date
from omnibus.model.loader import load_questionnaire
from omnibus.model.records import Answer
from omnibus.tools.make_fonts import bundled_chinese_sources


def build(
    lang: str = "en",
    values: dict[str, object] | None = None,
    package_hash: str | None = samples.HASH,
    key_fingerprint: str | None = samples.FINGERPRINT,
) -> ReportContext:
    return build_report_context(
        samples.fixture_questionnaire(),
        samples.summary(),
        samples.answers(values),
        samples.issues(),
        lang=lang,
        package_hash=package_hash,
        key_fingerprint=key_fingerprint,
        today=date(2025, 7, 1),
    )


def items(context: ReportContext) -> dict[str, ItemView]:
    return {i.id: i for m in context.modules for s in m.sections for i in s.items}


def test_context_is_pure_and_repeatable() -> None:
    assert build() == build()


def test_cover() -> None:
    cover = build().cover
    fields = {f.label: f for f in cover.fields}
    assert cover.country == "France"
    assert fields["Edition"].value == "\u2068report-fixture\u2069, version \u20682.1\u2069"  # isolated: any script
    assert fields["Date of this report"].value == "1 July 2025"
    assert fields["Responses hash (SHA-256)"].value.startswith("9180 f7e6 ")
    assert fields["Responses hash (SHA-256)"].kind == "digest"
    assert fields["Signer key fingerprint"].value == format_fingerprint(samples.FINGERPRINT)
    assert fields["Signer key fingerprint"].value.startswith("SHA256:E640 788E B748 4258 ")
    assert fields["Answers"].value == "17 of 19 questions answered (89%)"
    unsigned = {f.label: f for f in build(package_hash=None, key_fingerprint=None).cover.fields}
    assert unsigned["Signer key fingerprint"].kind == "missing"


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        (
            "fr",
            "Le texte de ce questionnaire en français est une traduction non officielle ; le texte en anglais fait foi.",
        ),
        ("ar", "نص هذا الاستبيان باللغة العربية ترجمة غير رسمية؛ والنص باللغة الإنكليزية هو النص المعتمد."),
        ("zh", "本问卷的中文文本为工作译文；英文文本为作准文本。"),
        ("en", ""),  # the source language is the authoritative text
    ],
)
def test_the_cover_says_when_the_text_is_a_working_translation(lang: str, note: str) -> None:
    assert build(lang).cover.translation_note == note


def test_an_official_translation_carries_no_note(tmp_path: Path) -> None:
    source = samples.FIXTURES / "report-fixture.yaml"
    text = source.read_text(encoding="utf-8").replace(
        "languages: [en, fr, ar, zh]", "languages: [en, fr, ar, zh]\ntranslations: {fr: official}"
    )
    official = tmp_path / "report-fixture.yaml"
    official.write_text(text, encoding="utf-8")
    q = load_questionnaire(official)
    assert q.translation_status("fr") == "official"
    context = build_report_context(
        q,
        samples.summary(),
        samples.answers(None),
        samples.issues(),
        lang="fr",
        package_hash=None,
        key_fingerprint=None,
        today=date(2025, 7, 1),
    )
    assert context.cover.translation_note == ""


@pytest.mark.parametrize(
    ("lang", "cases", "budget"),
    [("fr", "1\u202f234", "12,5"), ("es", "1.234", "12,5"), ("ru", "1\u00a0234", "12,5"), ("zh", "1,234", "12.5")],
)
def test_numbers_are_written_the_way_the_report_language_writes_them(lang: str, cases: str, budget: str) -> None:
    found = items(build(lang))
    assert found["crim_cases_count"].answer.text.startswith(cases + " ")
    assert found["crim_budget"].answer.text.startswith(budget + " ")


@pytest.mark.parametrize(
    ("lang", "report_day", "since"),
    [
        ("en", "1 July 2025", "2 April 2019"),
        ("fr", "1 juillet 2025", "2 avril 2019"),
        ("es", "1 de julio de 2025", "2 de abril de 2019"),
        ("ru", "1 июля 2025\u202fг.", "2 апреля 2019\u202fг."),
        ("zh", "2025年7月1日", "2019年4月2日"),
        ("ar", "1 تموز/يوليو 2025", "2 نيسان/أبريل 2019"),
    ],
)
def test_dates_are_written_the_way_the_report_language_writes_them(lang: str, report_day: str, since: str) -> None:
    context = build(lang)
    fields = {f.label: f.value for f in context.cover.fields}
    assert fields[context.labels["report_date"]] == report_day
    assert fields[context.labels["last_updated"]] == format_date("2025-06-30", lang)
    found = items(context)
    assert found["crim_since"].answer.text == since
    citations = found["crim_laws"].answer.citations
    assert [c.date for c in citations] == [since, ""]


def test_the_report_keeps_a_stored_date_it_cannot_read_as_it_is() -> None:
    found = items(build("fr", values=samples.sample_values() | {"crim_since": "vers 2019"}))
    assert found["crim_since"].answer.text == "vers 2019"


def test_every_catalogue_names_the_six_languages() -> None:
    for lang, labels in CATALOGUES.items():
        names = [labels[f"language.{code}"] for code in ("ar", "en", "es", "fr", "ru", "zh")]
        assert len(set(names)) == 6, lang
        assert labels["working_translation"].count("{language}") == 1 and "{source}" in labels["working_translation"]


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("FRA", "en", "France"),
        ("FRA", "ar", "فرنسا"),
        ("CHN", "zh", "中国"),
        ("DEU", "ru", "Германия"),
        ("XKX", "en", "XKX"),
    ],
)
def test_country_names_are_translated(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang) == name


def test_answers_are_rendered_for_people() -> None:
    found = items(build())
    mark = found["crim_participation"].answer.mark
    assert mark is not None and (mark.word, mark.symbol) == ("In place", "●")
    assert found["crim_levels"].answer.choices == ("National", "Other: \u2068Regional task forces\u2069")
    assert found["crim_level"].answer.choices == ("National",)
    assert found["crim_cases_count"].answer.text == "1,234 cases"
    assert found["crim_budget"].answer.text == "12.5 million USD"
    table = found["coop_requests"].answer.table
    assert table is not None
    assert table.columns == ("Year", "Answered", "Level")
    assert table.rows == (("2023", "Yes", "National"), ("2024", "No", "Local"))
    needs = found["coop_needs"].answer.needs
    assert (needs[0].type, needs[0].subtype, needs[0].priority) == (
        "Legislative assistance",
        "Drafting of legislation",
        "High",
    )
    files = found["coop_files"].answer.attachments
    assert [(f.name, f.size) for f in files] == [("annual-report-2024.pdf", "2.3 MB"), ("circular.docx", "18 KB")]
    assert found["crim_corruption"].notes == ("Please explain the gap in the comment.",)


def test_hidden_items_are_left_out() -> None:
    values = samples.sample_values() | {"crim_cases": "no"}
    assert "crim_cases_count" not in items(build(values=values))


def test_unanswered_required_first() -> None:
    rows = build().unanswered
    assert [(r.number, r.required) for r in rows] == [("2.1.3", True), ("2.1.4", False)]
    values = {k: v for k, v in samples.sample_values().items() if k not in ("crim_agency", "crim_notes")}
    rows = build(values=values).unanswered
    assert [r.required for r in rows] == [True, True, False, False]
    assert [r.number for r in rows] == ["1.2.8", "2.1.3", "1.2.9", "2.1.4"]


def test_gap_summary_by_module() -> None:
    gaps = build().gap_modules
    assert [g.title for g in gaps] == ["Criminalization"]
    assert [(r.number, r.mark.word) for r in gaps[0].rows] == [
        ("1.1.2", "Partially in place"),
        ("1.1.3", "Not in place"),
    ]
    assert gaps[0].rows[0].comment == "Only partly: no confiscation."
    assert [(c.mark.word, c.count) for c in gaps[0].counts] == [
        ("In place", 1),
        ("Partially in place", 1),
        ("Not in place", 1),
        ("Unknown", 1),
    ]


def test_technical_assistance_summary() -> None:
    ta = build("fr").ta
    assert ta.total == 3
    assert [(b.label, b.high, b.medium, b.low) for b in ta.bars] == [
        ("Assistance législative", 1, 1, 0),
        ("Formation", 0, 0, 1),
    ]
    assert [(n.label, n.count, n.level) for n in ta.by_type] == [
        ("Assistance législative", 2, "type"),
        ("Examen de la législation", 1, "subtype"),
        ("Rédaction de textes législatifs", 1, "subtype"),
        ("Formation", 1, "type"),
        ("Formation des juges", 1, "subtype"),
    ]
    assert [(b.label, b.total) for b in ta.by_module] == [("Coopération internationale", 3)]
    assert ta.scale == 3


def test_values_of_unexpected_shape_print_as_text() -> None:
    odd: dict[str, object] = {
        "crim_levels": ["national"],
        "crim_laws": "Code pénal",
        "coop_requests": {"year": 1},
        "coop_files": [42],
        "coop_needs": "lots",
        "crim_participation": "sideways",
        "crim_budget": "many",
    }
    found = items(build(values=odd))
    assert found["crim_levels"].answer.text == '["national"]'
    mark = found["crim_participation"].answer.mark
    assert mark is not None and mark.word == "sideways"
    assert found["crim_budget"].answer.text == "many million USD"
    assert found["coop_needs"].answer.text == "lots"
    assert found["crim_laws"].answer.text == "Code pénal"
    assert found["coop_requests"].answer.text == '{"year": 1}'
    assert found["coop_files"].answer.attachments[0].name == "42"


def test_orphan_answers_and_unknown_items_are_ignored() -> None:
    answers = samples.answers() | {
        "gone": Answer("gone", "yes"),
        "crim_agency": Answer("crim_agency", "x", orphan=True),
    }
    context = build_report_context(
        samples.fixture_questionnaire(),
        samples.summary(),
        answers,
        [],
        lang="en",
        package_hash=None,
        key_fingerprint=None,
    )
    assert items(context)["crim_agency"].answer.kind == "empty"


def test_arabic_is_right_to_left() -> None:
    assert build("ar").direction == "rtl"
    assert build("zh").direction == "ltr"


def test_label_catalogues_match_english() -> None:
    english = CATALOGUES["en"]
    for lang, labels in CATALOGUES.items():
        assert set(labels) == set(english), lang
        for key, text in english.items():
            fields = sorted(
                f for f in ("{id}", "{version}", "{answered}", "{relevant}", "{percent}", "{n}", "{size}") if f in text
            )
            assert fields == sorted(f for f in fields if f in labels[key]), (lang, key)


def test_chinese_labels_are_in_the_bundled_cjk_font() -> None:
    """The CJK font is a subset: re-run `python -m omnibus.tools.make_fonts` after changing Chinese labels."""
    cmap = TTFont(report_folder() / "fonts" / "NotoSansSC-Regular.otf").getBestCmap()
    text = "".join(CATALOGUES["zh"].values())
    missing = {c for c in text if unicodedata.east_asian_width(c) == "W" and ord(c) not in cmap}
    assert not missing, f"characters missing from the CJK subset: {''.join(sorted(missing))}"


def test_the_chinese_of_every_bundled_questionnaire_and_the_guide_is_in_the_bundled_cjk_font() -> None:
    """The window and the report show questionnaire texts with the same subset: 攸 (利益攸关方, "stakeholders") was
    missing, a box on a computer without Chinese fonts."""
    cmap = TTFont(report_folder() / "fonts" / "NotoSansSC-Regular.otf").getBestCmap()
    sources = bundled_chinese_sources()
    assert len(sources) >= 6 and all(path.is_file() for path in sources)
    text = "".join(path.read_text(encoding="utf-8") for path in sources)
    missing = {c for c in text if unicodedata.east_asian_width(c) == "W" and ord(c) not in cmap}
    assert not missing, f"characters missing from the CJK subset: {''.join(sorted(missing))}"


def test_bundled_fonts_are_small_and_licensed() -> None:
    fonts = report_folder() / "fonts"
    assert (fonts / "OFL.txt").read_text().count("SIL OPEN FONT LICENSE Version 1.1") >= 1
    total = sum(p.stat().st_size for p in fonts.iterdir())
    assert total < 5_000_000


def test_write_report_writes_a_pdf_atomically(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    size = write_report(out, samples.fixture_questionnaire(), samples.summary(), samples.answers(), [], lang="ru")
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size == size
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    with pytest.raises(ValueError, match="not in 'de'"):
        write_report(out, samples.fixture_questionnaire(), samples.summary(), {}, [], lang="de")


@pytest.mark.parametrize(
    ("lang", "general", "instrument"),
    [("en", "In general terms", "Convention (UNTOC)"), ("fr", "En termes généraux", "Convention (UNTOC)")],
)
def test_a_request_in_general_terms_and_the_instrument_a_need_names_are_printed(
    lang: str, general: str, instrument: str
) -> None:
    needs = [
        {"priority": "high", "description": "Assistance in implementing the Convention"},
        {"type": "legal", "instrument": "untoc", "priority": "low"},
    ]
    found = items(build(lang, values={"coop_needs": needs}))["coop_needs"].answer.needs
    assert (found[0].type, found[0].subtype, found[0].instrument) == (general, "", "")
    assert found[1].instrument == instrument and found[1].subtype == ""
    context = build(lang, values={"coop_needs": needs})
    assert general in {b.label for b in context.ta.bars}  # counted in the summary under its own label
    assert f"— {instrument}" in render_html(context)


def test_references_read_in_russian_abbreviations():
    assert items(build("ru"))["crim_participation"].references == ("КТОП, ст. 5",)
    assert items(build("fr"))["crim_participation"].references == ("UNTOC art. 5",)


def test_references_read_in_arabic_and_chinese_words():
    assert items(build("ar"))["crim_participation"].references == ("المادة 5 من اتفاقية الجريمة المنظمة",)
    assert items(build("zh"))["crim_participation"].references == ("《有组织犯罪公约》第5条",)
