"""Progress and issues of an assessment: pure functions of a questionnaire and its answers.

Only relevant items count: a hidden item is neither missing nor answered, and its answer is invisible to the
conditions of other items. Issues come in questionnaire order, orphans (answers to items the edition no longer
has) last.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from omnibus.model.expressions import Expression
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, Issue, Json, Progress, SectionProgress
from omnibus.model.values import ValueRejected, normalize

COMMENT = "comment"
"""In an evidence rule's `needs_any`: the assessor's comment on the item itself."""


def answered_values(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> dict[str, Json]:
    """Item id to value, for answers with a value to an item of this questionnaire."""
    items = questionnaire.items
    return {item_id: a.value for item_id, a in answers.items() if a.value is not None and item_id in items}


class ConditionMemo:
    """Results of conditions, remembered with the values they were computed from.

    cel-python takes a fraction of a millisecond per evaluation, so recomputing every condition after every change
    would cost tens of milliseconds on a large questionnaire. A condition is evaluated again only when one of the
    values it names is a different object: answers are immutable and replaced on change, so the same object
    means the same value (the memo keeps the objects, so their identities are never reused).
    """

    def __init__(self) -> None:
        self._results: dict[tuple[str, str], tuple[tuple[Any, ...], bool | None]] = {}
        self._names: dict[str, tuple[str, ...]] = {}

    def evaluate(self, key: str, expression: Expression, values: Mapping[str, Any], own: Any = None) -> bool | None:
        names = self._names.get(expression.source)
        if names is None:
            names = self._names[expression.source] = tuple(sorted(expression.names))
        arguments = (own, *(values.get(name) for name in names))
        found = self._results.get((key, expression.source))
        if found is not None and all(a is b for a, b in zip(found[0], arguments, strict=True)):
            return found[1]
        variables = dict(zip(names, arguments[1:], strict=True))
        if own is not None:
            variables["value"] = own
        result = expression.evaluate(variables)
        self._results[(key, expression.source)] = (arguments, result)
        return result


def relevant_items(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], memo: ConditionMemo | None = None
) -> frozenset[str]:
    """Ids of the items shown for these answers: the same as `Questionnaire.relevant_items`, with each section's
    condition evaluated once per pass and unchanged conditions not evaluated again (`memo`)."""
    memo = memo or ConditionMemo()
    values = answered_values(questionnaire, answers)
    items = questionnaire.items
    item_conditions = questionnaire.conditions.item_relevance
    section_conditions = questionnaire.conditions.section_relevance
    visible: dict[str, Json] = {}
    sections: dict[str, bool] = {}
    relevant: set[str] = set()
    for item_id in questionnaire.conditions.relevance_order:
        section_id = items[item_id].section.id
        shown = sections.get(section_id)
        if shown is None:  # every name a section's condition reads comes before all of the section's items
            condition = section_conditions.get(section_id)
            shown = condition is None or memo.evaluate("section:" + section_id, condition, visible) is True
            sections[section_id] = shown
        if shown:
            condition = item_conditions.get(item_id)
            shown = condition is None or memo.evaluate("item:" + item_id, condition, visible) is True
        if shown:
            relevant.add(item_id)
            if item_id in values:
                visible[item_id] = values[item_id]
    return frozenset(relevant)


def issues(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    relevant: frozenset[str],
    lang: str = "en",
    memo: ConditionMemo | None = None,
) -> list[Issue]:
    """Every issue of the assessment, items in questionnaire order, then orphans."""
    values = {k: v for k, v in answered_values(questionnaire, answers).items() if k in relevant}
    memo = memo or ConditionMemo()
    found: list[Issue] = []
    for item_id in questionnaire.items:
        if item_id in relevant:
            found.extend(item_issues(questionnaire, item_id, answers.get(item_id), values, lang, memo))
    for item_id in answers:
        if item_id not in questionnaire.items:
            found.append(
                Issue(
                    item_id,
                    "orphan",
                    "warning",
                    f"this answer belongs to the question `{item_id}`, which the questionnaire edition "
                    f"{questionnaire.version} no longer has; it is kept: copy what is still useful, then clear it",
                )
            )
    return found


def item_issues(
    questionnaire: Questionnaire,
    item_id: str,
    answer: Answer | None,
    values: Mapping[str, Json],
    lang: str = "en",
    memo: ConditionMemo | None = None,
) -> list[Issue]:
    """The issues of one relevant item; `values` are the answered values of the relevant items."""
    memo = memo or ConditionMemo()
    item = questionnaire.item(item_id)
    value = answer.value if answer is not None else None
    if value is None:
        if item.required:
            return [Issue(item_id, "required", "error", "this question must be answered")]
        return []
    try:
        normalize(questionnaire, item, value)
    except ValueRejected as rejected:
        return [
            Issue(item_id, "invalid", "error", f"the stored answer no longer fits the question: {rejected.message}")
        ]
    found: list[Issue] = []
    constraints = questionnaire.conditions.constraints.get(item_id, ())
    for expression, constraint in zip(constraints, item.constraints, strict=False):
        if memo.evaluate("constraint:" + item_id, expression, values, value) is False:
            found.append(Issue(item_id, "constraint", "error", questionnaire.text(constraint.message, lang)))
    for rule, expression in questionnaire.conditions.evidence.get(item_id, ()):
        if memo.evaluate("evidence:" + item_id, expression, values, value) is not True:
            continue
        satisfied = any(
            (bool(answer and answer.comment.strip()) if need == COMMENT else values.get(need) is not None)
            for need in rule.needs_any
        )
        if not satisfied:
            found.append(
                Issue(item_id, "evidence", rule.severity, questionnaire.text(rule.message, lang), tuple(rule.needs_any))
            )
    if answer is not None and not answer.confirmed:
        found.append(
            Issue(item_id, "to_confirm", "warning", "carried forward from the previous cycle: confirm or change it")
        )
    return found


def progress(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    relevant: frozenset[str],
    found: Iterable[Issue],
) -> Progress:
    """Answered relevant items per section and overall, with missing required items and issue counts."""
    issue_counts: dict[str, int] = {}
    for issue in found:
        issue_counts[issue.item_id] = issue_counts.get(issue.item_id, 0) + 1
    sections = []
    for module, section in questionnaire.sections():
        shown = answered = missing = count = 0
        for item in section.items:
            if item.id not in relevant:
                continue
            shown += 1
            answer = answers.get(item.id)
            if answer is not None and answer.value is not None:
                answered += 1
            elif item.required:
                missing += 1
            count += issue_counts.get(item.id, 0)
        sections.append(SectionProgress(module.id, section.id, shown, answered, missing, count))
    return Progress(
        tuple(sections),
        relevant=sum(s.relevant for s in sections),
        answered=sum(s.answered for s in sections),
        required_missing=sum(s.required_missing for s in sections),
    )
