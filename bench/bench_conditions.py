"""Conditions: relevance of the full UNTOC needs assessment, and evaluations per second.

1. `Questionnaire.relevant_items` over realistic answers (every item and section condition evaluated) vs a plain
   Python loop that looks every item up in the answers dict, in the same order.
2. Evaluations per second of the compiled conditions vs cel-python's interpreter (what `Expression.evaluate` used
   before: answers converted to CEL values, then the program run), over the same conditions and answers.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import celpy  # type: ignore[attr-defined,unused-ignore]
from celpy import CELEvalError, CELParser, json_to_cel  # type: ignore[attr-defined]

from bench.common import median_seconds, report
from omnibus.model.catalogue import Catalogue
from omnibus.model.expressions import Expression
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


def interpreted(expression: Expression) -> Callable[[dict[str, Any]], bool | None]:
    """The former `Expression.evaluate`: cel-python's interpreter."""
    program = celpy.Environment().program(CELParser().parse(expression.source))

    def to_cel(value: Any) -> Any:
        return json_to_cel(list(value["selected"]) if isinstance(value, dict) and "selected" in value else value)

    def evaluate(variables: dict[str, Any]) -> bool | None:
        activation = {name: to_cel(variables.get(name)) for name in expression.names}
        try:
            result = program.evaluate(activation)
        except (CELEvalError, TypeError, ValueError, ZeroDivisionError, OverflowError):
            return None
        return bool(result) if isinstance(result, celpy.celtypes.BoolType) else None

    return evaluate


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

    work = [(c.evaluate, interpreted(c), {name: answers.get(name) for name in c.names}) for c in conditions]
    assert all(compiled(v) == former(v) for compiled, former, v in work)
    compiled_s = median_seconds(lambda: [compiled(v) for _ in range(RUNS) for compiled, _, v in work])
    former_s = median_seconds(lambda: [former(v) for _, former, v in work], repeat=3)
    evaluations = len(work)
    report("conditions.evaluations_per_second", evaluations * RUNS / compiled_s, "eval/s",
           evaluations / former_s, "eval/s (cel-python interpreter)")  # fmt: skip


if __name__ == "__main__":
    main()
