"""Conditions in CEL (Common Expression Language), checked against the questionnaire before they ever run.

Google's CEL implementation (cel-expr-python, the C++ runtime) parses, type-checks and evaluates every condition:
side-effect free, no `eval`, no loops, no I/O. Each item is declared to its checker with the type its answer has
(a nullable text, whole number or decimal, or a list), so a comparison that cannot hold, `inst == 5` or
`staff > 2.5` on a whole-number item, is a load error. What CEL cannot know is our questionnaire: this module adds
the author's checks over the tree CEL parsed (every name is an item, quoted codes are real choices of the item they
are compared with, only the documented functions) and says CEL's type errors in the author's words. A typo in a
condition is therefore a load error with a position, not a question that silently never appears.

At run time a condition is evaluated by CEL against the answers; a CEL error (`null > 5`, a division by zero)
makes it undecidable: `evaluate` returns None and the item stays hidden, or the rule is not applied.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cel_expr_python import cel

from omnibus.model.cel_tree import Node, TreeUnreadable, read_tree
from omnibus.model.messages import Msg
from omnibus.model.records import Json

ALLOWED_FUNCTIONS = ("size", "int", "double", "string")
ALLOWED_METHODS = ("contains", "startsWith", "endsWith", "size")
OPERATORS = frozenset({"_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_", "_&&_", "_||_", "!_", "-_", "_?_:_", "@in",
                       "_+_", "_-_", "_*_", "_/_", "_%_"})  # fmt: skip
_COMPARISONS = frozenset({"_==_", "_!=_", "_<_", "_<=_", "_>_", "_>=_"})
_LOGICAL = frozenset({"_&&_", "_||_", "!_"})
_UNSUPPORTED = {"select": "a field such as `a.b`", "struct": "a map `{…}`", "comprehension": "a macro such as `exists`"}
# what the checker says: `ERROR: <input>:1:7: found no matching overload for '_>_' applied to '(int, double)'`
_CHECKER_ERROR = re.compile(r"<input>:(\d+):(\d+): (.*)")
_NO_OVERLOAD = re.compile(r"found no matching overload for '(.+)' applied to '\((.*)\)'")


@dataclass(frozen=True)
class CelType:
    """What an item's answer is in conditions: how it is declared to CEL and described to authors."""

    kind: str  # text, integer, decimal, list
    item: str | None = None  # the item whose answer this is
    codes: frozenset[str] | None = None  # valid codes of that item (or of its list elements)
    description: str = ""

    def declared(self) -> cel.Type:
        """Nullable scalars are CEL's wrapper types: `x != null` checks, `x == 5` on a text does not."""
        if self.kind == "list":
            return cel.Type.List(cel.Type.STRING if self.codes is not None else cel.Type.DYN)
        return cel.Type(_WRAPPERS[self.kind])

    def describe(self) -> str:
        return self.description or _DESCRIPTIONS[self.kind]


_WRAPPERS = {"text": "google.protobuf.StringValue", "integer": "google.protobuf.Int64Value",
             "decimal": "google.protobuf.DoubleValue"}  # fmt: skip
_DESCRIPTIONS = {"text": "text", "integer": "a whole number", "decimal": "a decimal number", "list": "a list"}


class ExpressionError(Exception):
    """A condition that cannot be used; the message is for the questionnaire's author."""


@dataclass(frozen=True)
class Expression:
    """A checked condition and the CEL program that evaluates it."""

    source: str
    names: frozenset[str]  # the items it reads (`value` aside)
    program: cel.Expression = field(repr=False, compare=False)
    decimals: frozenset[str] = frozenset()  # names (`value` included) whose answers CEL must see as decimals

    def evaluate(self, variables: Mapping[str, Json]) -> bool | None:
        """True or False; None when CEL cannot evaluate it with the answers at hand (e.g. null > 5)."""
        data = {name: _to_cel(variables.get(name), name in self.decimals) for name in self.names}
        if "value" in variables:
            data["value"] = _to_cel(variables["value"], "value" in self.decimals)
        result = self.program.eval(data=data).value()  # a CEL error is a value too: its message, a str
        return result if type(result) is bool else None

    def __reduce__(self) -> tuple[Any, ...]:
        """Kept (by `checked_cache`) with its program in CEL's own serialised form, read back without checking."""
        return (_restored, (self.source, self.names, self.program.serialize(), self.decimals))


