"""The tables of the local store, declared with SQLAlchemy: the head revision of the schema, as Alembic sees it.

Nothing reads or writes through these declarations at run time: the store runs plain SQL on the standard
library's `sqlite3` (`queries.py` and its neighbours). They are what Alembic's autogenerate compares a database
with, and a test compares the head of the migrations in `migrations/versions/` with them, so that the schema the
migrations build and the one declared here cannot drift apart.

Times are stored as ISO 8601 text in UTC (`times.py`); answer values as canonical JSON text (`values.py`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
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

from omnibus.model.store.times import time_text

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so Alembic's batch mode can find and recreate them on SQLite."""


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO 8601 text in UTC (sorts correctly, readable with any SQLite tool)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else time_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


metadata = MetaData(naming_convention=NAMING_CONVENTION)

profile_table = Table(
    "profile",  # the respondent: one row at most
    metadata,
    Column("id", Integer, primary_key=True),
    Column("country", String(3), nullable=False),
    Column("institution", Text, nullable=False, default=""),
    Column("focal_point", Text, nullable=False, default=""),
    Column("contact", Text, nullable=False, default=""),
    Column("updated", UtcDateTime, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)

editions_table = Table(
    "editions",  # a questionnaire edition an assessment was made on, kept byte for byte (shared)
    metadata,
    Column("content_hash", String(64), primary_key=True),
    Column("questionnaire_id", String(64), nullable=False),
    Column("version", String(32), nullable=False),
    Column("stored", UtcDateTime, nullable=False),
)

edition_files_table = Table(
    "edition_files",
    metadata,
    Column("content_hash", String(64), ForeignKey("editions.content_hash"), primary_key=True),
    Column("position", Integer, primary_key=True),  # 0 is the questionnaire file
    Column("name", Text, nullable=False),
    Column("content", LargeBinary, nullable=False),
)

assessments_table = Table(
    "assessments",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("questionnaire_id", String(64), nullable=False),
    Column("questionnaire_version", String(32), nullable=False),
    Column("questionnaire_hash", String(64), nullable=False, index=True),
    Column("country", String(3), nullable=False),
    Column("institution", Text, nullable=False, default=""),
    Column("focal_point", Text, nullable=False, default=""),
    Column("cycle", Text, nullable=False, default=""),
    Column("status", String(8), nullable=False, default="draft"),
    Column("training", Boolean, nullable=False, default=False),
    Column("created", UtcDateTime, nullable=False),
    Column("updated", UtcDateTime, nullable=False),
    Column("carried_from", String(32), nullable=True),
    Column("archived_at", UtcDateTime, nullable=True),  # revision 3: put away by the respondent, not deleted
    CheckConstraint("status IN ('draft', 'final')", name="status"),
    ForeignKeyConstraint(["carried_from"], ["assessments.id"], ondelete="SET NULL"),
    ForeignKeyConstraint(["questionnaire_hash"], ["editions.content_hash"]),
)

answers_table = Table(
    # One item's answer in one assessment. `value` is canonical JSON, NULL when only a comment is stored.
    # An answer whose item is not in the assessment's questionnaire edition is an orphan: kept, never deleted.
    "answers",
    metadata,
    Column("assessment_id", String(32), ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("value", Text, nullable=True),
    Column("comment", Text, nullable=False, default=""),
    Column("answered_by", Text, nullable=False, default=""),
    Column("institution", Text, nullable=False, default=""),
    Column("answered_at", UtcDateTime, nullable=False),
    Column("language", String(8), nullable=True),
    Column("origin", String(16), nullable=False, default="entered"),
    Column("confirmed", Boolean, nullable=False, default=True, server_default="1"),  # revision 2
    CheckConstraint("origin IN ('entered', 'carried_forward', 'imported')", name="origin"),
)

drafts_table = Table(
    # What the respondent typed for an item that is not a valid answer yet (revision 3), beside the answer: the
    # editor's content as JSON, why it is not valid, and where (a JSON list: entry or row index, field id).
    "drafts",
    metadata,
    Column("assessment_id", String(32), ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("value", Text, nullable=False),
    Column("problem", Text, nullable=False),
    Column("location", Text, nullable=False, default="[]"),
    Column("updated_at", UtcDateTime, nullable=False),
)

attachments_table = Table(
    "attachments",  # a file's bytes, stored once by SHA-256 however many answers name it; removed when none does
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("name", Text, nullable=False),  # the name it was first stored under
    Column("size", Integer, nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("stored", UtcDateTime, nullable=False),
    Column(  # revision 2
        "media_type",
        String(255),
        nullable=False,
        default="application/octet-stream",
        server_default="application/octet-stream",
    ),
)

audit_table = Table(
    "audit_log",  # append-only: triggers refuse UPDATE and DELETE; no foreign key, so it outlives assessments
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UtcDateTime, nullable=False),
    Column("user", Text, nullable=False),
    Column("assessment_id", String(32), nullable=True),
    Column("item_id", String(64), nullable=True),
    Column("action", String(32), nullable=False),
    Column("old_value", Text, nullable=True),  # JSON
    Column("new_value", Text, nullable=True),  # JSON
    Index(None, "assessment_id", "item_id"),
)

AUDIT_TRIGGERS = (
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
)

exported_packages_table = Table(
    # Every response package this installation wrote (revision 6): the SHA-256 of its signed bytes (before any
    # encryption), so that a receipt from the Secretariat can be matched to the assessment it answers.
    "exported_packages",
    metadata,
    Column("package_sha256", String(64), primary_key=True),
    Column("assessment_id", String(32), ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("file_name", Text, nullable=False, default=""),
    Column("exported_at", UtcDateTime, nullable=False),
)

receipts_table = Table(
    # The Secretariat's receipt for an exported package (revision 6), verified before it was stored; the newest
    # one issued for a package is kept, with the signed file itself.
    "receipts",
    metadata,
    Column(
        "package_sha256",
        String(64),
        ForeignKey("exported_packages.package_sha256", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("decision", String(16), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("received", UtcDateTime, nullable=False),
    Column("issued", UtcDateTime, nullable=False),
    Column("issuer", Text, nullable=False, default=""),
    Column("imported_at", UtcDateTime, nullable=False),
    Column("data", LargeBinary, nullable=False),
    CheckConstraint("decision IN ('accepted', 'pending', 'refused')", name="decision"),
)

# -- working together (revision 5): assignments to institutions, their contributions, provenance, sign-offs

institutions_table = Table(
    # An institution the focal point assigns work to; its signing key is trusted on first use (by fingerprint).
    "institutions",
    metadata,
    Column("name", Text, primary_key=True),
    Column("contact", Text, nullable=False, default=""),
    Column("fingerprint", String(64), nullable=True),
    Column("trusted_at", UtcDateTime, nullable=True),
    Column("trusted_by", Text, nullable=False, default=""),
)

assignments_table = Table(
    # Part of an assessment given to an institution; `sections` as chosen (JSON list), the items in assignment_items.
    "assignments",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("assessment_id", String(32), ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("institution", Text, nullable=False),
    Column("contact", Text, nullable=False, default=""),
    Column("sections", Text, nullable=False, default="[]"),
    Column("deadline", String(10), nullable=True),
    Column("note", Text, nullable=False, default=""),
    Column("assigned_by", Text, nullable=False, default=""),
    Column("assigned_at", UtcDateTime, nullable=False),
    Column("reminder_of", String(32), nullable=True),
)

assignment_items_table = Table(
    # One assigned item with the answer the assignment carried: the base of the three-way merge.
    "assignment_items",
    metadata,
    Column("assignment_id", String(32), ForeignKey("assignments.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("base_value", Text, nullable=True),
    Column("base_comment", Text, nullable=False, default=""),
)

contributions_table = Table(
    # A contribution file merged into an assessment (one row per file, whatever its outcome item by item).
    "contributions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("assignment_id", String(32), ForeignKey("assignments.id", ondelete="CASCADE"), nullable=False),
    Column("institution", Text, nullable=False),
    Column("person", Text, nullable=False, default=""),
    Column("fingerprint", String(64), nullable=False),
    Column("round", Integer, nullable=False),
    Column("created", UtcDateTime, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("imported_at", UtcDateTime, nullable=False),
    Column("imported_by", Text, nullable=False, default=""),
    Index(None, "assignment_id", "round", unique=True),
)

received_answers_table = Table(
    # The last answer an assignment's institution sent for an item: the base when its next round is merged.
    "received_answers",
    metadata,
    Column("assignment_id", String(32), ForeignKey("assignments.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("value", Text, nullable=True),
    Column("comment", Text, nullable=False, default=""),
    Column("round", Integer, nullable=False),
)

provenance_table = Table(
    # Who gave an item's answer (institution, person, key, contribution and round) and who accepted it. Holds the
    # value accepted, so that an answer changed afterwards on this laptop is not attributed to the institution.
    "provenance",
    metadata,
    Column("assessment_id", String(32), ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", String(64), primary_key=True),
    Column("institution", Text, nullable=False),
    Column("person", Text, nullable=False, default=""),
    Column("fingerprint", String(64), nullable=False),
    Column("contribution_id", String(32), nullable=False),
    Column("round", Integer, nullable=False),
    Column("given_at", UtcDateTime, nullable=True),
    Column("value", Text, nullable=True),
    Column("comment", Text, nullable=False, default=""),
    Column("accepted_by", Text, nullable=False, default=""),
    Column("accepted_at", UtcDateTime, nullable=False),
)

conflicts_table = Table(
    # A contributed answer that was not taken because this side changed too, or another institution answered:
    # kept side by side (base, this side's answer then, theirs) until the focal point chooses or combines.
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("assessment_id", String(32), ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False),
    Column("item_id", String(64), nullable=False),
    Column("assignment_id", String(32), nullable=False),
    Column("institution", Text, nullable=False),
    Column("person", Text, nullable=False, default=""),
    Column("fingerprint", String(64), nullable=False),
    Column("contribution_id", String(32), nullable=False),
    Column("round", Integer, nullable=False),
    Column("given_at", UtcDateTime, nullable=True),
    Column("base_value", Text, nullable=True),
    Column("base_comment", Text, nullable=False, default=""),
    Column("mine_value", Text, nullable=True),
    Column("mine_comment", Text, nullable=False, default=""),
    Column("theirs_value", Text, nullable=True),
    Column("theirs_comment", Text, nullable=False, default=""),
    Column("raised_at", UtcDateTime, nullable=False),
    Column("resolved_at", UtcDateTime, nullable=True),
    Column("resolved_by", Text, nullable=False, default=""),
    Column("resolution", String(8), nullable=True),
    CheckConstraint("resolution IN ('mine', 'theirs', 'combined')", name="resolution"),
    Index(None, "assessment_id", "item_id"),
)

sign_offs_table = Table(
    # A section approved by a head of unit (name, function, date), by the institution that answered it.
    "sign_offs",
    metadata,
    Column("assessment_id", String(32), ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True),
    Column("section_id", String(64), primary_key=True),
    Column("institution", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("function", Text, nullable=False, default=""),
    Column("signed_on", String(10), nullable=False),
    Column("recorded_at", UtcDateTime, nullable=False),
    Column("contribution_id", String(32), nullable=True),
)

assignment_copies_table = Table(
    # On an institution's laptop: this assessment answers an assignment (the focal point's assessment and scope).
    "assignment_copies",
    metadata,
    Column("assessment_id", String(32), ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True),
    Column("assignment_id", String(32), nullable=False, unique=True),
    Column("source_assessment_id", String(32), nullable=False),
    Column("institution", Text, nullable=False),
    Column("contact", Text, nullable=False, default=""),
    Column("assigned_by", Text, nullable=False, default=""),
    Column("assigned_by_institution", Text, nullable=False, default=""),
    Column("signer", String(64), nullable=False),
    Column("sections", Text, nullable=False, default="[]"),
    Column("items", Text, nullable=False, default="[]"),
    Column("deadline", String(10), nullable=True),
    Column("note", Text, nullable=False, default=""),
    Column("opened_at", UtcDateTime, nullable=False),
    Column("last_round", Integer, nullable=False, default=0),
)
