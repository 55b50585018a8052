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
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from sqlalchemy.orm import Session

from omnibus.model.schema import PRIORITY_CODES
from omnibus.secretariat.analysis import Analysis, Cell, Table, percent
from omnibus.secretariat.collect import Collected, PackageFacts, collect
from omnibus.secretariat.labels import figure, in_sentence, words
from omnibus.secretariat.naming import instrument_name, instrument_order, table_title
from omnibus.secretariat.need_labels import Labels
from omnibus.secretariat.parties import Parties
from omnibus.secretariat.rates import non_responding, rates, rates_by_instrument, rates_by_region
from omnibus.secretariat.reference import State, sort_key, state, un_member_states
from omnibus.secretariat.responses import responses_tables

GAP_VALUES = ("not_in_place", "partially")


def reporting_assistance(facts: Sequence[PackageFacts], lang: str) -> Table:
    requests: Counter[str] = Counter()
    for f in facts:
        requests[f.country] += sum(1 for n in f.needs if n.type == "reporting")
    rows = []
    for iso3, n in requests.items():
        if n:
            s = state(iso3, lang)
            rows.append((iso3, s.name, s.region, s.subregion, s.intermediate, n))
    return Table(
        "reporting_assistance",
        table_title("reporting_assistance", lang),
        ("iso3", "state", "region", "subregion", "intermediate_region", "requests"),
        tuple(sorted(rows, key=lambda r: sort_key(str(r[1]), lang))),
    )


def _names(countries: Iterable[str], lang: str) -> tuple[int, str]:
    """How many States, and their UN names in the language's order, separated as the language lists them."""
    names = sorted({state(iso3, lang).name for iso3 in countries}, key=lambda n: sort_key(n, lang))
    return len(names), words(lang)["list_separator"].join(names)


def who_asked(facts: Sequence[PackageFacts], labels: Labels, lang: str) -> list[Table]:
    """For each type and subtype (and instrument), the States that asked for it; the general requests apart."""
    overall: dict[tuple[str, str], set[str]] = defaultdict(set)
    overall_requests: Counter[tuple[str, str]] = Counter()
    per_instrument: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    per_instrument_requests: Counter[tuple[str, str, str]] = Counter()
    general: dict[tuple[str, str], set[str]] = defaultdict(set)
    general_requests: Counter[tuple[str, str]] = Counter()
    for f in facts:
        for need in f.needs:
            overall[(need.type, need.subtype)].add(f.country)
            overall_requests[(need.type, need.subtype)] += 1
            for instrument in need.instruments:
                per_instrument[(instrument, need.type, need.subtype)].add(f.country)
                per_instrument_requests[(instrument, need.type, need.subtype)] += 1
                if labels.is_general(need):
                    general[(instrument, need.type)].add(f.country)
                    general_requests[(instrument, need.type)] += 1

    def type_order(code: str) -> tuple[int, str]:
        return (labels.order.index(code) if code in labels.order else len(labels.order), code)

    by_need = tuple(
        (t, labels.type(t), s, labels.subtype(s), overall_requests[(t, s)], *_names(overall[(t, s)], lang))
        for t, s in sorted(overall, key=lambda k: (type_order(k[0]), k[1]))
    )
    by_instrument = tuple(
        (
            i,
            instrument_name(i, lang),
            t,
            labels.type(t),
            s,
            labels.subtype(s),
            per_instrument_requests[(i, t, s)],
            *_names(per_instrument[(i, t, s)], lang),
        )
        for i, t, s in sorted(per_instrument, key=lambda k: (instrument_order(k[0]), type_order(k[1]), k[2]))
    )
    general_rows = tuple(
        (i, instrument_name(i, lang), t, labels.type(t), general_requests[(i, t)], *_names(general[(i, t)], lang))
        for i, t in sorted(general, key=lambda k: (instrument_order(k[0]), type_order(k[1])))
    )
    need_columns = ("type", "type_label", "subtype", "subtype_label", "requests", "states_count", "states")
    return [
        Table("states_by_need", table_title("states_by_need", lang), need_columns, by_need),
        Table(
            "states_by_need_and_instrument",
            table_title("states_by_need_and_instrument", lang),
            ("instrument", "instrument_name", *need_columns),
            by_instrument,
        ),
        Table(
            "general_requests",
            table_title("general_requests", lang),
            ("instrument", "instrument_name", "type", "type_label", "requests", "states_count", "states"),
            general_rows,
            words(lang)["note.general_requests"],
        ),
    ]


