"""A read-only look at an existing file before the store changes anything in or beside it.

Opening a database switches it to WAL mode (its header bytes change) and creates `<db>.lock` beside it. A
file chosen by mistake (another program's SQLite database, a document) must be refused before that, and left
exactly as it was, so this look uses a read-only connection (`mode=ro`; `immutable=1` on read-only media,
where SQLite cannot create the shared-memory file a WAL database needs).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

OMNIBUS_TABLE = "alembic_version"


def connect_read_only(database: Path, *, immutable: bool = False, check_same_thread: bool = True) -> sqlite3.Connection:
    """A connection that cannot change the file (nor create a journal beside it when `immutable`)."""
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    uri = f"{database.resolve().as_uri()}?{flags}"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=check_same_thread)


def table_names(database: Path) -> set[str]:
    """The tables of the SQLite file at `database`; raises sqlite3.Error when SQLite cannot read it."""
    try:
        return _tables(database, immutable=False)
    except sqlite3.OperationalError as error:
        if "unable to open" not in str(error).lower():
            raise
        return _tables(database, immutable=True)  # a WAL database on read-only media


def _tables(database: Path, *, immutable: bool) -> set[str]:
    with closing(connect_read_only(database, immutable=immutable)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}


def is_foreign(database: Path) -> bool:
    """True for a file that is not an omnibus database: not SQLite at all, or SQLite with tables of its own.
    An empty SQLite file is not foreign (omnibus creates its tables in it). A damaged file is left to the
    store's integrity check unless SQLite cannot even read its header."""
    try:
        tables = table_names(database)
    except sqlite3.DatabaseError as error:
        return "not a database" in str(error).lower()
    return bool(tables) and OMNIBUS_TABLE not in tables
