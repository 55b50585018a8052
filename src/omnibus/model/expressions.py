"""Conditions in CEL (Common Expression Language), checked against the questionnaire before they ever run.

CEL is parsed by cel-python: side-effect free, no `eval`, no loops, no I/O. What CEL cannot know is our
questionnaire, so this module adds a small static check over cel-python's parse tree: every name is an item,
comparisons are between compatible kinds of answer, and quoted codes are real choices of the item they are
compared with. A typo in a condition is therefore a load error with a position, not a question that silently never
appears.

A checked tree is then compiled, once, into nested Python closures. cel-python's interpreter walks the lark tree
anew on every evaluation (a visitor with tracing, name resolution through activations, a fresh operator wrapper per
comparison): about 0.14 ms for `x == 'yes'`, 0.25 ms per condition of the UNTOC needs assessment, which made an
answer that shows or hides items 4.5x slower to save than a raw SQLite commit. The closures take about 2 µs.
They keep cel-python's semantics by construction rather than by imitation: values are cel-python's own types
(`celpy.celtypes`), operators are Python's operators on them and functions are cel-python's `base_functions`, so
every quirk stays (`5 == 5.0` is an error, `null == 'a'` false but `null == 5` an error, `-7 / 2` is -3, any
double divided by zero +infinity). What the closures redo is the interpreter's own part: a CEL error is a value
(`_ERROR`) that spreads through operators, except that `false && error` is false and `true || error` true (both
sides are evaluated, as cel-python does), a ternary evaluates only the branch it takes, and at each kind of node
exactly the Python exceptions cel-python turns into a CEL error become one; any other (`int()` of an infinite
double) ends the evaluation, undecidable. tests/model/test_expression_compiler.py holds the interpreter as the
oracle of a differential test.
"""

from __future__ import annotations

import difflib
import functools
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from celpy import CELEvalError, CELParseError, CELParser, json_to_cel  # type: ignore[attr-defined]
from celpy.celtypes import (
    BoolType,
    DoubleType,
    IntType,
    ListType,
    StringType,
    UintType,
    logical_and,
    logical_not,
    logical_or,
)
from celpy.evaluation import base_functions, celstr, operator_in
from lark import Token, Tree

from omnibus.model.messages import Msg

ALLOWED_FUNCTIONS = ("size", "int", "double", "string")
ALLOWED_METHODS = ("contains", "startsWith", "endsWith", "size")
_PASS_THROUGH = {"expr", "conditionalor", "conditionaland", "relation", "addition", "multiplication", "unary",
                 "member", "primary"}  # fmt: skip


@dataclass(frozen=True)
class CelType:
    """What an expression yields: enough to catch a yes/no answer compared with a number."""

    kind: str  # string, number, bool, null, list, dyn
    item: str | None = None  # the item whose answer this is, when it is one
    codes: frozenset[str] | None = None  # valid codes of that item (or of its list elements)
    literals: tuple[str, ...] = ()  # string literals, for code checks
    description: str = ""

    def describe(self) -> str:
        return self.description or {"string": "text", "number": "a number", "bool": "true/false",
                                     "null": "null", "list": "a list", "dyn": "a value"}[self.kind]  # fmt: skip


class ExpressionError(Exception):
    """A condition that cannot be used; the message is for the questionnaire's author."""


@dataclass(frozen=True)
class Expression:
    """A checked condition, compiled once into a closure over cel-python's value types."""

    source: str
    names: frozenset[str]
    _run: _Closure = field(repr=False, compare=False)

    def evaluate(self, variables: Mapping[str, Any]) -> bool | None:
        """True or False; None when the answers at hand make the condition undecidable (e.g. null > 5)."""
        try:
            activation: dict[str, Any] = {}
            for name in self.names:
                activation[name] = _to_cel(variables.get(name))
            if "value" in variables:
                activation["value"] = _to_cel(variables["value"])
            result = self._run(activation)
        except _ESCAPING:  # what cel-python lets escape (int() of an infinite double) or cannot convert
            return None
        return bool(result) if isinstance(result, BoolType) else None


