"""Dates as people type them: year-month-day, in digits of any script; a date the calendar lacks is named so.

"2025-02-30" has the right form and no existence: telling its author to use the form they already used helps
nobody, so `DateProblem` says which of the two is wrong, and how many days the month has.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Literal

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
