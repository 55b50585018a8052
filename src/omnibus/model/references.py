"""Article references such as "UNTOC art. 28(1)(a)": which articles a filter offers, and which items it finds.

A respondent who filters on an article expects every item citing one of its paragraphs too: "UNTOC art. 28"
finds items citing "UNTOC art. 28(1)" and "UNTOC art. 28(3)", and "UNTOC art. 30(2)" finds "UNTOC art.
30(2)(c)", but "UNTOC art. 2" finds neither "UNTOC art. 28" nor "UNTOC art. 2bis".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACES = re.compile(r"\s+")
_BEFORE_PARAGRAPH = re.compile(r"\s+\(")
_CHUNKS = re.compile(r"(\d+)")


def canonical(reference: str) -> str:
    """One spelling per reference: single spaces, none before a paragraph ("art. 28 (1)" is "art. 28(1)")."""
    return _BEFORE_PARAGRAPH.sub("(", _SPACES.sub(" ", reference.strip()))


def enclosing(reference: str) -> list[str]:
    """The reference and every article or paragraph containing it, outermost first: 28, 28(1), 28(1)(a)."""
    text = canonical(reference)
    cuts = [n for n, char in enumerate(text) if char == "(" and n > 0]
    return [text[:n] for n in cuts] + [text]


def covers(chosen: str, reference: str) -> bool:
    """Whether filtering on `chosen` finds an item citing `reference` (itself, or one of its paragraphs)."""
    return canonical(chosen) in enclosing(reference)


# A reference as a reader of the language writes it, where that differs from the stored English form: the Russian
# interface already calls the Convention "КТОП", and "art." is no Russian abbreviation. French and Spanish write
# "art." themselves; the stored form is kept for the filters and the answers file.
_LOCAL_FORMS: dict[str, tuple[tuple[str, str], ...]] = {"ru": (("UNTOC art. ", "КТОП, ст. "),)}

# Arabic and Chinese name the article before the Convention, as the United Nations' texts in these languages do
# ("المادة 28 (1) من اتفاقية الجريمة المنظمة", "《有组织犯罪公约》第28条第1款"), with the Convention's short title
# their questionnaires and interfaces use; Arabic letters its subparagraphs (a) to (j) in the abjad order.
_UNTOC = re.compile(r"UNTOC art\. (?P<article>\d+)(?:\((?P<paragraph>\d+)\))?(?:\((?P<letter>[a-j])\))?")
_ABJAD = dict(zip("abcdefghij", ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي"), strict=True))


def _arabic(article: str, paragraph: str | None, letter: str | None) -> str:
    cited = f"المادة {article}" + (f" ({paragraph})" if paragraph else "") + (f" ({_ABJAD[letter]})" if letter else "")
    return f"{cited} من اتفاقية الجريمة المنظمة"


def _chinese(article: str, paragraph: str | None, letter: str | None) -> str:
    return (
        f"《有组织犯罪公约》第{article}条"
        + (f"第{paragraph}款" if paragraph else "")
        + (f"({letter})项" if letter else "")
    )


_WORDED = {"ar": _arabic, "zh": _chinese}


def shown(reference: str, lang: str) -> str:
    """`reference` as it is printed in `lang` ("КТОП, ст. 28(1)" for "UNTOC art. 28(1)" in Russian); as stored
    where no form is known for it."""
    text = canonical(reference)
    words = _WORDED.get(lang)
    parts = _UNTOC.fullmatch(text) if words else None
    if words and parts:
        return words(parts["article"], parts["paragraph"], parts["letter"])
    for stored, local in _LOCAL_FORMS.get(lang, ()):
        if text.startswith(stored):
            return local + text[len(stored) :]
    return reference


def sort_key(reference: str) -> tuple[tuple[int, str | int], ...]:
    """Numbers in their order, not the alphabet's: art. 5 before art. 10, 28 before 28(1) before 28(3)."""
    parts = _CHUNKS.split(canonical(reference).casefold())
    return tuple((1, int(part)) if n % 2 else (0, part) for n, part in enumerate(parts) if part)


def filter_choices(cited: Iterable[str]) -> list[str]:
    """What an article filter offers: every reference cited and every article containing one, in order."""
    found = {outer for reference in cited if reference.strip() for outer in enclosing(reference)}
    return sorted(found, key=sort_key)