def _to_cel(value: Any) -> Any:
    if type(value) is str:  # the common case first
        return str.__new__(StringType, value)
    if isinstance(value, dict) and "selected" in value:  # multiple choice: conditions see the chosen codes
        value = list(value["selected"])
    return _json_to_cel(value)


def _json_to_cel(value: Any) -> Any:
    """`celpy.json_to_cel`, without its cost for the common cases (an IntType costs ~10 µs to construct)."""
    kind = type(value)
    if kind is str:
        return str.__new__(StringType, value)
    if kind is int and -(2**63) <= value < 2**63:
        return int.__new__(IntType, value)
    if kind is list:
        return ListType([_json_to_cel(element) for element in value])
    return json_to_cel(value)  # None, bool, float, dicts and the rare rest


@functools.cache
def _parser() -> CELParser:
    """Built on first use: building the CEL grammar takes a quarter of a second, not needed at every start."""
    return CELParser()


def compile_expression(source: str, types: Mapping[str, CelType]) -> Expression:
    """Parse and check `source`; `types` maps every name it may use (item ids, and `value`) to its type."""
    try:
        tree = _parser().parse(source)
    except CELParseError as exc:
        raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=_first_line(str(exc)))) from None
    except Exception as exc:  # lark raises several error classes for odd input
        raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=_first_line(str(exc)))) from None
    checker = _Checker(types)
    result = checker.check(tree)
    if result.kind not in ("bool", "dyn"):
        raise ExpressionError(Msg.EXPR_NOT_BOOLEAN.format(found=result.describe()))
    return Expression(source=source, names=frozenset(checker.names), _run=_compile(tree))


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unreadable"


