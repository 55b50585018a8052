"""The Secretariat's consolidated database: one SQLite file, SQLAlchemy 2.0, a deliberately small schema.

Tables: `meta` (schema version), `packages` (every stored package with its verified bytes and its state),
`questionnaire_files` (the questionnaire files packages carried, once per questionnaire digest),
`trusted_keys` (keys confirmed out of band, per country, revocable) and `refusals` (every refused file and why).

The schema is created with `create_all`; `meta.schema_version` says which version a file is of. An older file
is migrated when opened (`MIGRATIONS`, one transaction each); a newer one is refused. Times are ISO 8601 text
in UTC, which sorts correctly.

Versions: 1, the first; 2, `packages.responses` (a copy of each package's responses.json, as large again as the
package) dropped: the analysis reads responses.json from the stored package itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import Boolean, Engine, Insert, Integer, LargeBinary, String, Text, UniqueConstraint, event, exc
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from omnibus.export.errors import PackageError
from omnibus.model.store.errors import StorageError, describe
from omnibus.model.store.lock import FileLock

SCHEMA_VERSION: Final = 2
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


_PACKAGES_2 = (
    "id", "package_sha256", "manifest_sha256", "file_name", "encrypted", "country", "questionnaire_id",
    "questionnaire_version", "questionnaire_sha256", "cycle", "assessment_id", "institution", "status", "training",
    "created", "signer", "state", "hold_reason", "imported_at", "data",
)  # fmt: skip
_INDEXES = ("country", "state", "signer")


def _without_responses() -> list[str]:
    """1 to 2: the packages table again without its `responses` column (a rebuild, which every SQLite can do;
    `DROP COLUMN` needs 3.35). The freed pages are reused by later imports. The statements are those
    `create_all` gives for version 2, written out so that a later model cannot change this step."""
    types = {"id": "INTEGER", "encrypted": "BOOLEAN", "training": "BOOLEAN", "data": "BLOB"}
    types |= dict.fromkeys(("file_name", "institution", "hold_reason"), "TEXT")
    types |= {"country": "VARCHAR(3)", "status": "VARCHAR(32)", "created": "VARCHAR(32)", "state": "VARCHAR(16)"}
    types |= {"imported_at": "VARCHAR(32)", "package_sha256": "VARCHAR(64)", "manifest_sha256": "VARCHAR(64)"}
    types |= {"questionnaire_sha256": "VARCHAR(64)", "signer": "VARCHAR(64)"}
    columns = "".join(f"\t{name} {types.get(name, 'VARCHAR(100)')} NOT NULL, \n" for name in _PACKAGES_2)
    keys = "\tPRIMARY KEY (id), \n\tUNIQUE (package_sha256), \n\tUNIQUE (manifest_sha256)\n"
    names = ", ".join(_PACKAGES_2)
    return [
        *(f"DROP INDEX ix_packages_{column}" for column in _INDEXES),
        "ALTER TABLE packages RENAME TO packages_version_1",
        f"CREATE TABLE packages (\n{columns}{keys})",
        *(f"CREATE INDEX ix_packages_{column} ON packages ({column})" for column in _INDEXES),
        f"INSERT INTO packages ({names}) SELECT {names} FROM packages_version_1",
        "DROP TABLE packages_version_1",
    ]


MIGRATIONS: Final = {1: _without_responses}
"""From version n to n + 1: the SQL statements."""


def _migrate(engine: Engine, found: int) -> None:
    """Bring a database of an older schema version to this one, each step in one transaction (all or nothing)."""
    connection = engine.raw_connection()
    try:
        sqlite = connection.driver_connection
        assert sqlite is not None
        previous = sqlite.isolation_level
        sqlite.isolation_level = None  # our own BEGIN and COMMIT, around the table changes too
        try:
            for version in range(found, SCHEMA_VERSION):
                sqlite.execute("BEGIN IMMEDIATE")
                try:
                    for statement in MIGRATIONS[version]():
                        sqlite.execute(statement)
                    sqlite.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version + 1),))
                    sqlite.execute("COMMIT")
                except BaseException:
                    if sqlite.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
                        sqlite.execute("ROLLBACK")
                    raise
        finally:
            sqlite.isolation_level = previous
    finally:
        connection.close()


def create_engine(path: Path) -> Engine:
    """Open (creating if needed) the consolidated database at `path` and check its schema version."""
    path = Path(path)
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

    try:
        Base.metadata.create_all(engine)
        with Session(engine) as session, session.begin():
            row = session.get(MetaRow, "schema_version")
            found = None if row is None else row.value
            if row is None:
                session.add(MetaRow(key="schema_version", value=str(SCHEMA_VERSION)))
            elif row.value not in {str(version) for version in range(1, SCHEMA_VERSION + 1)}:
                raise DatabaseError(
                    f"{path} is a Secretariat database of schema version {row.value}; "
                    f"this omnibus reads versions up to {SCHEMA_VERSION}."
                )
        if found is not None and int(found) < SCHEMA_VERSION:
            _migrate(engine, int(found))
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as error:  # sqlalchemy.exc.DatabaseError and friends: not a database we can use
        engine.dispose()
        raise DatabaseError(f"Cannot open {path} as a Secretariat database: {_words(error, path)}.") from error
    return engine


def _words(error: BaseException, path: Path) -> str:
    """The database driver's own message in a sentence, without SQLAlchemy's statement and link."""
    original = error.orig if isinstance(error, exc.DBAPIError) else None
    return describe(original or error, path)


def insert_new(model: type[Base], session: Session) -> Insert:
    """INSERT that leaves alone a row another import stored first (ON CONFLICT DO NOTHING): rows that several
    imports share (questionnaire files, trusted keys) never make a concurrent import fail."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model).on_conflict_do_nothing()
    return sqlite.insert(model).on_conflict_do_nothing()


@contextmanager
def open_session(path: Path, *, write: bool = False) -> Iterator[Session]:
    """A session on the database at `path`; the engine is disposed of afterwards.

    `write`: hold the operating-system lock on `<path>.lock` throughout (imports, key changes), so a second
    writer is refused with a clear message instead of racing the first one. Readers need no lock (WAL).
    A database error inside the session comes out as DatabaseError, in words."""
    lock = FileLock(Path(path).resolve()) if write else None
    try:
        if lock is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            lock.acquire()
    except (StorageError, OSError) as error:
        raise DatabaseError(str(error)) from None
    try:
        engine = create_engine(path)
        try:
            with Session(engine) as session:
                yield session
        except exc.DBAPIError as error:
            raise DatabaseError(f"{_words(error, path)}; only what was reported done above is stored") from None
        finally:
            engine.dispose()
    finally:
        if lock is not None:
            lock.release()
