"""Who asked for what: for each need type and subtype, overall and per instrument, the States that asked for it;
the requests made in general terms apart.

A request *in general terms* is a need without a type, or without a subtype when its type has subtypes
(`Labels.is_general`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from omnibus.secretariat.analysis import Table
from omnibus.secretariat.collect import PackageFacts
from omnibus.secretariat.labels import words
from omnibus.secretariat.naming import instrument_name, instrument_order, table_title
from omnibus.secretariat.need_labels import Labels
from omnibus.secretariat.reference import sort_key, state


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
