"""The schema's revision, and the Alembic migrations run programmatically (no ini file, no CLI).

Reading the revision is plain `sqlite3`: opening an up-to-date database compares it with `HEAD` and imports
neither Alembic nor SQLAlchemy (together about a fifth of a second at every start, more on a laptop whose
antivirus scans each of their files). Only a new or older file imports them, to run `alembic upgrade` on an
SQLAlchemy engine over one connection of the store's making (`create_engine("sqlite://", creator=...)`).

A new database is created by running every migration from the empty file to head, the same path an old
database takes, so a new file and an upgraded one cannot differ (a test also compares head with `tables.py`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0006"
"""The newest revision. Opening an up-to-date database compares with this constant instead of importing Alembic;
a test checks it against the migration scripts."""


def config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    """The newest revision, read from the migration scripts."""
    from alembic.script import ScriptDirectory

    revision = ScriptDirectory.from_config(config()).get_current_head()
    assert revision is not None
    return revision


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(config()).walk_revisions()}


def current(connection: sqlite3.Connection) -> str | None:
    """The database's revision; None for a new, empty database."""
    found = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def upgrade(connect: Callable[[], sqlite3.Connection], target: str = "head") -> None:
    """Upgrade to `target` in one `BEGIN IMMEDIATE` transaction, on a connection `connect` makes (one that does
    not begin transactions itself: `isolation_level=None`) and that is closed afterwards."""
    from alembic import command
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    # SQLAlchemy's documented way to have pysqlite begin a transaction that covers DDL too.
    event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with engine.connect() as connection:
            command.upgrade(config(connection), target)
    finally:
        engine.dispose()
