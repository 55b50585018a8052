"""The needs counted: by type, subtype, area, instrument, region and priority, and the States that asked for help
with reporting.

A *need* is one entry of a technical-assistance-needs answer; shares of needs are of all needs counted, and every
counted package counts (not only those of States parties).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from omnibus.model.schema import PRIORITY_CODES
from omnibus.secretariat.analysis import Cell, Table, percent
from omnibus.secretariat.collect import PackageFacts
from omnibus.secretariat.labels import words
from omnibus.secretariat.naming import instrument_name, instrument_order, table_title
from omnibus.secretariat.need_labels import Labels
from omnibus.secretariat.reference import sort_key, state


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
