"""What the analysis needs from one package, worked out once: when the package is imported.

The instruments its answers are a response for, its technical-assistance needs (each under the instrument it
names, else its item's), its indicator answers and every answer as canonical JSON (for the tables of responses),
relevant items only. The import stores them beside the package (`db.py`: package_instruments, package_needs,
package_indicators, package_answers) and the analysis reads those tables, so no analysis unzips a stored package
again. The migrations that introduced the tables worked them out for the packages stored before, with this same
function. Relevance is the signed `relevant_items` of the package: what the State's own report showed, worked out
once by the export with `Questionnaire.relevant_items`, so the Secretariat's tables agree with that report.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, column, select, table
from sqlalchemy.orm import Session

from omnibus.export.archive import read_zip
from omnibus.export.manifest import RESPONSES
from omnibus.export.responses import Responses, parse_responses
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.schema import INSTRUMENT_NAMES


@dataclass(frozen=True)
class Need:
    type: str
    subtype: str
    priority: str
    area: str
    instruments: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    instruments: frozenset[str]
    """Instruments of the items the package answered (relevant items only)."""
    needs: tuple[Need, ...]
    indicators: tuple[tuple[str, str], ...]
    """(area, value) of every relevant indicator answered."""
    answers: tuple[tuple[str, str], ...] = ()
    """(item id, value as canonical JSON) of every relevant item answered, in questionnaire order."""

    def rows(self, package_id: int) -> dict[str, list[dict[str, Any]]]:
        """The rows to store, by table name; a need's instruments as one space-separated text."""
        return {
            "package_instruments": [{"package_id": package_id, "instrument": i} for i in sorted(self.instruments)],
            "package_needs": [
                {
                    "package_id": package_id,
                    "position": n,
                    "area": need.area,
                    "type": need.type,
                    "subtype": need.subtype,
                    "priority": need.priority,
                    "instruments": " ".join(need.instruments),
                }
                for n, need in enumerate(self.needs)
            ],
            "package_indicators": [
                {"package_id": package_id, "position": n, "area": area, "value": value}
                for n, (area, value) in enumerate(self.indicators)
            ],
            "package_answers": [
                {"package_id": package_id, "item_id": item_id, "value": value} for item_id, value in self.answers
            ],
        }


def canonical(value: Any) -> str:
    """An answer value as stored for the tables of responses: compact JSON, keys sorted, text as written."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _need(entry: dict[str, Any], area: str, item_instruments: tuple[str, ...]) -> Need:
    """A need under the instrument it names, else under its item's instruments."""
    named = str(entry.get("instrument", ""))
    instruments = (named,) if named in INSTRUMENT_NAMES else item_instruments
    return Need(
        str(entry.get("type", "")), str(entry.get("subtype", "")), str(entry.get("priority", "")), area, instruments
    )


def package_facts(q: Questionnaire, responses: Responses) -> Facts:
    """The facts of one package's answers to `q` (already checked against it)."""
    values = responses.values()
    relevant = frozenset(responses.relevant_items)
    instruments: set[str] = set()
    needs: list[Need] = []
    indicators: list[tuple[str, str]] = []
    answers: list[tuple[str, str]] = []
    for item_id, info in q.items.items():
        if item_id not in relevant or values.get(item_id) is None:
            continue
        value = values[item_id]
        answers.append((item_id, canonical(value)))
        item_instruments = tuple(i for i in info.response_instruments if i in INSTRUMENT_NAMES)
        instruments.update(item_instruments)
        if info.item.type == "ta_needs" and isinstance(value, list):
            found = [_need(entry, info.module.id, item_instruments) for entry in value if isinstance(entry, dict)]
            instruments.update(i for need in found for i in need.instruments)
            needs.extend(found)
        elif info.item.type == "indicator" and isinstance(value, str):
            indicators.append((info.module.id, value))
    return Facts(frozenset(instruments), tuple(needs), tuple(indicators), tuple(answers))


_QUESTIONNAIRE_FILES = table(
    "questionnaire_files", column("questionnaire_sha256"), column("position"), column("name"), column("content")
)
_PACKAGES = table("packages", column("id"), column("questionnaire_sha256"), column("data"))


def stored_questionnaire(connection: Connection | Session, digest: str) -> Questionnaire:
    """A questionnaire from the files packages carried (stored once per digest), main file first, includes by
    name from the same set."""
    files = _QUESTIONNAIRE_FILES.c
    rows = connection.execute(
        select(files.name, files.content).where(files.questionnaire_sha256 == digest).order_by(files.position)
    ).all()
    if not rows:
        raise LookupError(f"the questionnaire {digest[:12]}… is not stored in this database")
    contents: dict[str, bytes] = {row.name: row.content for row in rows}
    return load_questionnaire_bytes(rows[0].content, rows[0].name, contents.get)


def stored_packages_facts(connection: Connection) -> Iterator[tuple[int, Facts]]:
    """The facts of every package stored in the database, read from the packages themselves, one at a time
    (a package may be large): for the migration that introduced the facts tables."""
    packages = _PACKAGES.c
    loaded: dict[str, Questionnaire] = {}
    listed = connection.execute(select(packages.id, packages.questionnaire_sha256).order_by(packages.id)).all()
    for package_id, digest in listed:
        data = connection.execute(select(packages.data).where(packages.id == package_id)).scalar_one()
        responses = parse_responses(read_zip(data)[RESPONSES])  # verified when it was imported
        q = loaded.get(digest)
        if q is None:
            q = loaded[digest] = stored_questionnaire(connection, digest)
        yield package_id, package_facts(q, responses)
