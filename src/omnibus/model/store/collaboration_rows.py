"""What both halves of the working-together queries share: the driver connection for bulk statements, and the
one way an item's stored answer is read back as exchanged (`Entry`).

`assignment_queries` (institutions, assignments, the institution's copies) and `contribution_queries` (rounds
received, provenance, conflicts, sign-offs) each need these; keeping them here lets either module be read alone.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from omnibus.model.collaboration import Entry
from omnibus.model.store.queries import stored_value


def driver(conn: Connection) -> Any:
    """The sqlite3 connection under `conn`, for the bulk statements of a merge (hundreds of rows each): inside
    the same transaction, without SQLAlchemy's per-row bookkeeping, which would cost more than the writing."""
    return conn.connection.driver_connection


_NOTHING = Entry(None, "")


def entry(value: str | None, comment: str) -> Entry:
    """An item's stored answer as exchanged; the many items with none share one record (a base of hundreds)."""
    if value is None and not comment:
        return _NOTHING
    return Entry(stored_value(value), comment)
