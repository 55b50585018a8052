"""The tables of the local store, as SQLAlchemy 2.0 declarative classes (the head revision of the schema).

The store writes through Core statements on these tables (`Answer.__table__` …): one round trip per statement,
no unit-of-work bookkeeping on the hot path. Migrations in `migrations/versions/` build exactly this schema;
a test compares the two, so they cannot drift apart.

Times are stored as ISO 8601 text in UTC; answer values as canonical JSON text (`values.py`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Dialect,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so Alembic's batch mode can find and recreate them on SQLite."""


def time_text(moment: datetime) -> str:
    """How a time is stored: ISO 8601 in UTC, to the microsecond."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not stored; use an aware datetime")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO 8601 text in UTC (sorts correctly, readable with any SQLite tool)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else time_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ProfileRow(Base):
    """The respondent: one row at most."""

    __tablename__ = "profile"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    country: Mapped[str] = mapped_column(String(3))
    institution: Mapped[str] = mapped_column(Text, default="")
    focal_point: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    updated: Mapped[datetime] = mapped_column(UtcDateTime)


class EditionRow(Base):
    """A questionnaire edition an assessment was made on, kept byte for byte (shared by its assessments)."""

    __tablename__ = "editions"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    questionnaire_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32))
    stored: Mapped[datetime] = mapped_column(UtcDateTime)


class EditionFileRow(Base):
    __tablename__ = "edition_files"

    content_hash: Mapped[str] = mapped_column(ForeignKey("editions.content_hash"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 is the questionnaire file
    name: Mapped[str] = mapped_column(Text)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class AssessmentRow(Base):
    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'final')", name="status"),
        ForeignKeyConstraint(["carried_from"], ["assessments.id"], ondelete="SET NULL"),
        ForeignKeyConstraint(["questionnaire_hash"], ["editions.content_hash"]),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    questionnaire_id: Mapped[str] = mapped_column(String(64))
    questionnaire_version: Mapped[str] = mapped_column(String(32))
    questionnaire_hash: Mapped[str] = mapped_column(String(64), index=True)
    country: Mapped[str] = mapped_column(String(3))
    institution: Mapped[str] = mapped_column(Text, default="")
    focal_point: Mapped[str] = mapped_column(Text, default="")
    cycle: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8), default="draft")
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(UtcDateTime)
    updated: Mapped[datetime] = mapped_column(UtcDateTime)
    carried_from: Mapped[str | None] = mapped_column(String(32), nullable=True)


class AnswerRow(Base):
    """One item's answer in one assessment. `value` is canonical JSON, NULL when only a comment is stored.

    An answer whose item is not in the assessment's questionnaire edition is an orphan: kept, never deleted.
    """

    __tablename__ = "answers"
    __table_args__ = (CheckConstraint("origin IN ('entered', 'carried_forward', 'imported')", name="origin"),)

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(Text, default="")
    institution: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    origin: Mapped[str] = mapped_column(String(16), default="entered")
    # revision 2
    confirmed: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")


class AttachmentRow(Base):
    """A file's bytes, stored once by SHA-256 however many answers name it; removed when none does."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(Text)  # the name it was first stored under
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored: Mapped[datetime] = mapped_column(UtcDateTime)
    # revision 2
    media_type: Mapped[str] = mapped_column(
        String(255), default="application/octet-stream", server_default="application/octet-stream"
    )


class AuditRow(Base):
    """Append-only: triggers refuse UPDATE and DELETE. No foreign key, so it outlives deleted assessments."""

    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "assessment_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    user: Mapped[str] = mapped_column(Text)
    assessment_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    item_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON


AUDIT_TRIGGERS = (
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
)

profile_table: Table = Base.metadata.tables["profile"]
editions_table: Table = Base.metadata.tables["editions"]
edition_files_table: Table = Base.metadata.tables["edition_files"]
assessments_table: Table = Base.metadata.tables["assessments"]
answers_table: Table = Base.metadata.tables["answers"]
attachments_table: Table = Base.metadata.tables["attachments"]
audit_table: Table = Base.metadata.tables["audit_log"]
