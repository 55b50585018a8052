"""The compiled conditions agree with cel-python's interpreter, which stays here as the oracle.

A differential test generates conditions from the grammar the checker admits, over typed items, and answers of the
right type, the wrong type and none, and compares `Expression.evaluate` with `celpy.Environment().program(tree)`.
`OMNIBUS_CEL_EXAMPLES=5000` runs it longer.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import celpy  # type: ignore[attr-defined,unused-ignore]
import pytest
from celpy import CELEvalError, CELParser, json_to_cel  # type: ignore[attr-defined]
from celpy.celtypes import BoolType
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from omnibus.model.expressions import CelType, Expression, ExpressionError, compile_expression

CODES = ("yes", "no", "unknown")
OPTIONS = ("a", "b", "other")
TYPES = {
    "yn": CelType("string", "yn", frozenset(CODES)),
    "yn2": CelType("string", "yn2", frozenset(CODES)),
    "txt": CelType("string", "txt"),
    "num": CelType("number", "num"),
    "dec": CelType("number", "dec"),
    "opts": CelType("list", "opts", frozenset(OPTIONS)),
    "value": CelType("number"),
}
EXAMPLES = int(os.environ.get("OMNIBUS_CEL_EXAMPLES", "300"))
ESCAPING = (CELEvalError, ArithmeticError, LookupError, TypeError, ValueError, AttributeError)
_environment = celpy.Environment()
_parser = CELParser()


class InterpreterFailure(Exception):
    """cel-python's evaluator broke down (not a CEL error): it has no answer to compare with."""


def oracle(expression: Expression, variables: Mapping[str, Any]) -> bool | None:
    """What the former implementation returned: cel-python's interpreter, errors as None. Its own evaluation
    stack running dry (an IndexError on some nestings of `&&`, `||` and `?:`) raises `InterpreterFailure`."""

    def to_cel(value: Any) -> Any:
        return json_to_cel(list(value["selected"]) if isinstance(value, dict) and "selected" in value else value)

    try:
        activation = {name: to_cel(variables.get(name)) for name in expression.names}
        if "value" in variables:
            activation["value"] = to_cel(variables["value"])
        result = _environment.program(_parser.parse(expression.source)).evaluate(activation)
    except IndexError as exc:
        if "pop from empty list" in str(exc):
            raise InterpreterFailure(expression.source) from exc
        return None
    except ESCAPING:
        return None
    return bool(result) if isinstance(result, BoolType) else None


# -- conditions from the admitted grammar


def _binary(operators: list[str], operand: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda a, op, b: f"{a} {op} {b}", operand, st.sampled_from(operators), operand)


def _ternary(condition: st.SearchStrategy[str], branch: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda c, a, b: f"({c} ? {a} : {b})", condition, branch, branch)


def _grammar() -> st.SearchStrategy[str]:
    int_lit = st.sampled_from(["0", "1", "2", "3", "7", "10", "-4", "9223372036854775807", "2u", "0x1F"])
    float_lit = st.sampled_from(["0.0", "2.5", "-1.5", "1e3", "3.0", ".5", "1e308"])
    str_lit = st.sampled_from(
        ["'yes'", '"no"', "'unknown'", "'a'", "'b'", "'other'", "''", "'y\\x65s'", "r'yes'", "'''no'''", "'\\n'"]
    )
    numbers = st.deferred(
        lambda: (
            int_lit
            | float_lit
            | st.sampled_from(["num", "dec", "value", "size(opts)", "size(txt)", "opts.size()", "size(yn)"])
            | st.builds(lambda f, x: f"{f}({x})", st.sampled_from(["int", "double"]), numbers | strings)
            | st.builds(lambda x: f"-{x}", numbers)
            | st.builds(lambda x: f"({x})", numbers)
            | _binary(["+", "-", "*", "/", "%"], numbers)
            | _ternary(booleans, numbers)
        )
    )
    strings = st.deferred(
        lambda: (
            str_lit
            | st.sampled_from(["yn", "yn2", "txt"])
            | st.builds(lambda x: f"string({x})", numbers | strings)
            | _binary(["+"], strings)
            | _ternary(booleans, strings)
        )
    )
    lists = st.deferred(
        lambda: (
            st.just("opts")
            | st.builds(
                lambda xs: f"[{', '.join(xs)}]", st.lists(str_lit | int_lit | float_lit | st.just("null"), max_size=3)
            )
            | _ternary(booleans, lists)
        )
    )
    booleans = st.deferred(
        lambda: (
            st.sampled_from(["true", "false"])
            | _binary(["==", "!=", "<", "<=", ">", ">="], numbers)
            | _binary(["==", "!=", "<", ">="], strings)
            | st.builds(lambda a, op: f"{a} {op} null", numbers | strings | lists, st.sampled_from(["==", "!="]))
            | st.builds(lambda a, b: f"{a} == {b}", lists, lists)
            | st.builds(lambda a, b: f"{a} in {b}", strings | numbers, lists)
            | st.builds(
                lambda x, m, y: f"{x}.{m}({y})",
                strings,
                st.sampled_from(["contains", "startsWith", "endsWith"]),
                strings,
            )
            | st.builds(lambda x: f"!{x}", booleans)
            | st.builds(lambda x: f"({x})", booleans)
            | _binary(["&&", "||"], booleans)
            | _ternary(booleans, booleans)
        )
    )
    return booleans


