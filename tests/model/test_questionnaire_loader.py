"""Loading questionnaires: every item type, every class of error, with the line it is on."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

from omnibus.model.loader import QuestionnaireError, check_file, load_questionnaire
from omnibus.model.schema import ChoiceSource, SharedLists, TableItem, TaNeedsItem
from tests.support.inline import ITEMS_START_LINE as L
from tests.support.inline import assert_problems, inline, load_inline, problems_of

EVERY_TYPE = """
- {id: ind, type: indicator, label: A policy is in place, references: ["UNTOC art. 29(1)"], source: {document: DOC/1, paragraph: "6(a)"}}
- {id: yn, type: yes_no, label: Is there a law?, required: true}
- {id: ynp, type: yes_no_partial, label: Is it applied?}
- id: one
  type: single_choice
  label: Which level?
  choices: [{code: national, label: National}, {code: local, label: Local}]
- {id: many, type: multiple_choice, label: Who?, choices: [{code: police, label: Police}], allow_other: true, max_selected: 3}
- {id: short, type: text, label: Name, max_length: 80}
- {id: long, type: long_text, label: Describe}
- {id: count, type: integer, label: How many?, min: 0, max: 1000, unit: courses}
- {id: share, type: decimal, label: Share, min: 0, max: 100, unit: per cent, decimals: 1}
- {id: when, type: date, label: Since when?, min: "1990-01-01"}
- {id: laws, type: legislation, label: Which laws?, max_entries: 10}
- {id: files, type: attachment, label: Attach, file_types: [pdf], max_size_mb: 5}
- id: courses
  type: table
  label: Courses
  min_rows: 1
  max_rows: 20
  columns:
    - {id: title, label: Title, required: true}
    - {id: hours, label: Hours, type: integer, min: 1}
    - {id: level, label: Level, type: single_choice, choices: [{code: basic, label: Basic}]}
