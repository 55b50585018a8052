"""The tree of a condition as CEL itself parsed it, read from the library's serialized form.

cel-expr-python parses and type-checks conditions but hands the parse tree out only as `Expression.serialize()`:
a protocol-buffer `google.protobuf.Any` holding a `cel.expr.ParsedExpr` (or `CheckedExpr`), whose layout is part
of the CEL specification (cel-spec, proto/cel/expr/syntax.proto and checked.proto). Our own checks need a little
of it, the names, calls, literals and their offsets, so this module reads those fields from the wire format rather
than adding protobuf and generated classes as dependencies. Field numbers below are the specification's.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

# google.protobuf.Any
_ANY_TYPE_URL, _ANY_VALUE = 1, 2
# (expr, source_info) of cel.expr.ParsedExpr and cel.expr.CheckedExpr
_LAYOUTS = {"type.googleapis.com/cel.expr.ParsedExpr": (2, 3), "type.googleapis.com/cel.expr.CheckedExpr": (4, 5)}
# cel.expr.SourceInfo and its map<int64, int32> positions
_SOURCE_POSITIONS = 4
# cel.expr.Expr
_EXPR_ID, _CONST, _IDENT, _SELECT, _CALL, _LIST, _STRUCT, _COMPREHENSION = 2, 3, 4, 5, 6, 7, 8, 9
# cel.expr.Constant: one of these
_CONSTANT_KINDS = {1: "null", 2: "bool", 3: "int", 4: "uint", 5: "double", 6: "string", 7: "bytes"}
# cel.expr.Expr.Call
_CALL_TARGET, _CALL_FUNCTION, _CALL_ARGS = 1, 2, 3
_NODE_KINDS = {_CONST: "const", _IDENT: "ident", _SELECT: "select", _CALL: "call", _LIST: "list",
               _STRUCT: "struct", _COMPREHENSION: "comprehension"}  # fmt: skip


@dataclass(frozen=True)
class Node:
    """One node: `kind` is const, ident, call, list, or one conditions do not use (select, struct, comprehension)."""

    kind: str
    offset: int  # code points from the start of the condition
    name: str = ""  # an ident's name, a call's function (`_==_`, `size`), a constant's kind (`string`, `int`)
    value: object = None  # a constant's value
    target: Node | None = None  # the receiver of a method call: `x` in `x.startsWith('a')`
    args: tuple[Node, ...] = ()  # a call's arguments, a list's elements


class TreeUnreadable(Exception):
    """The serialized form is not what the CEL specification describes."""


def read_tree(serialized: bytes) -> Node:
    """The root node of `Expression.serialize()`."""
    try:
        expr_field, source_info_field = _LAYOUTS[_only(serialized, _ANY_TYPE_URL).decode()]
        message = _only(serialized, _ANY_VALUE)
        positions: dict[int, int] = {}
        for entry in _all(_first(message, source_info_field) or b"", _SOURCE_POSITIONS):
            fields = dict(_fields(entry))
            positions[_int(fields.get(1, 0))] = _int(fields.get(2, 0))
        return _node(_only(message, expr_field), positions)
    except (IndexError, KeyError, ValueError, UnicodeDecodeError, struct.error) as exc:
        raise TreeUnreadable(str(exc)) from None


def _node(data: bytes, positions: dict[int, int]) -> Node:
    identifier, kind, body = 0, "", b""
    for number, value in _fields(data):
        if number == _EXPR_ID:
            identifier = _int(value)
        elif number in _NODE_KINDS:
            kind, body = _NODE_KINDS[number], _bytes(value)
    offset = positions.get(identifier, 0)
    if kind == "const":
        ((number, value),) = _fields(body) if body else ((1, 0),)
        constant = _CONSTANT_KINDS[number]
        return Node("const", offset, constant, _constant(constant, value))
    if kind == "ident":
        return Node("ident", offset, _bytes(_only(body, 1)).decode())
    if kind == "call":
        target = _first(body, _CALL_TARGET)
        return Node(
            "call",
            offset,
            _bytes(_only(body, _CALL_FUNCTION)).decode(),
            target=_node(target, positions) if target is not None else None,
            args=tuple(_node(arg, positions) for arg in _all(body, _CALL_ARGS)),
        )
    if kind == "list":
        return Node("list", offset, args=tuple(_node(element, positions) for element in _all(body, 1)))
    if not kind:
        raise ValueError("an expression without a kind")
    return Node(kind, offset)


def _constant(kind: str, value: int | bytes) -> object:
    if kind == "string":
        return _bytes(value).decode()
    if kind == "bytes":
        return _bytes(value)
    if kind == "double":
        return struct.unpack("<d", _bytes(value))[0]
    if kind == "int":
        number = _int(value)
        return number - (1 << 64) if number >= 1 << 63 else number
    if kind == "bool":
        return bool(value)
    return None if kind == "null" else _int(value)


# -- the protocol-buffer wire format: varints and length-delimited fields are all a CEL tree uses


def _fields(data: bytes) -> Iterator[tuple[int, int | bytes]]:
    position = 0
    while position < len(data):
        key, position = _varint(data, position)
        number, wire_type = key >> 3, key & 7
        value: int | bytes
        if wire_type == 0:
            value, position = _varint(data, position)
        elif wire_type == 1:
            value, position = data[position : position + 8], position + 8
        elif wire_type == 2:
            length, position = _varint(data, position)
            value, position = data[position : position + length], position + length
        elif wire_type == 5:
            value, position = data[position : position + 4], position + 4
        else:
            raise ValueError(f"wire type {wire_type}")
        yield number, value


def _varint(data: bytes, position: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[position]
        position += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, position
        shift += 7


def _all(data: bytes, number: int) -> list[bytes]:
    return [_bytes(value) for n, value in _fields(data) if n == number]


def _first(data: bytes, number: int) -> bytes | None:
    found = _all(data, number)
    return found[0] if found else None


def _only(data: bytes, number: int) -> bytes:
    found = _first(data, number)
    if found is None:
        raise ValueError(f"field {number} missing")
    return found


def _int(value: int | bytes) -> int:
    if isinstance(value, bytes):
        raise ValueError("a number was expected")
    return value


def _bytes(value: int | bytes) -> bytes:
    if not isinstance(value, bytes):
        raise ValueError("bytes were expected")
    return value
