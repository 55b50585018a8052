"""Running the Alembic migrations programmatically, on the store's own connection (no ini file, no CLI).

A new database is created by running every migration from the empty file to head, the same path an old
database takes, so a new file and an upgraded one cannot differ (a test also compares head with `tables.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0006"
"""The newest revision. Opening an up-to-date database compares with this constant instead of importing Alembic
(a fifth of a second at every start); a test checks it against the migration scripts."""


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


def current(connection: Connection) -> str | None:
    """The database's revision; None for a new, empty database."""
    found = connection.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    ).first()
    if found is None:
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return None if row is None else str(row[0])


def upgrade(connection: Connection, target: str = "head") -> None:
    """Upgrade to `target` in one transaction on `connection` (which must not be inside one)."""
    from alembic import command

    command.upgrade(config(connection), target)
