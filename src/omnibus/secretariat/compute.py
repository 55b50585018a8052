"""Facts to the `Analysis`: response rates, non-responding States, needs by type, subtype, area, instrument,
region and priority, States asking for help with reporting, and the gap picture.

Units: a *need* is one entry of a technical-assistance-needs answer; shares of needs are of all needs counted.
A State *responds* to an instrument in a cycle when its current package answers at least one relevant item of
that instrument. Response rates count only States in scope; needs and gaps count every counted package.
A *gap* is an indicator answered `not_in_place` or `partially`, out of every indicator answered.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from sqlalchemy.orm import Session

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.schema import INSTRUMENT_NAMES, PRIORITY_CODES, TaNeedsItem
from omnibus.secretariat.analysis import Analysis, Cell, Table, percent
from omnibus.secretariat.collect import Collected, PackageFacts, collect
from omnibus.secretariat.labels import figure, in_sentence, words
from omnibus.secretariat.reference import State, sort_key, state, un_member_states

GAP_VALUES = ("not_in_place", "partially")


class Labels:
    """Names of need types, subtypes and areas in the report's language, from the questionnaires."""

    def __init__(self, questionnaires: dict[str, Questionnaire], lang: str) -> None:
        self.types: dict[str, str] = {}
        self.subtypes: dict[str, str] = {}
        self.areas: dict[tuple[str, str], str] = {}
        self.area_order: dict[tuple[str, str], int] = {}
        self.order: list[str] = []
        for q in questionnaires.values():
            for module in q.document.modules:
                self.areas[(q.id, module.id)] = q.text(module.title, lang)
                self.area_order[(q.id, module.id)] = len(self.area_order)
            for info in q.items.values():
                if isinstance(info.item, TaNeedsItem):
                    for choice in q.taxonomy(info.item):
                        if choice.code not in self.types:
                            self.order.append(choice.code)
                        self.types.setdefault(choice.code, q.text(choice.label, lang))
                        for sub in choice.subtypes:
                            self.subtypes.setdefault(sub.code, q.text(sub.label, lang))

    def area_key(self, area: tuple[str, str]) -> tuple[str, int, str]:
        """Areas of a questionnaire in the questionnaire's order."""
        return (area[0], self.area_order.get(area, 1 << 30), area[1])

    def type(self, code: str) -> str:
        return self.types.get(code, code)


def _rates(
    facts: Sequence[PackageFacts], scope: dict[str, State], questionnaires: dict[str, Questionnaire], lang: str
) -> Table:
    rows = []
    groups = sorted({(f.questionnaire, f.cycle) for f in facts})
    for questionnaire, cycle in groups:
        q = questionnaires[questionnaire]
        for instrument in q.document.instruments:
            responding = {
                f.country
                for f in facts
                if f.questionnaire == questionnaire and f.cycle == cycle and instrument in f.instruments
            }
            count = len(responding & scope.keys())
            rows.append(
                (
                    questionnaire,
                    instrument,
                    _instrument(instrument, lang),
                    cycle,
                    len(scope),
                    count,
                    percent(count, len(scope)),
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
    )
    return Table("response_rates", _title("response_rates", lang), columns, tuple(rows))


def _rates_by_region(facts: Sequence[PackageFacts], scope: dict[str, State], lang: str) -> Table:
    rows = []
    regions = sorted({s.region for s in scope.values()})
    for cycle in sorted({f.cycle for f in facts}):
        responding = {f.country for f in facts if f.cycle == cycle}
        for region in regions:
            members = {iso3 for iso3, s in scope.items() if s.region == region}
            count = len(members & responding)
            rows.append((region, cycle, len(members), count, percent(count, len(members))))
    columns = ("region", "cycle", "states_in_scope", "responding", "rate_percent")
    return Table("response_rates_by_region", _title("response_rates_by_region", lang), columns, tuple(rows))


def _non_responding(facts: Sequence[PackageFacts], scope: dict[str, State], lang: str) -> Table:
    responded = {f.country for f in facts}
    rows = tuple((s.iso3, s.name, s.region, s.subregion) for s in scope.values() if s.iso3 not in responded)
    return Table(
        "non_responding",
        _title("non_responding", lang),
        ("iso3", "state", "region", "subregion"),
        tuple(sorted(rows, key=lambda r: sort_key(str(r[1]), lang))),
    )


def _reporting(facts: Sequence[PackageFacts], lang: str) -> Table:
    requests: Counter[str] = Counter()
    for f in facts:
        requests[f.country] += sum(1 for n in f.needs if n.type == "reporting")
    rows = [(iso3, state(iso3, lang).name, state(iso3, lang).region, n) for iso3, n in requests.items() if n]
    return Table(
        "reporting_assistance",
        _title("reporting_assistance", lang),
        ("iso3", "state", "region", "requests"),
        tuple(sorted(rows, key=lambda r: sort_key(str(r[1]), lang))),
    )


def _needs_tables(facts: Sequence[PackageFacts], labels: Labels, lang: str) -> list[Table]:
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
        (t, s, labels.subtypes.get(s, s or words(lang)["no_subtype"]), c, percent(c, by_type[t]))
        for (t, s), c in sorted(by_subtype.items(), key=lambda kv: (ranked.index(kv[0][0]), -kv[1], kv[0][1]))
    )
    by_area = Counter((f.questionnaire, n.area, n.type) for f, n in needs)
    area_rows = tuple(
        (q, a, labels.areas.get((q, a), a), t, labels.type(t), c)
        for (q, a, t), c in sorted(by_area.items(), key=lambda kv: (labels.area_key(kv[0][:2]), kv[0][2]))
    )
    by_instrument = Counter((i, n.type) for _, n in needs for i in n.instruments)
    instrument_rows = tuple((i, _instrument(i, lang), t, c) for (i, t), c in sorted(by_instrument.items()))
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
            _title("needs_by_type", lang),
            ("type", "label", "requests", "share_percent", "states"),
            type_rows,
        ),
        Table(
            "needs_by_subtype",
            _title("needs_by_subtype", lang),
            ("type", "subtype", "label", "requests", "share_of_type_percent"),
            subtype_rows,
        ),
        Table(
            "needs_by_area",
            _title("needs_by_area", lang),
            ("questionnaire", "area", "area_title", "type", "type_label", "requests"),
            area_rows,
        ),
        Table(
            "needs_by_instrument",
            _title("needs_by_instrument", lang),
            ("instrument", "instrument_name", "type", "requests"),
            instrument_rows,
        ),
        Table(
            "needs_by_region",
            _title("needs_by_region", lang),
            ("region", "type", "type_label", "requests", "share_of_region_percent"),
            region_rows,
        ),
        Table(
            "needs_by_priority",
            _title("needs_by_priority", lang),
            ("type", "label", *PRIORITY_CODES),
            priority_rows,
        ),
    ]


