"""The tables of responses: per questionnaire, every counted State's answer to every item, as people read it.

One row per counted package (the State named as the UN writes it in the analysis's language, its cycle and
status), one column per item in the questionnaire's order (the newest edition counted; items only older editions
had come after). Each answer is written as the State's own report writes it (`export.report.values`): choice
labels, marks with their words, citations, table rows and needs on one line each, in the analysis's language.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from omnibus.export.report.labels import catalogue
from omnibus.export.report.values import answer_view
from omnibus.export.report.views import AnswerView
from omnibus.model.questionnaire import Questionnaire
from omnibus.secretariat.analysis import Table
from omnibus.secretariat.collect import PackageFacts
from omnibus.secretariat.labels import column_heading, words
from omnibus.secretariat.reference import sort_key, state

LINE = "\n"
FIXED = ("iso3", "state", "cycle", "status")


def _joined(parts: Sequence[str], separator: str = " — ") -> str:
    return separator.join(p for p in parts if p)


def view_text(view: AnswerView) -> str:
    """An answer as one cell of text: several entries (citations, rows, needs) on lines of their own."""
    if view.kind == "mark" and view.mark is not None:
        return view.mark.word
    if view.kind == "choices":
        return "; ".join(view.choices)
    if view.kind == "citations":
        return LINE.join(_joined((c.title, c.article, c.date, c.reference)) for c in view.citations)
    if view.kind == "attachments":
        return LINE.join(a.name for a in view.attachments)
    if view.kind == "table" and view.table is not None:
        return LINE.join("; ".join(row) for row in view.table.rows)
    if view.kind == "ta_needs":
        return LINE.join(_joined((n.type, n.subtype, n.priority, n.description)) for n in view.needs)
    return view.text


def answer_text(q: Questionnaire, item_id: str, value: Any, lang: str) -> str:
    """What the State answered to `item_id`, in `lang`; the value as written when `q` has no such item."""
    info = q.items.get(item_id)
    if info is None:
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return view_text(answer_view(info.item, value, q, lang, catalogue(lang)))


def responses_table(questionnaire: Questionnaire, facts: Sequence[PackageFacts], lang: str, number: int) -> Table:
    answered = {item_id for f in facts for item_id, _ in f.answers}
    items = list(questionnaire.items)
    items += sorted(answered - set(items))
    written: dict[tuple[str, str], str] = {}  # most answers repeat (marks, choices): each is worded once

    def cell(item_id: str, value: str) -> str:
        found = written.get((item_id, value))
        if found is None:
            found = written[(item_id, value)] = answer_text(questionnaire, item_id, json.loads(value), lang)
        return found

    rows = []
    for f in sorted(facts, key=lambda f: (sort_key(state(f.country, lang).name, lang), f.cycle)):
        values = dict(f.answers)
        cells = [cell(i, values[i]) if i in values else "" for i in items]
        rows.append((f.country, state(f.country, lang).name, f.cycle, f.status, *cells))
    labels = [
        f"{i} {questionnaire.text(questionnaire.items[i].item.label, lang)}" if i in questionnaire.items else i
        for i in items
    ]
    w = words(lang)
    return Table(
        f"responses_{questionnaire.id}",
        w["table.responses"].format(questionnaire=questionnaire.text(questionnaire.document.title, lang)),
        (*FIXED, *items),
        tuple(rows),
        headings=(*(column_heading(c, lang) for c in FIXED), *labels),
        sheet=f"{w['sheet.responses']} {number}"[:31],
    )


def responses_tables(facts: Sequence[PackageFacts], questionnaires: dict[str, Questionnaire], lang: str) -> list[Table]:
    """One table of responses per questionnaire counted, in the order of the questionnaires' ids."""
    return [
        responses_table(questionnaires[q_id], [f for f in facts if f.questionnaire == q_id], lang, n)
        for n, q_id in enumerate(sorted({f.questionnaire for f in facts}), start=1)
    ]
