"""Conditions: relevance of the full UNTOC needs assessment, as computed after every stored answer.

`Questionnaire.relevant_items` over realistic answers (every item and section condition evaluated by CEL) vs a
plain Python loop that looks every item up in the answers dict, in the same order: the ratio is what evaluating
the conditions costs over merely walking the items; the value itself is what a respondent waits for per answer.
"""

from __future__ import annotations

import random

from bench.common import median_seconds, report
from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json
from omnibus.model.values import ValueRejected
from omnibus.secretariat.sample_answers import sample_answers

RUNS = 200


def realistic_answers(q: Questionnaire) -> dict[str, Json]:
    for seed in range(50):
        try:
            return sample_answers(q, random.Random(seed), asks_reporting=False)
        except ValueRejected:
            continue
    raise RuntimeError("no valid sample answers")


def main() -> None:
    q = Catalogue.bundled().find("untoc-needs-assessment")
    assert q is not None
    answers = realistic_answers(q)
    order = q.conditions.relevance_order

    def lookups() -> None:
        for _ in range(RUNS):
            visible = {}
            for item_id in order:
                if item_id in answers:
                    visible[item_id] = answers[item_id]

    def relevance() -> None:
        for _ in range(RUNS):
            q.relevant_items(answers)

    relevant = q.relevant_items(answers)
    conditions = [*q.conditions.item_relevance.values(), *q.conditions.section_relevance.values()]
    print(f"      ({len(q.items)} items, {len(conditions)} conditions, {len(answers)} answers, {len(relevant)} shown)")
    report("conditions.relevance_untoc", median_seconds(relevance) / RUNS * 1e6, "µs",
           median_seconds(lookups) / RUNS * 1e6)  # fmt: skip


if __name__ == "__main__":
    main()