def _restored(source: str, names: frozenset[str], program: bytes, decimals: frozenset[str]) -> Expression:
    return Expression(source, names, _runtime().deserialize(program), decimals)


def _to_cel(value: Json, decimal: bool) -> Json:
    if isinstance(value, Mapping) and "selected" in value:  # multiple choice: conditions see the chosen codes
        selected = value["selected"]
        return list(selected) if isinstance(selected, Sequence) and not isinstance(selected, str) else []
    if decimal and type(value) is int:  # a decimal answer stored as a whole number is still a decimal
        return float(value)
    return value


@functools.cache
def _runtime() -> cel.Env:
    """Evaluation resolves names at run time: the answers are given as they are, unanswered ones as null."""
    return cel.NewEnv()


class ConditionChecker:
    """Parses and checks the conditions of one questionnaire; `types` maps every item id to its type."""

    def __init__(self, types: Mapping[str, CelType]) -> None:
        self.types = types
        self._environments: dict[tuple[str, bool] | None, cel.Env] = {}

    def compile(self, source: str, own: CelType | None = None) -> Expression:
        """The checked condition; `own` is the type of `value` in constraints and evidence rules."""
        scope = {**self.types, "value": own} if own is not None else self.types
        try:
            program = _runtime().compile(source, disable_check=True)
        except RuntimeError as exc:
            raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=_problem(str(exc)))) from None
        try:
            tree = read_tree(program.serialize())
        except TreeUnreadable as exc:
            raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=str(exc))) from None
        names = _check_tree(tree, scope)
        try:
            checked = self._environment(own).compile(source)
        except RuntimeError as exc:
            raise ExpressionError(_type_error(str(exc), source, tree, scope)) from None
        if checked.return_type() != cel.Type.BOOL:
            found = _describe(tree, scope, _type_name(checked.return_type().name()))
            raise ExpressionError(Msg.EXPR_NOT_BOOLEAN.format(found=found))
        decimals = frozenset(name for name in (*names, "value") if name in scope and scope[name].kind == "decimal")
        return Expression(source, frozenset(names) - {"value"}, program, decimals)

    def _environment(self, own: CelType | None) -> cel.Env:
        key = None if own is None else (own.kind, own.codes is None)  # what `own.declared()` depends on
        if key not in self._environments:
            variables = {name: kind.declared() for name, kind in self.types.items()}
            if own is not None:
                variables["value"] = own.declared()
            self._environments[key] = cel.NewEnv(variables=variables)
        return self._environments[key]


# -- our checks over CEL's tree


def _walk(node: Node) -> Iterator[Node]:
    yield node
    if node.target is not None:
        yield from _walk(node.target)
    for child in node.args:
        yield from _walk(child)


def _check_tree(tree: Node, scope: Mapping[str, CelType]) -> set[str]:
    """Constructs, names, functions and codes; the names read."""
    names: set[str] = set()
    for node in _walk(tree):
        if node.kind in _UNSUPPORTED:
            raise ExpressionError(Msg.EXPR_SYNTAX.format(problem=f"{_UNSUPPORTED[node.kind]} is not supported"))
        if node.kind == "const" and node.name == "bytes":
            raise ExpressionError(Msg.EXPR_SYNTAX.format(problem="bytes `b'…'` are not supported"))
        if node.kind == "ident":
            _check_name(node.name, scope)
            names.add(node.name)
        if node.kind == "call":
            _check_function(node)
    for node in _walk(tree):
        if node.kind == "call" and (node.name in _COMPARISONS or node.name == "@in"):
            left, right = node.args
            _check_codes(left, right, scope)
            _check_codes(right, left, scope)
    return names


def _check_name(name: str, scope: Mapping[str, CelType]) -> None:
    if name in scope:
        return
    if name == "value":
        raise ExpressionError(Msg.EXPR_VALUE_OUTSIDE.format())
    close = difflib.get_close_matches(name, [n for n in scope if n != "value"], n=1)
    hint = f"; did you mean `{close[0]}`?" if close else ""
    raise ExpressionError(Msg.EXPR_UNKNOWN_NAME.format(name=name, hint=hint))


