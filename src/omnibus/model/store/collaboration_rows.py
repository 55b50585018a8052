"""What both halves of the working-together queries share: the one way an item's stored answer is read back as
exchanged (`Entry`), and how rows come out by column name.

`assignment_queries` (institutions, assignments, the institution's copies) and `contribution_queries` (rounds
received, provenance, conflicts, sign-offs) each need these; keeping them here lets either module be read alone.
"""

from __future__ import annotations

from sqlite3 import Connection
from typing import Any

from omnibus.model.collaboration import Entry
from omnibus.model.store.queries import stored_value

_NOTHING = Entry(None, "")


def entry(value: str | None, comment: str) -> Entry:
    """An item's stored answer as exchanged; the many items with none share one record (a base of hundreds)."""
    if value is None and not comment:
        return _NOTHING
    return Entry(stored_value(value), comment)


def named_rows(conn: Connection, sql: str, parameters: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    """The rows of a query, each a dict by column name (for tables with many columns, read whole)."""
    cursor = conn.execute(sql, parameters)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]
