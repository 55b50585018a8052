"""Moving answers between questionnaire editions and comparing reporting cycles: pure functions on records.

Answers move by stable item id, or through `renamed_from`. An answer whose item is gone is never dropped: it
stays under its old id as an orphan, for the respondent to read and clear.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AnswerValue, ItemComparison, Trend

INDICATOR_RANK = {"not_in_place": 0, "partially": 1, "in_place": 2}
"""Order of indicator answers for trends; unknown and not_applicable are not comparable."""


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Sort key of edition versions: 1.10 after 1.9."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.replace("-", ".").split("."))


def target_ids(answers: Mapping[str, Answer], newer: Questionnaire) -> dict[str, str]:
    """Where each answer goes in `newer`: its item id there (itself, or the item renamed from it; an orphan keeps
    its id). When two answers claim one item, the answer already under that id wins; the other becomes an orphan."""
    items = newer.items
    claims: dict[str, str] = {}
    moved: dict[str, str] = {}
    for item_id in answers:
        if item_id in items:
            claims[item_id] = item_id
    for item_id in answers:
        if item_id in items:
            moved[item_id] = item_id
            continue
        target = newer.renamed.get(item_id)
        if target is not None and target not in claims:
            claims[target] = item_id
            moved[item_id] = target
        else:
            moved[item_id] = item_id  # orphan: kept under its old id
    return moved


def move_answers(answers: Mapping[str, Answer], newer: Questionnaire) -> dict[str, Answer]:
    """The answers re-keyed for `newer` (orphans included, under their old ids)."""
    moved = target_ids(answers, newer)
    out: dict[str, Answer] = {}
    for old_id, answer in answers.items():
        new_id = moved[old_id]
        out[new_id] = answer if new_id == old_id else replace(answer, item_id=new_id)
    return out


def compare_answers(
    earlier: Mapping[str, Answer], later: Mapping[str, Answer], questionnaire: Questionnaire
) -> tuple[ItemComparison, ...]:
    """Item by item, in the later questionnaire's order; items answered in neither cycle are left out.

    Indicators: improved / unchanged / regressed (not_in_place < partially < in_place), not_comparable when
    either side is unknown or not applicable (and they differ). Other items: changed / unchanged. An item answered
    only later is `new`, only earlier `removed` (also when the later edition no longer has the item).
    """
    before = move_answers(earlier, questionnaire)
    result: list[ItemComparison] = []
    for item_id, info in questionnaire.items.items():
        old = _value(before.get(item_id))
        new = _value(later.get(item_id))
        if old is None and new is None:
            continue
        result.append(ItemComparison(item_id, old, new, _trend(info.item.type, old, new)))
    for item_id, answer in before.items():
        if item_id not in questionnaire.items and answer.value is not None:
            result.append(ItemComparison(item_id, answer.value, None, "removed"))
    return tuple(result)


def _value(answer: Answer | None) -> AnswerValue | None:
    return None if answer is None else answer.value


def _trend(kind: str, old: AnswerValue | None, new: AnswerValue | None) -> Trend:
    if old is None:
        return "new"
    if new is None:
        return "removed"
    if old == new:
        return "unchanged"
    if kind != "indicator":
        return "changed"
    if not isinstance(old, str) or not isinstance(new, str) or old not in INDICATOR_RANK or new not in INDICATOR_RANK:
        return "not_comparable"
    return "improved" if INDICATOR_RANK[new] > INDICATOR_RANK[old] else "regressed"
