"""The analysis as one immutable object: every output (PDF, CSV, XLSX, JSON) is rendered from it.

An analysis is a few headline sentences and a list of tables. Every table has a stable `name` (the CSV file
and the spreadsheet sheet), a title for people, column names and rows of plain values (text, whole numbers,
percentages rounded to one decimal), so the report and the spreadsheets cannot disagree: they print the
same numbers from the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

Cell = str | int | float
FORMAT: Final = "omnibus-analysis/1"


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""
    headings: tuple[str, ...] = ()
    """What people read above the columns when the catalogue cannot name them (the items of a table of
    responses); empty: the catalogue's column headings."""
    sheet: str = ""
    """The sheet's name when the catalogue has none for this table (a table of responses per questionnaire)."""

    def column(self, name: str) -> tuple[Cell, ...]:
        index = self.columns.index(name)
        return tuple(row[index] for row in self.rows)

    def records(self) -> list[dict[str, Cell]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {"title": self.title, "note": self.note, "columns": list(self.columns)}
        if self.headings:
            found["headings"] = list(self.headings)
        found["rows"] = [list(row) for row in self.rows]
        return found


@dataclass(frozen=True)
class Analysis:
    """What the analysis found. `scope` names the States response rates are counted against."""

    scope: str
    states_in_scope: int
    lang: str
    include_training: bool
    packages_counted: int
    states_responding: int
    pending: int
    needs_total: int
    headline: tuple[str, ...]
    tables: tuple[Table, ...]
    drafts_listed: int = 0
    """Draft packages listed apart and not counted."""
    include_drafts: bool = False
    cycles: tuple[str, ...] = ()
    """The reporting cycles whose packages are counted, by name."""

    def table(self, name: str) -> Table:
        for table in self.tables:
            if table.name == name:
                return table
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "scope": self.scope,
            "states_in_scope": self.states_in_scope,
            "lang": self.lang,
            "include_training": self.include_training,
            "packages_counted": self.packages_counted,
            "states_responding": self.states_responding,
            "pending": self.pending,
            "needs_total": self.needs_total,
            "drafts_listed": self.drafts_listed,
            "include_drafts": self.include_drafts,
            "cycles": list(self.cycles),
            "headline": list(self.headline),
            "tables": {table.name: table.to_json() for table in self.tables},
        }


def percent(part: int, whole: int) -> float:
    """A share in per cent, rounded to one decimal (0.0 when there is nothing to share)."""
    return round(100.0 * part / whole, 1) if whole else 0.0
