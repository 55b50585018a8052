"""Answer values: one canonical JSON value per item type, validated and normalized before anything is stored.

`normalize(questionnaire, item, value)` is the single gate: it returns the canonical value, `None` when the value
means "no answer" (None, an empty string, an empty list or selection), or raises `ValueRejected` naming the item
and the problem. It never raises anything else, whatever JSON it is given (a property-based test holds it to
that), and a canonical value comes back from it unchanged.

Canonical values (also documented in docs/cli.md; their Python types, `AnswerValue` and one alias a shape, are in
records.py):

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
- ta_needs: [{type?, subtype?, instrument?, priority, description?}]; a need without a subtype, or without a type
  (then with a description), is a request in general terms; `instrument` is one of the item's instruments
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import AnswerValue, AttachmentRef, Choices, Citation, FileEntry, Need, TableRow
from omnibus.model.refusals import Place, Refusal, Why, describe
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
    """A value that does not fit its item; nothing was written. `refusal` says why as data, `message` in English."""

    def __init__(self, item_id: str, refusal: Refusal) -> None:
        super().__init__(f"{item_id}: {refusal.english()}")
        self.item_id = item_id
        self.refusal = refusal
        self.message = refusal.english()

    @property
    def where(self) -> tuple[int | str, ...]:
        """The wrong field inside a list value, as a draft records it: entry or row index from 0, then field or
        column id; () when the problem is the value as a whole."""
        found: list[int | str] = []
        for kind, value in self.refusal.where:
            found.append(int(value) - 1 if kind in ("citation", "row", "need", "file") else str(value))
        if self.refusal.why is Why.COLUMN_REQUIRED:  # the missing column is the field, named in the sentence
            found.append(str(self.refusal.fields["column"]))
        return tuple(found)


class _Bad(Exception):
    """Internal: a problem found deep inside a value, turned into ValueRejected at the top."""

    def __init__(self, why: Why, **fields: Any) -> None:
        super().__init__(why.name)
        self.refusal = Refusal(why, fields)

    def at(self, *place: Place) -> _Bad:
        """The same problem, inside `place` (a row, a citation...)."""
        self.refusal = self.refusal.at(*place)
        return self


def normalize(
    questionnaire: Questionnaire, item: Item, value: object, attachments: AttachmentLookup | None = None
) -> AnswerValue | None:
    """The canonical form of `value` for `item`, or None for "no answer"; ValueRejected when it does not fit."""
    if value is None:
        return None
    try:
        return _normalize(questionnaire, item, value, attachments)
    except _Bad as exc:
        raise ValueRejected(item.id, exc.refusal) from None
    except RecursionError:
        raise ValueRejected(item.id, Refusal(Why.NESTED)) from None


def _normalize(q: Questionnaire, item: Item, value: object, attachments: AttachmentLookup | None) -> AnswerValue | None:
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
    raise AssertionError(f"items of type {kind} cannot be answered")  # pragma: no cover - every type is handled


# -- scalars


def _code(value: object, codes: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in codes:
        raise _Bad(Why.NOT_ONE_OF, allowed=", ".join(codes), found=describe(value), codes=codes, value=value)
    return value


def _text(value: object, max_length: int, what: str = "the text") -> str:
    if not isinstance(value, str):
        raise _Bad(Why.NOT_TEXT, what=what, found=describe(value))
    text = value.strip()
    lone = _SURROGATE.search(text)
    if lone is not None:
        raise _Bad(Why.LONE_SURROGATE, what=what, code=f"U+{ord(lone.group()):04X}")
    if len(text) > max_length:
        raise _Bad(Why.TOO_LONG, what=what, length=len(text), limit=max_length)
    return text


def _integer(value: object, low: float | int | None, high: float | int | None) -> int:
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(Why.NOT_WHOLE, found=describe(value))
    _bounds(value, low, high)
    return value


def _decimal(value: object, low: float | int | None, high: float | int | None, decimals: int) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(Why.NOT_NUMBER, found=describe(value))
    try:
        number = float(value)
    except OverflowError:
        raise _Bad(Why.TOO_LARGE) from None
    if not math.isfinite(number):
        raise _Bad(Why.NOT_FINITE)
    number = round(number, decimals)
    if not math.isfinite(number):  # pragma: no cover - rounding a finite float stays finite
        raise _Bad(Why.TOO_LARGE)
    _bounds(number, low, high)
    return number


def _bounds(number: float | int, low: float | int | None, high: float | int | None) -> None:
    if low is not None and number < low:
        raise _Bad(Why.BELOW, number=number, low=low)
    if high is not None and number > high:
        raise _Bad(Why.ABOVE, number=number, high=high)


def _date(value: object, low: str | None, high: str | None, what: str = "the date") -> str:
    if isinstance(value, dt.datetime):
        raise _Bad(Why.DATE_WITH_TIME, what=what)
    if isinstance(value, dt.date):
        value = value.isoformat()
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        raise _Bad(Why.DATE_FORM, what=what, found=describe(value))
    text = value.strip()
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise _Bad(Why.NO_SUCH_DATE, text=text) from None
    if low is not None and text < low:
        raise _Bad(Why.BEFORE, text=text, low=low)
    if high is not None and text > high:
        raise _Bad(Why.AFTER, text=text, high=high)
    return text


def _list(value: object, what: str) -> list[object]:
    if not isinstance(value, list | tuple):
        raise _Bad(Why.NOT_LIST, what=what, found=describe(value))
    return list(value)


def _mapping(value: object, what: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise _Bad(Why.NOT_MAPPING, what=what, found=describe(value))
    for key in value:
        if not isinstance(key, str):
            raise _Bad(Why.KEY_NOT_TEXT, what=what, found=describe(key))
    return value


def _unknown_keys(entry: Mapping[str, object], allowed: tuple[str, ...], what: str) -> None:
    unknown = sorted(k for k in entry if k not in allowed)
    if unknown:
        raise _Bad(Why.UNKNOWN_FIELDS, what=what, unknown=", ".join(unknown), allowed=", ".join(allowed))


# -- choices


def _multiple(q: Questionnaire, item: MultipleChoiceItem, value: object) -> Choices | None:
    other_text: object = None
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
            raise _Bad(Why.NOT_A_CHOICE, found=describe(code), allowed=", ".join(order))
        chosen.add(code)
    other = ""
    if other_text is not None:
        if not item.allow_other:
            raise _Bad(Why.NO_OTHER)
        other = _text(other_text, _OTHER_MAX, 'the "other" text')
    if other:
        chosen.add(OTHER_CODE)
    elif OTHER_CODE in chosen:
        raise _Bad(Why.OTHER_UNSPECIFIED)
    if not chosen:
        return None
    if len(chosen) < item.min_selected:
        raise _Bad(Why.SELECT_AT_LEAST, limit=item.min_selected, count=len(chosen))
    if item.max_selected is not None and len(chosen) > item.max_selected:
        raise _Bad(Why.SELECT_AT_MOST, limit=item.max_selected, count=len(chosen))
    result: Choices = {"selected": sorted(chosen, key=order.__getitem__)}
    if other:
        result["other"] = other
    return result


# -- lists of entries


def _legislation(item: LegislationItem, value: object) -> list[Citation] | None:
    entries = _list(value, "citations")
    if not entries:
        return None
    if len(entries) > item.max_entries:
        raise _Bad(Why.MANY_CITATIONS, limit=item.max_entries, count=len(entries))
    if len(entries) < item.min_entries:
        raise _Bad(Why.FEW_CITATIONS, limit=item.min_entries, count=len(entries))
    result = []
    for n, raw in enumerate(entries, 1):
        entry = _mapping(raw, f"citation {n}")
        _unknown_keys(entry, tuple(_LEGISLATION_FIELDS), f"citation {n}")
        try:
            result.append(_citation(entry))
        except _Bad as exc:
            raise exc.at(("citation", n)) from None
    return result


def _citation(entry: Mapping[str, object]) -> Citation:
    clean: Citation = {}
    for field, limit in _LEGISLATION_FIELDS.items():
        if entry.get(field) is None:
            continue
        try:
            if field == "date":
                clean[field] = _date(entry[field], None, None)
            else:
                text = _text(entry[field], limit, f"the {field}")
                if text:
                    clean[field] = text
        except _Bad as exc:
            raise exc.at(("field", field)) from None
    if "title" not in clean:
        raise _Bad(Why.TITLE_REQUIRED).at(("field", "title"))
    return clean


def _attachments(item: AttachmentItem, value: object, lookup: AttachmentLookup | None) -> list[FileEntry] | None:
    entries = _list(value, "files")
    if not entries:
        return None
    if len(entries) > item.max_files:
        raise _Bad(Why.MANY_FILES, limit=item.max_files, count=len(entries))
    seen: set[str] = set()
    result = []
    for n, raw in enumerate(entries, 1):
        entry = _mapping(raw, f"file {n}")
        _unknown_keys(entry, ("sha256", "name", "media_type", "size"), f"file {n}")
        try:
            result.append(_attachment(item, entry, lookup, seen))
        except _Bad as exc:
            raise exc.at(("file", n)) from None
    return result


def _attachment(
    item: AttachmentItem, entry: Mapping[str, object], lookup: AttachmentLookup | None, seen: set[str]
) -> FileEntry:
    sha = entry.get("sha256")
    if not isinstance(sha, str) or not _SHA256.match(sha):
        raise _Bad(Why.BAD_DIGEST)
    if sha in seen:
        raise _Bad(Why.SAME_FILE_TWICE)
    seen.add(sha)
    name = _text(entry.get("name"), _NAME_MAX, "the name")
    if not name:
        raise _Bad(Why.NAME_REQUIRED)
    extension = name.rsplit(".", 1)[1].lower() if "." in name else ""
    if extension not in item.file_types:
        raise _Bad(Why.FILE_KIND, name=name, allowed=", ".join(item.file_types), kinds=item.file_types)
    media_type = _text(entry.get("media_type"), 255, "the media type") or "application/octet-stream"
    size = entry.get("size")
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise _Bad(Why.BAD_SIZE)
    if size > int(item.max_size_mb * MEBIBYTE):
        raise _Bad(Why.FILE_TOO_BIG, name=name, size_mb=size / MEBIBYTE, limit_mb=item.max_size_mb)
    if lookup is not None:
        stored = lookup(sha)
        if stored is None:
            raise _Bad(Why.FILE_NOT_STORED, name=name, digest=sha[:12])
        if stored.size != size:
            raise _Bad(Why.SIZE_MISMATCH, size=size, stored=stored.size)
    return {"sha256": sha, "name": name, "media_type": media_type, "size": size}


def _table(q: Questionnaire, item: TableItem, value: object) -> list[TableRow] | None:
    rows = _list(value, "rows")
    columns = {c.id: c for c in item.columns}
    result = []
    for n, raw in enumerate(rows, 1):
        entry = _mapping(raw, f"row {n}")
        _unknown_keys(entry, tuple(columns), f"row {n}")
        clean: TableRow = {}
        for column in item.columns:
            try:
                cell = _cell(q, column, entry.get(column.id))
            except _Bad as exc:
                raise exc.at(("row", n), ("column", column.id)) from None
            if cell is not None:
                clean[column.id] = cell
        if not clean:
            continue  # an empty row is no row
        for column in item.columns:
            if column.required and column.id not in clean:
                raise _Bad(Why.COLUMN_REQUIRED, column=column.id).at(("row", n))
        result.append(clean)
    if not result:
        return None
    if len(result) > item.max_rows:
        raise _Bad(Why.MANY_ROWS, limit=item.max_rows, count=len(result))
    if len(result) < item.min_rows:
        raise _Bad(Why.FEW_ROWS, limit=item.min_rows, count=len(result))
    return result


def _cell(q: Questionnaire, column: Column, value: object) -> str | int | float | None:
    if value is None:
        return None
    if column.type == "text":
        return _text(value, column.max_length) or None
    if column.type == "integer":
        return _integer(value, column.min, column.max)
    if column.type == "decimal":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Bad(Why.NOT_NUMBER, found=describe(value))
        return _decimal(value, column.min, column.max, 6)
    if column.type == "date":
        return _date(value, None, None)
    if column.type == "yes_no":
        return _code(value, ("yes", "no", "unknown"))
    return _code(value, tuple(c.code for c in q.choices(column)))


def _ta_needs(q: Questionnaire, item: TaNeedsItem, value: object) -> list[Need] | None:
    entries = _list(value, "technical-assistance needs")
    if not entries:
        return None
    result = []
    for n, raw in enumerate(entries, 1):
        entry = _mapping(raw, f"need {n}")
        _unknown_keys(entry, ("type", "subtype", "instrument", "priority", "description"), f"need {n}")
        try:
            result.append(_need(q, item, entry))
        except _Bad as exc:
            raise exc.at(("need", n)) from None
    return result


def _need(q: Questionnaire, item: TaNeedsItem, entry: Mapping[str, object]) -> Need:
    """One need. A type without a subtype, or no type at all (said in the description), is a request made in
    general terms: recorded as such, and counted apart by the Secretariat."""
    taxonomy = {c.code: c for c in q.taxonomy(item)}
    kind = entry.get("type")
    clean: Need = {}
    general = "type" not in entry and entry.get("subtype") is None and entry.get("description") is not None
    if not general:
        if not isinstance(kind, str) or kind not in taxonomy:
            refused = _Bad(Why.NEED_TYPE, allowed=", ".join(taxonomy), found=describe(kind), value=kind)
            raise refused.at(("field", "type"))
        clean["type"] = kind
    subtype = entry.get("subtype")
    if subtype is not None:
        subtypes = tuple(s.code for s in taxonomy[str(kind)].subtypes)
        if not isinstance(subtype, str) or subtype not in subtypes:
            allowed = ", ".join(subtypes) or "none"
            refused = _Bad(Why.NEED_SUBTYPE, kind=kind, allowed=allowed, found=describe(subtype), value=subtype)
            raise refused.at(("field", "subtype"))
        clean["subtype"] = subtype
    instrument = entry.get("instrument")
    if instrument is not None:
        instruments = q.items[item.id].instruments
        if not isinstance(instrument, str) or instrument not in instruments:
            allowed = ", ".join(instruments)
            refused = _Bad(Why.NEED_INSTRUMENT, allowed=allowed, found=describe(instrument), value=instrument)
            raise refused.at(("field", "instrument"))
        clean["instrument"] = instrument
    priority = entry.get("priority")
    if not isinstance(priority, str) or priority not in PRIORITY_CODES:
        refused = _Bad(Why.NEED_PRIORITY, allowed=", ".join(PRIORITY_CODES), found=describe(priority), value=priority)
        raise refused.at(("field", "priority"))
    clean["priority"] = priority
    if entry.get("description") is not None:
        try:
            description = _text(entry["description"], _TA_DESCRIPTION_MAX, "the description")
        except _Bad as exc:
            raise exc.at(("field", "description")) from None
        if description:
            clean["description"] = description
    if "type" not in clean and "description" not in clean:
        raise _Bad(Why.NEED_TYPE, allowed=", ".join(taxonomy), found="nothing", value=None).at(("field", "type"))
    return clean
