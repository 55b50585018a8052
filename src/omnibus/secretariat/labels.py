"""Every word of the Secretariat's analysis (report, spreadsheets, CSV headers, summary sentences) in the six UN
languages.

The words live in `labels.json` beside this module, the sibling of the State's report catalogue
(`omnibus.export.report.labels`): English is the reference and every other language has exactly its keys (a test
checks it); `{…}` fields are filled with `str.format`. Table and column *names* stay English identifiers (the JSON
contract and the CSV file names); only what people read is looked up here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from types import MappingProxyType

from omnibus.export.report.labels import LANGUAGES, catalogue
from omnibus.model.dates import format_date
from omnibus.model.numbers import format_number, separators_for


def _load() -> Mapping[str, Mapping[str, str]]:
    raw = json.loads(Path(__file__).with_name("labels.json").read_text(encoding="utf-8"))
    return MappingProxyType({lang: MappingProxyType(dict(raw[lang])) for lang in LANGUAGES})


CATALOGUES: Mapping[str, Mapping[str, str]] = _load()
MOMENT_COLUMNS = frozenset({"created"})
"""Columns holding a moment as ISO text ("2025-03-03T09:00:00Z"): scripts and the CSV files read it so; people read
its date in their language (the report) or a date cell their spreadsheet writes their way (the XLSX)."""


def words(lang: str) -> Mapping[str, str]:
    """The analysis's words in `lang`; English for a language the analysis does not know."""
    return CATALOGUES.get(lang.split("-")[0], CATALOGUES["en"])


def column_heading(column: str, lang: str) -> str:
    """What people read above the column `column` (its identifier when the catalogue does not name it)."""
    return words(lang).get(f"column.{column}", column.replace("_", " "))


def in_sentence(label: str) -> str:
    """A label inside a sentence: its capital dropped ("Legal assistance" → "legal assistance"), unless it opens
    with a proper name ("Organized Crime Convention …") or an acronym, which keep the capitals they are written with."""
    first, _, rest = label.partition(" ")
    second = rest.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower() and not (second[:1].isupper() and second[1:].islower()):
        return first[0].lower() + label[1:]
    return label


def figure(value: str | int | float, lang: str) -> str:
    """A count or a percentage as `lang` writes it: "1 200" and "9,8" in French; percentages keep one decimal.
    A text (a code, a name, a cycle such as "2024") is printed as it is."""
    if isinstance(value, str | bool):
        return str(value)
    marks = separators_for(lang)
    text = format_number(value, marks, 1 if isinstance(value, float) else None, grouped=True)
    if isinstance(value, float) and marks.decimal not in text:
        text += f"{marks.decimal}0"
    return text


def moment(value: object) -> datetime | None:
    """The moment an ISO text of a `MOMENT_COLUMNS` cell names, without its time zone (spreadsheets have none);
    None for anything else."""
    try:
        return datetime.fromisoformat(str(value)).replace(tzinfo=None)
    except ValueError:
        return None


def cell_text(value: str | int | float, column: str, lang: str) -> str:
    """A table cell as the report prints it: a moment as its date in `lang` ("3 mars 2025"), a package's status in
    the words of the State's report ("Version finale"), else a `figure`. The spreadsheets keep the codes."""
    if column in MOMENT_COLUMNS:
        when = moment(value)
        if when is not None:
            return format_date(when.date(), lang)
    if column == "status" and value in ("final", "draft"):
        return catalogue(lang)[f"status_{value}"]
    return figure(value, lang)
