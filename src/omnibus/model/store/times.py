"""How the store writes and reads a time: ISO 8601 text in UTC, to the microsecond (sorts as it reads, and any
SQLite tool shows it)."""

from __future__ import annotations

from datetime import UTC, datetime


def time_text(moment: datetime) -> str:
    """How a time is stored: ISO 8601 in UTC, to the microsecond."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not stored; use an aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def time_or_none(moment: datetime | None) -> str | None:
    """A time that may be missing (NULL)."""
    return None if moment is None else time_text(moment)


def stored_time(text: str) -> datetime:
    """A time as stored, back into an aware datetime."""
    return datetime.fromisoformat(text)


def stored_time_or_none(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)