_answer = st.one_of(
    st.none(),
    st.sampled_from([*CODES, *OPTIONS, "", "Yes", "12"]),
    st.text(max_size=4),
    st.integers(-20, 20),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(-20, 20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.lists(st.sampled_from(OPTIONS), max_size=3),
    st.lists(st.sampled_from(OPTIONS), max_size=3).map(lambda codes: {"selected": codes, "other": "x"}),
    st.lists(st.integers(-3, 3) | st.none() | st.text(max_size=2), max_size=3),
    st.just([{"col": "yes"}]),
)


def _compiled(source: str) -> Expression:
    try:
        return compile_expression(source, TYPES)
    except ExpressionError:
        assume(False)
        raise


@settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(_grammar(), st.dictionaries(st.sampled_from(sorted(TYPES)), _answer))
def test_compiled_conditions_agree_with_cel_python(source: str, variables: dict[str, Any]) -> None:
    expression = _compiled(source)
    try:
        expected = oracle(expression, variables)
    except (RecursionError, InterpreterFailure):  # cel-python's interpreter gives up; the closures do not
        assume(False)
    assert expression.evaluate(variables) == expected, source


# -- every operator, explicitly (each also checked against the oracle)

CASES: list[tuple[str, dict[str, Any], bool | None]] = [
    ("yn == 'yes'", {"yn": "yes"}, True),
    ("yn == 'yes'", {"yn": None}, False),  # null == text is false, not an error
    ("yn != 'yes'", {"yn": None}, True),
    ("num == null", {"num": 5}, None),  # but an int compared with null is an error in cel-python
    ("num == 5", {"num": 5.0}, None),  # int vs double: no matching overload
    ("dec == 5.0", {"dec": 5.0}, True),
    ("num < 5 && num >= 2", {"num": 3}, True),
    ("num <= 3 || num > 10", {"num": 11}, True),
    ("num > 5", {"num": None}, None),  # null > 5 is undecidable
    ("num > 5 && yn == 'yes'", {"yn": "no"}, False),  # error && false is false
    ("yn == 'no' && num > 5", {"yn": "yes"}, False),  # false && error too
    ("num > 5 || yn == 'yes'", {"yn": "yes"}, True),  # error || true is true
    ("num > 5 || yn == 'yes'", {"yn": "no"}, None),  # error || false is the error
    ("!(yn == 'yes')", {"yn": "no"}, True),
    ("-num == -3", {"num": 3}, True),
    ("num + 2 == 5 && num - 5 == -2 && num * 2 == 6", {"num": 3}, True),
    ("num / 2 == -3", {"num": -7}, True),  # truncated toward zero, not floored
    ("num % 2 == -1", {"num": -7}, True),  # the sign of the dividend
    ("num / 0 == 1", {"num": 7}, None),  # division by zero
    ("num % 0 == 1", {"num": 7}, None),
    ("dec / 0.0 > 1.0", {"dec": -1.0}, True),  # cel-python: any double divided by zero is +infinity
    ("dec % 2.0 == 1.0", {"dec": 3.0}, None),  # no % on doubles
    ("num + 1 > 0", {"num": 2**63 - 1}, None),  # int64 overflow
    ("txt + '!' == 'hi!'", {"txt": "hi"}, True),
    ("(yn == 'yes' ? num : 0) > 1", {"yn": "yes", "num": 2}, True),
    ("(yn == 'yes' ? num : 0) > 1", {"yn": "no", "num": None}, False),  # the branch not taken is not evaluated
    ("(num > 1 ? true : false)", {"num": None}, None),
    ("'a' in opts", {"opts": {"selected": ["a", "other"], "other": "x"}}, True),  # multiple choice: the codes
    ("'b' in opts", {"opts": {"selected": ["a"]}}, False),
    ("'a' in opts", {"opts": None}, None),
    ("yn in ['yes', 'unknown']", {"yn": "unknown"}, True),
    ("num in [1, 2]", {"num": 2}, True),
    ("num in [1.0, 2]", {"num": 2}, True),  # a mismatched element is skipped once another matches
    ("num in [1.0, 3]", {"num": 2}, None),  # and is an error when none matches
    ("size(opts) == 2 && opts.size() == 2", {"opts": ["a", "b"]}, True),
    ("size(txt) == 0", {"txt": None}, True),  # cel-python: size(null) is 0
    ("int(txt) == 12 && double(txt) == 12.0 && string(num) == '7'", {"txt": "12", "num": 7}, True),
    ("int(dec) == -2", {"dec": -2.7}, True),  # truncated
    ("int(txt) == 1", {"txt": "one"}, None),
    ("int(dec / 0.0) == 1 || true", {"dec": 1.0}, None),  # an exception cel-python lets escape ends it all
    ("txt.contains('ll') && txt.startsWith('he') && txt.endsWith('lo')", {"txt": "hello"}, True),
    ("txt.contains('x')", {"txt": 5}, None),
    ("yn == 'y\\x65s' && yn == r'yes' && yn == '''yes'''", {"yn": "yes"}, True),
    ("txt == r'a\\n'", {"txt": "a\\n"}, True),  # raw: the backslash stays
    ("txt == 'a\\n'", {"txt": "a\n"}, True),
    ("value >= 0.0 && value <= 100.0", {"value": 50.0}, True),
    ("value >= 0.0", {}, None),  # no value at hand
    ("num == 2u", {"num": 2}, None),  # int vs uint
    ("num == 9223372036854775808", {"num": 1}, None),  # a literal out of range is an error
    # a bool is not converted to an int (bool answers do not occur: integers reject them); but cel-python's BoolType
    # compares as a Python int on the left, and an IntType refuses it on the left: matched, quirks included
    ("num == 1", {"num": True}, True),
    ("1 == num", {"num": True}, None),
    ("num + 1 == 2", {"num": True}, True),
]


@pytest.mark.parametrize(("source", "variables", "expected"), CASES)
def test_operators(source: str, variables: dict[str, Any], expected: bool | None) -> None:
    expression = compile_expression(source, TYPES)
    assert expression.evaluate(variables) is expected
    assert oracle(expression, variables) is expected


def test_an_error_under_a_true_or_is_absorbed_where_the_interpreter_broke_down() -> None:
    source = "true || (0 == 0.0 && opts == (1 == 1.0 ? opts : []))"  # found by the differential test
    expression = compile_expression(source, TYPES)
    with pytest.raises(InterpreterFailure):
        oracle(expression, {})
    assert expression.evaluate({}) is True  # CEL: `true || x` is true whatever x gives, errors included


def test_the_ternary_else_branch_is_checked_too() -> None:
    with pytest.raises(ExpressionError, match="nmu"):
        compile_expression("yn == 'yes' ? true : nmu > 1", TYPES)
    assert compile_expression("yn == 'yes' ? true : num > 1", TYPES).names == {"yn", "num"}
