"""Country names as the UN writes them in its six languages, ISO names elsewhere, and each language's order."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnibus import paths
from omnibus.model import countries
from omnibus.model.countries import UN_LANGUAGES, country_name, country_names, search_rank, sort_key, un_names


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("MDA", "en", "Republic of Moldova"),
        ("TUR", "en", "Türkiye"),
        ("VNM", "en", "Viet Nam"),
        ("NLD", "en", "Netherlands (Kingdom of the)"),
        ("GBR", "en", "United Kingdom of Great Britain and Northern Ireland"),
        ("CZE", "fr", "Tchéquie"),
        ("BOL", "fr", "Bolivie (État plurinational de)"),
        ("TZA", "fr", "République-Unie de Tanzanie"),
        ("CIV", "es", "Côte d'Ivoire"),
        ("NZL", "es", "Nueva Zelandia"),
        ("RUS", "es", "Federación de Rusia"),
        ("BHS", "ru", "Багамские Острова"),
        ("SWZ", "ru", "Эсватини"),
        ("KOR", "zh", "大韩民国"),
        ("PRK", "zh", "朝鲜民主主义人民共和国"),
        ("IRN", "ar", "إيران (جمهورية - الإسلامية)"),
        ("PSE", "ar", "دولة فلسطين"),
        ("VAT", "fr", "Saint-Siège"),
    ],
)
def test_un_states_carry_the_un_short_name(code: str, lang: str, name: str) -> None:
    assert country_name(code, lang) == name


def test_the_table_covers_member_and_observer_states_in_six_languages() -> None:
    table = un_names()
    assert len(table) == 195
    assert all(len(code) == 3 and code.isupper() for code in table)
    assert all(names[lang].strip() == names[lang] != "" for names in table.values() for lang in UN_LANGUAGES)


def test_other_territories_keep_their_iso_name() -> None:
    assert country_name("PRI") == "Puerto Rico"
    assert country_name("VGB") == "Virgin Islands (British)"  # ISO's "Virgin Islands, British", read in a list
    assert country_name("PRI", "fr") == "Porto Rico"
    assert country_name("COK", "zh") == "库克群岛"


def test_two_letter_codes_and_unknown_codes() -> None:
    assert country_name("md", "fr") == "République de Moldova"
    assert country_name("XKX") == "XKX"
    assert country_name("XX", "ar") == "XX"
    assert country_name("", "en") == ""


def test_english_names_sort_by_letters_then_accents_and_case() -> None:
    names = ["Cyprus", "Côte d'Ivoire", "Croatia", "Costa Rica", "cuba"]
    assert sorted(names, key=lambda n: sort_key(n, "en")) == [
        "Costa Rica",
        "Côte d'Ivoire",
        "Croatia",
        "cuba",
        "Cyprus",
    ]


def test_french_accented_initials_sort_with_their_letter() -> None:
    names = ["Érythrée", "Espagne", "Égypte", "El Salvador", "Équateur", "Fidji"]
    assert sorted(names, key=lambda n: sort_key(n, "fr")) == [
        "Égypte",
        "El Salvador",
        "Équateur",
        "Érythrée",
        "Espagne",
        "Fidji",
    ]


def test_spanish_n_with_tilde_is_a_letter_after_n() -> None:
    names = ["Ñandú", "Nueva Zelandia", "Omán", "Níger"]
    assert sorted(names, key=lambda n: sort_key(n, "es")) == ["Níger", "Nueva Zelandia", "Ñandú", "Omán"]
    assert sorted(names, key=lambda n: sort_key(n, "en")) == ["Ñandú", "Níger", "Nueva Zelandia", "Omán"]


def test_russian_follows_its_alphabet() -> None:
    russian = ["Эсватини", "Австрия", "Ямайка", "Ёлка", "Египет", "Жёлтое"]
    assert sorted(russian, key=lambda n: sort_key(n, "ru")) == [
        "Австрия",
        "Египет",
        "Ёлка",
        "Жёлтое",
        "Эсватини",
        "Ямайка",
    ]


def test_arabic_follows_the_un_arabic_list() -> None:
    """The UN's order: the article "ال" passed over, alef with hamza as alef (Ethiopia, Azerbaijan, Argentina…)."""
    un_order = [
        "الاتحاد الروسي",
        "إثيوبيا",
        "أذربيجان",
        "الأرجنتين",
        "الأردن",
        "أرمينيا",
        "إريتريا",
        "إسبانيا",
        "أستراليا",
    ]
    shuffled = sorted(un_order, key=len)
    assert sorted(shuffled, key=lambda n: sort_key(n, "ar")) == un_order
    assert sorted(["اليمن", "بنما", "تشاد", "الجزائر"], key=lambda n: sort_key(n, "ar")) == [
        "بنما",
        "تشاد",
        "الجزائر",
        "اليمن",
    ]


