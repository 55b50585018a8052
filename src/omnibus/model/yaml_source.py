"""Strict YAML reading with line and column for every value.

Built on PyYAML's event stream (libyaml when available) rather than its composer: the C composer recurses and
crashes on deeply nested input, and PyYAML's YAML 1.1 typing turns `NO` into false and `1.10` into 1.1. Here the
tree is built iteratively, aliases, anchors and tags are refused, and ambiguous plain scalars are errors.
Mappings become dicts, sequences tuples, so pydantic validates the result into the frozen shapes directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from omnibus.model.input_files import QUESTIONNAIRE, FileKind, FileTooLarge
from omnibus.model.messages import Msg

MAX_FILE_BYTES = QUESTIONNAIRE.max_bytes
MAX_DEPTH = 64
MAX_DIGITS = 4300
"""Python's default limit for turning text into an integer: longer numbers are refused, not converted."""

Path = tuple[str | int, ...]

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_YAML11_BOOLEANS = {"y", "yes", "n", "no", "on", "off"}
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(\.[0-9]*)?"
    r"([ \t]*(Z|[-+][0-9]{1,2}(:[0-9]{2})?))?"
)
"""YAML 1.1's timestamps (PyYAML's own pattern): other YAML tools read these plain scalars as dates."""
_NOT_ALLOWED = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""The characters YAML does not allow anywhere in a file (control characters, lone surrogates, U+FFFE/FFFF)."""
_NUMBER_LIKE = re.compile(
    r"[-+]?(0[0-9_]+|0[xXoObB][0-9a-fA-F_]+|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|\.(inf|Inf|INF|nan|NaN|NAN))"
)


@dataclass(frozen=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a place in it."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


@dataclass
class SourceTree:
    """A parsed file: its data, and where each value (and each mapping key) stands in the text."""

    data: Any
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)

    def locate(self, path: Path, *, key: bool = False) -> Position:
        """The position of the deepest part of `path` that exists in the data.

        Steps of `path` that are not in the data (pydantic's union branch names, for instance) are skipped.
        """
        here = self.real_path(path)
        if key and here in self.keys:
            return self.keys[here]
        return self.values.get(here, Position(1, 1))

    def real_path(self, path: Path) -> Path:
        """`path` without the steps that are not in the data."""
        here: Path = ()
        node: Any = self.data
        for step in path:
            found, child = _child(node, step)
            if found:
                node, here = child, (*here, step)
        return here


def _child(node: Any, step: str | int) -> tuple[bool, Any]:
    """Whether `node` has `step` (a key or an index), and the value there."""
    if isinstance(node, dict):
        return step in node, node.get(step)
    if isinstance(node, tuple) and isinstance(step, int) and 0 <= step < len(node):
        return True, node[step]
    return False, None


class YamlError(Exception):
    """The file cannot be read as strict YAML; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def decode(raw: bytes, file: str, kind: FileKind = QUESTIONNAIRE) -> str:
    """The file's text, or a YamlError saying why it is not readable UTF-8 of a sane size for its kind."""
    if len(raw) > kind.max_bytes:
        raise YamlError([Problem(file, 1, 1, str(FileTooLarge(kind, kind.max_bytes)))])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        prefix = raw[: exc.start].decode("utf-8", "replace")
        line = prefix.count("\n") + 1
        column = len(prefix) - (prefix.rfind("\n") + 1) + 1
        raise YamlError([Problem(file, line, column, Msg.NOT_UTF8.format(offset=exc.start))]) from None
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise YamlError([Problem(file, 1, 1, Msg.FILE_EMPTY.format())])
    return text


def _plain_scalar(text: str, file: str, pos: Position) -> Any:
    if text in _NULLS:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text.lower() in _YAML11_BOOLEANS:
        raise YamlError([Problem(file, pos.line, pos.column, Msg.AMBIGUOUS_BOOLEAN.format(text=text))])
    if _INT.fullmatch(text):
        digits = len(text.lstrip("+-"))
        if digits > MAX_DIGITS:
            raise YamlError(
                [Problem(file, pos.line, pos.column, Msg.TOO_MANY_DIGITS.format(digits=digits, limit=MAX_DIGITS))]
            )
        return int(text)
    if _FLOAT.fullmatch(text):
        number = float(text)
        if repr(number) == text.lstrip("+"):
            return number
        raise YamlError([Problem(file, pos.line, pos.column, Msg.AMBIGUOUS_NUMBER.format(text=text, number=number))])
    if _TIMESTAMP.fullmatch(text):
        raise YamlError([Problem(file, pos.line, pos.column, Msg.AMBIGUOUS_DATE.format(text=text))])
    if _NUMBER_LIKE.fullmatch(text):
        raise YamlError([Problem(file, pos.line, pos.column, Msg.AMBIGUOUS_NUMBER.format(text=text, number="?"))])
    return text


def _describe(value: Any) -> str:
    if isinstance(value, tuple):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool | int | float):
        return f"the value {value!r}"
    return f"the text {value!r}"


