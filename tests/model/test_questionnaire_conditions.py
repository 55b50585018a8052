"""Conditions: checked at load time against the questionnaire, evaluated safely at run time."""

from __future__ import annotations

import pytest

from omnibus.model.records import Json
from tests.support.inline import ITEMS_START_LINE as L
from tests.support.inline import assert_problems, inline, load_inline

ITEMS = """
- {id: inst, type: yes_no, label: Are there training institutions?}
- id: levels
  type: multiple_choice
  label: Are these national institutions, provincial or local?
  choices: [{code: national, label: National}, {code: provincial, label: Provincial}, {code: local, label: Local}]
  allow_other: true
  relevant: "inst == 'yes'"
- {id: local_count, type: integer, label: How many local ones?, relevant: "'local' in levels"}
- {id: big, type: yes_no, label: More than ten?, relevant: "local_count > 10"}
- {id: share, type: decimal, label: Share, constraints: [{rule: "value >= 0.0 && value <= 100.0", message: Between 0 and 100}]}
"""


def test_relevance_follows_answers_and_hidden_answers_count_as_unanswered() -> None:
    q = load_inline(ITEMS)
    assert q.relevant_items({}) == {"inst", "share"}
    assert q.relevant_items({"inst": "yes"}) == {"inst", "levels", "share"}
    answers: dict[str, Json] = {"inst": "yes", "levels": {"selected": ["local"]}, "local_count": 12}
    assert q.relevant_items(answers) == {"inst", "levels", "local_count", "big", "share"}
    # `inst` changes: `levels` hides, so its stored answer no longer shows its follow-ups either
    assert q.relevant_items({**answers, "inst": "no"}) == {"inst", "share"}


def test_undecidable_conditions_hide_rather_than_crash() -> None:
    q = load_inline(ITEMS)
    assert "big" not in q.relevant_items({"inst": "yes", "levels": {"selected": ["local"]}})  # null > 10


def test_constraints_see_value() -> None:
    q = load_inline(ITEMS)
    (rule,) = q.conditions.constraints["share"]
    assert rule.evaluate({"value": 50.0}) is True
    assert rule.evaluate({"value": 150.0}) is False


def test_section_relevance() -> None:
    text = load_inline(ITEMS)  # noqa: F841 - the plain case loads
    source = inline("- {id: later, type: yes_no, label: Q}").replace(
        "      - id: main\n        title: Main\n",
        "      - id: first\n        title: First\n        items: [{id: gate, type: yes_no, label: Go on?}]\n"
        "      - id: main\n        title: Main\n        relevant: \"gate == 'yes'\"\n",
    )
    q = load_inline(text=source)
    assert q.relevant_items({}) == {"gate"}
    assert q.relevant_items({"gate": "yes"}) == {"gate", "later"}


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ("inst == 'yse'", "`yse` is not a choice of `inst`"),
        ("inst == 5", "compares the answer to `inst` (yes no) with the number 5"),
        ("inst > 'a'", "`a` is not a choice"),
        ("inst > local_count", "compares"),
        ("'loc' in levels", "`loc` is not a choice of `levels`"),
        ("insts == 'yes'", "names `insts`, which is not an item of this questionnaire; did you mean `inst`?"),
        ("value == 'yes'", "`value` can only be used in constraints"),
        ("inst == 'yes' &&", "this condition is not valid"),
        ("inst", "must be true or false"),
        ("size(inst) + 1", "must be true or false"),
        ("exists(inst)", "`exists`, which is not available"),
        ("inst.foo()", "`foo`, which is not available"),
        ("{'a': 1} == null", "not supported"),
        ("b'x' == inst", "not supported"),
        ("inst in ['yes', 'maybe']", "`maybe` is not a choice of `inst`"),
        ("local_count == 'ten'", "compares"),
        ("!local_count", "must be true or false"),
    ],
)
def test_condition_errors_are_load_errors(condition: str, message: str) -> None:
    items = ITEMS + f'- {{id: probe, type: yes_no, label: Probe, relevant: "{condition}"}}\n'
    assert_problems(items, expected=[(L + 10, message)])


@pytest.mark.parametrize(
    "condition",
    [
        "inst == 'yes' || inst == 'unknown'",
        "inst != null && !(inst == 'no')",
        "size(levels) >= 2",
        "'other' in levels",
        "local_count + 1 > 3 && local_count % 2 == 0",
        "share >= 2.5",
        "inst in ['yes', 'unknown'] ? true : false",
        "string(local_count).startsWith('1')",
    ],
)
def test_valid_conditions(condition: str) -> None:
    load_inline(ITEMS + f'- {{id: probe, type: yes_no, label: Probe, relevant: "{condition}"}}\n')


def test_circular_relevance() -> None:
    assert_problems(
        """
        - {id: a, type: yes_no, label: A, relevant: "c == 'yes'"}
        - {id: b, type: yes_no, label: B, relevant: "a == 'yes'"}
        - {id: c, type: yes_no, label: C, relevant: "b == 'yes'"}
        """,
        expected=[(None, "circular relevance: ")],
    )
    assert_problems("- {id: a, type: yes_no, label: A, relevant: \"a == 'yes'\"}", expected=[(L, "its own answer")])


