"""Response rates against the States parties, and the States parties that sent nothing.

Rates are given per questionnaire, instrument and cycle, per instrument and cycle (the note's), and per M49
region, sub-region and intermediate region. A State *responds* to an instrument in a cycle when its counted
package answers at least one relevant item that is a response for that instrument
(`ItemInfo.response_instruments`), or states a need under it. A cycle's rate for an instrument counts the States
that were parties to it on the cycle's date (`parties.py`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.schema import INSTRUMENT_NAMES
from omnibus.secretariat.analysis import Table, percent
from omnibus.secretariat.collect import PackageFacts
from omnibus.secretariat.labels import words
from omnibus.secretariat.naming import instrument_name, table_title
from omnibus.secretariat.parties import Parties, cycle_date
from omnibus.secretariat.reference import State, sort_key, state


def rates_by_questionnaire(
    facts: Sequence[PackageFacts],
    parties: Parties,
    dates: Mapping[str, date],
    questionnaires: dict[str, Questionnaire],
    lang: str,
) -> Table:
    rows = []
    groups = sorted({(f.questionnaire, f.cycle) for f in facts})
    for questionnaire, cycle in groups:
        q = questionnaires[questionnaire]
        when = cycle_date(cycle, dates)
        for instrument in q.document.instruments:
            scope = parties.at(instrument, when)
            responding = {
                f.country
                for f in facts
                if f.questionnaire == questionnaire and f.cycle == cycle and instrument in f.instruments
            }
            count = len(responding & scope)
            rows.append(
                (
                    questionnaire,
                    instrument,
                    instrument_name(instrument, lang),
                    cycle,
                    len(scope),
                    count,
                    percent(count, len(scope)),
                    when.isoformat(),
                )
            )
    columns = (
        "questionnaire",
        "instrument",
        "instrument_name",
        "cycle",
        "states_in_scope",
        "responding",
        "rate_percent",
        "cycle_date",
    )
    return Table("response_rates", table_title("response_rates", lang), columns, tuple(rows))


def rates_by_instrument(
    facts: Sequence[PackageFacts],
    parties: Parties,
    dates: Mapping[str, date],
    questionnaires: dict[str, Questionnaire],
    lang: str,
) -> Table:
    """The note's rates: per instrument and cycle, whatever questionnaire the States answered it in; an instrument
    appears in a cycle when a questionnaire answered in that cycle covers it."""
    rows = []
    for cycle in sorted({f.cycle for f in facts}):
        when = cycle_date(cycle, dates)
        asked = {i for f in facts if f.cycle == cycle for i in questionnaires[f.questionnaire].document.instruments}
        for instrument in (i for i in INSTRUMENT_NAMES if i in asked):
            responding = {f.country for f in facts if f.cycle == cycle and instrument in f.instruments}
            scope = parties.at(instrument, when)
            count = len(responding & scope)
            name = instrument_name(instrument, lang)
            rows.append((instrument, name, cycle, when.isoformat(), len(scope), count, percent(count, len(scope))))
    columns = ("instrument", "instrument_name", "cycle", "cycle_date", "states_in_scope", "responding", "rate_percent")
    return Table(
        "response_rates_by_instrument", table_title("response_rates_by_instrument", lang), columns, tuple(rows)
    )


LEVELS = ("region", "subregion", "intermediate_region")


def _place(s: State, level: str) -> str:
    return {"region": s.region, "subregion": s.subregion, "intermediate_region": s.intermediate}[level]


def rates_by_region(facts: Sequence[PackageFacts], parties: Parties, dates: Mapping[str, date], lang: str) -> Table:
    """Per M49 region, sub-region and intermediate region: States parties to any instrument on the cycle's date."""
    w = words(lang)
    rows = []
    for cycle in sorted({f.cycle for f in facts}):
        scope = [state(iso3, lang) for iso3 in parties.any_at(cycle_date(cycle, dates))]
        responding = {f.country for f in facts if f.cycle == cycle}
        for level in LEVELS:
            for place in sorted({_place(s, level) for s in scope} - {""}, key=lambda p: sort_key(p, lang)):
                members = {s.iso3 for s in scope if _place(s, level) == place}
                count = len(members & responding)
                rows.append((w[f"level.{level}"], place, cycle, len(members), count, percent(count, len(members))))
    columns = ("level", "region", "cycle", "states_in_scope", "responding", "rate_percent")
    return Table("response_rates_by_region", table_title("response_rates_by_region", lang), columns, tuple(rows))


def non_responding(sent: set[str], parties: Parties, lang: str) -> Table:
    """States parties (to any instrument, at any date of the table) that sent no package at all."""
    scope = [state(iso3, lang) for iso3 in parties.states() - sent]
    rows = tuple((s.iso3, s.name, s.region, s.subregion, s.intermediate) for s in scope)
    return Table(
        "non_responding",
        table_title("non_responding", lang),
        ("iso3", "state", "region", "subregion", "intermediate_region"),
        tuple(sorted(rows, key=lambda r: sort_key(str(r[1]), lang))),
    )
