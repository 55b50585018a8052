"""Answers files (item id -> value), JSON or strict YAML, with every refusal at a line and column.

JSON goes through the standard library's fast parser, with hooks that refuse what it would otherwise take
silently or crash on: a key twice in one object (it keeps the last), integers longer than Python converts,
nesting deeper than the YAML reader allows (the parser itself ends in RecursionError at about 1,000 levels),
and lone UTF-16 surrogates (`"\\ud800"`), which no UTF-8 file or database can hold. The hooks see no
positions, so when one fires, a scan of the text (`_first_problem`) finds where.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from omnibus.model.input_files import ANSWERS, FileTooLarge, read_bounded
from omnibus.model.messages import Msg
from omnibus.model.yaml_source import (
    MAX_DEPTH,
    MAX_DIGITS,
    Position,
    Problem,
    YamlError,
    decode,
    offset_position,
    parse,
)


class AnswersFileError(Exception):
    """An answers file that cannot be read; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class _Refused(Exception):
    """Internal: a hook found something to refuse; the scan of the text says where."""


_SURROGATE = re.compile("[\ud800-\udfff]")
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|[][{}:,]')
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|.)")


def read_answers_file(path: Path) -> dict[str, Any]:
    """The answers in a file: JSON when it ends in `.json`, strict YAML otherwise."""
    name = str(path)
    try:
        content = read_bounded(path, ANSWERS)
    except FileTooLarge as exc:
        raise AnswersFileError([Problem(name, 1, 1, str(exc))]) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise AnswersFileError([Problem(name, 1, 1, Msg.FILE_UNREADABLE.format(reason=reason))]) from None
    return parse_answers(content, name, json_format=path.suffix.lower() == ".json")


def parse_answers(content: bytes, name: str, *, json_format: bool) -> dict[str, Any]:
    """The answers in a file's bytes; AnswersFileError naming every problem's place."""
    try:
        text = decode(content, name, ANSWERS)
        data = _parse_json(text, name) if json_format else parse(text, name, Msg.ANSWERS_NOT_A_MAPPING).data
    except YamlError as exc:
        raise AnswersFileError(exc.problems) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        found = "a list" if isinstance(data, list | tuple) else f"the value {json.dumps(data)[:40]}"
        raise AnswersFileError([Problem(name, 1, 1, Msg.ANSWERS_NOT_A_MAPPING.format(found=found))])
    return data


def _parse_json(text: str, name: str) -> Any:
    try:
        data = json.loads(text, object_pairs_hook=_object, parse_int=_integer)
    except json.JSONDecodeError as exc:
        message = Msg.JSON_SYNTAX.format(problem=exc.msg)
        raise AnswersFileError([Problem(name, exc.lineno, exc.colno, message)]) from None
    except (_Refused, RecursionError):
        data = _REFUSED
    if data is _REFUSED or _suspicious(data):
        where, message = _first_problem(text)
        raise AnswersFileError([Problem(name, where.line, where.column, message)])
    return data


_REFUSED = object()


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _Refused
    return result


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Refused
    return int(text)


def _suspicious(data: Any) -> bool:
    """Whether the parsed data nests too deeply or holds a lone surrogate (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return True
        elif isinstance(node, dict | list):
            if depth >= MAX_DEPTH:
                return True
            if isinstance(node, dict):
                if any(_SURROGATE.search(key) for key in node):
                    return True
                node = node.values()
            stack.extend((child, depth + 1) for child in node)
    return False


def _first_problem(text: str) -> tuple[Position, str]:
    """Where the first thing the hooks refuse stands in valid JSON text, and what it is."""
    frames: list[set[str] | None] = []  # the keys seen in each open object; None for an array
    expect_key = False
    for token in _TOKEN.finditer(text):
        value, start = token.group(), token.start()
        if value in ("{", "["):
            if len(frames) >= MAX_DEPTH:
                return offset_position(text, start), Msg.TOO_DEEP.format(limit=MAX_DEPTH)
            frames.append(set() if value == "{" else None)
            expect_key = value == "{"
        elif value in ("}", "]"):
            if frames:
                frames.pop()
            expect_key = False
        elif value in (",", ":"):
            expect_key = value == "," and bool(frames) and frames[-1] is not None
        elif value.startswith('"'):
            lone = _lone_surrogate(value)
            if lone is not None:
                escape = value[lone : lone + 6]
                return offset_position(text, start + lone), Msg.LONE_SURROGATE.format(escape=escape)
            keys = frames[-1] if frames else None
            if expect_key and keys is not None:
                key = json.loads(value)
                if key in keys:
                    return offset_position(text, start), Msg.DUPLICATE_KEY.format(key=key)
                keys.add(key)
        elif "." not in value and "e" not in value.lower() and len(value.lstrip("-")) > MAX_DIGITS:
            digits = len(value.lstrip("-"))
            return offset_position(text, start), Msg.TOO_MANY_DIGITS.format(digits=digits, limit=MAX_DIGITS)
    return Position(1, 1), Msg.TOO_DEEP.format(limit=MAX_DEPTH)  # pragma: no cover - a hook fired, so found


def _lone_surrogate(token: str) -> int | None:
    """The offset in a JSON string of its first `\\uHHHH` escape (hexadecimal) that is half of a surrogate pair."""
    escapes = list(_ESCAPE.finditer(token))
    n = 0
    while n < len(escapes):
        code = int(escapes[n].group(1) or "0", 16)
        if 0xD800 <= code <= 0xDBFF and n + 1 < len(escapes):
            following = escapes[n + 1]
            low = int(following.group(1) or "0", 16)
            if following.start() == escapes[n].end() and 0xDC00 <= low <= 0xDFFF:
                n += 2
                continue
        if 0xD800 <= code <= 0xDFFF:
            return escapes[n].start()
        n += 1
    return None
