"""The summary sentences above the tables, in the analysis's language: what was counted and of which reporting
cycles, the rates, the main needs, who asked for help with reporting or in general terms, and who sent nothing.

They are read off the finished tables, so that a sentence never says anything a table does not.
"""

from __future__ import annotations

from omnibus.secretariat.analysis import Cell, Table
from omnibus.secretariat.labels import figure, in_sentence, words

MOST_NEEDED = 4
"""How many types of need the summary names, more when others are as much needed as the last one."""


def _most_needed(rows: tuple[tuple[Cell, ...], ...]) -> tuple[tuple[Cell, ...], ...]:
    """The first `MOST_NEEDED` rows (most requested first) and every later one as requested as the last of them:
    naming some of several equally needed types as "most needed" would publish a ranking the figures do not make."""
    if len(rows) <= MOST_NEEDED:
        return rows
    last = rows[MOST_NEEDED - 1][2]
    return rows[:MOST_NEEDED] + tuple(r for r in rows[MOST_NEEDED:] if r[2] == last)


def cycles_sentence(cycles: tuple[str, ...], lang: str) -> str:
    """Which reporting cycles the figures count; when several, that a State answering in each is counted in each
    (its needs twice), so that "N needs" is never read as one cycle's."""
    w = words(lang)
    if len(cycles) == 1:
        return w["headline.cycle"].format(cycle=cycles[0])
    return w["headline.cycles"].format(cycles=w["list_separator"].join(cycles))


def headline(
    analysis_tables: dict[str, Table],
    scope_name: str,
    packages: int,
    states: int,
    drafts: int,
    lang: str,
    *,
    cycles: tuple[str, ...] = (),
) -> tuple[str, ...]:
    w = words(lang)
    lines = [w["headline.counted"].format(packages=figure(packages, lang), states=figure(states, lang))]
    if cycles:
        lines.append(cycles_sentence(cycles, lang))
    if drafts:
        lines.append(w["headline.drafts"].format(count=figure(drafts, lang)))
    for row in analysis_tables["response_rates_by_instrument"].rows:
        fields = {"instrument": row[1], "cycle": row[2], "rate": figure(row[6], lang)}
        lines.append(w["headline.rate"].format(scope=scope_name, **fields))
    types = _most_needed(analysis_tables["needs_by_type"].rows)
    if types:
        parts = w["list_separator"].join(
            w["headline.need_part"].format(label=in_sentence(str(r[1])), share=figure(r[3], lang)) for r in types
        )
        lines.append(w["headline.needs"].format(parts=parts))
    reporting = analysis_tables["reporting_assistance"].rows
    if reporting:
        names = w["list_separator"].join(str(r[1]) for r in reporting)
        lines.append(w["headline.reporting"].format(count=figure(len(reporting), lang), states=names))
    for row in analysis_tables["general_requests"].rows:
        if not row[2]:
            fields = {"count": figure(row[5], lang), "states": row[6], "instrument": row[1]}
            lines.append(w["headline.general"].format(**fields))
    silent = analysis_tables["non_responding"].rows
    lines.append(w["headline.silent"].format(count=figure(len(silent), lang), scope=scope_name))
    return tuple(lines)
