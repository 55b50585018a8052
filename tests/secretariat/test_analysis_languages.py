"""The analysis in each of the six UN languages: every heading, sheet and column in the language asked for, the
figures written its way, the JSON keys unchanged."""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import shutil
import subprocess
import unicodedata
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from markupsafe import escape

from omnibus.export.report.labels import LANGUAGES
from omnibus.export.report.labels import catalogue as report_words
from omnibus.model.dates import format_date
from omnibus.resources import resource
from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.charts import figures, region_figures
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.db import open_session
from omnibus.secretariat.labels import CATALOGUES, in_sentence, words
from omnibus.secretariat.outputs import to_json, write_csv, write_xlsx
from omnibus.secretariat.pdf import render_pdf
from omnibus.secretariat.report import render_html, write_report
from tests.secretariat.conftest import Inbox

HEADINGS = ("heading.summary", "heading.needs", "heading.reporting", "heading.gaps", "heading.annex")


@pytest.fixture(scope="module")
def analyses(released: Inbox) -> dict[str, Analysis]:
    with open_session(released.db) as session:
        return {lang: analyse(session, lang=lang) for lang in LANGUAGES}


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return flat(text)


def flat(text: str) -> str:
    """The text without spaces, direction marks and vowel marks: pdftotext splits Arabic ligatures ("ا ل"), marks
    direction runs and sometimes drops a tanwin."""
    marks = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    return "".join(c for c in text if not c.isspace() and c not in marks and unicodedata.category(c) != "Mn")


