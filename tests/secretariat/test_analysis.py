"""Analysis numbers against counts made here from the generated answers; PDF, CSV, XLSX and JSON agree."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from collections import Counter
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, update

from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.db import PackageRow, open_session
from omnibus.secretariat.labels import MOMENT_COLUMNS, words
from omnibus.secretariat.outputs import headings, to_json, write_csv, write_xlsx
from omnibus.secretariat.reference import parse_states_parties, sort_key, un_member_states
from omnibus.secretariat.report import write_report
from omnibus.secretariat.sample import sample_questionnaire
from tests.secretariat.conftest import Inbox, both_backends


@pytest.fixture(scope="module")
def analysis(released: Inbox) -> Analysis:
    with open_session(released.db) as session:
        return analyse(session)


def _needs(inbox: Inbox) -> list[tuple[str, dict[str, str]]]:
    """(country, need) of every need in the packages that should count, read straight from the answers."""
    q = sample_questionnaire()
    found: list[tuple[str, dict[str, str]]] = []
    for iso3, package in inbox.final_current.items():
        for answer in package.responses.answers:
            if q.items[answer.item_id].item.type == "ta_needs":
                found.extend((iso3, need) for need in answer.value)
    return found


@both_backends
def test_needs_by_type_match_the_answers(released: Inbox, analysis: Analysis) -> None:
    needs = _needs(released)
    expected = Counter(need["type"] for _, need in needs)
    table = analysis.table("needs_by_type")
    assert {r[0]: r[2] for r in table.rows} == dict(expected)
    assert analysis.needs_total == len(needs)
    for row in table.rows:
        assert row[3] == pytest.approx(100 * expected[str(row[0])] / len(needs), abs=0.05)
        assert row[4] == len({iso3 for iso3, need in needs if need["type"] == row[0]})
    legal = Counter(need["subtype"] for _, need in needs if need["type"] == "legal")
    subtypes = {r[1]: r[3] for r in analysis.table("needs_by_subtype").rows if r[0] == "legal"}
    assert subtypes == dict(legal)


@both_backends
def test_reporting_and_response_rates(released: Inbox, analysis: Analysis) -> None:
    asked = {iso3 for iso3, need in _needs(released) if need["type"] == "reporting"}
    assert {r[0] for r in analysis.table("reporting_assistance").rows} == asked
    responding = set(released.final_current)
    members = {s.iso3 for s in un_member_states()}
    assert len(members) == 193
    (rate,) = analysis.table("response_rates").rows
    assert rate[:2] == ("untoc-needs-assessment", "untoc") and rate[4:6] == (193, len(responding))
    assert rate[6] == round(100 * len(responding) / 193, 1)
    assert {r[0] for r in analysis.table("non_responding").rows} == members - responding
    assert analysis.packages_counted == len(responding) and analysis.pending == 0


@both_backends
@pytest.mark.parametrize(
    ("lang", "before", "after"),
    [
        ("en", "Qatar", "Republic of Moldova"),
        ("es", "Nueva Zelandia", "Omán"),
        ("ar", "إثيوبيا", "أذربيجان"),
    ],
)
def test_states_that_sent_nothing_are_listed_by_un_name_in_the_languages_order(
    released: Inbox, lang: str, before: str, after: str
) -> None:
    """Names as the UN writes them, in the report's language, in that language's alphabetical order."""
    with open_session(released.db) as session:
        rows = analyse(session, lang=lang).table("non_responding").rows
    names = [str(r[1]) for r in rows]
    assert names == sorted(names, key=lambda n: sort_key(n, lang))
    if before in names and after in names:
        assert names.index(before) < names.index(after)
    moldova = {str(r[1]) for r in rows if r[0] == "MDA"}
    assert moldova <= {"Republic of Moldova", "República de Moldova", "جمهورية مولدوفا"}


@both_backends
def test_gaps_match_the_indicator_answers(released: Inbox, analysis: Analysis) -> None:
    q = sample_questionnaire()
    values = Counter(
        a.value
        for p in released.final_current.values()
        for a in p.responses.answers
        if q.items[a.item_id].item.type == "indicator"
    )
    answered = sum(values.values())
    rows = analysis.table("gaps_by_area").rows
    assert sum(int(r[3]) for r in rows) == answered
    assert sum(int(r[4]) for r in rows) == values["not_in_place"]
    assert sum(int(r[5]) for r in rows) == values["partially"]


@both_backends
def test_states_parties_file_sets_the_scope(released: Inbox) -> None:
    parties = [*list(released.final_current)[:3], "FRA", "DEU"]
    states = parse_states_parties("# parties\n" + ", ".join(parties) + "\n")
    with open_session(released.db) as session:
        scoped = analyse(session, states=states, scope_name="States parties")
    (rate,) = scoped.table("response_rates").rows
    responding = len(set(parties[:3]) | (set(parties[3:]) & set(released.final_current)))
    assert rate[4:7] == (5, responding, round(100 * responding / 5, 1))


def test_csv_and_xlsx_agree_with_json(analysis: Analysis, tmp_path: Path) -> None:
    document = json.loads(to_json(analysis))
    write_csv(analysis, tmp_path / "csv")
    write_xlsx(analysis, tmp_path / "analysis.xlsx")
    book = openpyxl.load_workbook(tmp_path / "analysis.xlsx")
    for name, table in document["tables"].items():
        with (tmp_path / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == headings(analysis.table(name), "en")
        assert rows[1:] == [[str(cell) for cell in row] for row in table["rows"]]
        sheet = list(book[analysis.table(name).sheet or words("en")[f"sheet.{name}"]].iter_rows(values_only=True))
        assert list(sheet[0]) == rows[0]
        # an empty cell reads back as None from a workbook; a moment is a date cell
        assert [["" if cell is None else cell for cell in row] for row in sheet[1:]] == [
            as_in_a_sheet(row, table["columns"]) for row in table["rows"]
        ]


def as_in_a_sheet(row: list[object], columns: list[str]) -> list[object]:
    """A JSON row as the workbook holds it: a moment (ISO text in the JSON) is a date cell, without its time zone."""
    return [
        datetime.fromisoformat(str(cell)).replace(tzinfo=None) if column in MOMENT_COLUMNS and cell else cell
        for cell, column in zip(row, columns, strict=True)
    ]


def test_pdf_shows_the_headline_figures(analysis: Analysis, tmp_path: Path) -> None:
    path = write_report(analysis, tmp_path / "analysis.pdf")
    assert path.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    top = analysis.table("needs_by_type").rows[0]
    assert "Figure 1" in flat and "Figure 2" in flat and "Figure 3" in flat
    assert f"({top[3]} per cent)" in flat
    assert f"Packages counted {analysis.packages_counted}" in flat
    rate = analysis.table("response_rates").rows[0]
    assert f"{rate[6]} per cent" in flat


@both_backends
def test_the_analysis_unzips_no_stored_package(released: Inbox, analysis: Analysis) -> None:
    """What the analysis needs was read from each package once, when it was imported."""
    with open_session(released.db) as session:
        stored = session.scalar(select(func.count()).select_from(PackageRow)) or 0
        session.execute(update(PackageRow).values(data=b""))
        try:
            assert session.scalar(select(func.count()).where(PackageRow.data == b"")) == stored
            assert stored >= analysis.packages_counted > 0
            assert analyse(session) == analysis
        finally:
            session.rollback()


def test_the_table_of_responses_has_every_states_answer_to_every_item(
    released: Inbox, analysis: Analysis, tmp_path: Path
) -> None:
    q = sample_questionnaire()
    table = analysis.table(f"responses_{q.id}")
    assert table.columns[4:] == tuple(q.items)  # every item, in the questionnaire's order
    assert {r[0] for r in table.rows} == set(released.final_current)
    names = [str(r[1]) for r in table.rows]
    assert names == sorted(names, key=lambda n: sort_key(n, "en"))  # UN names in the language's order
    for row in table.rows:
        package = released.final_current[str(row[0])]
        answered = {a.item_id for a in package.responses.answers}
        cells = dict(zip(table.columns[4:], row[4:], strict=True))
        assert {i for i, cell in cells.items() if cell} == answered
        indicators = [a for a in package.responses.answers if q.items[a.item_id].item.type == "indicator"]
        words_of = {"in_place": "In place", "partially": "Partially in place", "not_in_place": "Not in place"}
        for answer in indicators:
            if answer.value in words_of:
                assert cells[answer.item_id] == words_of[answer.value]
    assert table.headings[4].startswith(f"{next(iter(q.items))} ")  # the item's id, then its question
    write_xlsx(analysis, tmp_path / "analysis.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "analysis.xlsx")[table.sheet]
    assert [c.value for c in sheet[1]] == list(table.headings)
    assert sheet.max_row == len(table.rows) + 1
