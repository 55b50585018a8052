"""Numbers as people type them in their language: "1 200,5" in French, "1,200.5" in English, "١٢٠٠" in Arabic.

The interface gives the separators of its language (`Separators`); `read_number` accepts what that language
writes, spaces and non-breaking spaces between thousands in any language, digits of any script, and a decimal
mark from another language when it cannot mean anything else. When a text could mean two numbers ("1,200" in
Arabic: twelve hundred, or one point two), it refuses and says so rather than guess: a wrong guess would be
stored silently. `format_number` writes a stored number back the way the language writes it, and integers
without a decimal part (150, never 150.0).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Literal

from omnibus.model.cldr import NUMBERING, base_language, locale_for

SPACES = frozenset(" \u00a0\u202f\u2009")
"""Group separators in every language: a space, a no-break space, a narrow no-break space, a thin space."""
APOSTROPHES = frozenset("'\u2019")
ARABIC_DECIMAL, ARABIC_GROUP = "\u066b", "\u066c"
MINUS = frozenset("-\u2212")
_MARKS = frozenset("\u061c\u200e\u200f")  # direction marks Arabic text carries around a minus sign
_GROUPED = re.compile(r"^\d{1,3}(?:G\d{3})*$")

ProblemKind = Literal["not_a_number", "ambiguous", "decimal_mark", "not_whole"]


@dataclass(frozen=True)
class Separators:
    """How a language writes numbers: its decimal mark and its thousands separator."""

    decimal: str
    group: str


ENGLISH = Separators(".", ",")


def separators_for(lang: str) -> Separators:
    """The separators CLDR gives language `lang` (a code such as "fr" or "fr-CA"), with Western digits: documents
    are printed without the interface (the PDFs), and Arabic documents of the United Nations write Western digits
    with a decimal point. English ones for a language CLDR does not know."""
    return _separators(base_language(lang))


@cache
def _separators(base: str) -> Separators:
    from babel.numbers import get_decimal_symbol, get_group_symbol  # on first use: see `locale_for`

    locale = locale_for(base)
    return Separators(
        get_decimal_symbol(locale, numbering_system=NUMBERING), get_group_symbol(locale, numbering_system=NUMBERING)
    )


class NumberProblem(ValueError):
    """The text is not a number in this language; `kind` says why, for a message in the respondent's words.

    ambiguous: `readings` holds the two numbers the text could mean (whole, decimal).
    decimal_mark: the text uses the language's thousands separator where only a decimal mark fits.
    """

    def __init__(self, kind: ProblemKind, text: str, readings: tuple[int | float, ...] = ()) -> None:
        super().__init__(f"{kind}: {text!r}")
        self.kind: ProblemKind = kind
        self.text = text
        self.readings = readings


def read_number(text: str, separators: Separators, *, integer: bool = False) -> int | float | None:
    """The number typed in `text` (None when blank): an int when it has no decimal part, else a float."""
    cleaned = "".join(c for c in text.strip() if c not in _MARKS)
    if not cleaned:
        return None
    negative = cleaned[0] in MINUS
    if cleaned[0] in MINUS or cleaned[0] == "+":
        cleaned = cleaned[1:].lstrip()
    body = "".join(_ascii_digit(c) for c in cleaned)
    try:
        whole, fraction = _split(body, separators, text)
    except NumberProblem as problem:
        if negative:
            problem.readings = tuple(-reading for reading in problem.readings)
        if integer and problem.kind == "ambiguous" and not float(problem.readings[1]).is_integer():
            return int(problem.readings[0])  # a whole number cannot be "1.2": it is twelve hundred
        raise

    if not whole and not fraction:
        raise NumberProblem("not_a_number", text)
    try:
        exact = Decimal(f"{'-' if negative else ''}{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - _split lets only digits through
        raise NumberProblem("not_a_number", text) from None
    if exact == exact.to_integral_value():
        return int(exact)
    if integer:
        raise NumberProblem("not_whole", text)
    return float(exact)


def format_number(
    value: int | float, separators: Separators, decimals: int | None = None, *, grouped: bool = False
) -> str:
    """`value` written with the language's decimal mark, at most `decimals` digits after it, no trailing zeros.

    No thousands separators unless `grouped`: a year (2019) or a code must not read "2 019"; `read_number` takes
    them either way. Documents group the counts and amounts they print ("1 200" in French).
    """
    if isinstance(value, bool):
        raise TypeError("a truth value is not a number")
    if decimals is None and isinstance(value, int) and not grouped:
        return str(value)
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if decimals is not None:
        exact = round(exact, decimals)
    text = f"{exact:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    whole, dot, fraction = text.partition(".")
    if grouped:
        sign, digits = ("-", whole[1:]) if whole.startswith("-") else ("", whole)
        whole = sign + f"{int(digits):,}".replace(",", separators.group)
    return whole + (separators.decimal if dot else "") + fraction


def _ascii_digit(char: str) -> str:
    """A digit of any script as 0-9; every other character unchanged."""
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    return char


def _split(body: str, separators: Separators, text: str) -> tuple[str, str]:
    """Whole and fractional digits of `body`, after deciding what each separator in it means."""
    groups = set(SPACES | APOSTROPHES) | {ARABIC_GROUP}
    decimals = {ARABIC_DECIMAL}
    (groups if separators.group not in ".," else set()).add(separators.group)
    (decimals if separators.decimal not in ".," else set()).add(separators.decimal)
    dots = [c for c in body if c in ".,"]
    if len(set(dots)) == 2:  # both: the last one is the decimal mark, e.g. "1,200.5" or "1.200,5"
        decimals.add(dots[-1])
        groups.add(({".", ","} - {dots[-1]}).pop())
    elif dots:
        mark = dots[0]
        if mark == separators.decimal:
            decimals.add(mark)
        elif mark == separators.group or len(dots) > 1:  # a repeated mark cannot be a decimal mark
            groups.add(mark)
        elif _grouped(body, groups | {mark}):  # "1.200" in French: twelve hundred, or one point two?
            as_decimal = Decimal(_plain(body, groups).replace(mark, "."))
            raise NumberProblem("ambiguous", text, (int(_plain(body, groups | {mark})), float(as_decimal)))
        else:
            decimals.add(mark)
    marks = [n for n, c in enumerate(body) if c in decimals]
    if len(marks) > 1:
        raise NumberProblem("not_a_number", text)
    whole, fraction = (body[: marks[0]], body[marks[0] + 1 :]) if marks else (body, "")
    if fraction and not (fraction.isascii() and fraction.isdigit()):
        raise NumberProblem("not_a_number", text)
    if any(c in groups for c in whole) and not _grouped(whole, groups):
        # "1,5" in English: the language's thousands separator, once, where only a decimal mark fits
        wrong_mark = separators.group in ".," and dots.count(separators.group) == 1 and not marks
        raise NumberProblem("decimal_mark" if wrong_mark else "not_a_number", text)
    whole = _plain(whole, groups)
    if whole and not (whole.isascii() and whole.isdigit()):
        raise NumberProblem("not_a_number", text)
    return whole, fraction


def _grouped(whole: str, groups: set[str]) -> bool:
    """Whether `whole` is digits in thousands: 1 to 3 digits (not a lone 0), then groups of exactly three."""
    return bool(_GROUPED.match("".join("G" if c in groups else c for c in whole))) and not whole.startswith("0")


def _plain(text: str, groups: set[str]) -> str:
    return "".join(c for c in text if c not in groups)
