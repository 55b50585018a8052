"""How the core describes a refused answer: as data (what, which numbers, where), so that each front end words it; never Python's words."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.refusals import Refusal, Why, describe
from omnibus.model.values import ValueRejected, normalize
from tests.model.test_values import json_values

PYTHON = re.compile(r"\bNoneType\b|<class|\b(dict|str|float|int|bool|tuple)\b")


def refused(q: Questionnaire, item_id: str, value: Any) -> ValueRejected:
    try:
        normalize(q, q.item(item_id), value)
    except ValueRejected as rejected:
        return rejected
    raise AssertionError(f"{value!r} was accepted")


def test_a_missing_required_column_names_the_column_and_the_row(q1: Questionnaire) -> None:
    rejected = refused(q1, "seizures", [{"year": 2020}, {"amount": 3}])
    assert rejected.refusal == Refusal(Why.COLUMN_REQUIRED, {"column": "year"}, (("row", 2),))
    assert rejected.message == "row 2: the column year is required"


def test_a_cell_out_of_bounds_keeps_its_number_and_place(q1: Questionnaire) -> None:
    rejected = refused(q1, "seizures", [{"year": 1800}])
    assert rejected.refusal.why is Why.BELOW
    assert rejected.refusal.fields["number"] == 1800 and rejected.refusal.fields["low"] == 1990
    assert rejected.refusal.where == (("row", 1), ("column", "year"))


def test_a_whole_number_above_a_decimal_maximum_is_said_without_a_decimal_part(q1: Questionnaire) -> None:
    rejected = refused(q1, "budget", 1500)
    assert rejected.refusal.why is Why.ABOVE
    assert rejected.message.startswith("1500 is above the maximum")  # not "1500.0"


def test_a_missing_priority_is_said_as_missing_not_as_a_type_name(q1: Questionnaire) -> None:
    rejected = refused(q1, "needs", [{"type": "legal", "subtype": "legal.review"}])
    assert rejected.refusal.why is Why.NEED_PRIORITY and rejected.refusal.fields["value"] is None
    assert rejected.refusal.where == (("need", 1), ("field", "priority"))
    assert rejected.where == (0, "priority")  # as a draft records the wrong field
    assert "not nothing" in rejected.message and "NoneType" not in rejected.message


def test_describe_names_what_was_given_in_words() -> None:
    assert describe(None) == "nothing"
    assert describe(150.0) == "150"
    assert describe(object()) == "a value of another kind"
    assert describe([1]) == "a list" and describe({"a": 1}) == "a mapping"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values, pick=st.integers(min_value=0))
def test_no_refusal_speaks_python(q1: Questionnaire, value: Any, pick: int) -> None:
    items = list(q1.items)
    item_id = items[pick % len(items)]
    try:
        normalize(q1, q1.item(item_id), value)
    except ValueRejected as rejected:
        unquoted = re.sub(r'"[^"]*"', "", rejected.message)  # what the value itself said, shown in quotes
        assert not PYTHON.search(unquoted), rejected.message
        assert isinstance(rejected.refusal.why, Why)
