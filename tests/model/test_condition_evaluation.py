"""Any condition that passes the load-time checks evaluates to true, false or undecidable, never a crash.

Random well-typed conditions over items of every kind a condition can read are checked as the loader checks them,
then evaluated with random answers, unanswered ones included: a failure inside CEL (an overflow, a division by zero,
`null > 5`) is an undecidable condition (None), which hides the item or leaves the rule unapplied.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnibus.model.expressions import CelType, ConditionChecker
from omnibus.model.records import Json

INST_CODES = ("yes", "no", "unknown")
LEVEL_CODES = ("national", "provincial", "local")
TYPES = {
    "inst": CelType("text", "inst", frozenset(INST_CODES), "the answer to `inst` (yes no)"),
    "levels": CelType("list", "levels", frozenset(LEVEL_CODES), "the answer to `levels` (multiple choice)"),
    "count": CelType("integer", "count", description="the answer to `count` (integer)"),
    "share": CelType("decimal", "share", description="the answer to `share` (decimal)"),
    "note": CelType("text", "note", description="the answer to `note` (text)"),
}
CHECKER = ConditionChecker(TYPES)

INT64 = st.integers(-(2**63) + 1, 2**63 - 1)
FINITE = st.floats(allow_nan=False, allow_infinity=False)
TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="'\\\n\r"), max_size=5)


def _double_literal(number: float) -> str:
    text = repr(number)
    return text if any(c in text for c in ".en") else f"{text}.0"


def _binary(operand: st.SearchStrategy[str], operators: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.tuples(operand, st.sampled_from(operators), operand).map(lambda t: f"({t[0]} {t[1]} {t[2]})")


def _whole(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return (
        _binary(children, ("+", "-", "*", "/", "%"))
        | children.map(lambda c: f"(-{c})")
        | st.just("size(note)")
        | st.just("size(levels)")
        | st.sampled_from(["int(share)", "int(note)"])
    )


def _decimal(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return _binary(children, ("+", "-", "*", "/")) | children.map(lambda c: f"(-{c})") | st.just("double(count)")


WHOLE = st.recursive(st.just("count") | INT64.map(str), _whole, max_leaves=4)
DECIMAL = st.recursive(st.just("share") | FINITE.map(_double_literal), _decimal, max_leaves=4)
CODE = st.sampled_from(INST_CODES)
ATOMS = (
    _binary(WHOLE, ("==", "!=", "<", "<=", ">", ">="))
    | _binary(DECIMAL, ("==", "!=", "<", "<=", ">", ">="))
    | CODE.map(lambda c: f"inst == '{c}'")
    | st.lists(CODE, max_size=3).map(lambda cs: f"inst in [{', '.join(repr(c) for c in cs)}]")
    | st.sampled_from(LEVEL_CODES).map(lambda c: f"'{c}' in levels")
    | st.sampled_from(["inst != null", "note == null", "count != null", "share == null", "true", "false"])
    | TEXT.map(lambda t: f"note.contains('{t}')")
    | st.tuples(WHOLE, TEXT).map(lambda t: f"string({t[0]}).startsWith('{t[1]}')")
    | TEXT.map(lambda t: f"(note + '{t}').endsWith(note)")
)
CONDITIONS = st.recursive(
    ATOMS.map(lambda atom: f"({atom})"),
    lambda children: (
        _binary(children, ("&&", "||"))
        | children.map(lambda c: f"!{c}")  # children are parenthesized
        | st.tuples(children, children, children).map(lambda t: f"({t[0]} ? {t[1]} : {t[2]})")
    ),
    max_leaves=4,
)
ANSWERS = st.fixed_dictionaries(
    {
        "inst": st.none() | st.sampled_from(INST_CODES),
        "levels": st.none() | st.lists(st.sampled_from(LEVEL_CODES), unique=True).map(lambda s: {"selected": s}),
        "count": st.none() | INT64,
        "share": st.none() | FINITE | INT64,
        "note": st.none() | st.text(max_size=8),
    }
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CONDITIONS, ANSWERS)
def test_well_typed_conditions_evaluate_without_crashing(condition: str, answers: dict[str, Json]) -> None:
    expression = CHECKER.compile(condition)
    assert expression.evaluate(answers) in (True, False, None)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["value > 0", "value * 2 < value", "value % 7 == 3"]), st.none() | INT64)
def test_constraints_on_value_evaluate_without_crashing(rule: str, value: int | None) -> None:
    expression = CHECKER.compile(rule, TYPES["count"])
    assert expression.evaluate({"value": value}) in (True, False, None)


def test_an_overflow_or_unanswered_item_is_undecidable() -> None:
    assert CHECKER.compile("count + 1 > 0").evaluate({"count": 2**63 - 1}) is None
    assert CHECKER.compile("count > 0").evaluate({"count": None}) is None
    assert CHECKER.compile("count > 0").evaluate({}) is None
    assert CHECKER.compile("share > 0.0").evaluate({"share": 1}) is True