def _gaps(facts: Sequence[PackageFacts], labels: Labels, lang: str) -> list[Table]:
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
            _title("gaps_by_area", lang),
            ("questionnaire", "area", "area_title", *tail),
            area_rows,
        ),
        Table("gaps_by_region", _title("gaps_by_region", lang), ("region", *tail), region_rows),
    ]


def _packages(facts: Sequence[PackageFacts], lang: str) -> Table:
    rows = tuple(
        (
            f.package_id,
            f.country,
            state(f.country, lang).name,
            f.questionnaire,
            f.version,
            f.cycle,
            f.status,
            f.created,
            f.signer,
        )
        for f in facts
    )
    columns = ("package", "iso3", "state", "questionnaire", "version", "cycle", "status", "created", "signer")
    return Table("packages", _title("packages", lang), columns, rows)


def _headline(
    analysis_tables: dict[str, Table], scope_name: str, packages: int, states: int, lang: str
) -> tuple[str, ...]:
    w = words(lang)
    lines = [w["headline.counted"].format(packages=figure(packages, lang), states=figure(states, lang))]
    for row in analysis_tables["response_rates"].rows:
        rate = figure(row[6], lang)
        fields = {"scope": scope_name, "questionnaire": row[0], "instrument": row[2], "rate": rate, "cycle": row[3]}
        lines.append(w["headline.rate"].format(**fields))
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
    silent = analysis_tables["non_responding"].rows
    lines.append(w["headline.silent"].format(count=figure(len(silent), lang), scope=scope_name))
    return tuple(lines)


def _title(table: str, lang: str) -> str:
    return words(lang)[f"table.{table}"]


def _instrument(code: str, lang: str) -> str:
    """The instrument's official title in `lang` (the glossary's), its code when it is not one of the four."""
    return words(lang).get(f"instrument.{code}", INSTRUMENT_NAMES.get(code, code))


def compute(
    collected: Collected, scope: Sequence[State], scope_name: str, lang: str, include_training: bool
) -> Analysis:
    facts = collected.packages
    in_scope = {s.iso3: s for s in scope}
    labels = Labels(collected.questionnaires, lang)
    tables = [
        _rates(facts, in_scope, collected.questionnaires, lang),
        _rates_by_region(facts, in_scope, lang),
        _non_responding(facts, in_scope, lang),
        _reporting(facts, lang),
        *_needs_tables(facts, labels, lang),
        *_gaps(facts, labels, lang),
        _packages(facts, lang),
    ]
    by_name = {t.name: t for t in tables}
    responding = len({f.country for f in facts})
    return Analysis(
        scope=scope_name,
        states_in_scope=len(scope),
        lang=lang,
        include_training=include_training,
        packages_counted=len(facts),
        states_responding=responding,
        pending=collected.pending,
        needs_total=sum(len(f.needs) for f in facts),
        headline=_headline(by_name, scope_name, len(facts), responding, lang),
        tables=tuple(tables),
    )


def analyse(
    session: Session,
    *,
    states: Sequence[State] | None = None,
    scope_name: str | None = None,
    lang: str = "en",
    include_training: bool = False,
) -> Analysis:
    """Analyse the counted packages of a database; response rates against `states` (UN Member States if None).

    `scope_name` names those States in the summary sentences (UN Member States in `lang` when None)."""
    scope = tuple(states) if states is not None else un_member_states(lang)
    collected = collect(session, include_training=include_training)
    name = scope_name if scope_name is not None else words(lang)["scope.members"]
    return compute(collected, scope, name, lang, include_training)