NUMBERS = """
- {id: staff, type: integer, label: How many staff?}
- {id: share, type: decimal, label: Which share?}
"""


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ("staff > 2.5", "compares the answer to `staff` (integer) with the number 2.5: whole numbers and decimals"),
        ("staff == 2.5", "whole numbers and decimals are not compared"),
        ("2.5 <= staff", "compares the number 2.5 with the answer to `staff` (integer)"),
        ("share > 2", "compares the answer to `share` (decimal) with the number 2: whole numbers and decimals"),
        ("staff + 0.5 > 3.0", "whole numbers and decimals are not compared"),
        ("staff > share", "whole numbers and decimals are not compared"),
    ],
)
def test_a_whole_number_compared_with_a_decimal_is_refused_where_it_is_written(condition: str, message: str) -> None:
    items = NUMBERS + f'- {{id: probe, type: yes_no, label: Probe, relevant: "{condition}"}}\n'
    (problem,) = assert_problems(items, expected=[(L + 2, message)])
    written = inline(items).splitlines()[L + 1]
    column = written.index('relevant: "') + len("relevant: ") + 1
    assert problem.startswith(f"inline.yaml:{L + 2}:{column}: "), problem  # FILE:LINE:COLUMN of the condition


def test_whole_numbers_and_decimals_compare_as_a_respondent_expects_once_written_alike() -> None:
    q = load_inline(
        NUMBERS
        + """
- {id: many, type: yes_no, label: Many?, relevant: "staff > 2"}
- {id: converted, type: yes_no, label: Converted?, relevant: "double(staff) > 2.5"}
- {id: large, type: yes_no, label: Large?, relevant: "share > 2.5"}
"""
    )
    assert {"many", "converted"} <= q.relevant_items({"staff": 3})
    assert not {"many", "converted"} & q.relevant_items({"staff": 2})
    assert "large" in q.relevant_items({"share": 3})  # a decimal answer stored as a whole number is a decimal
    assert "large" not in q.relevant_items({"share": 2.5})


def test_a_negative_decimal_divided_by_zero_is_minus_infinity_and_a_whole_number_by_zero_undecidable() -> None:
    q = load_inline(
        NUMBERS
        + """
- {id: negative, type: yes_no, label: N?, relevant: "share / 0.0 < 0.0"}
- {id: divided, type: yes_no, label: D?, relevant: "staff / 0 > 1"}
- {id: either, type: yes_no, label: E?, relevant: "staff / 0 > 1 || share < 0.0"}
"""
    )
    shown = q.relevant_items({"share": -1.0, "staff": 4})
    assert "negative" in shown
    assert "divided" not in shown  # undecidable: hidden
    assert "either" in shown  # CEL's `||` holds when either side holds, even if the other is an error
    (rule,) = load_inline(
        NUMBERS.replace("label: Which share?}", 'label: S, constraints: [{rule: "value / 0.0 < 0.0", message: M}]}')
    ).conditions.constraints["share"]
    assert rule.evaluate({"value": -1}) is True
    assert rule.evaluate({"value": 1}) is False


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ("levels.exists(x, x == 'local')", "a macro such as `exists` is not supported"),
        ("levels[0] == 'local'", "an index `x[…]` is not supported"),
        ("inst.size > 1", "a field such as `a.b` is not supported"),
        ("inst.matches('y.*')", "`matches`, which is not available (use: contains, startsWith, endsWith, size)"),
        ("levels == null", "compares the answer to `levels` (multiple choice) with null"),
        ("inst == 'yes' ? 1 : 'one'", "compares the number 1 with the text 'one'"),
        ("inst ? true : false", "must be true or false, but this gives the answer to `inst` (yes no)"),
        ("inst == 'yes' && local_count", "must be true or false, but this gives the answer to `local_count`"),
        ("-inst == 1", "compares `-` with the answer to `inst` (yes no)"),
        ("size(local_count) > 1", "compares `size()` with the answer to `local_count` (integer)"),
        ("inst == 'yes' && (", "this condition is not valid: Syntax error"),
        ("inst == 'yes'\\n && local_count == 'x'", "compares the answer to `local_count` (integer) with the text 'x'"),
    ],
)
def test_more_condition_errors_in_the_authors_words(condition: str, message: str) -> None:
    items = ITEMS + f'- {{id: probe, type: yes_no, label: Probe, relevant: "{condition}"}}\n'
    assert_problems(items, expected=[(L + 10, message)])


def test_a_list_answer_is_tested_for_entries_not_null() -> None:
    q = load_inline(ITEMS + '- {id: chosen, type: yes_no, label: C, relevant: "size(levels) > 0"}\n')
    assert "chosen" not in q.relevant_items({"inst": "yes"})
    assert "chosen" not in q.relevant_items({"inst": "yes", "levels": {"selected": []}})
    assert "chosen" in q.relevant_items({"inst": "yes", "levels": {"selected": ["local"]}})
