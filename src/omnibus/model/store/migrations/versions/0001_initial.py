"""Initial schema: profile, questionnaire editions, assessments, answers, attachments, append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2024-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIME = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("country", sa.String(3), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("focal_point", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("updated", TIME, nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_profile_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "editions",
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("questionnaire_id", sa.String(64), nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
        sa.Column("stored", TIME, nullable=False),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_editions")),
    )
    op.create_table(
        "edition_files",
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["content_hash"], ["editions.content_hash"], name=op.f("fk_edition_files_content_hash_editions")
        ),
        sa.PrimaryKeyConstraint("content_hash", "position", name=op.f("pk_edition_files")),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("questionnaire_id", sa.String(64), nullable=False),
        sa.Column("questionnaire_version", sa.String(32), nullable=False),
        sa.Column("questionnaire_hash", sa.String(64), nullable=False),
        sa.Column("country", sa.String(3), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("focal_point", sa.Text(), nullable=False),
        sa.Column("cycle", sa.Text(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.Column("created", TIME, nullable=False),
        sa.Column("updated", TIME, nullable=False),
        sa.Column("carried_from", sa.String(32), nullable=True),
        sa.CheckConstraint("status IN ('draft', 'final')", name=op.f("ck_assessments_status")),
        sa.ForeignKeyConstraint(
            ["carried_from"],
            ["assessments.id"],
            name=op.f("fk_assessments_carried_from_assessments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["questionnaire_hash"],
            ["editions.content_hash"],
            name=op.f("fk_assessments_questionnaire_hash_editions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    op.create_index(op.f("ix_assessments_questionnaire_hash"), "assessments", ["questionnaire_hash"])
    op.create_table(
        "answers",
        sa.Column("assessment_id", sa.String(32), nullable=False),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.Text(), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("answered_at", TIME, nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.CheckConstraint("origin IN ('entered', 'carried_forward', 'imported')", name=op.f("ck_answers_origin")),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_answers_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assessment_id", "item_id", name=op.f("pk_answers")),
    )
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("stored", TIME, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachments")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", TIME, nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("assessment_id", sa.String(32), nullable=True),
        sa.Column("item_id", sa.String(64), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_assessment_id_item_id"), "audit_log", ["assessment_id", "item_id"])
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def downgrade() -> None:
    raise RuntimeError("omnibus databases are never downgraded; restore a backup instead")
