"""A snapshot's issues and progress worked out from the snapshot before it, again only where a change can reach.

A save in the window changes one answer and takes a snapshot; working out the issues of every item and counting
every section again after each one was a third of what the save's handlers cost. Issues and progress are pure
functions of the questionnaire, the answers, the drafts, relevance, the language and the scope, so what changed
is found by comparing those inputs with the previous snapshot's (an unchanged answer is the same object in both),
and only the items that changed, the items whose issues read them (`Questionnaire.issue_readers`) and their
sections are worked out again. The result is that of `progress.issues` and `progress.progress` from scratch
(tests/model/test_snapshot_update.py compares them on random answers).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import chain
from typing import TYPE_CHECKING

from omnibus.model import progress as assess
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, Draft, Issue, Progress, SectionProgress

if TYPE_CHECKING:
    from omnibus.model.snapshot import AssessmentSnapshot


def differing(before: Mapping[str, object], after: Mapping[str, object]) -> frozenset[str]:
    """The keys whose values differ between two readings (an unchanged answer is the same object in both)."""
    return frozenset(
        key
        for key in before.keys() | after.keys()
        if (old := before.get(key)) is not (new := after.get(key)) and old != new
    )


def serves(
    previous: AssessmentSnapshot | None, questionnaire: Questionnaire, lang: str, scope: frozenset[str] | None
) -> bool:
    """Whether `previous` was worked out for the same edition, language and scope (else all is worked out)."""
    return (
        previous is not None
        and previous.questionnaire is questionnaire
        and previous.lang == lang
        and previous.scope == scope
    )


def updated(
    previous: AssessmentSnapshot,
    answers: Mapping[str, Answer],
    drafts: Mapping[str, Draft],
    relevant: frozenset[str],
) -> tuple[tuple[Issue, ...], Progress]:
    """The issues and progress for these answers, drafts and relevance, from those of `previous` (which `serves`
    the same questionnaire, language and scope); the answers are marked as orphans already."""
    questionnaire, scope = previous.questionnaire, previous.scope
    changed = differing(previous.answers, answers) | differing(previous.drafts, drafts) | (previous.relevant ^ relevant)
    if not changed:
        return previous.issues, previous.progress
    items = questionnaire.items
    readers = questionnaire.issue_readers
    reached = {item_id for item_id in changed if item_id in items}
    for item_id in changed:
        reached |= readers.get(item_id, frozenset())
    by_item: dict[str, list[Issue]] = {}
    for issue in previous.issues:
        if issue.item_id in items and issue.item_id not in reached:
            by_item.setdefault(issue.item_id, []).append(issue)
    values = assess.relevant_values(questionnaire, answers, relevant)
    for item_id in reached:
        if item_id in relevant and (scope is None or item_id in scope):
            found = assess.shown_item_issues(
                questionnaire, item_id, answers.get(item_id), values, previous.lang, drafts
            )
            if found:
                by_item[item_id] = found
    orphans = assess.orphan_issues(questionnaire, answers)
    if scope is not None:
        orphans = [issue for issue in orphans if issue.item_id in scope]
    issues = (*chain.from_iterable(by_item[i] for i in items if i in by_item), *orphans)
    return issues, _recounted(previous, answers, drafts, relevant, by_item, reached)


def _recounted(
    previous: AssessmentSnapshot,
    answers: Mapping[str, Answer],
    drafts: Mapping[str, Draft],
    relevant: frozenset[str],
    by_item: Mapping[str, list[Issue]],
    reached: set[str],
) -> Progress:
    """The progress of `previous` with the sections holding a reached item counted again."""
    questionnaire, scope = previous.questionnaire, previous.scope
    touched = {questionnaire.items[item_id].section.id for item_id in reached}
    counted = relevant if scope is None else relevant & scope
    sections: list[SectionProgress] = []
    for (module, section), before in zip(questionnaire.sections(), previous.progress.sections, strict=True):
        if section.id not in touched:
            sections.append(before)
            continue
        counts = {item.id: len(by_item[item.id]) for item in section.items if item.id in by_item}
        sections.append(assess.section_progress(module, section, answers, counted, counts, drafts))
    return assess.totalled(tuple(sections))
