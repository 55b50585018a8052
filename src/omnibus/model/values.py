"""Answer values: one canonical JSON value per item type, validated and normalized before anything is stored.

`normalize(questionnaire, item, value)` is the single gate: it returns the canonical value, `None` when the value
means "no answer" (None, an empty string, an empty list or selection), or raises `ValueRejected` naming the item
and the problem. It never raises anything else, whatever JSON it is given (a property-based test holds it to
that), and a canonical value comes back from it unchanged.

Canonical values (also documented in docs/cli.md):

- indicator: one of in_place, partially, not_in_place, unknown, not_applicable
- yes_no: yes, no, unknown; yes_no_partial: yes, partially, no, unknown
- single_choice: a code
- multiple_choice: {"selected": [codes in questionnaire order, "other" last], "other": "text"}; a plain list of
  codes is accepted on input; "other" (with its text) only when the item allows it
- text, long_text: a stripped string within max_length
- integer: an int within min/max (a bool is not an int; 3.0 is accepted as 3)
- decimal: a float within min/max, rounded to `decimals`
- date: "YYYY-MM-DD", a real date within min/max
- legislation: [{title, article?, date?, reference?, excerpt?}]
- attachment: [{sha256, name, media_type, size}], each naming a file stored in the database
- table: [{column_id: typed value}]
- ta_needs: [{type, subtype?, priority, description?}]; subtype required when the type has subtypes
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import AttachmentRef, Json
from omnibus.model.schema import (
    OTHER_CODE,
    PRIORITY_CODES,
    AttachmentItem,
    Column,
    DateItem,
    DecimalItem,
    IntegerItem,
    Item,
    LegislationItem,
    LongTextItem,
    MultipleChoiceItem,
    SingleChoiceItem,
    TableItem,
    TaNeedsItem,
    TextItem,
)

AttachmentLookup = Callable[[str], AttachmentRef | None]
"""Finds a stored attachment by SHA-256; the service passes the store's, pure validation passes none."""

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SURROGATE = re.compile("[\ud800-\udfff]")
"""Half of a UTF-16 surrogate pair on its own: Python text can hold one, UTF-8 (the database, files) cannot."""
_LEGISLATION_FIELDS = {"title": 500, "article": 200, "date": 10, "reference": 2000, "excerpt": 20000}
_TA_DESCRIPTION_MAX = 4000
_OTHER_MAX = 500
_NAME_MAX = 255
MEBIBYTE = 1024 * 1024


class ValueRejected(Exception):
    """A value that does not fit its item; nothing was written."""

    def __init__(self, item_id: str, message: str) -> None:
        super().__init__(f"{item_id}: {message}")
        self.item_id = item_id
        self.message = message


class _Bad(Exception):
    """Internal: a problem found deep inside a value, turned into ValueRejected at the top."""


def normalize(
    questionnaire: Questionnaire, item: Item, value: Any, attachments: AttachmentLookup | None = None
) -> Json:
    """The canonical form of `value` for `item`, or None for "no answer"; ValueRejected when it does not fit."""
    if value is None:
        return None
    try:
        return _normalize(questionnaire, item, value, attachments)
    except _Bad as exc:
        raise ValueRejected(item.id, str(exc)) from None
    except RecursionError:
        raise ValueRejected(item.id, "the value is nested too deeply") from None


