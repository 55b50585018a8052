"""Dates as people type them: year-month-day, in digits of any script; a date the calendar lacks is named so.
Dates as people read them: each language's own way, from CLDR (`format_date`).

"2025-02-30" has the right form and no existence: telling its author to use the form they already used helps
nobody, so `DateProblem` says which of the two is wrong, and how many days the month has.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Literal

from omnibus.model.cldr import locale_for

LEVANT = "ar_SY"
"""The CLDR locale whose Arabic month names (كانون الأول) United Nations Arabic documents print before the other
Arabic names (ديسمبر)."""
_FORM = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$", re.ASCII)


class DateProblem(ValueError):
    """`kind` is "form" (not year-month-day) or "no_such_date"; `days` is the month's length when it exists."""

    def __init__(self, kind: Literal["form", "no_such_date"], text: str, days: int | None = None) -> None:
        super().__init__(f"{kind}: {text!r}")
        self.kind = kind
        self.text = text
        self.days = days


def read_date(text: str) -> str | None:
    """The ISO date typed in `text` (None when blank), digits of any script read as 0-9."""
    typed = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text.strip())
    if not typed:
        return None
    found = _FORM.match(typed)
    if found is None:
        raise DateProblem("form", text.strip())
    year, month, day = (int(part) for part in found.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        days = calendar.monthrange(year, month)[1] if 1 <= month <= 12 and year >= 1 else None
        raise DateProblem("no_such_date", typed, days) from None


def format_date(value: dt.date | str, lang: str) -> str:
    """`value` (a date or its ISO text) the way `lang` writes a date in running text, CLDR's long form: "4 December
    2026", "4 décembre 2026", "4 de diciembre de 2026", "4 декабря 2026 г.", "2026年12月4日", and in Arabic as the
    United Nations' Arabic documents write it, both month names and Western digits: "4 كانون الأول/ديسمبر 2026".
    A text that is not an ISO date (an old or hand-edited value) is returned as it is: it is shown, never lost."""
    if isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip()) if _FORM.match(value.strip()) else None
        except ValueError:
            day = None
        if day is None:
            return value
    else:
        day = value.date() if isinstance(value, dt.datetime) else value
    from babel.dates import format_date as write  # on first use: see `locale_for`
    from babel.dates import get_date_format, get_month_names

    locale = locale_for(lang)
    pattern = get_date_format("long", locale).pattern
    if locale.language == "ar":
        months = (get_month_names("wide", locale=LEVANT), get_month_names("wide", locale=locale))
        pattern = pattern.replace("MMMM", "'{}/{}'".format(*(names[day.month] for names in months)))
    return write(day, pattern, locale=locale)


def format_time(moment: dt.datetime | dt.time, lang: str, *, seconds: bool = True) -> str:
    """A time of day on the 24-hour clock, in `lang`'s CLDR form ("21:05:03"), Western digits in every language."""
    from babel.dates import format_skeleton

    return format_skeleton("Hms" if seconds else "Hm", moment, locale=locale_for(lang))


def format_moment(moment: dt.datetime, lang: str) -> str:
    """A date and a time of day in `lang`, for lists ("4 December 2026, 21:05"): the date as `format_date` writes it,
    joined to the time as CLDR joins them in that language."""
    from babel.dates import get_datetime_format

    joint = str(get_datetime_format("long", locale_for(lang)))
    time = format_time(moment, lang, seconds=False)
    return joint.replace("{1}", format_date(moment.date(), lang)).replace("{0}", time)


def format_saved(moment: dt.datetime, lang: str, today: dt.date | None = None) -> str:
    """When something was saved, in local time: the time alone on the same day ("21:05:03"), the date and time on
    another ("3 December 2026, 23:58"), so a window left open overnight never says yesterday's save is today's."""
    local = moment.astimezone() if moment.tzinfo else moment
    if local.date() == (today or dt.date.today()):
        return format_time(local, lang)
    return format_moment(local, lang)
