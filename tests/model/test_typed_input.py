"""Numbers and dates as respondents type them, in each interface language's conventions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnibus.model.dates import DateProblem, read_date
from omnibus.model.numbers import NumberProblem, Separators, format_number, read_number

# The separators Qt gives for the locales of the six interface languages (checked against QLocale in tests/ui).
LOCALES = {
    "ar": Separators("\u066b", "\u066c"),
    "en": Separators(".", ","),
    "es": Separators(",", "."),
    "fr": Separators(",", "\u202f"),
    "ru": Separators(",", "\u00a0"),
    "zh": Separators(".", ","),
}
EN, FR, ES, AR = LOCALES["en"], LOCALES["fr"], LOCALES["es"], LOCALES["ar"]


def grouped(value: Decimal, separators: Separators) -> str:
    """`value` written with thousands separators, as a spreadsheet of that language copies it."""
    text = f"{value:,f}"
    return text.replace(",", "G").replace(".", separators.decimal).replace("G", separators.group)


@pytest.mark.parametrize(
    ("separators", "typed", "number"),
    [
        (EN, "1,200", 1200),
        (EN, "1 200", 1200),
        (EN, "1\u00a0200", 1200),
        (EN, "1,200.5", 1200.5),
        (EN, "-1,234", -1234),
        (FR, "1 200", 1200),
        (FR, "1\u202f200,5", 1200.5),
        (FR, "1\u00a0200", 1200),
        (FR, "1,5", 1.5),  # one and a half, never fifteen
        (FR, "1.5", 1.5),  # a point cannot group "5": it is the decimal mark of the numeric keypad
        (FR, "1.200.000", 1200000),  # repeated, so it groups thousands
        (FR, "1234.567", 1234.567),  # "1234" cannot open a group of thousands
        (ES, "1.200", 1200),
        (ES, "1.200,5", 1200.5),
        (ES, "1,5", 1.5),
        (AR, "١٬٢٣٤٫٥", 1234.5),
        (AR, "\u061c-١٬٢٣٤", -1234),  # as Qt writes a negative number in Arabic
        (AR, "1.5", 1.5),
        (EN, "150", 150),
        (EN, "150.0", 150),
        (EN, "+3", 3),
        (EN, "5.", 5),
    ],
)
def test_numbers_in_the_language_of_the_interface(separators, typed, number):
    read = read_number(typed, separators)
    assert read == number
    assert type(read) is type(number)  # whole numbers stay integers: 150, never 150.0


@pytest.mark.parametrize(
    ("separators", "typed", "readings"),
    [
        (FR, "1.200", (1200, 1.2)),
        (AR, "1,200", (1200, 1.2)),
        (AR, "12.345", (12345, 12.345)),
        (FR, "-1.200", (-1200, -1.2)),
    ],
)
def test_a_text_meaning_two_numbers_is_refused_with_both(separators, typed, readings):
    with pytest.raises(NumberProblem) as caught:
        read_number(typed, separators)
    assert caught.value.kind == "ambiguous" and caught.value.readings == readings


@pytest.mark.parametrize(("separators", "typed"), [(EN, "1,5"), (EN, "1,50"), (ES, "1.5"), (EN, ",5")])
def test_the_thousands_separator_where_a_decimal_mark_belongs_is_refused(separators, typed):
    with pytest.raises(NumberProblem) as caught:
        read_number(typed, separators)
    assert caught.value.kind == "decimal_mark"


@pytest.mark.parametrize("typed", ["12x", "1.2.3,4,5", ".", "-", "1 2", "12 3456", "1,2,3", "1e5", "٫", "1٫2٫3"])
def test_what_is_not_a_number(typed):
    for separators in LOCALES.values():
        with pytest.raises(NumberProblem):
            read_number(typed, separators)


def test_a_whole_number_is_read_where_the_decimal_reading_cannot_be_one():
    assert read_number("1.200", FR, integer=True) == 1200
    assert read_number("-1.200", FR, integer=True) == -1200
    with pytest.raises(NumberProblem) as caught:
        read_number("1.000", FR, integer=True)  # one, or a thousand?
    assert caught.value.kind == "ambiguous"


def test_blank_is_no_answer_and_whole_numbers_are_checked():
    assert read_number("  ", EN) is None
    assert read_number("150,0", FR, integer=True) == 150
    with pytest.raises(NumberProblem) as caught:
        read_number("150,5", FR, integer=True)
    assert caught.value.kind == "not_whole"


def test_stored_numbers_are_written_back_as_the_language_writes_them():
    assert format_number(150, FR) == "150"
    assert format_number(150.0, EN, 2) == "150"
    assert format_number(3.25, FR, 2) == "3,25"
    assert format_number(0.1 + 0.2, EN, 6) == "0.3"
    assert format_number(1e20, EN) == "100000000000000000000"
    assert format_number(-0.0, EN) == "0"
    assert format_number(1234.5, AR) == "1234\u066b5"
    assert format_number(2019, FR) == "2019"  # no thousands separator: a year must not read "2 019"


_AMOUNTS = st.decimals(min_value=-(10**12), max_value=10**12, places=3, allow_nan=False, allow_infinity=False)


@given(_AMOUNTS, st.sampled_from(sorted(LOCALES)))
def test_a_number_written_with_thousands_separators_reads_back(amount, lang):
    separators = LOCALES[lang]
    whole = amount == amount.to_integral_value()
    read = read_number(grouped(amount, separators), separators)
    assert read == (int(amount) if whole else float(amount)) and isinstance(read, int) == whole


@given(_AMOUNTS, st.sampled_from(sorted(LOCALES)), st.integers(0, 6))
def test_a_stored_number_reads_back_from_its_display(amount, lang, decimals):
    separators = LOCALES[lang]
    value = round(float(amount), decimals)  # as the service stores it
    assert read_number(format_number(value, separators, decimals), separators) == value


@given(st.integers(-(10**15), 10**15), st.sampled_from(sorted(LOCALES)))
def test_whole_numbers_read_back_exactly_as_integers(number, lang):
    separators = LOCALES[lang]
    for text in (format_number(number, separators), grouped(Decimal(number), separators)):
        read = read_number(text, separators, integer=True)
        assert read == number and isinstance(read, int)


def test_a_date_that_does_not_exist_is_named_so():
    with pytest.raises(DateProblem) as caught:
        read_date("2025-02-30")
    assert (caught.value.kind, caught.value.days) == ("no_such_date", 28)
    with pytest.raises(DateProblem) as caught:
        read_date("2024-13-01")
    assert (caught.value.kind, caught.value.days) == ("no_such_date", None)
    assert read_date("2024-02-29") == "2024-02-29"
    assert read_date("٢٠٢٤-٠٣-٣١") == "2024-03-31"
    assert read_date(" ") is None


@pytest.mark.parametrize("typed", ["31/03/2024", "2024-3-31", "20240331", "2024-03-31T10:00", "tomorrow"])
def test_a_date_in_another_form_is_asked_for_as_year_month_day(typed):
    with pytest.raises(DateProblem) as caught:
        read_date(typed)
    assert caught.value.kind == "form"
