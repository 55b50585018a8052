"""States-parties tables: per instrument, with the date each State became a party; the older list still works;
every mistake is named with its file and line; a cycle's date comes from --cycle-date or its last year."""

from __future__ import annotations

from datetime import date
from importlib.resources import files
from pathlib import Path

import pytest

from omnibus.secretariat.parties import cycle_date, load_parties, parse_cycle_dates, parse_parties
from omnibus.secretariat.reference import StatesFileError

TABLE = """# parties, as the Treaty Collection gives them
iso3,instrument,party_since
KEN,untoc,2004-06-16
KEN,tip,2005-01-05
MEX,untoc,2003-03-04
MEX,firearms,
COK,untoc,2004-03-04
"""


def test_a_table_gives_each_instrument_its_parties_on_a_date() -> None:
    parties = parse_parties(TABLE)
    assert parties.at("untoc", date(2004, 6, 15)) == {"MEX", "COK"}
    assert parties.at("untoc", date(2004, 6, 16)) == {"MEX", "COK", "KEN"}
    assert parties.at("tip", date(2004, 12, 31)) == set()
    assert parties.at("tip", date(2005, 1, 5)) == {"KEN"}
    assert parties.at("firearms", date(1990, 1, 1)) == {"MEX"}  # no date: a party at every date
    assert parties.at("som", date(2030, 1, 1)) == set()
    assert parties.any_at(date(2004, 1, 1)) == {"MEX"}
    assert parties.states() == {"KEN", "MEX", "COK"}


def test_the_older_list_makes_every_state_a_party_to_every_instrument() -> None:
    parties = parse_parties("# parties\nmex, FRA\n")
    for instrument in ("untoc", "tip", "som", "firearms"):
        assert parties.at(instrument, date(1950, 1, 1)) == {"MEX", "FRA"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("iso3,instrument,party_since\nXXZ,untoc,2004-01-01\n", r"line 2: 'XXZ' is not an ISO 3166-1 alpha-3 code"),
        ("iso3,instrument,party_since\nKEN,cybercrime,\n", r"line 2: 'cybercrime' is not one of the instruments"),
        ("iso3,instrument,party_since\nKEN,untoc,16/06/2004\n", r"line 2: '16/06/2004' is not a date written"),
        ("iso3,instrument,party_since\nKEN,untoc,2004-02-30\n", r"line 2: '2004-02-30' is not a date"),
        ("iso3,instrument,party_since\nKEN,untoc\n", r"line 2: expected 3 cells"),
        ("# x\niso3,instrument,party_since\n\nKEN,untoc,\nKEN,untoc,\n", r"line 5: KEN is listed twice for untoc"),
        ("iso3,instrument,party_since\n# nobody\n", "lists no State"),
    ],
)
def test_a_wrong_table_is_refused_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(StatesFileError, match=message):
        parse_parties(text, "parties.csv")


def test_a_cycle_counts_against_its_given_date_else_the_end_of_its_last_year() -> None:
    given = parse_cycle_dates(["2025=2025-06-30", " first cycle = 2005-10-01"])
    assert given == {"2025": date(2025, 6, 30), "first cycle": date(2005, 10, 1)}
    assert cycle_date("2025", given) == date(2025, 6, 30)
    assert cycle_date("2026-2027", given) == date(2027, 12, 31)
    assert cycle_date("first cycle", given) == date(2005, 10, 1)
    with pytest.raises(StatesFileError, match="has no year: give its date with --cycle-date"):
        cycle_date("second cycle", given)
    for wrong in ("2025", "2025=", "=2025-01-01", "2025=June 2025"):
        with pytest.raises(StatesFileError, match=r"(CYCLE=YEAR-MONTH-DAY|written year-month-day)"):
            parse_cycle_dates([wrong])


def test_the_shipped_sample_table_reads_and_is_realistic(tmp_path: Path) -> None:
    path = tmp_path / "parties.csv"
    path.write_bytes((files("omnibus.secretariat") / "data" / "states-parties-sample.csv").read_bytes())
    parties = load_parties(path)
    at_2010 = {i: len(parties.at(i, date(2010, 12, 31))) for i in ("untoc", "tip", "som", "firearms")}
    # fewer parties to each Protocol than to the Convention, and fewer before than after
    assert at_2010["untoc"] > at_2010["tip"] > at_2010["som"] > at_2010["firearms"] > 0
    assert all(len(parties.at(i, date(2025, 6, 30))) > n for i, n in at_2010.items())
    # a Protocol's party is a party to the Convention from the same date or before
    for instrument in ("tip", "som", "firearms"):
        for iso3, since in parties.since[instrument].items():
            convention = parties.since["untoc"][iso3]
            assert since is not None and convention is not None and convention <= since


def test_a_file_that_cannot_be_read_is_said_so(tmp_path: Path) -> None:
    (tmp_path / "latin1.csv").write_bytes("iso3,instrument,party_since\nCIV,untoc,\n# Côte\xff".encode("latin-1"))
    with pytest.raises(StatesFileError, match="Cannot read the States parties file"):
        load_parties(tmp_path / "latin1.csv")
    with pytest.raises(StatesFileError, match="Cannot read"):
        load_parties(tmp_path / "missing.csv")
