"""Which questions make a section's questions appear: read from the names its `relevant` conditions read.

A section whose questions are all follow-ups of answers not given yet has nothing to answer; the respondent is
told which questions to answer for it to fill. Those are the questions its conditions (the section's own and its
items') read. A question read that is itself hidden cannot be answered now: the questions its own conditions
read are named instead, and so on, until questions that are shown.
"""

from __future__ import annotations

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.schema import Section


def condition_names(questionnaire: Questionnaire, item_id: str) -> frozenset[str]:
    """The items whose answers decide whether `item_id` is shown: those its own and its section's condition read."""
    conditions = questionnaire.conditions
    names: set[str] = set()
    own = conditions.item_relevance.get(item_id)
    if own is not None:
        names |= own.names
    section = conditions.section_relevance.get(questionnaire.items[item_id].section.id)
    if section is not None:
        names |= section.names
    return frozenset(names)


def section_triggers(questionnaire: Questionnaire, section: Section, relevant: frozenset[str]) -> tuple[str, ...]:
    """The shown questions, in questionnaire order, whose answers the conditions of the section's questions depend
    on, directly or through hidden questions; empty when a question of the section is shown, or when none of its
    questions has a condition. It looks at the section's own items only: the window asks after every save."""
    items = [item.id for item in section.items]
    if any(item_id in relevant for item_id in items):
        return ()
    found: set[str] = set()
    seen = set(items)
    waiting = [name for item_id in items for name in condition_names(questionnaire, item_id)]
    while waiting:
        name = waiting.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in relevant:
            found.add(name)
        else:  # hidden itself: what would show it
            waiting.extend(condition_names(questionnaire, name))
    order = questionnaire.items
    return tuple(sorted(found, key=lambda item_id: order[item_id].index))