def _check_function(node: Node) -> None:
    if node.name == "_[_]":
        raise ExpressionError(Msg.EXPR_SYNTAX.format(problem="an index `x[…]` is not supported"))
    if node.target is not None:
        if node.name not in ALLOWED_METHODS:
            raise ExpressionError(Msg.EXPR_UNKNOWN_FUNCTION.format(name=node.name, allowed=", ".join(ALLOWED_METHODS)))
    elif node.name not in OPERATORS and node.name not in ALLOWED_FUNCTIONS:
        raise ExpressionError(Msg.EXPR_UNKNOWN_FUNCTION.format(name=node.name, allowed=", ".join(ALLOWED_FUNCTIONS)))


def _check_codes(item_side: Node, literal_side: Node, scope: Mapping[str, CelType]) -> None:
    """Quoted codes compared with a choice item must be its choices."""
    kind = scope.get(item_side.name) if item_side.kind == "ident" else None
    if kind is None or kind.codes is None or kind.item is None:
        return
    literals = literal_side.args if literal_side.kind == "list" else (literal_side,)
    for literal in literals:
        if literal.kind == "const" and literal.name == "string" and literal.value not in kind.codes:
            raise ExpressionError(
                Msg.EXPR_UNKNOWN_CODE.format(code=literal.value, item=kind.item, allowed=", ".join(sorted(kind.codes)))
            )


# -- CEL's type errors, in the author's words


def _type_error(error: str, source: str, tree: Node, scope: Mapping[str, CelType]) -> str:
    located = _CHECKER_ERROR.search(error)
    overload = _NO_OVERLOAD.search(error)
    node = _node_at(tree, source, int(located.group(1)), int(located.group(2))) if located else None
    if overload is None or node is None or node.kind != "call":
        return Msg.EXPR_SYNTAX.format(problem=_problem(error))
    function, types = overload.group(1), [_type_name(t) for t in _split_types(overload.group(2))]
    operands = [*([node.target] if node.target is not None else []), *node.args]
    described = [_describe(operand, scope, kind) for operand, kind in zip(operands, types, strict=False)]
    if function in _LOGICAL or (function == "_?_:_" and types[0] != "true/false"):
        culprit = next((d for d, t in zip(described, types, strict=False) if t != "true/false"), described[0])
        return Msg.EXPR_NOT_BOOLEAN.format(found=culprit)
    if function == "_?_:_":
        described = described[1:]
    if len(described) == 1:  # `-x`, `size(x)`
        described.insert(0, f"`{function.strip('_')}`" if not function.isidentifier() else f"`{function}()`")
    left, right = described[0], described[1]
    if {types[0], types[-1]} == {"a whole number", "a decimal number"}:
        return Msg.EXPR_WHOLE_AND_DECIMAL.format(left=left, right=right)
    return Msg.EXPR_TYPE_MISMATCH.format(left=left, right=right)


def _node_at(tree: Node, source: str, line: int, column: int) -> Node | None:
    """The call node the checker's line:column points at (the operator, or a method's name)."""
    lines = source.split("\n")
    offset = sum(len(text) + 1 for text in lines[: line - 1]) + column - 1
    return next((n for n in _walk(tree) if n.kind == "call" and n.offset == offset), None)


def _split_types(text: str) -> list[str]:
    """`wrapper(int), list(string), map(string, int)` into its top-level parts."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
    parts.append(text[start:].strip())
    return parts


def _type_name(cel_name: str) -> str:
    name = cel_name.lower().removeprefix("wrapper(").rstrip(")")
    if name.startswith(("list", "map")):
        return "a list" if name.startswith("list") else "a map"
    return {"int": "a whole number", "int64": "a whole number", "uint": "a whole number", "uint64": "a whole number",
            "double": "a decimal number", "string": "text", "bool": "true/false", "null_type": "null",
            "bytes": "bytes"}.get(name, "a value")  # fmt: skip


def _describe(node: Node, scope: Mapping[str, CelType], kind: str) -> str:
    if node.kind == "ident" and node.name in scope:
        return scope[node.name].describe()
    if node.kind == "const" and node.name in ("int", "uint", "double"):
        return f"the number {node.value}"
    if node.kind == "const" and node.name == "string":
        return f"the text '{node.value}'"
    return kind


def _problem(error: str) -> str:
    """The first line of a CEL error, without its `<input>` prefix and status code."""
    located = _CHECKER_ERROR.search(error)
    text = f"{located.group(3)} (character {located.group(2)})" if located else error.strip().splitlines()[0]
    return re.sub(r"^(INVALID_ARGUMENT|ERROR): ", "", text).strip() or "unreadable"