def test_every_language_has_exactly_the_english_words() -> None:
    english = CATALOGUES["en"]
    for lang, catalogue in CATALOGUES.items():
        assert set(catalogue) == set(english), lang
        for key, text in english.items():
            fields = sorted(part.split("}")[0] for part in text.split("{")[1:])
            assert sorted(part.split("}")[0] for part in catalogue[key].split("{")[1:]) == fields, (lang, key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_pdf_is_in_the_language_asked_for(analyses: dict[str, Analysis], lang: str, tmp_path: Path) -> None:
    text = pdf_text(write_report(analyses[lang], tmp_path / f"analysis-{lang}.pdf"))
    for key in (*HEADINGS, "title", "figure.by_type", "table.needs_by_type", "column.requests", "fact.packages"):
        # a heading may wrap; a word of figures and signs only ("1-") is left out: pdftotext moves the signs
        # of a right-to-left line to either side of the figures ("-1")
        assert all(flat(word) in text for word in words(lang)[key].split() if any(c.isalpha() for c in word)), key
    if lang != "en":
        for key in (*HEADINGS, "title", "figure.by_type", "table.needs_by_type", "fact.packages", "note.gaps"):
            assert flat(words("en")[key]) not in text, key
        assert "percent" not in text and "Page1of" not in text


def test_the_arabic_report_reads_right_to_left(analyses: dict[str, Analysis]) -> None:
    assert '<html lang="ar" dir="rtl">' in render_html(analyses["ar"])
    assert '<html lang="fr" dir="ltr">' in render_html(analyses["fr"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sheets_and_csv_headers_are_in_the_language(analyses: dict[str, Analysis], lang: str, tmp_path: Path) -> None:
    analysis = analyses[lang]
    write_xlsx(analysis, tmp_path / "analysis.xlsx")
    write_csv(analysis, tmp_path / "csv")
    book = openpyxl.load_workbook(tmp_path / "analysis.xlsx")
    w = words(lang)
    assert book.sheetnames == [w["sheet.summary"], *(t.sheet or w[f"sheet.{t.name}"] for t in analysis.tables)]
    with (tmp_path / "csv" / "needs_by_type.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[2] == w["column.requests"] and list(next(book[w["sheet.needs_by_type"]].values)) == header
    if lang != "en":
        english = words("en")
        named = {english[f"sheet.{t.name}"] for t in analysis.tables if not t.sheet}
        numbered = {
            t.sheet.replace(w["sheet.responses"], english["sheet.responses"]) for t in analysis.tables if t.sheet
        }
        assert numbered and not set(book.sheetnames) & (named | numbered)
        assert "requests" not in header and "Requests" not in header


def test_the_arabic_workbook_reads_right_to_left(analyses: dict[str, Analysis], tmp_path: Path) -> None:
    """Every sheet of the Arabic spreadsheet opens with its first column on the right, as the report reads."""
    for lang in ("ar", "en"):
        write_xlsx(analyses[lang], tmp_path / f"{lang}.xlsx")
        book = openpyxl.load_workbook(tmp_path / f"{lang}.xlsx")
        assert {bool(sheet.sheet_view.rightToLeft) for sheet in book.worksheets} == {lang == "ar"}


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_every_letter_of_the_report_is_in_a_bundled_font(
    analyses: dict[str, Analysis], lang: str, tmp_path: Path
) -> None:
    """The running head and the page numbers too: a font of the computer that made the PDF (DejaVu here, any
    other on a ministry's laptop) is not the report omnibus ships, and may have no Arabic or Chinese at all."""
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts is not installed (apt-get install poppler-utils)")
    path = write_report(analyses[lang], tmp_path / f"{lang}.pdf")
    listed = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    fonts = {line.split()[0].partition("+")[2] for line in listed.splitlines()[2:]}
    bundled = ("NotoSans-", "NotoSans", "NotoNaskhArabic", "NotoSansSC", "NotoSansSymbols2")
    assert fonts and {f for f in fonts if not f.startswith(bundled)} == set()


def test_codes_in_the_arabic_report_keep_their_hyphens_where_they_are(
    analyses: dict[str, Analysis], tmp_path: Path
) -> None:
    """A questionnaire's id wrapped in a right-to-left cell read "-untoc-needs" / "assessment": the hyphen ending a
    line jumped to its other end. Codes, figures and dates keep their own left-to-right order."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    path = write_report(analyses["ar"], tmp_path / "ar.pdf")
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words = re.findall(r"<word [^>]*>([^<]*)</word>", boxes)
    assert [w for w in words if re.fullmatch(r"-[a-z_-]+", w)] == []


def test_json_keys_stay_english_and_labels_follow_the_language(analyses: dict[str, Analysis]) -> None:
    english, russian = json.loads(to_json(analyses["en"])), json.loads(to_json(analyses["ru"]))
    assert english.keys() == russian.keys() and english["tables"].keys() == russian["tables"].keys()
    for name, table in english["tables"].items():
        assert russian["tables"][name]["columns"] == table["columns"]
        numbers = sorted([c for c in row if not isinstance(c, str)] for row in table["rows"])  # names sort apart
        assert sorted([c for c in row if not isinstance(c, str)] for row in russian["tables"][name]["rows"]) == numbers
    assert russian["tables"]["needs_by_type"]["title"] == words("ru")["table.needs_by_type"]
    assert russian["scope"] == "государства — члены ООН"
    regions = russian["tables"]["response_rates_by_region"]["rows"]
    assert {r[1] for r in regions if r[0] == words("ru")["level.region"]} <= {
        "Африка",
        "Америка",
        "Азия",
        "Европа",
        "Океания",
    }
    assert "Конвенция Организации Объединенных Наций" in russian["tables"]["response_rates"]["rows"][0][2]


def test_a_french_figure_groups_thousands_with_a_narrow_space(analyses: dict[str, Analysis], tmp_path: Path) -> None:
    bigger = dataclasses.replace(analyses["fr"], needs_total=1200)
    text = pdf_text(write_report(bigger, tmp_path / "fr.pdf"))
    assert "Besoinscomptabilisés1200" in text
    assert "<td>1\u202f200</td>" in render_html(bigger)  # pdftotext prints the narrow space as a plain one
    rate = analyses["fr"].table("response_rates").rows[0][6]
    assert f"{rate:.1f}\u00a0%".replace(".", ",") in " ".join(analyses["fr"].headline)


def test_proper_names_keep_their_capitals_in_a_sentence() -> None:
    assert in_sentence("Legal assistance") == "legal assistance"
    assert in_sentence("Organized Crime Convention ratification") == "Organized Crime Convention ratification"
    assert in_sentence("UNODC tools") == "UNODC tools"
    assert in_sentence("Formation/renforcement des capacités") == "formation/renforcement des capacités"
    assert in_sentence("法律援助") == "法律援助"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_when_a_package_was_made_is_a_date_in_the_language_for_people_and_iso_for_scripts(
    analyses: dict[str, Analysis], lang: str, tmp_path: Path
) -> None:
    analysis = analyses[lang]
    packages = analysis.table("packages")
    column = packages.columns.index("created")
    stamp = str(packages.rows[0][column])
    made = datetime.fromisoformat(stamp)
    html = render_html(analysis)
    assert f"<td>{format_date(made.date(), lang)}</td>" in html and f"<td>{stamp}</td>" not in html
    status = packages.rows[0][packages.columns.index("status")]
    assert f"<td>{escape(report_words(lang)[f'status_{status}'])}</td>" in html  # the status in words, not its code
    assert lang == "en" or f"<td>{status}</td>" not in html
    write_xlsx(analysis, tmp_path / "analysis.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "analysis.xlsx")[words(lang)["sheet.packages"]]
    cell = sheet.cell(row=2, column=column + 1)
    assert cell.is_date and cell.value == made.replace(tzinfo=None)
    write_csv(analysis, tmp_path / "csv")
    with (tmp_path / "csv" / "packages.csv").open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle))[1][column] == stamp
    assert json.loads(to_json(analysis))["tables"]["packages"]["rows"][0][column] == stamp


def chart_words(chart: str, lang: str, path: Path) -> tuple[list[float], list[float]]:
    """Where a chart's label words and its numbers are across the page (their left edges), once laid out."""
    css = (resource("secretariat/templates") / "analysis.css").read_text(encoding="utf-8")
    direction = "rtl" if lang == "ar" else "ltr"
    path.write_bytes(render_pdf(f'<html lang="{lang}" dir="{direction}"><body>{chart}</body></html>', css))
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    found = [(float(x), word) for x, word in re.findall(r'<word xMin="([0-9.]+)"[^>]*>([^<]*)</word>', boxes)]
    return [x for x, word in found if not word.isdigit()], [x for x, word in found if word.isdigit()]


def test_the_arabic_charts_read_right_to_left(analyses: dict[str, Analysis], tmp_path: Path) -> None:
    """Labels on the right and the bars' numbers to their left in Arabic; the other way round in English."""
    (_, english), *_ = figures(analyses["en"])
    (_, arabic), *_ = figures(analyses["ar"])
    labels, numbers = chart_words(english, "en", tmp_path / "en.pdf")
    assert labels and numbers and max(labels) < min(numbers)
    labels, numbers = chart_words(arabic, "ar", tmp_path / "ar.pdf")
    assert labels and numbers and min(labels) > max(numbers)


def test_the_arabic_figures_labels_read_as_written(analyses: dict[str, Analysis], tmp_path: Path) -> None:
    """Every word of every figure's labels comes out of the PDF in reading order, as the tables write it (they were
    drawn letter by letter, unjoined and left to right, so that an Arabic reader could not read them); a long label
    wraps onto lines of its own, so it is read word by word."""
    arabic = analyses["ar"]
    css = (resource("secretariat/templates") / "analysis.css").read_text(encoding="utf-8")
    charts = [*figures(arabic), *region_figures(arabic)]
    assert len(charts) == 4
    labels = [
        [str(r[1]) for r in arabic.table("needs_by_type").rows],
        [str(r[2]) for r in arabic.table("needs_by_subtype").rows if r[0] == "legal"],
        list(dict.fromkeys(str(r[2]) for r in arabic.table("needs_by_area").rows)),
        [str(r[1]) for r in arabic.table("response_rates_by_region").rows if r[0] == words("ar")["level.region"]],
    ]
    for (caption, chart), expected in zip(charts, labels, strict=True):
        path = tmp_path / "figure.pdf"
        path.write_bytes(render_pdf(f'<html lang="ar" dir="rtl"><body>{chart}</body></html>', css))
        text = pdf_text(path)
        unread = [word for label in expected for word in label.split() if flat(word) not in text]
        assert expected and unread == [], caption
