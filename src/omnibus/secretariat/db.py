"""The Secretariat's consolidated database: a SQLite file or a PostgreSQL server (`location.py`), SQLAlchemy 2.0,
a deliberately small schema, the same on both.

Tables: `packages` (every stored package with its verified bytes and its state), `package_instruments`,
`package_needs`, `package_indicators` and `package_answers` (what the analysis needs from each package, worked
out when it was imported: `facts.py`), `questionnaire_files` (the questionnaire files packages carried, once per
questionnaire digest), `trusted_keys` (keys confirmed out of band, per country, revocable), `refusals` (every
refused file and why) and `meta` (`schema_version`, kept for the omnibus versions that versioned the schema by
hand: they refuse anything above 2).

The schema is made and changed by the Alembic migrations in `migrations/` (`migrate.py`), run when the file is
opened, after a backup into `backups/` beside it (on a server: when asked, see `create_engine`); a newer schema
is refused. Times are ISO 8601 text in UTC, which
sorts correctly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import (
    Boolean,
    Engine,
    ForeignKey,
    Insert,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    exc,
    func,
    inspect,
    select,
)
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from omnibus.export.errors import PackageError
from omnibus.model.store.errors import StorageError, describe
from omnibus.model.store.lock import FileLock
from omnibus.secretariat import migrate
from omnibus.secretariat.location import Location, locate

State = Literal["accepted", "superseded", "pending"]
STATES: Final = ("accepted", "superseded", "pending")


class DatabaseError(PackageError):
    """The consolidated database cannot be opened or is of another schema version."""


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def time_text(moment: datetime) -> str:
    """UTC to the second, `2025-01-31T12:30:05Z`: sortable as text."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PackageRow(Base):
    """One verified package. `state`: accepted (current), superseded (history) or pending (key unconfirmed).
    `data` is the package file as verified (decrypted if it came encrypted): its members, responses.json
    among them, are read from it."""

    __tablename__ = "packages"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    manifest_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(Text)
    encrypted: Mapped[bool] = mapped_column(Boolean)
    country: Mapped[str] = mapped_column(String(3), index=True)
    questionnaire_id: Mapped[str] = mapped_column(String(100))
    questionnaire_version: Mapped[str] = mapped_column(String(100))
    questionnaire_sha256: Mapped[str] = mapped_column(String(64))
    cycle: Mapped[str] = mapped_column(String(100))
    assessment_id: Mapped[str] = mapped_column(String(100))
    institution: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    training: Mapped[bool] = mapped_column(Boolean)
    created: Mapped[str] = mapped_column(String(32))
    signer: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    hold_reason: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)

    @property
    def group(self) -> tuple[str, str, str, bool]:
        """Packages in one group supersede each other: same country, questionnaire, cycle (and training)."""
        return (self.country, self.questionnaire_id, self.cycle, self.training)


class PackageInstrumentRow(Base):
    """An instrument a package's answers cover (an item of it answered, relevant items only)."""

    __tablename__ = "package_instruments"
    package_id: Mapped[int] = mapped_column(ForeignKey("packages.id"), primary_key=True)
    instrument: Mapped[str] = mapped_column(String(100), primary_key=True)