- {id: needs, type: ta_needs, label: Assistance needed}
"""


def test_every_item_type_loads() -> None:
    q = load_inline(EVERY_TYPE)
    types = [info.item.type for info in q.items.values()]
    assert types == ["indicator", "yes_no", "yes_no_partial", "single_choice", "multiple_choice", "text",
                     "long_text", "integer", "decimal", "date", "legislation", "attachment", "table", "ta_needs"]  # fmt: skip
    assert q.codes(q.item("one")) == ("national", "local")
    assert q.codes(q.item("ynp")) == ("yes", "partially", "no", "unknown")
    needs = q.item("needs")
    assert isinstance(needs, TaNeedsItem)
    assert [c.code for c in q.taxonomy(needs)] == ["legal", "training"]
    assert q.items["ind"].module.id == "area" and q.items["ind"].instruments == ("untoc",)
    assert len(q.content_hash) == 64


def test_loaded_questionnaire_is_immutable() -> None:
    q = load_inline(EVERY_TYPE)
    with pytest.raises(Exception):  # noqa: B017 - pydantic raises ValidationError for frozen models
        cast(Any, q.item("yn")).label = "changed"  # what the types forbid, tried at run time
    courses = q.item("courses")
    assert isinstance(courses, TableItem) and isinstance(courses.columns, tuple)


def test_unknown_keys_are_errors_with_a_suggestion() -> None:
    assert_problems(
        "- {id: q1, type: yes_no, label: Q, requried: true}",
        expected=[(L, "unknown key `requried`; did you mean `required`?")],
    )


def test_missing_keys_and_wrong_types() -> None:
    found = assert_problems(
        """
        - {id: q1, type: yes_no}
        - {id: q2, type: integer, label: Q, min: ten}
        - {id: q3, type: text, label: [a, b]}
        """,
        expected=[(L, "`label` is required"), (L + 1, "`min` must be a whole number"), (L + 2, "`label` must be")],
    )
    assert "a mapping" in found[2] and "text" in found[2]


def test_unknown_item_type_lists_the_types() -> None:
    assert_problems("- {id: q1, type: yesno, label: Q}", expected=[(L, "must be one of 'indicator'")])


def test_bad_ids() -> None:
    assert_problems("- {id: Q-1, type: yes_no, label: Q}", expected=[(L, "ids are lower-case")])
    assert_problems(
        """
        - {id: value, type: yes_no, label: Q}
        - {id: q, type: yes_no, label: Q}
        - {id: q, type: text, label: Again}
        """,
        expected=[(L, "reserved word"), (L + 2, "the id `q` is used twice")],
    )


def test_retired_and_renamed_ids() -> None:
    assert_problems(
        """
        - {id: old, type: yes_no, label: Q}
        - {id: new, type: yes_no, label: Q, renamed_from: [new2, old]}
        """,
        extra="retired_ids: [old]\n",
        expected=[(None, "belonged to a removed item"), (None, "still in use")],
    )


def test_choice_problems() -> None:
    assert_problems(
        """
        - {id: a, type: single_choice, label: Q}
        - {id: b, type: single_choice, label: Q, choice_list: levels}
        - {id: c, type: single_choice, label: Q, choice_list: ta_types, choices: [{code: x, label: X}]}
        - {id: d, type: single_choice, label: Q, choices: [{code: x, label: X}, {code: x, label: Z}]}
        - {id: e, type: multiple_choice, label: Q, allow_other: true, choices: [{code: other, label: Other}]}
        - {id: f, type: ta_needs, label: Q, taxonomy: nothing}
        """,
        expected=[
            (L, "needs `choices` or `choice_list`"),
            (L + 1, "no choice list called `levels`"),
            (L + 2, "either `choices` or `choice_list`"),
            (L + 3, "`x` appears twice"),
            (L + 4, "`other` is reserved"),
            (L + 5, "taxonomy `nothing`"),
        ],
    )
    assert_problems(
        '- {id: g, type: single_choice, label: Q, choices: [{code: "Bad Code", label: X}]}',
        expected=[(L, "codes are lower-case")],
    )


def test_shape_errors_are_reported_together() -> None:
    assert_problems(
        """
        - {id: a, type: yes_no, label: Q, source: {document: DOC/1, paragraph: 7}}
        - {id: d, type: date, label: Q, min: 1 January 2000}
        - {id: e, type: table, label: Q, columns: []}
        """,
        expected=[
            (L, "`paragraph` must be text"),
            (L + 1, "write dates as YYYY-MM-DD"),
            (L + 2, "`columns` must have at least 1 entry"),
        ],
    )


def test_sources_instruments_bounds() -> None:
    assert_problems(
        """
        - {id: a, type: yes_no, label: Q, source: {document: DOC/2, paragraph: "7"}}
        - {id: b, type: yes_no, label: Q, instruments: [firearms]}
        - {id: c, type: integer, label: Q, min: 10, max: 1}
        """,
        expected=[
            (L, "`DOC/2` is not one of the questionnaire's `sources`"),
            (L + 1, "not covered by"),
            (L + 2, "`min` (10) is greater than `max` (1)"),
        ],
    )


def test_texts_and_languages() -> None:
    assert_problems(
        """
        - {id: a, type: yes_no, label: {fr: Question}}
        - {id: c, type: yes_no, label: {en: Q, fr: Question}}
        """,
        expected=[
            (L, "no version in the source language `en`"),
            (L, "`fr`, which is not in the questionnaire's `languages`"),
            (L + 1, "`fr`, which is not in the questionnaire's `languages`"),
        ],
    )
    assert_problems("- {id: b, type: yes_no, label: {en: Q, de: Frage}}", expected=[(L, "`de` must be one of")])
    q = load_inline("- {id: c, type: yes_no, label: {en: Question, fr: La question}}", languages="en, fr")
    assert q.text(q.item("c").label, "fr") == "La question"
    assert q.text(q.item("c").label, "ar") == "Question"


def test_source_language_must_be_listed() -> None:
    text = inline("- {id: a, type: yes_no, label: Q}", languages="fr").replace(
        "languages:", "source_language: en\nlanguages:"
    )
    assert any("must include the source language" in p for p in problems_of(text=text))


def test_evidence_rules() -> None:
    extra = """\
