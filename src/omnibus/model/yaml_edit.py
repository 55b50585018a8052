"""Edits to a questionnaire's YAML text that keep everything else byte for byte: comments, layout, quoting.

Translators' texts are written back into files that people maintain by hand, so the file is not re-serialised:
PyYAML's event marks give the exact span of every value, and each edit replaces or inserts a few characters there.
A round-trip library (ruamel.yaml) would do the same with another dependency and its own idea of layout; the
project's strict YAML (no anchors, tags or multi-document files) keeps this small. The result is parsed again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from omnibus.model.yaml_source import Path, parse

_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Node:
    """Where a value stands in the text, and how it is written."""

    start: int
    end: int
    flow: bool
    kind: str  # "scalar", "mapping" or "sequence"
    block_scalar: bool = False
    key_start: int | None = None  # for a value in a mapping: where its key starts
    key_column: int = 0
    children: list[Path] = field(default_factory=list)


def spans(text: str) -> dict[Path, Node]:
    """Every value of a (valid, strict) YAML document, by its place in the data."""
    found: dict[Path, Node] = {}
    stack: list[list[Any]] = []  # [path, node, pending key or None, key start, key column, count]

    def place(here_node: Node) -> Path:
        if not stack:
            found[()] = here_node
            return ()
        frame = stack[-1]
        path, parent = frame[0], frame[1]
        if parent.kind == "sequence":
            here: Path = (*path, frame[5])
            frame[5] += 1
        else:
            here = (*path, frame[2])
            here_node.key_start, here_node.key_column = frame[3], frame[4]
            frame[2] = None
        parent.children.append(here)
        found[here] = here_node
        return here

    events: Iterator[Any] = yaml.parse(text, Loader=_Parser)  # every event has its marks: nothing is composed
    for event in events:
        start: Any = event.start_mark
        end: Any = event.end_mark
        if isinstance(event, yaml.ScalarEvent):
            frame = stack[-1] if stack else None
            if frame is not None and frame[1].kind == "mapping" and frame[2] is None:
                frame[2], frame[3], frame[4] = event.value, start.index, start.column
                continue
            node = Node(start.index, end.index, False, "scalar", event.style in ("|", ">"))
            place(node)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            kind = "mapping" if isinstance(event, yaml.MappingStartEvent) else "sequence"
            node = Node(start.index, start.index, bool(event.flow_style), kind)
            stack.append([place(node), node, None, 0, 0, 0])
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()[1].end = end.index
    return found


def quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON's escapes are YAML's; YAML also breaks lines at U+0085/2028/2029)."""
    rendered = json.dumps(value, ensure_ascii=False)
    return rendered.replace("\u0085", "\\N").replace("\u2028", "\\L").replace("\u2029", "\\P")


Edit = tuple[int, int, str]
"""Replace text[start:end] with a string."""


def _line_end(text: str, offset: int) -> int:
    """Where the line holding `offset` ends, before its line break (`\n` or Windows' `\r\n`)."""
    end = text.find("\n", offset)
    if end < 0:
        return len(text)
    return end - 1 if end > offset and text[end - 1] == "\r" else end


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _entry(lang: str, value: str) -> str:
    return f"{lang}: {quoted(value)}"


def text_edit(text: str, nodes: dict[Path, Node], path: Path, lang: str, value: str, order: list[str]) -> Edit:
    """The edit that gives the text at `path` the version `value` in `lang`, languages kept in `order`."""
    node = nodes[path]
    own = (*path, lang)
    if own in nodes:
        target = nodes[own]
        tail = "\n" if target.block_scalar and text[target.end - 1] == "\n" else ""
        return target.start, target.end, quoted(value) + tail
    rank = {code: n for n, code in enumerate(order)}
    if node.kind != "mapping":
        raise ValueError("a plain text becomes a mapping with plain_text_edit")
    siblings = [p for p in node.children if isinstance(p[-1], str)]
    before = [p for p in siblings if rank.get(str(p[-1]), len(order)) < rank[lang]]
    if before:
        anchor = nodes[before[-1]]
        if node.flow:
            return anchor.end, anchor.end, f", {_entry(lang, value)}"
        indent = " " * anchor.key_column
        if text[anchor.end - 1] == "\n":
            return anchor.end, anchor.end, f"{indent}{_entry(lang, value)}\n"
        end = _line_end(text, anchor.end)
        return end, end, f"\n{indent}{_entry(lang, value)}"
    first = nodes[siblings[0]]
    key_start = first.key_start if first.key_start is not None else first.start
    if node.flow:
        return key_start, key_start, f"{_entry(lang, value)}, "
    start = _line_start(text, key_start)
    return start, start, f"{' ' * first.key_column}{_entry(lang, value)}\n"


def plain_text_edit(
    text: str, nodes: dict[Path, Node], path: Path, source_language: str, lang: str, value: str, order: list[str]
) -> Edit:
    """The edit that turns a plain (source-language) text into a mapping with its translation into `lang`."""
    node = nodes[path]
    parent = nodes[path[:-1]]
    written = text[node.start : node.end]
    if node.block_scalar or "\n" in written:
        written = quoted(_value_at(text, path))
    pairs = sorted([(source_language, written), (lang, quoted(value))], key=lambda p: order.index(p[0]))
    if parent.flow:
        return node.start, node.end, "{" + ", ".join(f"{code}: {v}" for code, v in pairs) + "}"
    start = node.start
    while start > 0 and text[start - 1] == " ":
        start -= 1
    indent = " " * (node.key_column + 2)
    tail = "\n" if node.block_scalar and text[node.end - 1] == "\n" else ""
    return start, node.end, "".join(f"\n{indent}{code}: {v}" for code, v in pairs) + tail


def _value_at(text: str, path: Path) -> Any:
    value: Any = parse(text, "edited").data
    for step in path:
        value = value[step]
    return value


def list_append_edit(text: str, nodes: dict[Path, Node], path: Path, value: str) -> Edit:
    """The edit that adds `value` at the end of the sequence at `path` (e.g. a language to `languages`)."""
    node = nodes[path]
    last = nodes[node.children[-1]]
    if node.flow:
        return last.end, last.end, f", {value}"
    indent = " " * (last.key_column if last.key_start is not None else _column(text, last.start) - 2)
    end = _line_end(text, last.end)
    return end, end, f"\n{indent}- {value}"


def _column(text: str, offset: int) -> int:
    return offset - _line_start(text, offset)


def apply(text: str, edits: list[Edit]) -> str:
    """`text` with every edit made (edits do not overlap; they are applied from the end of the text). New lines
    end as the file's lines do, so a file saved on Windows keeps its `\r\n` throughout."""
    newline = "\r\n" if "\r\n" in text else "\n"
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement.replace("\n", newline) + text[end:]
    return text
