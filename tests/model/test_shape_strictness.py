"""The shape of a file is checked strictly, whatever the classes it is read into: no value is converted ("80" is
not a number, 1 is not true), every shape is a mapping of keys, and a misspelt key is named wherever it is."""

from __future__ import annotations

import pytest

from tests.support.inline import ITEMS_START_LINE as L
from tests.support.inline import assert_problems


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ('{id: q1, type: text, label: Q, max_length: "80"}', "`max_length` must be a whole number, not `80`"),
        ('{id: q1, type: decimal, label: Q, min: "0.5"}', "`min` must be a number or a whole number, not `0.5`"),
        ("{id: q1, type: yes_no, label: Q, required: 1}", "`required` must be true or false, not the number 1"),
    ],
)
def test_no_value_is_converted(item: str, message: str) -> None:
    assert_problems(f"- {item}", expected=[(L, message)])


def test_every_shape_is_a_mapping_of_keys() -> None:
    assert_problems(
        """
        - just words
        - {id: q2, type: yes_no, label: Q, source: DOC/1}
        """,
        expected=[(L, "`items` must be a mapping of keys, not `just words`"), (L + 1, "`source` must be a mapping")],
    )


def test_a_misspelt_key_is_named_in_a_nested_shape() -> None:
    assert_problems(
        "- {id: q1, type: single_choice, label: Q, choices: [{code: a, label: A, lable: x}]}",
        expected=[(L, "unknown key `lable`; did you mean `label`?")],
    )


def test_bounds_and_lengths_of_the_format() -> None:
    assert_problems(
        """
        - {id: q1, type: attachment, label: Q, max_size_mb: 0}
        - {id: q2, type: table, label: Q, columns: []}
        - {id: q3, type: multiple_choice, label: Q, choices: [{code: a, label: A}], max_selected: 0}
        """,
        expected=[
            (L, "`max_size_mb` input should be greater than 0"),
            (L + 1, "`columns` must have at least 1 entry"),
            (L + 2, "`max_selected` input should be greater than or equal to 1"),
        ],
    )