def offset_position(text: str, offset: int) -> Position:
    """The line and column of a character of `text` (both counted from 1, the column in characters)."""
    line_start = text.rfind("\n", 0, offset) + 1
    return Position(text.count("\n", 0, offset) + 1, offset - line_start + 1)


def _check_characters(text: str, file: str) -> None:
    """Refuse the first character YAML does not allow, where it stands (PyYAML reports it at 1:1)."""
    found = _NOT_ALLOWED.search(text)
    if found is not None:
        pos = offset_position(text, found.start())
        code = f"U+{ord(found.group()):04X}"
        raise YamlError([Problem(file, pos.line, pos.column, Msg.CONTROL_CHARACTER.format(code=code))])


def parse(text: str, file: str, not_a_mapping: Msg = Msg.NOT_A_MAPPING) -> SourceTree:
    """Parse one YAML document into plain data with positions, refusing everything that is not plain YAML.

    The document must be a mapping; `not_a_mapping` says what kind of mapping, for the file's readers.
    """
    _check_characters(text, file)
    tree = SourceTree(data=None)
    # frame: [container, path, pending key, key position]
    stack: list[list[Any]] = []
    documents = 0

    def problem(mark: Any, msg: str) -> YamlError:
        pos = _position(mark)
        return YamlError([Problem(file, pos.line, pos.column, msg)])

    def place(value: Any, pos: Position, mark: Any) -> None:
        if not stack:
            tree.data = value
            tree.values[()] = pos
            return
        frame = stack[-1]
        container, path = frame[0], frame[1]
        if isinstance(container, list):
            here = (*path, len(container))
            container.append(value)
            tree.values[here] = pos
            return
        if frame[2] is _NO_KEY:
            if not isinstance(value, str):
                raise problem(mark, Msg.NON_TEXT_KEY.format(found=_describe(value)))
            if value in container:
                raise problem(mark, Msg.DUPLICATE_KEY.format(key=value))
            frame[2], frame[3] = value, pos
            return
        key = frame[2]
        here = (*path, key)
        container[key] = value
        tree.values[here] = pos
        tree.keys[here] = frame[3]
        frame[2] = _NO_KEY

    try:
        for event in yaml.parse(text, Loader=_Parser):
            if isinstance(event, yaml.AliasEvent):
                raise problem(event.start_mark, Msg.ALIAS_REFUSED.format())
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise problem(event.start_mark, "a file holds one document; remove the `---` separator")
                continue
            if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
                raise problem(event.start_mark, Msg.ALIAS_REFUSED.format())
            if isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent) and event.tag not in (None, "!"):
                raise problem(event.start_mark, Msg.TAG_REFUSED.format(tag=event.tag))
            if isinstance(event, yaml.ScalarEvent):
                pos = _position(event.start_mark)
                value = _plain_scalar(event.value, file, pos) if not event.style else event.value
                place(value, pos, event.start_mark)
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise problem(event.start_mark, Msg.TOO_DEEP.format(limit=MAX_DEPTH))
                pos = _position(event.start_mark)
                parent_path: Path = ()
                if stack:
                    parent = stack[-1]
                    parent_path = (
                        (*parent[1], len(parent[0])) if isinstance(parent[0], list) else (*parent[1], parent[2])
                    )
                    if isinstance(parent[0], dict) and parent[2] is _NO_KEY:
                        raise problem(event.start_mark, Msg.NON_TEXT_KEY.format(found="a list or mapping"))
                container: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
                stack.append([container, parent_path, _NO_KEY, pos, pos, event.start_mark])
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                frame = stack.pop()
                finished = tuple(frame[0]) if isinstance(frame[0], list) else frame[0]
                place(finished, frame[4], frame[5])
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pos = _position(mark) if mark is not None else Position(1, 1)
        reason = exc.problem or exc.context or "unreadable"
        raise YamlError([Problem(file, pos.line, pos.column, Msg.YAML_SYNTAX.format(problem=reason))]) from None
    except yaml.YAMLError as exc:
        raise YamlError([Problem(file, 1, 1, Msg.YAML_SYNTAX.format(problem=str(exc)))]) from None
    if not isinstance(tree.data, dict):
        raise YamlError([Problem(file, 1, 1, not_a_mapping.format(found=_describe(tree.data)))])
    return tree


_NO_KEY = object()
