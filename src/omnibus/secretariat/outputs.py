"""The analysis for analysts and scripts: CSV (one file per table), XLSX (one sheet per table) and JSON.

All three are written from the same `Analysis` rows, so they agree with each other and with the report.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from omnibus.export.files import atomic_write
from omnibus.secretariat.analysis import Analysis, Table


def to_json(analysis: Analysis) -> str:
    return json.dumps(analysis.to_json(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def table_csv(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows(table.rows)
    return buffer.getvalue()


def write_csv(analysis: Analysis, folder: Path) -> list[Path]:
    """`<folder>/<table>.csv` for every table, UTF-8 with a header row."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [atomic_write(folder / f"{t.name}.csv", table_csv(t).encode("utf-8")) for t in analysis.tables]


def workbook(analysis: Analysis) -> Workbook:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "summary"
    summary.append(["Scope", analysis.scope])
    summary.append(["States in scope", analysis.states_in_scope])
    summary.append(["Packages counted", analysis.packages_counted])
    summary.append(["States responding", analysis.states_responding])
    summary.append(["Needs counted", analysis.needs_total])
    summary.append(["Pending packages", analysis.pending])
    summary.append([])
    for line in analysis.headline:
        summary.append([line])
    bold = Font(bold=True)
    for table in analysis.tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append(list(table.columns))
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
    return book


def write_xlsx(analysis: Analysis, path: Path) -> Path:
    buffer = io.BytesIO()
    workbook(analysis).save(buffer)
    return atomic_write(Path(path), buffer.getvalue())
