"""Who was a State party to which instrument, and when: the denominators of the response rates.

A States-parties table is a CSV file (`docs/secretariat.md`): a header `iso3,instrument,party_since`, then one row
per State and instrument, `party_since` the date it became a party (year-month-day; empty when not known: a party
at every date). `#` starts a comment line. The older list of ISO3 codes (one file, no header) still works: every
State listed is then a party to every instrument at every date.

A reporting cycle's rate counts the States that were parties on the cycle's date: the date given for it
(`--cycle-date 2025=2025-06-30`), else the last day of the cycle's last year ("2024-2025" → 2025-12-31).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import MappingProxyType

from omnibus.model.input_files import STATES_PARTIES, FileTooLarge, read_bounded
from omnibus.model.schema import INSTRUMENT_NAMES
from omnibus.secretariat.reference import State, StatesFileError, all_states, parse_states_parties

HEADER = ("iso3", "instrument", "party_since")
INSTRUMENTS = tuple(INSTRUMENT_NAMES)


@dataclass(frozen=True)
class Parties:
    """The States parties to each instrument, with the date each became one (None: a party at every date)."""

    since: Mapping[str, Mapping[str, date | None]]
    """instrument → ISO3 → date it became a party."""

    @classmethod
    def everyone(cls, states: Iterable[State]) -> Parties:
        """The same States, parties to every instrument at every date (a list of codes, or the Member States)."""
        codes = {s.iso3: None for s in states}
        return cls(MappingProxyType({i: MappingProxyType(dict(codes)) for i in INSTRUMENTS}))

    def at(self, instrument: str, when: date) -> frozenset[str]:
        """The States that were parties to `instrument` on `when`."""
        return frozenset(
            iso3 for iso3, since in self.since.get(instrument, {}).items() if since is None or since <= when
        )

    def any_at(self, when: date) -> frozenset[str]:
        """The States that were parties to at least one instrument on `when`."""
        return frozenset().union(*(self.at(i, when) for i in self.since))

    def states(self) -> frozenset[str]:
        """Every State the table names, whatever the date."""
        return frozenset(iso3 for parties in self.since.values() for iso3 in parties)


def _date(text: str, where: str) -> date | None:
    if not text:
        return None
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise StatesFileError(f"{where}: {text!r} is not a date written year-month-day, e.g. 2004-06-16.")


def parse_parties(text: str, source: str = "States parties file", lang: str = "en") -> Parties:
    """A States-parties table, or the older list of codes (then every State is a party to every instrument)."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1) if not line.lstrip().startswith("#")]
    lines = [(n, line) for n, line in lines if line.strip()]
    if not lines or tuple(c.strip().lower() for c in lines[0][1].split(",")) != HEADER:
        return Parties.everyone(parse_states_parties(text, source, lang))
    known = all_states(lang)
    since: dict[str, dict[str, date | None]] = {i: {} for i in INSTRUMENTS}
    for number, line in lines[1:]:
        where = f"{source}, line {number}"
        cells = [c.strip() for c in next(csv.reader(io.StringIO(line)))]
        if len(cells) != len(HEADER):
            raise StatesFileError(f"{where}: expected {len(HEADER)} cells (iso3, instrument, party_since).")
        code, instrument, when = cells[0].upper(), cells[1].lower(), _date(cells[2], where)
        if code not in known:
            raise StatesFileError(f"{where}: {cells[0]!r} is not an ISO 3166-1 alpha-3 code.")
        if instrument not in since:
            raise StatesFileError(f"{where}: {cells[1]!r} is not one of the instruments {', '.join(INSTRUMENTS)}.")
        if code in since[instrument]:
            raise StatesFileError(f"{where}: {code} is listed twice for {instrument}.")
        since[instrument][code] = when
    if not any(since.values()):
        raise StatesFileError(f"{source} lists no State.")
    return Parties(MappingProxyType({i: MappingProxyType(p) for i, p in since.items()}))


def load_parties(path: Path, lang: str = "en") -> Parties:
    try:
        text = read_bounded(Path(path), STATES_PARTIES).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError, FileTooLarge) as exc:
        raise StatesFileError(f"Cannot read the States parties file {path}: {exc}.") from exc
    return parse_parties(text, str(path), lang)


def cycle_date(cycle: str, given: Mapping[str, date]) -> date:
    """The date a cycle's rates count States parties on: the one given, else 31 December of its last year."""
    if cycle in given:
        return given[cycle]
    years = re.findall(r"[0-9]{4}", cycle)
    if not years:
        raise StatesFileError(f"The reporting cycle {cycle!r} has no year: give its date with --cycle-date.")
    return date(int(years[-1]), 12, 31)


def parse_cycle_dates(texts: Iterable[str]) -> dict[str, date]:
    """`CYCLE=YYYY-MM-DD` options, by cycle."""
    found: dict[str, date] = {}
    for text in texts:
        cycle, sep, when = text.partition("=")
        parsed = _date(when.strip(), f"--cycle-date {text}") if sep else None
        if parsed is None or not cycle.strip():
            raise StatesFileError(f"--cycle-date {text}: write it as CYCLE=YEAR-MONTH-DAY, e.g. 2025=2025-06-30.")
        found[cycle.strip()] = parsed
    return found
