"""Stable names for the texts of a questionnaire file, for translation files.

A text's place in the data (`modules, 2, sections, 0, items, 3, label`) changes whenever an author inserts an item;
its name here (`item:tr_institutions_exist:label`) is built from ids and codes, which never change, so a file sent
to translators still fits the questionnaire when it comes back.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from omnibus.model.checks import texts
from omnibus.model.schema import QuestionnaireDocument, SharedLists
from omnibus.model.text import LocalizedText
from omnibus.model.yaml_source import Path

_ANCHORS = {"modules": "module", "sections": "section", "items": "item", "sources": "source"}
_NAMED = {"choice_lists": "choice", "evidence_rules": "rule"}
_NUMBERED = {"constraints": "constraint", "evidence": "evidence"}


def _key_of(element: Any) -> str:
    for attribute in ("id", "code", "symbol"):
        value = getattr(element, attribute, None)
        if isinstance(value, str):
            return value
    raise ValueError(f"no id, code or symbol in {type(element).__name__}")


def stable_name(document: QuestionnaireDocument | SharedLists, path: Path) -> str:
    """The name of the text at `path`: the innermost module, section, item, list or rule, then the way to the text."""
    parts: list[str] = []
    node: Any = document
    field = ""
    for step in path[:-1]:
        if isinstance(step, int):
            node = node[step]
            if field in _ANCHORS:
                parts = [_ANCHORS[field], _key_of(node)]
            elif field in _NUMBERED:
                parts += [_NUMBERED[field], str(step + 1)]
            elif parts[:1] == ["choice"] and field in ("choice_lists", "choices", "subtypes"):
                parts.append(_key_of(node))
            else:
                parts += [field.removesuffix("s").replace("subtype", "choice"), _key_of(node)]
        elif isinstance(node, dict):
            node = node[step]
            parts = [_NAMED[field], step]
        else:
            node = getattr(node, step)
            field = step
    return ":".join([*(parts or ["questionnaire"]), str(path[-1])])


def named_texts(document: QuestionnaireDocument | SharedLists) -> Iterator[tuple[str, Path, LocalizedText]]:
    """Every text of a questionnaire or lists document: its stable name, its place in the data and its value."""
    for path, text in texts(document):
        yield stable_name(document, path), path, text