def needs_tables(facts: Sequence[PackageFacts], labels: Labels, lang: str) -> list[Table]:
    needs = [(f, n) for f in facts for n in f.needs]
    unknown = words(lang)["unknown_region"]
    total = len(needs)
    by_type = Counter(n.type for _, n in needs)
    states_by_type: dict[str, set[str]] = defaultdict(set)
    for f, n in needs:
        states_by_type[n.type].add(f.country)
    ranked = sorted(by_type, key=lambda t: (-by_type[t], t))
    type_rows = tuple(
        (t, labels.type(t), by_type[t], percent(by_type[t], total), len(states_by_type[t])) for t in ranked
    )
    by_subtype = Counter((n.type, n.subtype) for _, n in needs)
    subtype_rows = tuple(
        (t, s, labels.subtype(s), c, percent(c, by_type[t]))
        for (t, s), c in sorted(by_subtype.items(), key=lambda kv: (ranked.index(kv[0][0]), -kv[1], kv[0][1]))
    )
    by_area = Counter((f.questionnaire, n.area, n.type) for f, n in needs)
    area_rows = tuple(
        (q, a, labels.areas.get((q, a), a), t, labels.type(t), c)
        for (q, a, t), c in sorted(by_area.items(), key=lambda kv: (labels.area_key(kv[0][:2]), kv[0][2]))
    )
    by_instrument = Counter((i, n.type) for _, n in needs for i in n.instruments)
    instrument_rows = tuple(
        (i, instrument_name(i, lang), t, labels.type(t), c)
        for (i, t), c in sorted(by_instrument.items(), key=lambda kv: (instrument_order(kv[0][0]), kv[0][1]))
    )
    by_region = Counter((state(f.country, lang).region or unknown, n.type) for f, n in needs)
    region_totals = Counter(state(f.country, lang).region or unknown for f, _ in needs)
    region_rows = tuple(
        (r, t, labels.type(t), c, percent(c, region_totals[r])) for (r, t), c in sorted(by_region.items())
    )
    by_priority = Counter((n.type, n.priority) for _, n in needs)
    priority_rows: tuple[tuple[Cell, ...], ...] = tuple(
        (t, labels.type(t), *(by_priority[(t, p)] for p in PRIORITY_CODES)) for t in ranked
    )
    return [
        Table(
            "needs_by_type",
            table_title("needs_by_type", lang),
            ("type", "label", "requests", "share_percent", "states"),
            type_rows,
        ),
        Table(
            "needs_by_subtype",
            table_title("needs_by_subtype", lang),
            ("type", "subtype", "label", "requests", "share_of_type_percent"),
            subtype_rows,
        ),
        Table(
            "needs_by_area",
            table_title("needs_by_area", lang),
            ("questionnaire", "area", "area_title", "type", "type_label", "requests"),
            area_rows,
        ),
        Table(
            "needs_by_instrument",
            table_title("needs_by_instrument", lang),
            ("instrument", "instrument_name", "type", "type_label", "requests"),
            instrument_rows,
        ),
        Table(
            "needs_by_region",
            table_title("needs_by_region", lang),
            ("region", "type", "type_label", "requests", "share_of_region_percent"),
            region_rows,
        ),
        Table(
            "needs_by_priority",
            table_title("needs_by_priority", lang),
            ("type", "label", *PRIORITY_CODES),
            priority_rows,
        ),
    ]


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
