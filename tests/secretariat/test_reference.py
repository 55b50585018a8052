"""Reference data from the shipped M49 table and pycountry: 193 Member States, M49 regions, States-parties files."""

from __future__ import annotations

import pytest

from omnibus.secretariat.reference import (
    StatesFileError,
    all_states,
    country_name,
    parse_states_parties,
    sort_key,
    state,
    un_member_states,
)


def test_un_member_states_with_m49_regions() -> None:
    members = un_member_states()
    assert len(members) == 193
    assert {s.region for s in members} == {"Africa", "Americas", "Asia", "Europe", "Oceania"}
    assert state("NAM").region == "Africa"  # Namibia's ISO2 code is "NA", not a missing value
    assert state("BOL").subregion == "Latin America and the Caribbean"
    assert state("BOL").intermediate == "South America"
    assert state("IND").intermediate == ""  # M49 gives Southern Asia no intermediate region
    assert "COK" not in {s.iso3 for s in members}


def test_names_read_well_in_lists_and_translate() -> None:
    assert country_name("BOL") == "Bolivia (Plurinational State of)"
    assert country_name("MDA") == "Republic of Moldova"
    assert country_name("FRA", "fr") == "France"
    assert country_name("DEU", "fr") == "Allemagne"
    assert country_name("DEU", "zh") == "德国"
    assert sorted(["Cyprus", "Côte d'Ivoire", "Croatia"], key=sort_key) == ["Côte d'Ivoire", "Croatia", "Cyprus"]


@pytest.mark.parametrize(
    ("lang", "spot_checks"),
    [
        ("en", {"TUR": "Türkiye", "CZE": "Czechia", "PRK": "Democratic People's Republic of Korea", "SWZ": "Eswatini"}),
        ("fr", {"MDA": "République de Moldova", "VNM": "Viet Nam", "LAO": "République démocratique populaire lao"}),
        ("es", {"VEN": "Venezuela (República Bolivariana de)", "TZA": "República Unida de Tanzanía"}),
        ("ru", {"SYR": "Сирийская Арабская Республика", "FSM": "Микронезия (Федеративные Штаты)"}),
        ("zh", {"USA": "美利坚合众国", "GBR": "大不列颠及北爱尔兰联合王国", "MKD": "北马其顿"}),
        ("ar", {"RUS": "الاتحاد الروسي", "NLD": "هولندا (مملكة -)", "CIV": "كوت ديفوار"}),
    ],
)
def test_every_member_state_has_its_un_name_in_each_language(lang: str, spot_checks: dict[str, str]) -> None:
    members = un_member_states(lang)
    assert len(members) == 193
    assert all(s.name.strip() and s.name != s.iso3 for s in members)
    assert len({s.name for s in members}) == 193
    names = {s.iso3: s.name for s in members}
    assert {code: names[code] for code in spot_checks} == spot_checks
    assert state("PSE", lang).name and state("VAT", lang).name != "VAT"


def test_states_parties_file() -> None:
    states = parse_states_parties("# parties\nmex, FRA\nCOK  # not a UN member, still a party\n")
    assert [s.iso3 for s in states] == ["COK", "FRA", "MEX"]
    with pytest.raises(StatesFileError, match="line 1"):
        parse_states_parties("MEX XXZ")
    with pytest.raises(StatesFileError, match="no State"):
        parse_states_parties("# nothing\n")


def test_m49_table_is_consistent() -> None:
    """The shipped table: one row a code, every Member State with an M49 code and a region, codes never repeated."""
    states = all_states()
    members = un_member_states()
    assert all(len(code) == 3 and code.isupper() for code in states)
    assert all(s.region and s.subregion for s in members)
    assert (state("KEN").subregion, state("KEN").intermediate) == ("Sub-Saharan Africa", "Eastern Africa")
    assert state("SSD") in members  # the newest Member State (2011)
    assert "PSE" not in {s.iso3 for s in members}  # an observer State is not a member
