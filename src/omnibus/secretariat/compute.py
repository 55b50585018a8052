"""Facts to the `Analysis`: response rates, non-responding States, needs by type, subtype, area, instrument,
region and priority, the States that asked for each, requests made in general terms, drafts, the gap picture and
the tables of responses.

Units: a *need* is one entry of a technical-assistance-needs answer; shares of needs are of all needs counted.
Counted packages are the final ones (drafts too when asked); the other drafts are listed apart and count nowhere.
A State *responds* to an instrument in a cycle when its counted package answers at least one relevant item that
is a response for that instrument (`ItemInfo.response_instruments`), or states a need under it. A cycle's rate for
an instrument counts the States that were parties to it on the cycle's date (`parties.py`); needs and gaps count
every counted package. A request *in general terms* is a need without a type, or without a subtype when its type
has subtypes. A *gap* is an indicator answered `not_in_place` or `partially`, out of every indicator answered.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy.orm import Session

from omnibus.secretariat.analysis import Analysis, Table, percent
from omnibus.secretariat.collect import Collected, PackageFacts, collect
from omnibus.secretariat.labels import figure, in_sentence, words
from omnibus.secretariat.naming import table_title
from omnibus.secretariat.need_labels import Labels
from omnibus.secretariat.needs import needs_tables, reporting_assistance
from omnibus.secretariat.parties import Parties
from omnibus.secretariat.rates import non_responding, rates, rates_by_instrument, rates_by_region
from omnibus.secretariat.reference import State, state, un_member_states
from omnibus.secretariat.responses import responses_tables
from omnibus.secretariat.who_asked import who_asked

GAP_VALUES = ("not_in_place", "partially")


def gaps_tables(facts: Sequence[PackageFacts], labels: Labels, lang: str) -> list[Table]:
    by_area: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_region: dict[str, Counter[str]] = defaultdict(Counter)
    unknown = words(lang)["unknown_region"]
    for f in facts:
        for area, value in f.indicators:
            by_area[(f.questionnaire, area)][value] += 1
            by_region[state(f.country, lang).region or unknown][value] += 1

    def row(counts: Counter[str]) -> tuple[int, int, int, float]:
        answered = sum(counts.values())
        gaps = sum(counts[v] for v in GAP_VALUES)
        return answered, counts["not_in_place"], counts["partially"], percent(gaps, answered)

    area_rows = tuple(
        (q, a, labels.areas.get((q, a), a), *row(c))
        for (q, a), c in sorted(by_area.items(), key=lambda kv: labels.area_key(kv[0]))
    )
    region_rows = tuple((r, *row(c)) for r, c in sorted(by_region.items()))
    tail = ("indicators_answered", "not_in_place", "partially", "gap_percent")
    return [
        Table(
            "gaps_by_area",
            table_title("gaps_by_area", lang),
            ("questionnaire", "area", "area_title", *tail),
            area_rows,
        ),
        Table("gaps_by_region", table_title("gaps_by_region", lang), ("region", *tail), region_rows),
    ]


def packages_table(name: str, facts: Sequence[PackageFacts], lang: str) -> Table:
    rows = tuple(
        (
            f.package_id,
            f.country,
            state(f.country, lang).name,
            state(f.country, lang).region,
            f.questionnaire,
            f.version,
            f.cycle,
            f.status,
            f.created,
            f.signer,
        )
        for f in facts
    )
    columns = ("package", "iso3", "state", "region", "questionnaire", "version", "cycle", "status", "created", "signer")
    return Table(name, table_title(name, lang), columns, rows)


def headline(
    analysis_tables: dict[str, Table], scope_name: str, packages: int, states: int, drafts: int, lang: str
) -> tuple[str, ...]:
    w = words(lang)
    lines = [w["headline.counted"].format(packages=figure(packages, lang), states=figure(states, lang))]
    if drafts:
        lines.append(w["headline.drafts"].format(count=figure(drafts, lang)))
    for row in analysis_tables["response_rates_by_instrument"].rows:
        fields = {"instrument": row[1], "cycle": row[2], "rate": figure(row[6], lang)}
        lines.append(w["headline.rate"].format(scope=scope_name, **fields))
    types = analysis_tables["needs_by_type"].rows[:4]
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


def compute(
    collected: Collected,
    parties: Parties,
    scope_name: str,
    lang: str,
    include_training: bool,
    *,
    cycle_dates: Mapping[str, date] | None = None,
    include_drafts: bool = False,
) -> Analysis:
    """Every table of the analysis from the collected facts. Final packages count (drafts too when asked); the
    drafts that do not count are listed apart."""
    facts = tuple(f for f in collected.packages if f.final or include_drafts)
    drafts = tuple(f for f in collected.packages if not (f.final or include_drafts))
    dates = cycle_dates or {}
    labels = Labels(collected.questionnaires, lang)
    tables = [
        rates_by_instrument(facts, parties, dates, collected.questionnaires, lang),
        rates(facts, parties, dates, collected.questionnaires, lang),
        rates_by_region(facts, parties, dates, lang),
        non_responding({f.country for f in collected.packages}, parties, lang),
        reporting_assistance(facts, lang),
        *needs_tables(facts, labels, lang),
        *who_asked(facts, labels, lang),
        *gaps_tables(facts, labels, lang),
        packages_table("packages", facts, lang),
        packages_table("drafts", drafts, lang),
        *responses_tables(facts, collected.questionnaires, lang),
    ]
    by_name = {t.name: t for t in tables}
    responding = len({f.country for f in facts})
    return Analysis(
        scope=scope_name,
        states_in_scope=len(parties.states()),
        lang=lang,
        include_training=include_training,
        packages_counted=len(facts),
        states_responding=responding,
        pending=collected.pending,
        needs_total=sum(len(f.needs) for f in facts),
        headline=headline(by_name, scope_name, len(facts), responding, len(drafts), lang),
        tables=tuple(tables),
        drafts_listed=len(drafts),
        include_drafts=include_drafts,
    )


def analyse(
    session: Session,
    *,
    states: Sequence[State] | Parties | None = None,
    scope_name: str | None = None,
    lang: str = "en",
    include_training: bool = False,
    include_drafts: bool = False,
    cycle_dates: Mapping[str, date] | None = None,
) -> Analysis:
    """Analyse the current packages of a database; response rates against `states`: a States-parties table, a list
    of States (parties to every instrument at every date) or, when None, the UN Member States.

    `scope_name` names those States in the summary sentences (UN Member States in `lang` when None)."""
    if isinstance(states, Parties):
        parties = states
    else:
        parties = Parties.everyone(tuple(states) if states is not None else un_member_states(lang))
    collected = collect(session, include_training=include_training)
    name = scope_name if scope_name is not None else words(lang)["scope.members"]
    return compute(
        collected,
        parties,
        name,
        lang,
        include_training,
        cycle_dates=cycle_dates,
        include_drafts=include_drafts,
    )