class _Checker:
    def __init__(self, types: Mapping[str, CelType]) -> None:
        self.types = types
        self.names: set[str] = set()

    def check(self, node: Tree[Token] | Token | None) -> CelType:
        if not isinstance(node, Tree):
            raise ExpressionError(Msg.EXPR_SYNTAX.format(problem="incomplete condition"))
        children = [c for c in node.children if c is not None]
        rule = str(node.data)
        if rule in _PASS_THROUGH and len(children) == 1:
            return self.check(children[0])
        handler = getattr(self, f"_{rule}", None)
        if handler is None:
            raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=f"`{_text(node)}` is not supported here"))
        result: CelType = handler(children)
        return result

    # -- leaves
    def _literal(self, children: list[Any]) -> CelType:
        token: Token = children[0]
        if token.type in ("STRING_LIT", "MLSTRING_LIT"):
            return CelType("string", literals=_string_literal(token), description=f"the text {token}")
        if token.type in ("INT_LIT", "UINT_LIT", "FLOAT_LIT"):
            return CelType("number", description=f"the number {token}")
        if token.type == "BOOL_LIT":
            return CelType("bool")
        if token.type == "NULL_LIT":
            return CelType("null")
        raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=f"`{token}` is not supported"))

    def _ident(self, children: list[Any]) -> CelType:
        name = str(children[0])
        if name not in self.types:
            if name == "value":
                raise ExpressionError(Msg.EXPR_VALUE_OUTSIDE.format())
            close = difflib.get_close_matches(name, list(self.types), n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            raise ExpressionError(Msg.EXPR_UNKNOWN_NAME.format(name=name, hint=hint))
        if name != "value":
            self.names.add(name)
        return self.types[name]

    def _paren_expr(self, children: list[Any]) -> CelType:
        return self.check(children[0])

    def _list_lit(self, children: list[Any]) -> CelType:
        literals: list[str] = []
        if children:
            for element in children[0].children:
                kind = self.check(element)
                literals.extend(kind.literals)
        return CelType("list", literals=tuple(literals))

    # -- operators
    def _expr(self, children: list[Any]) -> CelType:  # a ? b : c
        self._expect_bool(self.check(children[0]))
        chosen = self.check(children[1])
        self.check(children[2])
        return chosen

    def _conditionalor(self, children: list[Any]) -> CelType:
        for child in children:
            self._expect_bool(self.check(child))
        return CelType("bool")

    _conditionaland = _conditionalor

    def _unary(self, children: list[Any]) -> CelType:
        operator, operand = str(children[0].data), self.check(children[1])
        if operator == "unary_not":
            self._expect_bool(operand)
            return CelType("bool")
        self._expect(operand, "number")
        return CelType("number")

    def _relation(self, children: list[Any]) -> CelType:
        operator_node, right_node = children
        operator = str(operator_node.data)
        left = self.check(operator_node.children[0])
        right = self.check(right_node)
        if operator == "relation_in":
            if right.kind not in ("list", "dyn"):
                raise ExpressionError(Msg.EXPR_TYPE_MISMATCH.format(left=left.describe(), right=right.describe()))
            self._check_codes(left, right)
            self._check_codes(right, left)
            return CelType("bool")
        if operator in ("relation_eq", "relation_ne"):
            if not _comparable(left, right):
                raise ExpressionError(Msg.EXPR_TYPE_MISMATCH.format(left=left.describe(), right=right.describe()))
        elif not (left.kind == right.kind and left.kind in ("number", "string")) and "dyn" not in (
            left.kind,
            right.kind,
        ):
            raise ExpressionError(Msg.EXPR_TYPE_MISMATCH.format(left=left.describe(), right=right.describe()))
        self._check_codes(left, right)
        self._check_codes(right, left)
        return CelType("bool")

    def _addition(self, children: list[Any]) -> CelType:
        left = self.check(children[0].children[0])
        right = self.check(children[1])
        if left.kind == right.kind == "string" and str(children[0].data) == "addition_add":
            return CelType("string")
        self._expect(left, "number")
        self._expect(right, "number")
        return CelType("number")

    _multiplication = _addition

    # -- calls
    def _ident_arg(self, children: list[Any]) -> CelType:
        name = str(children[0])
        args = [self.check(a) for a in children[1].children] if len(children) > 1 else []
        if name not in ALLOWED_FUNCTIONS or len(args) != 1:
            raise ExpressionError(Msg.EXPR_UNKNOWN_FUNCTION.format(name=name, allowed=", ".join(ALLOWED_FUNCTIONS)))
        if name == "size":
            if args[0].kind not in ("list", "string", "dyn", "null"):
                raise ExpressionError(Msg.EXPR_TYPE_MISMATCH.format(left="size()", right=args[0].describe()))
            return CelType("number")
        return CelType("string" if name == "string" else "number")

    def _member_dot_arg(self, children: list[Any]) -> CelType:
        target = self.check(children[0])
        name = str(children[1])
        args = [self.check(a) for a in children[2].children] if len(children) > 2 else []
        if name not in ALLOWED_METHODS:
            raise ExpressionError(Msg.EXPR_UNKNOWN_FUNCTION.format(name=name, allowed=", ".join(ALLOWED_METHODS)))
        if name == "size":
            return CelType("number")
        self._expect(target, "string")
        for arg in args:
            self._expect(arg, "string")
        return CelType("bool")

    # -- helpers
    def _expect_bool(self, kind: CelType) -> None:
        if kind.kind not in ("bool", "dyn"):
            raise ExpressionError(Msg.EXPR_NOT_BOOLEAN.format(found=kind.describe()))

    def _expect(self, kind: CelType, wanted: str) -> None:
        if kind.kind not in (wanted, "dyn"):
            raise ExpressionError(Msg.EXPR_TYPE_MISMATCH.format(left=kind.describe(), right=CelType(wanted).describe()))

    def _check_codes(self, item_side: CelType, literal_side: CelType) -> None:
        if item_side.codes is None or item_side.item is None:
            return
        for code in literal_side.literals:
            if code not in item_side.codes:
                raise ExpressionError(
                    Msg.EXPR_UNKNOWN_CODE.format(
                        code=code, item=item_side.item, allowed=", ".join(sorted(item_side.codes))
                    )
                )


def _comparable(left: CelType, right: CelType) -> bool:
    kinds = {left.kind, right.kind}
    return "null" in kinds or "dyn" in kinds or len(kinds) == 1


def _string_literal(token: Token) -> tuple[str, ...]:
    try:
        return (str(celstr(token)),)
    except ValueError:  # an escape beyond Unicode: an error when evaluated
        return ()


def _text(node: Tree[Token]) -> str:
    return " ".join(str(t) for t in node.scan_values(lambda v: isinstance(v, Token)))


# -- the compiler: a checked tree to nested closures, evaluated the way cel-python's interpreter evaluates it

_Closure = Callable[[Mapping[str, Any]], Any]
_ERROR: Any = type("CelError", (), {"__repr__": lambda self: "<CEL error>"})()
"""A CEL error as a value (cel-python's CELEvalError): it spreads through operators, but `false && error` is false,
`true || error` is true, and the branch a ternary does not take is never evaluated. Truthy, like an exception."""
_ESCAPING = (ArithmeticError, LookupError, TypeError, ValueError, AttributeError)
_TRUE, _FALSE = BoolType(True), BoolType(False)
_COMPARISONS = {"relation_lt": operator.lt, "relation_le": operator.le, "relation_gt": operator.gt,
                "relation_ge": operator.ge, "relation_eq": operator.eq, "relation_ne": operator.ne}  # fmt: skip
_ARITHMETIC = {"addition_add": operator.add, "addition_sub": operator.sub, "multiplication_mul": operator.mul,
               "multiplication_div": operator.truediv, "multiplication_mod": operator.mod}  # fmt: skip
# the Python exceptions cel-python turns into a CEL error at each kind of node; any other escapes the evaluation
_CAUGHT: dict[str, tuple[type[Exception], ...]] = {
    "relation": (TypeError,),
    "addition": (TypeError, ValueError, OverflowError),
    "multiplication": (TypeError, ZeroDivisionError, ValueError, OverflowError),
    "unary": (TypeError, ValueError),
    "call": (TypeError, ValueError, AttributeError),
}
_LITERALS: dict[str, Callable[[Token], Any]] = {
    "STRING_LIT": celstr,
    "MLSTRING_LIT": celstr,
    "INT_LIT": lambda token: IntType(token.value),
    "UINT_LIT": lambda token: UintType(token.value[:-1]),
    "FLOAT_LIT": lambda token: DoubleType(token.value),
    "BOOL_LIT": lambda token: BoolType(token.value.lower() == "true"),
    "NULL_LIT": lambda token: None,
}


def _compile(node: Tree[Token]) -> _Closure:
    """The closure for a tree `_Checker` accepted; it returns a cel-python value or `_ERROR`."""
    children: list[Any] = [c for c in node.children if c is not None]
    rule = str(node.data)
    if rule in _PASS_THROUGH and len(children) == 1:
        return _compile(children[0])
    return _COMPILERS[rule](children)


def _apply(function: Callable[..., Any], operands: list[_Closure], caught: tuple[type[Exception], ...]) -> _Closure:
    """`function` of the operands' values; an error among them, or an exception in `caught`, is an error."""
    if len(operands) == 2:  # most operators: spelled out, for speed
        left, right = operands

        def run_binary(activation: Mapping[str, Any]) -> Any:
            a, b = left(activation), right(activation)
            if a is _ERROR or b is _ERROR:
                return _ERROR
            try:
                return function(a, b)
            except caught:
                return _ERROR

        return run_binary

    def run(activation: Mapping[str, Any]) -> Any:
        values = [operand(activation) for operand in operands]
        if any(v is _ERROR for v in values):
            return _ERROR
        try:
            return function(*values)
        except caught:
            return _ERROR

    return run


def _literal(children: list[Any]) -> _Closure:
    try:
        value = _LITERALS[children[0].type](children[0])
    except ValueError:  # out of range
        value = _ERROR
    return lambda activation: value


def _ident(children: list[Any]) -> _Closure:
    name = str(children[0])
    return lambda activation: activation.get(name, _ERROR)


def _list_lit(children: list[Any]) -> _Closure:
    elements = [_compile(element) for element in children[0].children] if children else []
    return _apply(lambda *values: ListType(values), elements, ())


def _expr(children: list[Any]) -> _Closure:  # condition ? chosen : other
    condition, chosen, other = (_compile(child) for child in children)

    def run(activation: Mapping[str, Any]) -> Any:
        value = condition(activation)
        result = (chosen if value else other)(activation)  # as cel-python: by truthiness, then the type check
        return result if isinstance(value, BoolType) else _ERROR

    return run


def _logical(function: Callable[[Any, Any], Any]) -> Callable[[list[Any]], _Closure]:
    """`&&` or `||` with celpy's own functions, commutative over errors; both sides evaluated, as cel-python does."""

    def build(children: list[Any]) -> _Closure:
        left, right = _compile(children[0]), _compile(children[1])

        def run(activation: Mapping[str, Any]) -> Any:
            try:
                return function(left(activation), right(activation))
            except TypeError:  # neither side true or false
                return _ERROR

        return run

    return build


def _unary(children: list[Any]) -> _Closure:
    function = logical_not if str(children[0].data) == "unary_not" else operator.neg
    return _apply(function, [_compile(children[1])], _CAUGHT["unary"])


def _relation(children: list[Any]) -> _Closure:
    operator_node, right = children
    operands = [_compile(operator_node.children[0]), _compile(right)]
    if str(operator_node.data) == "relation_in":
        return _apply(_in, operands, _CAUGHT["relation"])
    compare = _COMPARISONS[str(operator_node.data)]
    return _apply(lambda a, b: _TRUE if compare(a, b) else _FALSE, operands, _CAUGHT["relation"])


def _in(item: Any, container: Any) -> Any:
    found = operator_in(item, container)
    return _ERROR if isinstance(found, CELEvalError) else found


def _arithmetic(kind: str) -> Callable[[list[Any]], _Closure]:
    def build(children: list[Any]) -> _Closure:
        operands = [_compile(children[0].children[0]), _compile(children[1])]
        return _apply(_ARITHMETIC[str(children[0].data)], operands, _CAUGHT[kind])

    return build


def _ident_arg(children: list[Any]) -> _Closure:  # size(x), int(x), double(x), string(x)
    arguments = [_compile(a) for a in children[1].children]
    return _apply(base_functions[str(children[0])], arguments, _CAUGHT["call"])


def _member_dot_arg(children: list[Any]) -> _Closure:  # x.contains(y), x.startsWith(y), x.endsWith(y), x.size()
    arguments = [_compile(a) for a in children[2].children] if len(children) > 2 else []
    return _apply(base_functions[str(children[1])], [_compile(children[0]), *arguments], _CAUGHT["call"])


_COMPILERS: dict[str, Callable[[list[Any]], _Closure]] = {
    "literal": _literal,
    "ident": _ident,
    "paren_expr": lambda children: _compile(children[0]),
    "list_lit": _list_lit,
    "expr": _expr,
    "conditionalor": _logical(logical_or),
    "conditionaland": _logical(logical_and),
    "unary": _unary,
    "relation": _relation,
    "addition": _arithmetic("addition"),
    "multiplication": _arithmetic("multiplication"),
    "ident_arg": _ident_arg,
    "member_dot_arg": _member_dot_arg,
}