evidence_rules:
  gap:
    when: "value in ['partially', 'not_in_place']"
    needs_any: [comment, needs]
    message: Explain the gap or record an assistance need
"""
    q = load_inline(
        """
        - {id: ind, type: indicator, label: Q, evidence: [gap]}
        - {id: law, type: yes_no, label: Q, evidence: [{when: "value == 'yes'", needs_any: [laws], message: Cite it}]}
        - {id: laws, type: legislation, label: Which?}
        - {id: needs, type: ta_needs, label: Needs}
        """,
        extra=extra,
    )
    rules = q.conditions.evidence["ind"]
    assert rules[0][0].needs_any == ("comment", "needs")
    assert rules[0][1].evaluate({"value": "partially"}) is True
    assert q.conditions.evidence["law"][0][1].evaluate({"value": "no"}) is False
    assert_problems(
        """
        - {id: ind, type: indicator, label: Q, evidence: [gapp]}
        - {id: law, type: yes_no, label: Q, evidence: [{when: "value == 'yse'", needs_any: [lawz], message: M}]}
        """,
        extra=extra,
        expected=[
            (None, "no evidence rule called `gapp`; did you mean `gap`?"),
            (None, "`yse` is not a choice of `law`"),
            (None, "`lawz` is not an item"),
        ],
    )


def test_includes() -> None:
    lists = "kind: lists\nid: shared\nversion: '1'\ntitle: Shared\nchoice_lists:\n  levels:\n    - {code: national, label: National}\n"
    text = inline("- {id: a, type: single_choice, label: Q, choice_list: levels}", extra="include: [shared.yaml]\n")
    q = load_inline(text=text, includes={"shared.yaml": lists})
    item = q.item("a")
    assert isinstance(item, ChoiceSource)
    assert [c.code for c in q.choices(item)] == ["national"]
    assert [f.name for f in q.files] == ["inline.yaml", "shared.yaml"]
    assert any("does not exist" in p for p in problems_of(text=text))
    assert any("must be a shared-lists file" in p for p in problems_of(text=text, includes={"shared.yaml": text}))
    broken = lists.replace("national, label", "national, lable")
    assert any(p.startswith("shared.yaml:7:") for p in problems_of(text=text, includes={"shared.yaml": broken}))
    clash = lists.replace("levels:", "ta_types:")
    assert any(
        "defined both here and in the included file" in p
        for p in problems_of(text=text, includes={"shared.yaml": clash})
    )


def test_every_problem_is_reported_not_only_the_first() -> None:
    found = problems_of(
        """
        - {id: a, type: yes_no, label: Q, relevant: "b == 'x'"}
        - {id: b, type: yes_no, label: Q, relevant: "zz"}
        - {id: c, type: single_choice, label: Q}
        """
    )
    assert len(found) == 3


def test_files_of_both_kinds(tmp_path: Path) -> None:
    lists = tmp_path / "lists.yaml"
    lists.write_text("kind: lists\nid: l\nversion: '1'\ntitle: L\nchoice_lists: {x: [{code: a, label: A}]}\n")
    assert isinstance(check_file(lists), SharedLists)
    main = tmp_path / "main.yaml"
    main.write_text(inline("- {id: a, type: single_choice, label: Q, choice_list: x}", extra="include: [lists.yaml]\n"))
    assert load_questionnaire(main).item("a").id == "a"
    with pytest.raises(QuestionnaireError, match="cannot read the file"):
        load_questionnaire(tmp_path / "missing.yaml")
    (tmp_path / "empty.yaml").write_bytes(b"")
    with pytest.raises(QuestionnaireError, match="empty"):
        load_questionnaire(tmp_path / "empty.yaml")
    (tmp_path / "lists-only.yaml").write_text("kind: questionnaire\n")
    with pytest.raises(QuestionnaireError, match="required"):
        load_questionnaire(tmp_path / "lists-only.yaml")
