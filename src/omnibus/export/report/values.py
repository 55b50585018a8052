"""Canonical answer values turned into what people read: marks, choice labels, citations, tables, needs.

A value of an unexpected shape (an old edition, a hand-edited database) never breaks the report: it prints as
text rather than raising.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from omnibus.export.report.filters import isolate
from omnibus.export.report.views import (
    AnswerView,
    AttachmentView,
    Citation,
    Mark,
    NeedView,
    TableView,
    Tone,
)
from omnibus.model.dates import format_date
from omnibus.model.numbers import format_number, separators_for
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json
from omnibus.model.schema import (
    Choice,
    Column,
    DecimalItem,
    IntegerItem,
    Item,
    MultipleChoiceItem,
    SingleChoiceItem,
    TableItem,
    TaNeedsItem,
)

INDICATOR_MARKS: dict[str, tuple[str, Tone]] = {
    "in_place": ("●", "ok"),
    "partially": ("◐", "partial"),
    "not_in_place": ("○", "gap"),
    "unknown": ("?", "unknown"),
    "not_applicable": ("–", "na"),
}
ANSWER_MARKS: dict[str, tuple[str, Tone]] = {
    "yes": ("✓", "ok"),
    "partially": ("◐", "partial"),
    "no": ("✗", "gap"),
    "unknown": ("?", "unknown"),
}
PRIORITIES = ("high", "medium", "low")


def is_empty(value: Json) -> bool:
    """Whether a stored value counts as no answer."""
    if value is None or value == "" or value == [] or value == {}:
        return True
    if isinstance(value, dict) and set(value) <= {"selected", "other"}:
        return not value.get("selected") and not str(value.get("other") or "").strip()
    return isinstance(value, str) and not value.strip()


def indicator_mark(code: str, labels: Mapping[str, str]) -> Mark:
    symbol, tone = INDICATOR_MARKS.get(code, ("?", "unknown"))
    return Mark(symbol, labels.get(f"indicator.{code}", code), tone)


def answer_mark(code: str, labels: Mapping[str, str]) -> Mark:
    symbol, tone = ANSWER_MARKS.get(code, ("?", "unknown"))
    return Mark(symbol, labels.get(f"answer.{code}", code), tone)


def choice_label(choices: tuple[Choice, ...], code: str, q: Questionnaire, lang: str) -> str:
    for choice in choices:
        if choice.code == code:
            return q.text(choice.label, lang)
    return code


def taxonomy_labels(
    taxonomy: tuple[Choice, ...], type_code: str, subtype_code: str, q: Questionnaire, lang: str
) -> tuple[str, str]:
    for choice in taxonomy:
        if choice.code == type_code:
            return q.text(choice.label, lang), choice_label(
                choice.subtypes, subtype_code, q, lang
            ) if subtype_code else ""
    return type_code, subtype_code


def file_size(size: Json, labels: Mapping[str, str]) -> str:
    if not isinstance(size, int | float) or isinstance(size, bool):
        return ""
    if size < 1024:
        return labels["bytes"].format(n=int(size))
    if size < 1024 * 1024:
        return labels["kb"].format(n=f"{size / 1024:.0f}")
    return labels["mb"].format(n=f"{size / (1024 * 1024):.1f}")


def _text(value: Json) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False)


def _number(item: IntegerItem | DecimalItem, value: Json, q: Questionnaire, lang: str) -> str:
    """The number as the report's language writes it ("1 200,5" in French), then its unit."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        decimals = item.decimals if isinstance(item, DecimalItem) else None
        shown = format_number(value, separators_for(lang), decimals, grouped=True)
    else:
        shown = _text(value)
    unit = q.text(item.unit, lang)
    return f"{shown} {unit}" if unit else shown


def _cell(column: Column, value: Json, q: Questionnaire, lang: str, labels: Mapping[str, str]) -> str:
    if value is None:
        return ""
    if column.type == "yes_no" and isinstance(value, str):
        return labels.get(f"answer.{value}", value)
    if column.type == "single_choice" and isinstance(value, str):
        return choice_label(q.choices(column), value, q, lang)
    if column.type == "date" and isinstance(value, str):
        return format_date(value, lang)
    if column.type in ("integer", "decimal") and isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value, separators_for(lang))  # not grouped: a table's numbers are often years
    return _text(value)


