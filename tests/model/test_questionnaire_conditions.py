"""Conditions: checked at load time against the questionnaire, evaluated safely at run time."""

from __future__ import annotations

import pytest

from tests.support.inline import ITEMS_START_LINE as L
from tests.support.inline import assert_problems, load_inline

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
    answers = {"inst": "yes", "levels": {"selected": ["local"]}, "local_count": 12}
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
    from tests.support.inline import inline

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
