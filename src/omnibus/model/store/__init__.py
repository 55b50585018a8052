"""The durable local store: SQLite through the standard library's `sqlite3`, migrated by Alembic. See `store.py`."""

from omnibus.model.store.errors import (
    DatabaseDamaged,
    DatabaseGone,
    DatabaseLocked,
    NewerDatabase,
    StorageError,
    Trouble,
    trouble,
)
from omnibus.model.store.store import Store

__all__ = [
    "DatabaseDamaged",
    "DatabaseGone",
    "DatabaseLocked",
    "NewerDatabase",
    "StorageError",
    "Store",
    "Trouble",
    "trouble",
]
