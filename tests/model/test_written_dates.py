"""Dates as each of the six languages writes them in documents and in the window (CLDR through Babel)."""

from __future__ import annotations

import datetime as dt

import pytest

from omnibus.model.dates import format_date, format_moment, format_saved, format_time


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("en", "4 December 2026"),
        ("fr", "4 décembre 2026"),
        ("es", "4 de diciembre de 2026"),
        ("ru", "4 декабря 2026\u202fг."),  # a narrow no-break space keeps "г." with the year
        ("zh", "2026年12月4日"),
        ("ar", "4 كانون الأول/ديسمبر 2026"),
    ],
)
def test_each_language_writes_a_date_its_own_way(lang: str, written: str) -> None:
    assert format_date("2026-12-04", lang) == written
    assert format_date(dt.date(2026, 12, 4), lang) == written
    assert format_date(dt.datetime(2026, 12, 4, 23, 59), lang) == written


@pytest.mark.parametrize(
    ("month", "names"),
    [(1, "كانون الثاني/يناير"), (2, "شباط/فبراير"), (5, "أيار/مايو"), (8, "آب/أغسطس"), (11, "تشرين الثاني/نوفمبر")],
)
def test_arabic_dates_carry_both_month_names_and_western_digits(month: int, names: str) -> None:
    written = format_date(dt.date(2000, month, 15), "ar")
    assert written == f"15 {names} 2000"
    assert not any("\u0660" <= c <= "\u0669" for c in written)  # no Arabic-Indic digits, like the numbers


def test_a_regional_or_unknown_language_falls_back_sensibly() -> None:
    assert format_date("2026-12-04", "fr-CA") == "4 décembre 2026"
    assert format_date("2026-12-04", "xx") == "4 December 2026"


@pytest.mark.parametrize("text", ["2026-13-40", "20261204", "next week", ""])
def test_a_stored_text_that_is_not_a_date_is_shown_as_it_is(text: str) -> None:
    assert format_date(text, "fr") == text


@pytest.mark.parametrize(
    ("lang", "written"),
    [("en", "4 December 2026, 09:05"), ("fr", "4 décembre 2026, 09:05"), ("zh", "2026年12月4日 09:05")],
)
def test_a_moment_is_its_date_and_a_24_hour_time(lang: str, written: str) -> None:
    assert format_moment(dt.datetime(2026, 12, 4, 9, 5, 3), lang) == written


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh", "ar"])
def test_times_are_on_the_24_hour_clock_in_western_digits(lang: str) -> None:
    assert format_time(dt.time(21, 5, 3), lang) == "21:05:03"
    assert format_time(dt.time(21, 5, 3), lang, seconds=False) == "21:05"


def test_a_save_of_today_shows_its_time_and_an_older_one_its_date() -> None:
    saved = dt.datetime(2026, 12, 3, 23, 58, 7)
    assert format_saved(saved, "fr", today=dt.date(2026, 12, 3)) == "23:58:07"
    assert format_saved(saved, "fr", today=dt.date(2026, 12, 4)) == "3 décembre 2026, 23:58"


@pytest.mark.parametrize("lang", ["C", "POSIX", "", "C.UTF-8"])
def test_a_locale_that_names_no_language_writes_english(lang: str) -> None:
    assert format_date("2026-12-04", lang) == "4 December 2026"
