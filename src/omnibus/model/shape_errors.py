"""Pydantic's validation errors, said the way an author of a questionnaire file needs to hear them.

Pydantic reports one error per union branch and per discriminator step; the author wants one message per place
in the file, in words, pointing at the line.
"""

from __future__ import annotations

import dataclasses
import difflib
from typing import Any

from pydantic import ValidationError

from omnibus.model import schema
from omnibus.model.messages import Msg
from omnibus.model.shape_marks import Shape
from omnibus.model.yaml_source import Path, Problem, SourceTree

_NOUNS = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "tuple_type": "a list",
    "list_type": "a list",
    "dict_type": "a mapping",
    "dataclass_type": "a mapping of keys",
    "model_attributes_type": "a mapping of keys",
    "literal_error": "one of the listed values",
    "none_required": "nothing",
}


def _all_field_names() -> list[str]:
    names: set[str] = set()
    for value in vars(schema).values():
        if isinstance(value, type) and issubclass(value, Shape) and dataclasses.is_dataclass(value):
            names.update(f.name for f in dataclasses.fields(value))
    return sorted(names)


_FIELD_NAMES = _all_field_names()


def _found(value: Any) -> str:
    if isinstance(value, tuple):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if isinstance(value, int | float):
        return f"the number {value} (put it in quotes if it is text)"
    return f"`{value}`"


def _field(path: Path) -> str:
    names = [str(step) for step in path if isinstance(step, str)]
    return f"`{names[-1]}`" if names else "the file"


def translate(error: ValidationError, tree: SourceTree, file: str) -> list[Problem]:
    """One problem per place in the file, most specific first, in file order."""
    raw = error.errors(include_url=False)
    entries: list[tuple[Path, Path, dict[str, Any]]] = []
    for detail in raw:
        e: dict[str, Any] = dict(detail)
        loc: Path = tuple(e["loc"])
        entries.append((loc, tree.real_path(loc), e))
    # a type complaint about a union branch is noise when another branch went deeper into the same value
    deeper = {real[:n] for _, real, _ in entries for n in range(len(real))}
    by_place: dict[Path, list[dict[str, Any]]] = {}
    for _loc, real, e in entries:
        if (e["type"].endswith("_type") or e["type"] == "too_short") and real in deeper:
            continue
        by_place.setdefault(real, []).append(e)
    problems = [_problem(real, errs, tree, file) for real, errs in by_place.items()]
    return sorted(problems, key=lambda p: (p.line, p.column))


def _problem(real: Path, errors: list[dict[str, Any]], tree: SourceTree, file: str) -> Problem:
    first = errors[0]
    kind = first["type"]
    loc: Path = tuple(first["loc"])
    value = first.get("input")
    ctx = first.get("ctx") or {}
    key_position = False
    if kind == "missing":
        message = Msg.MISSING_KEY.format(key=loc[-1])
    elif kind == "unexpected_keyword_argument":  # a key the shape does not have (`extra="forbid"`)
        key = str(loc[-1])
        close = difflib.get_close_matches(key, _FIELD_NAMES, n=1)
        message = Msg.UNKNOWN_KEY.format(key=key, hint=f"; did you mean `{close[0]}`?" if close else "")
        key_position = True
    elif kind in ("union_tag_invalid", "union_tag_not_found"):
        discriminator = str(ctx.get("discriminator", "type")).strip("'")
        expected = ctx.get("expected_tags", "")
        if kind == "union_tag_not_found":
            message = Msg.MISSING_KEY.format(key=discriminator)
        else:
            message = Msg.BAD_CHOICE.format(field=f"`{discriminator}`", allowed=expected, found=_found(ctx.get("tag")))
    elif kind == "literal_error":
        message = Msg.BAD_CHOICE.format(field=_field(real), allowed=ctx.get("expected", ""), found=_found(value))
    elif kind == "string_pattern_mismatch":
        message = Msg.BAD_PATTERN.format(field=_field(real), found=value, rule=_pattern_rule(str(ctx.get("pattern"))))
    elif kind in ("too_short", "too_long", "string_too_short", "string_too_long"):
        limit = ctx.get("min_length", ctx.get("max_length", "?"))
        msg = Msg.TOO_SHORT if "short" in kind else Msg.TOO_LONG
        message = msg.format(field=_field(real), limit=limit, plural="y" if limit == 1 else "ies")
    elif kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        message = Msg.OUT_OF_RANGE.format(field=_field(real), problem=first["msg"].lower())
    elif kind.endswith("_type") or kind == "none_required":
        nouns = sorted({_NOUNS.get(e["type"], e["type"]) for e in errors})
        message = Msg.WRONG_TYPE.format(field=_field(real), expected=" or ".join(nouns), found=_found(value))
    else:
        message = Msg.INVALID.format(field=_field(real), problem=first["msg"])
    pos = tree.locate(loc, key=key_position)
    return Problem(file, pos.line, pos.column, message)


def _pattern_rule(pattern: str) -> str:
    if "a-z][a-z0-9_]" in pattern:
        return "ids are lower-case letters, digits and `_`, starting with a letter (at most 64)"
    if "a-z][a-z0-9-]" in pattern:
        return "questionnaire ids are lower-case letters, digits and `-`, starting with a letter"
    if "a-z0-9][a-z0-9_.-]" in pattern:
        return "codes are lower-case letters, digits, `_`, `.` and `-`"
    if "[0-9]{4}-" in pattern:
        return "write dates as YYYY-MM-DD in quotes, e.g. '2014-09-25'"
    if "ya?ml" in pattern:
        return "name a .yaml file in the same folder"
    if pattern.startswith("^[0-9]"):
        return "versions start with a digit, e.g. '1.0' (in quotes)"
    return f"it must match {pattern}"