def _choices(
    item: MultipleChoiceItem, value: Json, q: Questionnaire, lang: str, labels: Mapping[str, str]
) -> AnswerView:
    if not isinstance(value, dict):
        return AnswerView("text", text=_text(value))
    choices = q.choices(item)
    shown = [choice_label(choices, str(code), q, lang) for code in value.get("selected") or () if code != "other"]
    other = str(value.get("other") or "").strip()
    if other or "other" in (value.get("selected") or ()):
        shown.append(f"{labels['other']}{labels['colon']}{isolate(other)}" if other else labels["other"])
    return AnswerView("choices", choices=tuple(shown))


def _citations(value: Json, lang: str) -> AnswerView:
    if not isinstance(value, list):
        return AnswerView("text", text=_text(value))
    found = []
    for entry in value:
        if isinstance(entry, dict):
            found.append(
                Citation(
                    title=_text(entry.get("title")),
                    article=_text(entry.get("article")),
                    date=format_date(_text(entry.get("date")), lang),
                    reference=_text(entry.get("reference")),
                    excerpt=_text(entry.get("excerpt")),
                )
            )
        else:
            found.append(Citation(title=_text(entry)))
    return AnswerView("citations", citations=tuple(found))


def _attachments(value: Json, labels: Mapping[str, str]) -> AnswerView:
    if not isinstance(value, list):
        return AnswerView("text", text=_text(value))
    files = []
    for entry in value:
        if isinstance(entry, dict):
            files.append(
                AttachmentView(
                    _text(entry.get("name")), file_size(entry.get("size"), labels), _text(entry.get("media_type"))
                )
            )
        else:
            files.append(AttachmentView(_text(entry), "", ""))
    return AnswerView("attachments", attachments=tuple(files))


def _table(item: TableItem, value: Json, q: Questionnaire, lang: str, labels: Mapping[str, str]) -> AnswerView:
    if not isinstance(value, list):
        return AnswerView("text", text=_text(value))
    columns = tuple(q.text(c.label, lang) for c in item.columns)
    rows = []
    for row in value:
        if isinstance(row, dict):
            rows.append(tuple(_cell(c, row.get(c.id), q, lang, labels) for c in item.columns))
        else:
            rows.append((_text(row),) + ("",) * (len(columns) - 1))
    return AnswerView("table", table=TableView(columns, tuple(rows)))


def needs(
    item: TaNeedsItem, value: Json, q: Questionnaire, lang: str, labels: Mapping[str, str]
) -> tuple[NeedView, ...]:
    if not isinstance(value, list):
        return ()
    try:
        taxonomy = q.taxonomy(item)
    except KeyError:
        taxonomy = ()
    found = []
    for entry in value:
        if not isinstance(entry, dict):
            continue
        type_label, subtype_label = taxonomy_labels(
            taxonomy, _text(entry.get("type")), _text(entry.get("subtype")), q, lang
        )
        type_label = type_label or labels["need_general"]  # a request made in general terms
        instrument = _text(entry.get("instrument"))
        priority = _text(entry.get("priority"))
        found.append(
            NeedView(
                type=type_label,
                subtype=subtype_label,
                priority=labels.get(f"priority.{priority}", priority),
                priority_code=priority if priority in PRIORITIES else "",
                description=_text(entry.get("description")),
                instrument=labels.get(f"instrument.{instrument}", instrument) if instrument else "",
            )
        )
    return tuple(found)


def answer_view(item: Item, value: Json, q: Questionnaire, lang: str, labels: Mapping[str, str]) -> AnswerView:
    """The answer to `item` as printed; `kind="empty"` when there is none."""
    if is_empty(value):
        return AnswerView("empty", text=labels["not_answered"])
    kind = item.type
    if kind == "indicator":
        return AnswerView("mark", mark=indicator_mark(_text(value), labels))
    if kind in ("yes_no", "yes_no_partial"):
        return AnswerView("mark", mark=answer_mark(_text(value), labels))
    if isinstance(item, SingleChoiceItem):
        return AnswerView("choices", choices=(choice_label(q.choices(item), _text(value), q, lang),))
    if isinstance(item, MultipleChoiceItem):
        return _choices(item, value, q, lang, labels)
    if isinstance(item, IntegerItem | DecimalItem):
        return AnswerView("text", text=_number(item, value, q, lang))
    if kind == "long_text":
        return AnswerView("long_text", text=_text(value))
    if kind == "date" and isinstance(value, str):
        return AnswerView("text", text=format_date(value, lang))
    if kind == "legislation":
        return _citations(value, lang)
    if kind == "attachment":
        return _attachments(value, labels)
    if isinstance(item, TableItem):
        return _table(item, value, q, lang, labels)
    if isinstance(item, TaNeedsItem) and isinstance(value, list):
        return AnswerView("ta_needs", needs=needs(item, value, q, lang, labels))
    return AnswerView("text", text=_text(value))