def test_country_lists_are_in_each_languages_order() -> None:
    english = [name for _, name in country_names("en")]
    assert english.index("Republic of Korea") > english.index("Qatar")  # under R, as the UN lists it
    assert english.index("Türkiye") < english.index("Turkmenistan")
    french = [name for _, name in country_names("fr")]
    assert french.index("Costa Rica") < french.index("Côte d'Ivoire") < french.index("Croatie")
    assert (
        french.index("Égypte")
        < french.index("Émirats arabes unis")
        < french.index("Équateur")
        < french.index("Espagne")
    )
    for lang in UN_LANGUAGES:
        codes = [code for code, _ in country_names(lang)]
        assert len(codes) == len(set(codes)) >= 249


def _order_files() -> list[Path]:
    return sorted((paths.cache_folder() / "country-names").glob("[0-9a-f]*"))


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_the_order_kept_in_the_cache_is_the_collations(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    country_names.cache_clear()
    first = country_names(lang)
    assert len(_order_files()) == 1
    country_names.cache_clear()

    def no_collation(_name: str, _lang: str = "en") -> tuple[int, ...]:
        raise AssertionError("sorted again")

    monkeypatch.setattr(countries, "sort_key", no_collation)
    assert country_names(lang) == first == tuple(sorted(first, key=lambda pair: sort_key(pair[1], lang)))
    country_names.cache_clear()


@pytest.mark.parametrize("damage", [b"", b"ZZZ\nYYY", "one left out", b"\xff\xfe"])
def test_a_damaged_kept_order_is_sorted_again(damage: bytes | str) -> None:
    country_names.cache_clear()
    first = country_names("fr")
    (kept,) = _order_files()
    codes = kept.read_bytes().split(b"\n")
    kept.write_bytes(b"\n".join(codes[1:]) if damage == "one left out" else damage)  # type: ignore[arg-type]
    country_names.cache_clear()
    assert country_names("fr") == first
    assert kept.read_bytes().split(b"\n") == codes  # written again
    country_names.cache_clear()


def test_the_order_is_kept_for_the_names_sorted(monkeypatch: pytest.MonkeyPatch) -> None:
    """Other names (a new table, another language) are sorted afresh, not put in an order found for others."""
    country_names.cache_clear()
    country_names("en")
    renamed = {**countries.un_names(), "AFG": dict.fromkeys(UN_LANGUAGES, "Zzz last")}
    monkeypatch.setattr(countries, "un_names", lambda: renamed)
    country_names.cache_clear()
    assert country_names("en")[-1] == ("AFG", "Zzz last")
    assert len(_order_files()) == 2
    country_names.cache_clear()


def test_a_kept_list_is_read_without_importing_pycountry(tmp_path: Path) -> None:
    """pycountry looks its own version up in the installed packages' metadata when imported: a start screen that
    imported it for a list already worked out would wait for that at every start."""
    env = {**os.environ, "OMNIBUS_HOME": str(tmp_path)}
    script = (
        "import sys; from omnibus.model.countries import country_names; names = country_names('fr'); "
        "print(len(names), names[0][1], names[-1][1], 'pycountry' in sys.modules)"
    )
    first, again = (
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True).stdout
        for _ in range(2)
    )
    assert first.split()[-1] == "True"  # worked out, then kept
    assert again.split()[:-1] == first.split()[:-1]
    assert again.split()[-1] == "False"


def _offered(typed: str, lang: str) -> list[str]:
    """The names a respondent is offered for `typed`, best first, as the start form's search orders them."""
    ranked = [(rank, n, name) for n, (_code, name) in enumerate(country_names(lang))
              if (rank := search_rank(name, typed)) is not None]  # fmt: skip
    return [name for _rank, _n, name in sorted(ranked)]


def test_a_search_offers_the_names_that_start_with_the_text_first() -> None:
    offered = _offered("Mar", "fr")
    assert offered[0] == "Maroc" and offered.index("Maroc") < offered.index("Danemark")
    assert _offered("guinea", "en")[:3] == ["Guinea", "Guinea-Bissau", "Equatorial Guinea"]
    assert _offered("кита", "ru")[0] == "Китай"


def test_a_search_ignores_accents_case_and_the_arabic_article() -> None:
    assert _offered("cote", "fr")[0] == "Côte d'Ivoire"
    assert _offered("TURKIYE", "en") == ["Türkiye"]
    assert _offered("مغرب", "ar")[0] == "المغرب"
    assert search_rank("Maroc", "") is None and search_rank("Maroc", "xyz") is None


@given(st.text(max_size=6), st.sampled_from(UN_LANGUAGES))
def test_a_name_is_offered_exactly_when_it_holds_the_text(typed: str, lang: str) -> None:
    for _code, name in country_names(lang)[:40]:
        rank = search_rank(name, typed)
        folded_name = unicodedata.normalize("NFKD", name.casefold())
        plain = "".join(c for c in folded_name if not unicodedata.combining(c))
        wanted = "".join(c for c in unicodedata.normalize("NFKD", typed.casefold()) if not unicodedata.combining(c))
        assert (rank is not None) == (bool(wanted.strip()) and wanted.strip() in plain)
        assert rank in (None, 0, 1, 2)