class PackageNeedRow(Base):
    """One technical-assistance need a package states; `instruments`: the one it names, else its item's, separated
    by spaces; `type` and `subtype` empty for a request made in general terms."""

    __tablename__ = "package_needs"
    package_id: Mapped[int] = mapped_column(ForeignKey("packages.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    area: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(100))
    subtype: Mapped[str] = mapped_column(String(100))
    priority: Mapped[str] = mapped_column(String(100))
    instruments: Mapped[str] = mapped_column(Text)


class PackageIndicatorRow(Base):
    """One relevant indicator a package answered: its area (module) and the answer."""

    __tablename__ = "package_indicators"
    package_id: Mapped[int] = mapped_column(ForeignKey("packages.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    area: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(100))


class PackageAnswerRow(Base):
    """One relevant item a package answered and its value as canonical JSON: the tables of responses."""

    __tablename__ = "package_answers"
    package_id: Mapped[int] = mapped_column(ForeignKey("packages.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class QuestionnaireFileRow(Base):
    __tablename__ = "questionnaire_files"
    questionnaire_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class TrustedKeyRow(Base):
    __tablename__ = "trusted_keys"
    __table_args__ = (UniqueConstraint("fingerprint", "country"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    country: Mapped[str] = mapped_column(String(3))
    comment: Mapped[str] = mapped_column(Text, default="")
    trusted_at: Mapped[str] = mapped_column(String(32))
    revoked_at: Mapped[str | None] = mapped_column(String(32), nullable=True, default=None)


class RefusalRow(Base):
    __tablename__ = "refusals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    package_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    category: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(3), nullable=True)
    refused_at: Mapped[str] = mapped_column(String(32))


def create_engine(target: str | Path | Location, *, upgrade: bool = False) -> Engine:
    """Open (creating if needed) the consolidated database `target` names, a file or a server (`location.py`).

    A file of an older schema is upgraded after a backup. A server's database is created when empty, but
    upgraded only when `upgrade` is true: the team shares it, so an upgrade is an explicit step, taken after a
    backup of the server (`omnibus secretariat upgrade`, docs/secretariat.md)."""
    where = locate(target)
    # pre-ping: a team's server restarts; a pooled connection it closed is replaced, not reported
    engine = (
        _file_engine(where.path)
        if where.path is not None
        else sa_create_engine(where.url, pool_pre_ping=True, connect_args=where.connect_args)
    )
    try:
        _prepare_schema(engine, where, upgrade=upgrade)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as error:  # sqlalchemy.exc.DatabaseError and friends: not a database we can use
        engine.dispose()
        raise DatabaseError(f"Cannot open {where.shown} as a Secretariat database: {_words(error, where)}.") from error
    return engine


def _file_engine(path: Path) -> Engine:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Cannot create the folder of {path}: {exc.strerror or exc}.") from exc
    engine = sa_create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # WAL with synchronous=NORMAL: commits are durable at checkpoints, and the database never corrupts
        # on a crash (at worst the last imports are re-done). Checkpoints every 64 MiB of writes instead of
        # SQLite's 4 MiB: an import writes every package twice (WAL, then the file) and syncs at each
        # checkpoint, so fewer of them save time; an import ends with a checkpoint of its own (`Ledger`).
        pragmas = ("journal_mode=WAL", "synchronous=NORMAL", "wal_autocheckpoint=16384", "foreign_keys=ON")
        for pragma in (*pragmas, "busy_timeout=5000"):
            dbapi_connection.execute(f"PRAGMA {pragma}").fetchall()

    return engine


def _prepare_schema(engine: Engine, where: Location, *, upgrade: bool) -> None:
    """Create a new database, or upgrade an older one after a backup; refuse a newer or a foreign one."""
    with engine.connect() as connection:
        found = migrate.current(connection)
        tables = inspect(connection).get_table_names()
    if found == migrate.HEAD:
        return
    if found is None and tables:
        raise DatabaseError(f"{where.shown} is not a Secretariat database; it was left as it is.")
    if found is not None and found not in migrate.known_revisions():
        raise DatabaseError(
            f"{where.shown} is a Secretariat database of schema {found}; this omnibus reads schemas up to "
            f"{migrate.HEAD}: update omnibus to open it."
        )
    if where.path is None:
        if found is not None and not upgrade:
            raise DatabaseError(
                f"{where.shown} is a Secretariat database of schema {found}; this omnibus needs schema "
                f"{migrate.HEAD}. Every analyst using it is affected by an upgrade: back the database up "
                f"(pg_dump), then run `omnibus secretariat upgrade --db URL --i-have-a-backup`."
            )
        migrate.upgrade_server(engine)
        return
    saved = None if found is None else migrate.backup(where.path, "before-migration")
    try:
        migrate.upgrade(where.path)
    except Exception as error:
        if saved is None:
            raise
        raise DatabaseError(
            f"Upgrading the Secretariat database {where.path} failed: {_words(error, where)}. "
            f"The file is unchanged; a backup is in {saved.parent}."
        ) from error


def _words(error: BaseException, where: Location) -> str:
    """The database driver's own message in a sentence, without SQLAlchemy's statement and link."""
    original = error.orig if isinstance(error, exc.DBAPIError) else None
    if where.path is not None:
        return describe(original or error, where.path)
    return server_message(original or error)


def server_message(error: BaseException) -> str:
    """pg8000 gives the server's error as a dict of its fields (M: the message); its own (no connection, a
    certificate refused) as text."""
    first = error.args[0] if error.args else error
    if isinstance(first, dict):
        return f"the server said: {first.get('M', first)}"
    return str(error)


def lock_writes(session: Session) -> None:
    """On a server, wait for any other transaction that changes which packages count, until this one ends
    (a transaction-level advisory lock, released by commit or rollback). A SQLite file's writers are kept
    apart by its lock file (`open_session`)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(WRITES_LOCK)))


WRITES_LOCK: Final = 0x6F6D6E69
"""The advisory lock's key on a server ("omni"): any number the team's other software does not use."""


def insert_new(model: type[Base], session: Session) -> Insert:
    """INSERT that leaves alone a row another import stored first (ON CONFLICT DO NOTHING): rows that several
    imports share (questionnaire files, trusted keys) never make a concurrent import fail."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model).on_conflict_do_nothing()
    return sqlite.insert(model).on_conflict_do_nothing()


@contextmanager
def open_session(target: str | Path | Location, *, write: bool = False, upgrade: bool = False) -> Iterator[Session]:
    """A session on the database `target` names (`location.py`); the engine is disposed of afterwards.

    `write`, on a SQLite file: hold the operating-system lock on `<path>.lock` throughout (imports, key changes),
    so a second writer is refused with a clear message instead of racing the first one; readers need no lock
    (WAL). On a server, writers work at the same time: each write transaction takes `lock_writes` and the
    importer checks what it decided against what is stored (`importer.py`). A database error inside the
    session comes out as DatabaseError, in words."""
    where = locate(target)
    lock = FileLock(where.path.resolve()) if write and where.path is not None else None
    try:
        if lock is not None:
            assert where.path is not None
            where.path.parent.mkdir(parents=True, exist_ok=True)
            lock.acquire()
    except (StorageError, OSError) as error:
        raise DatabaseError(str(error)) from None
    try:
        engine = create_engine(where, upgrade=upgrade)
        try:
            with Session(engine) as session:
                yield session
        except exc.DBAPIError as error:
            raise DatabaseError(f"{_words(error, where)}; only what was reported done above is stored") from None
        finally:
            engine.dispose()
    finally:
        if lock is not None:
            lock.release()
