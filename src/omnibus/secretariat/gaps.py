"""The gap picture: per area and per region, the indicators answered and how many of them show a gap.

A *gap* is an indicator answered `not_in_place` or `partially`, out of every indicator answered; every counted
package counts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from omnibus.secretariat.analysis import Table, percent
from omnibus.secretariat.collect import PackageFacts
from omnibus.secretariat.labels import words
from omnibus.secretariat.naming import table_title
from omnibus.secretariat.need_labels import Labels
from omnibus.secretariat.reference import state

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
