"""The Secretariat's consolidated database: one SQLite file, SQLAlchemy 2.0, a deliberately small schema.

Tables: `meta` (schema version), `packages` (every stored package with its verified bytes and its state),
`questionnaire_files` (the questionnaire files packages carried, once per questionnaire digest),
`trusted_keys` (keys confirmed out of band, per country, revocable) and `refusals` (every refused file and why).

The schema is created with `create_all`; `meta.schema_version` lets a later version migrate or refuse an
older file. Times are ISO 8601 text in UTC, which sorts correctly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import Boolean, Engine, Integer, LargeBinary, String, Text, UniqueConstraint, event
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from omnibus.export.errors import PackageError

SCHEMA_VERSION: Final = 1
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
    """One verified package. `state`: accepted (current), superseded (history) or pending (key unconfirmed)."""

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
    responses: Mapped[bytes] = mapped_column(LargeBinary)
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
            if row is None:
                session.add(MetaRow(key="schema_version", value=str(SCHEMA_VERSION)))
            elif row.value != str(SCHEMA_VERSION):
                raise DatabaseError(
                    f"{path} is a Secretariat database of schema version {row.value}; "
                    f"this omnibus reads version {SCHEMA_VERSION}."
                )
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:  # sqlalchemy.exc.DatabaseError and friends: not a database we can use
        engine.dispose()
        raise DatabaseError(f"Cannot open {path} as a Secretariat database: {exc}.") from exc
    return engine


@contextmanager
def open_session(path: Path) -> Iterator[Session]:
    """A session on the database at `path`; the engine is disposed of afterwards."""
    engine = create_engine(path)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()
