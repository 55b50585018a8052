"""Country names as the United Nations writes them, in each of its six languages, and their alphabetical order.

Member States and observer States carry the UN's short names (`data/un_names.csv`: "Republic of Moldova",
"Türkiye", "Viet Nam"), which is what the Secretariat and the ministries read in every UN document; any other
country or territory keeps its ISO 3166 name from pycountry, translated through its gettext catalogues. Order
follows the Unicode Collation Algorithm (pyuca, its default table): accents and case count only after the letters,
so "Côte d'Ivoire" sorts between "Costa Rica" and "Croatia". The default table serves English, French and Russian as
their readers expect. Spanish adds one rule: "ñ" is a letter of its own after "n". Arabic follows the UN's Arabic
lists: the article "ال" of the first word is passed over and alef with hamza or madda sorts as alef (إثيوبيا,
أذربيجان, الأرجنتين, الأردن). Chinese falls in the table's order of the characters (by radical and stroke count as
Unicode encodes them), not in pinyin order.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import unicodedata
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from omnibus.model import cache_files
from omnibus.model.sample_state import is_sample_state, sample_state_name

if TYPE_CHECKING:
    from pyuca import Collator

UN_LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
_GETTEXT_LOCALES = {"zh": "zh_CN"}
_ALEF_FORMS = str.maketrans(dict.fromkeys("آأإٱ", "ا"))


@cache
def un_names() -> dict[str, dict[str, str]]:
    """The shipped table: ISO 3166-1 alpha-3 code → {language: UN short name}."""
    text = (files("omnibus.model") / "data" / "un_names.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {row["iso3"]: {lang: row[lang] for lang in UN_LANGUAGES} for row in rows}


@cache
def _iso_translations(lang: str) -> gettext.NullTranslations:
    import pycountry

    if lang == "en":
        return gettext.NullTranslations()
    locale = _GETTEXT_LOCALES.get(lang, lang)
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)


def _iso_name(iso3: str, lang: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return None
    name = _iso_translations(lang).gettext(str(country.name))
    head, comma, tail = name.partition(", ")
    return f"{head} ({tail})" if comma else name  # "Virgin Islands, British" reads badly in a list


def country_name(code: str, lang: str = "en") -> str:
    """The name of the country with this ISO 3166 alpha-3 (or alpha-2) code in `lang`; the code itself if unknown.

    The UN short name for a Member or observer State, else the ISO name (English where pycountry has no
    translation into `lang`); the training workshops' fictional State (`sample_state`) by its own name.
    """
    if is_sample_state(code):
        return sample_state_name(lang)
    iso3 = _alpha3(code.strip().upper())
    if iso3 is None:
        return code
    un = un_names().get(iso3)
    if un is not None:
        return un.get(lang) or un["en"]
    return _iso_name(iso3, lang) or code


def _alpha3(code: str) -> str | None:
    if len(code) == 3:
        return code
    if len(code) == 2:
        import pycountry

        country = pycountry.countries.get(alpha_2=code)
        return str(country.alpha_3) if country is not None else None
    return None


@cache
def country_names(lang: str) -> tuple[tuple[str, str], ...]:
    """(alpha-3, name) for every country pycountry knows, in `lang`, in that language's alphabetical order.

    The list is kept in the cache folder, keyed by the UN table and by the code and data it is worked out from:
    importing pycountry (which looks its own version up in the installed packages' metadata), naming some 250
    countries and loading the collation table would otherwise hold up the start screen's form at every start.
    """
    entry = _names_entry(lang)
    kept = _read_names(cache_files.read(entry))
    if kept is not None:
        return kept
    import pycountry

    named = [(str(c.alpha_3), country_name(str(c.alpha_3), lang)) for c in pycountry.countries]
    ordered = tuple(sorted(named, key=lambda pair: sort_key(pair[1], lang)))
    body = "".join(f"{code}\t{name}\n" for code, name in ordered).encode()
    cache_files.write(entry, hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    return ordered


def _names_entry(lang: str) -> Path:
    """The cache file of the list in `lang`: this module, pycountry's countries and their translation into `lang`,
    pyuca's collator, and the UN table as this program reads it."""
    from importlib.util import find_spec

    code = [Path(__file__)]
    for library, data in (
        ("pycountry", ("__init__.py", "db.py", "databases/iso3166-1.json",
                       f"locales/{_GETTEXT_LOCALES.get(lang, lang)}/LC_MESSAGES/iso3166-1.mo")),
        ("pyuca", ("collator.py",)),
    ):  # fmt: skip
        spec = find_spec(library)
        if spec is not None and spec.origin:
            code.extend(Path(spec.origin).parent / file for file in data)
    table = "\n".join(f"{iso3}\t{names}" for iso3, names in sorted(un_names().items()))
    return cache_files.entry("country-names", cache_files.code_stamp(*code), lang.encode(), table.encode())


def _read_names(kept: bytes | None) -> tuple[tuple[str, str], ...] | None:
    """The kept list, or None when there is none or it is damaged (its first line is the digest of the rest)."""
    digest, _newline, body = (kept or b"").partition(b"\n")
    if not body or hashlib.sha256(body).hexdigest().encode() != digest:
        return None
    rows = [tuple(line.split("\t")) for line in body.decode("utf-8", "replace").splitlines()]
    if any(len(row) != 2 for row in rows):
        return None
    return tuple((code, name) for code, name in rows)


@cache
def _collator() -> Collator:
    from pyuca import Collator

    return Collator()


def sort_key(name: str, lang: str = "en") -> tuple[int, ...]:
    """Key for sorting names in `lang` by the Unicode Collation Algorithm (see the module's note on languages)."""
    collator = _collator()
    if lang == "es":  # U+FFFF weighs more than any letter: "ñ" after every "n…" and before "o"
        return tuple(collator.sort_key(name.replace("ñ", "n\uffff").replace("Ñ", "N\uffff")))
    if lang == "ar":  # letters first without article and hamza seats, then the name as written breaks ties
        letters = name[2:] if name.startswith("ال") and len(name) > 2 else name
        return (*collator.sort_key(letters.translate(_ALEF_FORMS)), 0, *collator.sort_key(name))
    return tuple(collator.sort_key(name))


def _folded(text: str) -> str:
    """`text` as typed in a search: no case, no accents or Arabic vowel marks ("cote" finds "Côte d'Ivoire")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 2 else word


def search_rank(name: str, typed: str) -> int | None:
    """How well `name` answers what was typed: 0 when it starts with it, 1 when one of its words does (without
    the Arabic article: "مغرب" finds "المغرب"), 2 when it holds it elsewhere, None when it does not hold it.
    A respondent typing "Mar" in French reads "Maroc" before "Danemark"."""
    wanted, folded = _folded(typed).strip(), _folded(name)
    if not wanted or wanted not in folded:
        return None
    if folded.startswith(wanted) or _without_article(folded).startswith(wanted):
        return 0
    words = folded.replace("-", " ").replace("(", " ").split()
    return 1 if any(_without_article(word).startswith(wanted) for word in words) else 2
