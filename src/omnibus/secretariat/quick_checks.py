"""Quick yes-checks for canonical answer values, so an import need not run `normalize` on every answer.

Each check only ever says yes to a value `normalize` accepts and returns unchanged (canonical); for anything
else it says no and the caller runs `normalize`, which stays the single authority on what fits an item. So a
check may be narrower than `normalize`, never wider (tests/secretariat/test_quick_checks.py holds them to
that on generated values). They cover the types a package holds many of; the rest always go to `normalize`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.schema import (
    OTHER_CODE,
    PRIORITY_CODES,
    Item,
    LongTextItem,
    MultipleChoiceItem,
    TaNeedsItem,
    TextItem,
)

Check = Callable[[Any], bool]

_OTHER_MAX = 500  # as normalize's "other" text
_DESCRIPTION_MAX = 4000  # as normalize's technical-assistance description
_NEED_FIELDS = frozenset({"type", "subtype", "priority", "description"})
_CHOICE_FIELDS = frozenset({"selected", "other"})


def _clean_text(value: Any, limit: int) -> bool:
    """Non-empty text, already stripped, within `limit`."""
    return isinstance(value, str) and 0 < len(value) <= limit and value.strip() == value


def _codes(codes: frozenset[str]) -> Check:
    return lambda value: isinstance(value, str) and value in codes


def _text(limit: int) -> Check:
    return lambda value: _clean_text(value, limit)


def _multiple(q: Questionnaire, item: MultipleChoiceItem) -> Check:
    """{"selected": [codes in questionnaire order, "other" last], "other": text only with "other" selected}."""
    codes = q.codes(item)
    order = {code: n for n, code in enumerate(codes)}
    if item.allow_other:
        order[OTHER_CODE] = len(codes)
    low, high = max(item.min_selected, 1), item.max_selected

    def check(value: Any) -> bool:
        if not isinstance(value, dict) or not value.keys() <= _CHOICE_FIELDS:
            return False
        selected = value.get("selected")
        if not isinstance(selected, list) or not low <= len(selected) <= (high or len(selected)):
            return False
        previous = -1
        for code in selected:
            position = order.get(code) if isinstance(code, str) else None
            if position is None or position <= previous:
                return False
            previous = position
        if "other" not in value:
            return OTHER_CODE not in selected
        return item.allow_other and OTHER_CODE in selected and _clean_text(value["other"], _OTHER_MAX)

    return check


def _needs(q: Questionnaire, item: TaNeedsItem) -> Check:
    """[{type, subtype (exactly when the type has subtypes), priority, description?}, ...], at least one."""
    subtypes = {c.code: frozenset(s.code for s in c.subtypes) for c in q.taxonomy(item)}

    def need(entry: Any) -> bool:
        if not isinstance(entry, dict) or not entry.keys() <= _NEED_FIELDS:
            return False
        kind = entry.get("type")
        allowed = subtypes.get(kind) if isinstance(kind, str) else None
        if allowed is None or entry.get("priority") not in PRIORITY_CODES:
            return False
        if "subtype" in entry:
            subtype = entry["subtype"]
            if not isinstance(subtype, str) or subtype not in allowed:
                return False
        elif allowed:
            return False
        return "description" not in entry or _clean_text(entry["description"], _DESCRIPTION_MAX)

    return lambda value: isinstance(value, list) and bool(value) and all(need(entry) for entry in value)


def quick_check(q: Questionnaire, item: Item) -> Check | None:
    """The quick check for `item`, or None when its answers always go through `normalize`."""
    if item.type in ("indicator", "yes_no", "yes_no_partial", "single_choice"):
        return _codes(frozenset(q.codes(item)))
    if isinstance(item, TextItem | LongTextItem):
        return _text(item.max_length)
    if isinstance(item, MultipleChoiceItem):
        return _multiple(q, item)
    if isinstance(item, TaNeedsItem):
        return _needs(q, item)
    return None
