"""Progress and issues of an assessment: pure functions of a questionnaire and its answers.

Only relevant items count: a hidden item is neither missing nor answered, and its answer is invisible to the
conditions of other items. Issues come in questionnaire order, orphans (answers to items the edition no longer
has) last. An item with a draft (input kept as typed, not valid yet) needs attention: its one issue is the
draft's problem, and it does not count as answered whatever its last valid answer.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, Draft, Issue, Json, Progress, SectionProgress
from omnibus.model.schema import Module, Section
from omnibus.model.values import ValueRejected, normalize

COMMENT = "comment"
"""In an evidence rule's `needs_any`: the assessor's comment on the item itself."""


def answered_values(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> dict[str, Json]:
    """Item id to value, for answers with a value to an item of this questionnaire."""
    items = questionnaire.items
    return {item_id: a.value for item_id, a in answers.items() if a.value is not None and item_id in items}


def relevant_items(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> frozenset[str]:
    """Ids of the items shown for these answers (see `Questionnaire.relevant_items`)."""
    return questionnaire.relevant_items(answered_values(questionnaire, answers))


def issues(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    relevant: frozenset[str],
    lang: str = "en",
    drafts: Mapping[str, Draft] | None = None,
) -> list[Issue]:
    """Every issue of the assessment, items in questionnaire order, then orphans."""
    values = relevant_values(questionnaire, answers, relevant)
    drafts = drafts or {}
    found: list[Issue] = []
    for item_id in questionnaire.items:
        if item_id in relevant:
            found.extend(shown_item_issues(questionnaire, item_id, answers.get(item_id), values, lang, drafts))
    found.extend(orphan_issues(questionnaire, answers))
    return found


def relevant_values(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], relevant: frozenset[str]
) -> dict[str, Json]:
    """The answered values of the relevant items: what conditions of issues read."""
    return {k: v for k, v in answered_values(questionnaire, answers).items() if k in relevant}


def shown_item_issues(
    questionnaire: Questionnaire,
    item_id: str,
    answer: Answer | None,
    values: Mapping[str, Json],
    lang: str,
    drafts: Mapping[str, Draft],
) -> list[Issue]:
    """The issues of one relevant item: its draft's problem when it has a draft, else those of its answer."""
    draft = drafts.get(item_id)
    if draft is not None:
        return [Issue(item_id, "draft", "error", draft.problem)]
    return item_issues(questionnaire, item_id, answer, values, lang)


def orphan_issues(questionnaire: Questionnaire, answers: Mapping[str, Answer]) -> list[Issue]:
    """One warning per answer to an item the questionnaire edition no longer has, in the answers' order."""
    return [
        Issue(
            item_id,
            "orphan",
            "warning",
            f"this answer belongs to the question `{item_id}`, which the questionnaire edition "
            f"{questionnaire.version} no longer has; it is kept: copy what is still useful, then clear it",
        )
        for item_id in answers
        if item_id not in questionnaire.items
    ]


def item_issues(
    questionnaire: Questionnaire,
    item_id: str,
    answer: Answer | None,
    values: Mapping[str, Json],
    lang: str = "en",
) -> list[Issue]:
    """The issues of one relevant item; `values` are the answered values of the relevant items."""
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
            Issue(
                item_id,
                "invalid",
                "error",
                f"the stored answer no longer fits the question: {rejected.message}",
                refusal=rejected.refusal,
            )
        ]
    found: list[Issue] = []
    variables = {**values, "value": value}
    constraints = questionnaire.conditions.constraints.get(item_id, ())
    for expression, constraint in zip(constraints, item.constraints, strict=False):
        if expression.evaluate(variables) is False:
            found.append(Issue(item_id, "constraint", "error", questionnaire.text(constraint.message, lang)))
    for rule, expression in questionnaire.conditions.evidence.get(item_id, ()):
        if expression.evaluate(variables) is not True:
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
    drafted: Collection[str] = (),
) -> Progress:
    """Answered relevant items per section and overall, with missing required items and issue counts; an item
    in `drafted` is neither answered nor missing (its draft issue counts)."""
    issue_counts: dict[str, int] = {}
    for issue in found:
        issue_counts[issue.item_id] = issue_counts.get(issue.item_id, 0) + 1
    return totalled(
        tuple(
            section_progress(module, section, answers, relevant, issue_counts, drafted)
            for module, section in questionnaire.sections()
        )
    )


def section_progress(
    module: Module,
    section: Section,
    answers: Mapping[str, Answer],
    relevant: Collection[str],
    issue_counts: Mapping[str, int],
    drafted: Collection[str],
) -> SectionProgress:
    """One section's count of `progress`."""
    shown = answered = missing = count = 0
    for item in section.items:
        if item.id not in relevant:
            continue
        shown += 1
        answer = answers.get(item.id)
        drafting = item.id in drafted  # needs attention: its draft issue is counted below
        if not drafting and answer is not None and answer.value is not None:
            answered += 1
        elif item.required and not drafting:
            missing += 1
        count += issue_counts.get(item.id, 0)
    return SectionProgress(module.id, section.id, shown, answered, missing, count)


def totalled(sections: tuple[SectionProgress, ...]) -> Progress:
    """The overall progress of these sections."""
    return Progress(
        sections,
        relevant=sum(s.relevant for s in sections),
        answered=sum(s.answered for s in sections),
        required_missing=sum(s.required_missing for s in sections),
    )