def _normalize(q: Questionnaire, item: Item, value: Any, attachments: AttachmentLookup | None) -> Json:
    kind = item.type
    if kind in ("indicator", "yes_no", "yes_no_partial") or isinstance(item, SingleChoiceItem):
        return _code(value, q.codes(item))
    if isinstance(item, MultipleChoiceItem):
        return _multiple(q, item, value)
    if isinstance(item, TextItem | LongTextItem):
        return _text(value, item.max_length) or None
    if isinstance(item, IntegerItem):
        return _integer(value, item.min, item.max)
    if isinstance(item, DecimalItem):
        return _decimal(value, item.min, item.max, item.decimals)
    if isinstance(item, DateItem):
        return _date(value, item.min, item.max)
    if isinstance(item, LegislationItem):
        return _legislation(item, value)
    if isinstance(item, AttachmentItem):
        return _attachments(item, value, attachments)
    if isinstance(item, TableItem):
        return _table(q, item, value)
    if isinstance(item, TaNeedsItem):
        return _ta_needs(q, item, value)
    raise _Bad(f"items of type {kind} cannot be answered")  # pragma: no cover - every type is handled above


# -- scalars


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'"{shown}"'
    if isinstance(value, int | float):
        return repr(value) if len(repr(value)) <= 40 else "a very long number"
    if isinstance(value, dict | Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__


def _code(value: Any, codes: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in codes:
        raise _Bad(f"must be one of {', '.join(codes)}, not {_describe(value)}")
    return value


def _text(value: Any, max_length: int, what: str = "the text") -> str:
    if not isinstance(value, str):
        raise _Bad(f"{what} must be text, not {_describe(value)}")
    text = value.strip()
    lone = _SURROGATE.search(text)
    if lone is not None:
        raise _Bad(f"{what} holds U+{ord(lone.group()):04X}, half of a UTF-16 surrogate pair, not a character")
    if len(text) > max_length:
        raise _Bad(f"{what} is {len(text)} characters long; at most {max_length} are allowed")
    return text


def _integer(value: Any, low: float | int | None, high: float | int | None) -> int:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(f"must be a whole number, not {_describe(value)}")
    _bounds(value, low, high)
    return value


def _decimal(value: Any, low: float | int | None, high: float | int | None, decimals: int) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(f"must be a number, not {_describe(value)}")
    try:
        number = float(value)
    except OverflowError:
        raise _Bad("the number is too large") from None
    if not math.isfinite(number):
        raise _Bad("must be a finite number")
    number = round(number, decimals)
    if not math.isfinite(number):  # pragma: no cover - rounding a finite float stays finite
        raise _Bad("the number is too large")
    _bounds(number, low, high)
    return number


def _bounds(number: float | int, low: float | int | None, high: float | int | None) -> None:
    if low is not None and number < low:
        raise _Bad(f"{number} is below the minimum of {low}")
    if high is not None and number > high:
        raise _Bad(f"{number} is above the maximum of {high}")


def _date(value: Any, low: str | None, high: str | None, what: str = "the date") -> str:
    if isinstance(value, dt.datetime):
        raise _Bad(f"{what} must be a date (YYYY-MM-DD) without a time")
    if isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        raise _Bad(f"{what} must be written YYYY-MM-DD, not {_describe(value)}")
    text = value.strip()
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{text} is not a real date") from None
    if low is not None and text < low:
        raise _Bad(f"{text} is before the earliest allowed date, {low}")
    if high is not None and text > high:
        raise _Bad(f"{text} is after the latest allowed date, {high}")
    return text


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise _Bad(f"must be a list of {what}, not {_describe(value)}")
    return list(value)


def _mapping(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _Bad(f"{what} must be a mapping, not {_describe(value)}")
    for key in value:
        if not isinstance(key, str):
            raise _Bad(f"{what} has a key that is not text: {_describe(key)}")
    return value


def _unknown_keys(entry: Mapping[str, Any], allowed: Any, what: str) -> None:
    unknown = sorted(k for k in entry if k not in allowed)
    if unknown:
        raise _Bad(f"{what}: unknown field {', '.join(unknown)} (allowed: {', '.join(allowed)})")


# -- choices


def _multiple(q: Questionnaire, item: MultipleChoiceItem, value: Any) -> Json:
    other_text: Any = None
    if isinstance(value, Mapping):
        entry = _mapping(value, "the answer")
        _unknown_keys(entry, ("selected", "other"), "the answer")
        selected = _list(entry.get("selected", []), "choice codes")
        other_text = entry.get("other")
    else:
        selected = _list(value, "choice codes")
    codes = q.codes(item)
    order = {code: n for n, code in enumerate(codes)}
    if item.allow_other:
        order[OTHER_CODE] = len(codes)
    chosen: set[str] = set()
    for code in selected:
        if not isinstance(code, str) or code not in order:
            raise _Bad(f"{_describe(code)} is not one of the choices ({', '.join(order)})")
        chosen.add(code)
    other = ""
    if other_text is not None:
        if not item.allow_other:
            raise _Bad('this question has no "Other, please specify"')
        other = _text(other_text, _OTHER_MAX, 'the "other" text')
    if other:
        chosen.add(OTHER_CODE)
    elif OTHER_CODE in chosen:
        raise _Bad('"other" is selected; please specify it')
    if not chosen:
        return None
    if len(chosen) < item.min_selected:
        raise _Bad(f"select at least {item.min_selected} (now {len(chosen)})")
    if item.max_selected is not None and len(chosen) > item.max_selected:
        raise _Bad(f"select at most {item.max_selected} (now {len(chosen)})")
    result: dict[str, Any] = {"selected": sorted(chosen, key=order.__getitem__)}
    if other:
        result["other"] = other
    return result


# -- lists of entries


def _legislation(item: LegislationItem, value: Any) -> Json:
    entries = _list(value, "citations")
    if not entries:
        return None
    if len(entries) > item.max_entries:
        raise _Bad(f"at most {item.max_entries} citations are allowed (now {len(entries)})")
    if len(entries) < item.min_entries:
        raise _Bad(f"at least {item.min_entries} citations are needed (now {len(entries)})")
    result = []
    for n, raw in enumerate(entries, 1):
        where = f"citation {n}"
        entry = _mapping(raw, where)
        _unknown_keys(entry, tuple(_LEGISLATION_FIELDS), where)
        clean: dict[str, str] = {}
        for field, limit in _LEGISLATION_FIELDS.items():
            if entry.get(field) is None:
                continue
            if field == "date":
                clean[field] = _date(entry[field], None, None, f"{where}: the date")
            else:
                text = _text(entry[field], limit, f"{where}: the {field}")
                if text:
                    clean[field] = text
        if "title" not in clean:
            raise _Bad(f"{where}: the title of the act is required")
        result.append(clean)
    return result


def _attachments(item: AttachmentItem, value: Any, lookup: AttachmentLookup | None) -> Json:
    entries = _list(value, "files")
    if not entries:
        return None
    if len(entries) > item.max_files:
        raise _Bad(f"at most {item.max_files} files are allowed (now {len(entries)})")
    limit = int(item.max_size_mb * MEBIBYTE)
    seen: set[str] = set()
    result = []
    for n, raw in enumerate(entries, 1):
        where = f"file {n}"
        entry = _mapping(raw, where)
        _unknown_keys(entry, ("sha256", "name", "media_type", "size"), where)
        sha = entry.get("sha256")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise _Bad(f"{where}: sha256 must be 64 lower-case hexadecimal digits")
        if sha in seen:
            raise _Bad(f"{where}: the same file is attached twice")
        seen.add(sha)
        name = _text(entry.get("name"), _NAME_MAX, f"{where}: the name")
        if not name:
            raise _Bad(f"{where}: the file name is required")
        extension = name.rsplit(".", 1)[1].lower() if "." in name else ""
        if extension not in item.file_types:
            raise _Bad(f"{where}: {name} is not an allowed kind of file ({', '.join(item.file_types)})")
        media_type = _text(entry.get("media_type"), 255, f"{where}: the media type") or "application/octet-stream"
        size = entry.get("size")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise _Bad(f"{where}: size must be a whole number of bytes")
        if size > limit:
            raise _Bad(f"{where}: {name} is {size / MEBIBYTE:.1f} MB; at most {item.max_size_mb} MB is allowed")
        if lookup is not None:
            stored = lookup(sha)
            if stored is None:
                raise _Bad(f"{where}: {name} is not stored in this database (sha256 {sha[:12]}…)")
            if stored.size != size:
                raise _Bad(f"{where}: the size {size} does not match the stored file ({stored.size} bytes)")
        result.append({"sha256": sha, "name": name, "media_type": media_type, "size": size})
    return result


def _table(q: Questionnaire, item: TableItem, value: Any) -> Json:
    rows = _list(value, "rows")
    columns = {c.id: c for c in item.columns}
    result = []
    for n, raw in enumerate(rows, 1):
        where = f"row {n}"
        entry = _mapping(raw, where)
        _unknown_keys(entry, tuple(columns), where)
        clean: dict[str, Any] = {}
        for column in item.columns:
            cell = _cell(q, column, entry.get(column.id), f"{where}, column {column.id}")
            if cell is not None:
                clean[column.id] = cell
        if not clean:
            continue  # an empty row is no row
        for column in item.columns:
            if column.required and column.id not in clean:
                raise _Bad(f"{where}: the column {column.id} is required")
        result.append(clean)
    if not result:
        return None
    if len(result) > item.max_rows:
        raise _Bad(f"at most {item.max_rows} rows are allowed (now {len(result)})")
    if len(result) < item.min_rows:
        raise _Bad(f"at least {item.min_rows} rows are needed (now {len(result)})")
    return result


def _cell(q: Questionnaire, column: Column, value: Any, where: str) -> Json:
    if value is None:
        return None
    try:
        if column.type == "text":
            return _text(value, column.max_length) or None
        if column.type == "integer":
            return _integer(value, column.min, column.max)
        if column.type == "decimal":
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _Bad(f"must be a number, not {_describe(value)}")
            return _decimal(value, column.min, column.max, 6)
        if column.type == "date":
            return _date(value, None, None)
        if column.type == "yes_no":
            return _code(value, ("yes", "no", "unknown"))
        return _code(value, tuple(c.code for c in q.choices(column)))
    except _Bad as exc:
        raise _Bad(f"{where}: {exc}") from None


def _ta_needs(q: Questionnaire, item: TaNeedsItem, value: Any) -> Json:
    entries = _list(value, "technical-assistance needs")
    if not entries:
        return None
    taxonomy = {c.code: c for c in q.taxonomy(item)}
    result = []
    for n, raw in enumerate(entries, 1):
        where = f"need {n}"
        entry = _mapping(raw, where)
        _unknown_keys(entry, ("type", "subtype", "priority", "description"), where)
        kind = entry.get("type")
        if not isinstance(kind, str) or kind not in taxonomy:
            raise _Bad(f"{where}: type must be one of {', '.join(taxonomy)}, not {_describe(kind)}")
        subtypes = tuple(s.code for s in taxonomy[kind].subtypes)
        subtype = entry.get("subtype")
        clean: dict[str, str] = {"type": kind}
        if subtype is not None or subtypes:
            if not isinstance(subtype, str) or subtype not in subtypes:
                allowed = ", ".join(subtypes) or "none"
                raise _Bad(
                    f"{where}: subtype must be one of the subtypes of {kind} ({allowed}), not {_describe(subtype)}"
                )
            clean["subtype"] = subtype
        priority = entry.get("priority")
        if not isinstance(priority, str) or priority not in PRIORITY_CODES:
            raise _Bad(f"{where}: priority must be one of {', '.join(PRIORITY_CODES)}, not {_describe(priority)}")
        clean["priority"] = priority
        if entry.get("description") is not None:
            description = _text(entry["description"], _TA_DESCRIPTION_MAX, f"{where}: the description")
            if description:
                clean["description"] = description
        result.append(clean)
    return result
