"""The Secretariat database's schema: Alembic migrations run when it is opened, after a backup, like the local store.

A new database is created by running every migration from the empty file, the path an old database takes, so
a new file and an upgraded one cannot differ (a test compares head with `db.py`'s tables). Databases written
before Alembic kept their version by hand in `meta.schema_version` (1 or 2): they are stamped with the matching
revision and upgraded in the same transaction. The upgrade runs on a connection of its own in one
`BEGIN IMMEDIATE` transaction, which SQLite makes all or nothing, DDL included; the revision is read again
inside it, so that two commands opening an old file at once upgrade it once. On a PostgreSQL server the same
migrations run in one transaction too, after an advisory lock (`upgrade_server`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import Connection, Engine, create_engine, event, func, inspect, select, text

from omnibus.model.store import backups

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS: Final = Path(__file__).with_name("migrations")
HEAD: Final = "0004"
"""The newest revision. Opening an up-to-date database compares with this constant instead of importing Alembic;
a test checks it against the migration scripts."""
UPGRADE_LOCK: Final = 0x6F6D6E6A
"""The advisory lock two commands upgrading one server's database at once take in turn."""
BY_HAND: Final = {"1": "0001", "2": "0002"}
"""`meta.schema_version` of the databases versioned by hand, and the revision each one is."""


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
    """The database's revision: Alembic's, else the one its hand-kept version stands for (`schema N` when it is
    none of them); None for a new, empty database."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" in tables:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])
    if "meta" in tables:
        row = connection.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).first()
        found = "" if row is None else str(row[0])
        return BY_HAND.get(found, f"schema {found}")
    return None


def backup(path: Path, reason: str) -> Path:
    """A consistent copy of the database into `backups/` beside it (`VACUUM INTO`), the oldest beyond ten removed."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None

            def vacuum_into(target: str) -> None:
                raw.execute("VACUUM INTO ?", (target,))

            return backups.make_backup(vacuum_into, path.parent / "backups", path.stem, reason)
    finally:
        engine.dispose()


def upgrade(path: Path) -> None:
    """Bring the database at `path` to the newest revision in one transaction (a new file: create it)."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # our BEGIN IMMEDIATE below, not the driver's deferred one
        for pragma in ("busy_timeout=5000", "foreign_keys=OFF"):  # off while batch mode rebuilds tables
            dbapi_connection.execute(f"PRAGMA {pragma}").fetchall()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as connection, connection.begin():
            found = current(connection)
            if found == HEAD:
                return  # another command upgraded it meanwhile
            if found is not None and "alembic_version" not in inspect(connection).get_table_names():
                command.stamp(config(connection), found)
            command.upgrade(config(connection), "head")
    finally:
        engine.dispose()


def upgrade_server(engine: Engine) -> None:
    """Bring a PostgreSQL database to the newest revision in one transaction (PostgreSQL's DDL is
    transactional: a failed upgrade changes nothing); an empty database is created. Two commands doing it at once
    take turns (an advisory lock), and the second finds it done."""
    from alembic import command

    with engine.connect() as connection, connection.begin():
        connection.execute(select(func.pg_advisory_xact_lock(UPGRADE_LOCK)))
        if current(connection) == HEAD:
            return
        command.upgrade(config(connection), "head")
