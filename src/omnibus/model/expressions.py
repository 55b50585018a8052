"""Conditions in CEL (Common Expression Language), checked against the questionnaire before they ever run.

CEL is parsed and evaluated by cel-python: side-effect free, no `eval`, no loops, no I/O. What CEL cannot know is
our questionnaire, so this module adds a small static check over cel-python's parse tree: every name is an item,
comparisons are between compatible kinds of answer, and quoted codes are real choices of the item they are
compared with. A typo in a condition is therefore a load error with a position, not a question that silently never
appears.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import celpy  # type: ignore[attr-defined,unused-ignore]
from celpy import CELEvalError, CELParseError, CELParser, json_to_cel  # type: ignore[attr-defined]
from lark import Token, Tree

from omnibus.model.messages import Msg

ALLOWED_FUNCTIONS = ("size", "int", "double", "string")
ALLOWED_METHODS = ("contains", "startsWith", "endsWith", "size")
_PASS_THROUGH = {"expr", "conditionalor", "conditionaland", "relation", "addition", "multiplication", "unary",
                 "member", "primary"}  # fmt: skip
_parser = CELParser()
_environment = celpy.Environment()


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
    """A checked condition, ready to evaluate against answers."""

    source: str
    names: frozenset[str]
    _tree: Tree[Token] = field(repr=False, compare=False)

    def evaluate(self, variables: Mapping[str, Any]) -> bool | None:
        """True or False; None when the answers at hand make the condition undecidable (e.g. null > 5)."""
        activation = {name: _to_cel(variables.get(name)) for name in self.names}
        if "value" in variables:
            activation["value"] = _to_cel(variables["value"])
        try:
            result = _program(self)(activation)
        except (CELEvalError, TypeError, ValueError, ZeroDivisionError, OverflowError):
            return None
        if isinstance(result, CELEvalError):
            return None
        return bool(result) if isinstance(result, celpy.celtypes.BoolType | bool) else None


_programs: dict[str, Any] = {}


def _program(expression: Expression) -> Any:
    runner = _programs.get(expression.source)
    if runner is None:
        runner = _environment.program(expression._tree).evaluate
        _programs[expression.source] = runner
    return runner


def _to_cel(value: Any) -> Any:
    if isinstance(value, dict) and "selected" in value:  # multiple choice: conditions see the chosen codes
        value = list(value["selected"])
    return json_to_cel(value)


def compile_expression(source: str, types: Mapping[str, CelType]) -> Expression:
    """Parse and check `source`; `types` maps every name it may use (item ids, and `value`) to its type."""
    try:
        tree = _parser.parse(source)
    except CELParseError as exc:
        raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=_first_line(str(exc)))) from None
    except Exception as exc:  # lark raises several error classes for odd input
        raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=_first_line(str(exc)))) from None
    checker = _Checker(types)
    result = checker.check(tree)
    if result.kind not in ("bool", "dyn"):
        raise ExpressionError(Msg.EXPR_NOT_BOOLEAN.format(found=result.describe()))
    return Expression(source=source, names=frozenset(checker.names), _tree=tree)


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
            return CelType("string", literals=(_unquote(str(token)),), description=f"the text {token}")
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
        return self.check(children[1])

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


def _unquote(token: str) -> str:
    body = token.lstrip("rR")
    for quote in ('"""', "'''", '"', "'"):
        if body.startswith(quote) and body.endswith(quote) and len(body) >= 2 * len(quote):
            return body[len(quote) : -len(quote)]
    return body


def _text(node: Tree[Token]) -> str:
    return " ".join(str(t) for t in node.scan_values(lambda v: isinstance(v, Token)))
