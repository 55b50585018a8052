"""What the questionnaire format's shapes say about their fields beyond a type, without importing pydantic.

The shapes in `schema.py` are standard-library dataclasses, read by every part of the program; only the loader
validates files into them, with pydantic. So the marks here are plain objects: pydantic finds them through its
documented hooks (`__pydantic_config__`, `__get_pydantic_core_schema__`, a field's `metadata`), and
`schema_validation.py`, which the loader imports, says what each means to it. Importing this module, or the shapes,
imports nothing of pydantic: a questionnaire read back from the cache needs no validation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar


class Shape:
    """Base of every shape: unknown keys are refused and no value is converted (`"5"` is not a number).

    Subclasses are frozen, keyword-only dataclasses. pydantic fills them from a file's mappings.
    """

    __pydantic_config__: ClassVar[Mapping[str, object]] = {"extra": "forbid", "strict": True}

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from omnibus.model.schema_validation import filled_from_mappings

        return filled_from_mappings(source, handler)


class Pattern:
    """A text's form, as a regular expression over the whole text (checked, and given to editors in the schema)."""

    __slots__ = ("regex",)

    def __init__(self, regex: str) -> None:
        self.regex = regex

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from omnibus.model.schema_validation import matching

        return matching(self.regex, source, handler)


class Tagged:
    """A union of shapes told apart by one key's value (`type` for items, `kind` for files)."""

    __slots__ = ("key",)

    def __init__(self, key: str) -> None:
        self.key = key

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from omnibus.model.schema_validation import told_apart_by

        return told_apart_by(self.key, source, handler)


def describe(text: str) -> Mapping[str, str]:
    """A field's `metadata`: the description an author's editor shows for the key (from the JSON schema)."""
    return {"description": text}
