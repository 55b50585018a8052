"""Reference data: the 193 UN Member States with their ISO codes, UN geoscheme (M49) regions and names.

Membership and regions come from `data/m49.csv`, the UN Statistics Division's M49 table with the year each State
joined the United Nations, shipped as data (its header says where it comes from and how to keep it current); names
are the UN's own short names in each language (omnibus.model.countries), ISO 3166 names for other territories.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from omnibus.export.errors import PackageError
from omnibus.model.countries import country_name, sort_key
from omnibus.model.input_files import STATES_PARTIES, FileTooLarge, read_bounded
from omnibus.secretariat.labels import words


@dataclass(frozen=True)
class State:
    """One State: ISO 3166-1 alpha-3 code, name in the report's language, M49 region, sub-region and intermediate
    region (empty where M49 gives none)."""

    iso3: str
    name: str
    region: str
    subregion: str
    intermediate: str = ""


__all__ = [
    "State",
    "StatesFileError",
    "all_states",
    "country_name",
    "load_states_parties",
    "parse_states_parties",
    "sort_key",
    "state",
    "un_member_states",
]


class StatesFileError(PackageError):
    """A States-parties file that cannot be used; the message names the file and line."""


@cache
def _rows() -> tuple[dict[str, str], ...]:
    text = (files("omnibus.secretariat") / "data" / "m49.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return tuple(csv.DictReader(lines))


@cache
def all_states(lang: str = "en") -> dict[str, State]:
    """Every country and territory of the M49 table, by ISO3 (regions for non-members too), named in `lang`."""
    names = words(lang)

    def region(name: str) -> str:
        return names.get(f"region.{name}", name)

    return {
        row["iso3"]: State(
            row["iso3"],
            country_name(row["iso3"], lang),
            region(row["region"]),
            region(row["subregion"]),
            region(row["intermediate_region"]) if row["intermediate_region"] else "",
        )
        for row in _rows()
    }


@cache
def un_member_states(lang: str = "en") -> tuple[State, ...]:
    """The UN Member States (the table's `un_member_since` column), sorted by ISO3."""
    states = all_states(lang)
    members = {row["iso3"] for row in _rows() if row["un_member_since"]}
    return tuple(states[iso3] for iso3 in sorted(members) if iso3 in states)


def state(iso3: str, lang: str = "en") -> State:
    """The State with this code; an unknown code gets itself as name and an empty region."""
    return all_states(lang).get(iso3) or State(iso3, country_name(iso3, lang), "", "")


def parse_states_parties(text: str, source: str = "States parties file", lang: str = "en") -> tuple[State, ...]:
    """ISO3 codes separated by white space, commas or new lines; `#` starts a comment. Sorted, unique."""
    codes: set[str] = set()
    known = all_states(lang)
    for number, line in enumerate(text.splitlines(), start=1):
        for token in re.split(r"[\s,;]+", line.split("#", 1)[0].strip()):
            if not token:
                continue
            code = token.upper()
            if code not in known:
                raise StatesFileError(f"{source}, line {number}: {token!r} is not an ISO 3166-1 alpha-3 code.")
            codes.add(code)
    if not codes:
        raise StatesFileError(f"{source} lists no State.")
    return tuple(known[code] for code in sorted(codes))


def load_states_parties(path: Path, lang: str = "en") -> tuple[State, ...]:
    try:
        text = read_bounded(Path(path), STATES_PARTIES).decode("utf-8")
    except (OSError, UnicodeDecodeError, FileTooLarge) as exc:
        raise StatesFileError(f"Cannot read the States parties file {path}: {exc}.") from exc
    return parse_states_parties(text, str(path), lang)
