"""Reporting cycle labels: a year ("2026") or a range of years ("2026-2027"), and the cycle after one.

The label names the response package (`KEN-2026-….omnibus`) and groups packages at the Secretariat, so free text
("next year") is refused when an assessment is created. Assessments stored before this rule keep their label and
still open; only new labels are checked.
"""

from __future__ import annotations

import re
from collections.abc import Collection

FIRST_YEAR, LAST_YEAR = 1990, 2100
LONGEST_RANGE = 10
"""A range may span at most this many years (UNTOC review cycles are a few years long)."""

_LABEL = re.compile(r"^(\d{4})(?:\s*[-\u2010-\u2015/]\s*(\d{4}))?$")


def normalize_cycle(text: str) -> str | None:
    """The canonical label ("2026" or "2026-2027") of `text`, or None when it is not a cycle.

    Spaces, en dashes and slashes between the years are accepted and written as a plain hyphen; years typed
    with other digits (Arabic-Indic on an Arabic keyboard) are written with ASCII digits.
    """
    match = _LABEL.match(text.strip())
    if match is None:
        return None
    start = int(match[1])
    if not FIRST_YEAR <= start <= LAST_YEAR:
        return None
    if match[2] is None:
        return str(start)
    end = int(match[2])
    if not start < end <= min(LAST_YEAR, start + LONGEST_RANGE):
        return None
    return f"{start}-{end}"


def cycle_problem(text: str) -> str | None:
    """Why `text` is not a reporting cycle (in English, for the command line), or None when it is one."""
    if normalize_cycle(text) is not None:
        return None
    return (
        f"the reporting cycle must be a year such as 2026 or a range of years such as 2026-2027 "
        f"(from {FIRST_YEAR} to {LAST_YEAR}), not “{text.strip()}”"
    )


def cycle_start(cycle: str) -> int | None:
    """The first year of a cycle label, to put cycles in order; None for a label stored before the rule."""
    label = normalize_cycle(cycle)
    return None if label is None else int(label.split("-")[0])


def comes_before(cycle: str, other: str) -> bool:
    """Whether `cycle` starts before `other` does (False when either cannot be read: nothing to go by)."""
    start, then = cycle_start(cycle), cycle_start(other)
    return start is not None and then is not None and start < then


def next_cycle(cycle: str, taken: Collection[str], this_year: int) -> str:
    """The cycle to propose after `cycle`: the following year, or the range of the same length that follows,
    skipping labels in `taken`. An unreadable label gives this year (or the first free year after it)."""
    label = normalize_cycle(cycle)
    if label is None:
        start, length = this_year, 0
    elif "-" in label:
        first, last = (int(y) for y in label.split("-"))
        start, length = last + 1, last - first
    else:
        start, length = int(label) + 1, 0
    while True:
        proposal = f"{start}-{start + length}" if length else str(start)
        if proposal not in taken or start + length >= LAST_YEAR:
            return proposal
        start += length + 1
