"""The analysis for analysts and scripts: CSV (one file per table), XLSX (one sheet per table) and JSON.

Each says what was counted first: the JSON's top-level keys (`cycles` among them), the workbook's summary sheet and
`summary.csv` (the same rows: States in scope, packages, reporting cycles counted, …, then the summary sentences),
so that a table read on its own can be traced to the cycles it counts.

All three are written from the same `Analysis` rows, so they agree with each other and with the report. People read
the spreadsheets and CSV files in the analysis's language (sheet names, header rows); file names and the JSON keys
stay the tables' and columns' English identifiers, a stable contract for scripts. A moment is ISO text in the CSV
files and the JSON (for scripts) and a date cell in the XLSX (sorted as a date, shown the reader's way).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from omnibus.export.files import atomic_write
from omnibus.model.text import RIGHT_TO_LEFT
from omnibus.secretariat.analysis import Analysis, Table
from omnibus.secretariat.labels import MOMENT_COLUMNS, column_heading, moment, words

SPREADSHEET_MOMENT = "m/d/yy h:mm"
"""Excel's built-in date-and-time format (number 22), which the spreadsheet shows in its reader's regional way."""


def to_json(analysis: Analysis) -> str:
    return json.dumps(analysis.to_json(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def headings(table: Table, lang: str) -> list[str]:
    """The header row people read, in `lang`."""
    return list(table.headings) or [column_heading(column, lang) for column in table.columns]


def table_csv(table: Table, lang: str = "en") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headings(table, lang))
    writer.writerows(table.rows)
    return buffer.getvalue()


def summary_rows(analysis: Analysis) -> list[list[str | int]]:
    """What was counted, in `analysis.lang`: one fact per row, an empty row, then the summary sentences."""
    w = words(analysis.lang)
    facts: list[list[str | int]] = [
        [w["fact.scope"], analysis.scope],
        [w["column.states_in_scope"], analysis.states_in_scope],
        [w["fact.cycles"], w["list_separator"].join(analysis.cycles)],
        [w["fact.packages"], analysis.packages_counted],
        [w["fact.responding"], analysis.states_responding],
        [w["fact.needs"], analysis.needs_total],
        [w["fact.pending"], analysis.pending],
        [w["fact.drafts"], analysis.drafts_listed],
    ]
    sentences: list[list[str | int]] = [[line] for line in analysis.headline]
    return [*facts, [], *sentences]


def write_csv(analysis: Analysis, folder: Path) -> list[Path]:
    """`<folder>/<table>.csv` for every table, UTF-8 with a header row, and `summary.csv`: what was counted."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(summary_rows(analysis))
    return [
        atomic_write(folder / "summary.csv", buffer.getvalue().encode("utf-8")),
        *(atomic_write(folder / f"{t.name}.csv", table_csv(t, analysis.lang).encode("utf-8")) for t in analysis.tables),
    ]


def workbook(analysis: Analysis) -> Workbook:
    w = words(analysis.lang)
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = w["sheet.summary"]
    for fact in summary_rows(analysis):
        summary.append(fact)
    bold = Font(bold=True)
    for table in analysis.tables:
        sheet = book.create_sheet(table.sheet or w[f"sheet.{table.name}"])
        sheet.append(headings(table, analysis.lang))
        for cell in sheet[1]:
            cell.font = bold
        moments = [n for n, column in enumerate(table.columns, start=1) if column in MOMENT_COLUMNS]
        for row in table.rows:
            sheet.append(list(row))
            for n in moments:
                cell = sheet.cell(row=sheet.max_row, column=n)
                when = moment(cell.value)
                if when is not None:
                    cell.value, cell.number_format = when, SPREADSHEET_MOMENT
        sheet.freeze_panes = "C2" if table.sheet else "A2"  # a table of responses keeps the States in view
    for sheet in book.worksheets:  # columns from the right in Arabic, as the reader of the report expects
        sheet.sheet_view.rightToLeft = analysis.lang.split("-")[0] in RIGHT_TO_LEFT
    return book


def write_xlsx(analysis: Analysis, path: Path) -> Path:
    buffer = io.BytesIO()
    workbook(analysis).save(buffer)
    return atomic_write(Path(path), buffer.getvalue())
