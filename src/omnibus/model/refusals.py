"""Why a value was refused, as data: what is wrong, with which numbers and codes, and where in the answer.

The command line shows `Refusal.english()` (ids and codes, for whoever wrote the file); the interface says the
same thing in the respondent's language, with the labels of columns and choices and numbers written their way.
Fields keep their raw values (a number stays a number, a column stays its id) so each front end can say them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

Place = tuple[Literal["row", "column", "citation", "file", "need", "field"], Any]
"""Where in a list value: the entry (numbered from 1), then the column or the field of a citation or need."""


class Why(Enum):
    # a single value
    NOT_ONE_OF = "must be one of {allowed}, not {found}"
    NOT_TEXT = "{what} must be text, not {found}"
    TOO_LONG = "{what} is {length} characters long; at most {limit} are allowed"
    LONE_SURROGATE = "{what} holds {code}, half of a UTF-16 surrogate pair, not a character"
    NOT_WHOLE = "must be a whole number, not {found}"
    NOT_NUMBER = "must be a number, not {found}"
    TOO_LARGE = "the number is too large"
    NOT_FINITE = "must be a finite number"
    BELOW = "{number} is below the minimum of {low}"
    ABOVE = "{number} is above the maximum of {high}"
    DATE_WITH_TIME = "{what} must be a date (YYYY-MM-DD) without a time"
    DATE_FORM = "{what} must be written YYYY-MM-DD, not {found}"
    NO_SUCH_DATE = "{text} is not a real date"
    BEFORE = "{text} is before the earliest allowed date, {low}"
    AFTER = "{text} is after the latest allowed date, {high}"
    NESTED = "the value is nested too deeply"
    # the shape of a composite value (only a program or a hand-written file gets these wrong)
    NOT_LIST = "must be a list of {what}, not {found}"
    NOT_MAPPING = "{what} must be a mapping, not {found}"
    KEY_NOT_TEXT = "{what} has a key that is not text: {found}"
    UNKNOWN_FIELDS = "{what}: unknown field {unknown} (allowed: {allowed})"
    # choices
    NOT_A_CHOICE = "{found} is not one of the choices ({allowed})"
    NO_OTHER = 'this question has no "Other, please specify"'
    OTHER_UNSPECIFIED = '"other" is selected; please specify it'
    SELECT_AT_LEAST = "select at least {limit} (now {count})"
    SELECT_AT_MOST = "select at most {limit} (now {count})"
    # citations, files, tables, needs
    MANY_CITATIONS = "at most {limit} citations are allowed (now {count})"
    FEW_CITATIONS = "at least {limit} citations are needed (now {count})"
    TITLE_REQUIRED = "the title of the act is required"
    MANY_FILES = "at most {limit} files are allowed (now {count})"
    BAD_DIGEST = "sha256 must be 64 lower-case hexadecimal digits"
    SAME_FILE_TWICE = "the same file is attached twice"
    NAME_REQUIRED = "the file name is required"
    FILE_KIND = "{name} is not an allowed kind of file ({allowed})"
    BAD_SIZE = "size must be a whole number of bytes"
    FILE_TOO_BIG = "{name} is {size_mb:.1f} MB; at most {limit_mb} MB is allowed"
    FILE_NOT_STORED = "{name} is not stored in this database (sha256 {digest}…)"
    SIZE_MISMATCH = "the size {size} does not match the stored file ({stored} bytes)"
    COLUMN_REQUIRED = "the column {column} is required"
    MANY_ROWS = "at most {limit} rows are allowed (now {count})"
    FEW_ROWS = "at least {limit} rows are needed (now {count})"
    NEED_TYPE = "type must be one of {allowed}, not {found}"
    NEED_SUBTYPE = "subtype must be one of the subtypes of {kind} ({allowed}), not {found}"
    NEED_PRIORITY = "priority must be one of {allowed}, not {found}"
    NEED_INSTRUMENT = "instrument must be one of this question's instruments ({allowed}), not {found}"
    # the service
    ALREADY_ATTACHED = "{name} is already attached here"
    NO_FILES_HERE = "this question does not take files"
    NO_SUCH_QUESTION = "this questionnaire has no such question"
    COMMENT_NOT_TEXT = "the comment must be text"
    COMMENT_TOO_LONG = "the comment is {length} characters long; at most {limit} are allowed"
    # drafts (only a program gets these wrong)
    DRAFT_WITHOUT_PROBLEM = "a draft needs the reason it is not a valid answer yet"
    DRAFT_BAD_PLACE = "the place of the problem must be a list of indexes and field ids"
    DRAFT_NOT_JSON = "a draft must be plain JSON (text, numbers, lists, mappings)"


_PLACE_WORDS = {"row": "row {}", "column": "column {}", "citation": "citation {}", "file": "file {}", "need": "need {}"}


@dataclass(frozen=True)
class Refusal:
    why: Why
    fields: Mapping[str, Any] = field(default_factory=dict)
    where: tuple[Place, ...] = ()

    def at(self, *place: Place) -> Refusal:
        """The same refusal, inside `place` (a row, a citation...), outermost first."""
        return Refusal(self.why, self.fields, (*place, *self.where))

    def english(self) -> str:
        """For the command line: "row 2, column year: 1800 is below the minimum of 1900"."""
        shown = {key: english_value(value) for key, value in self.fields.items()}
        text = self.why.value.format(**shown)
        if not self.where:
            return text
        places = [_PLACE_WORDS[kind].format(value) for kind, value in self.where if kind in _PLACE_WORDS]
        return ", ".join(places) + ": " + text if places else text


def english_value(value: Any) -> Any:
    """A field as the English message writes it: whole floats without ".0", codes as they are."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return int(value)
    return value


def describe(value: Any) -> str:
    """What was given instead, in words: "nothing", "a list", or the value itself in quotes."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, int | float):
        text = repr(english_value(value))
        return text if len(text) <= 40 else "a very long number"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return "a value of another kind"
