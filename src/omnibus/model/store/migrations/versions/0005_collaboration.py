"""Working together: institutions (key trusted on first use), assignments with the answers they carried,
contributions merged, provenance per answer, conflicts, sign-offs per section, and assignment copies.

Existing databases start with none of them: every answer already there was given on this laptop.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _assessment(table: str, nullable: bool = False) -> list[Any]:
    return [
        sa.Column("assessment_id", sa.String(32), nullable=nullable),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f(f"fk_{table}_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
    ]


def _assignment(table: str) -> list[Any]:
    return [
        sa.Column("assignment_id", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f(f"fk_{table}_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "institutions",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=True),
        sa.Column("trusted_at", sa.String(32), nullable=True),
        sa.Column("trusted_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_institutions")),
    )
    op.create_table(
        "assignments",
        sa.Column("id", sa.String(32), nullable=False),
        *_assessment("assignments"),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("deadline", sa.String(10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("assigned_by", sa.Text(), nullable=False),
        sa.Column("assigned_at", sa.String(32), nullable=False),
        sa.Column("reminder_of", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
    )
    op.create_index(op.f("ix_assignments_assessment_id"), "assignments", ["assessment_id"])
    op.create_table(
        "assignment_items",
        *_assignment("assignment_items"),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("base_comment", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("assignment_id", "item_id", name=op.f("pk_assignment_items")),
    )
    op.create_table(
        "contributions",
        sa.Column("id", sa.String(32), nullable=False),
        *_assignment("contributions"),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("person", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("created", sa.String(32), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.Column("imported_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributions")),
    )
    op.create_index(
        op.f("ix_contributions_assignment_id_round"), "contributions", ["assignment_id", "round"], unique=True
    )
    op.create_table(
        "received_answers",
        *_assignment("received_answers"),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("assignment_id", "item_id", name=op.f("pk_received_answers")),
    )
    op.create_table(
        "provenance",
        *_assessment("provenance"),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("person", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("contribution_id", sa.String(32), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.String(32), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("accepted_by", sa.Text(), nullable=False),
        sa.Column("accepted_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("assessment_id", "item_id", name=op.f("pk_provenance")),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        *_assessment("conflicts"),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("assignment_id", sa.String(32), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("person", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("contribution_id", sa.String(32), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.String(32), nullable=True),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("base_comment", sa.Text(), nullable=False),
        sa.Column("mine_value", sa.Text(), nullable=True),
        sa.Column("mine_comment", sa.Text(), nullable=False),
        sa.Column("theirs_value", sa.Text(), nullable=True),
        sa.Column("theirs_comment", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.String(32), nullable=False),
        sa.Column("resolved_at", sa.String(32), nullable=True),
        sa.Column("resolved_by", sa.Text(), nullable=False),
        sa.Column("resolution", sa.String(8), nullable=True),
        sa.CheckConstraint("resolution IN ('mine', 'theirs', 'combined')", name=op.f("ck_conflicts_resolution")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    op.create_index(op.f("ix_conflicts_assessment_id_item_id"), "conflicts", ["assessment_id", "item_id"])
    op.create_table(
        "sign_offs",
        *_assessment("sign_offs"),
        sa.Column("section_id", sa.String(64), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("function", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.String(10), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("contribution_id", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("assessment_id", "section_id", "institution", name=op.f("pk_sign_offs")),
    )
    op.create_table(
        "assignment_copies",
        *_assessment("assignment_copies"),
        sa.Column("assignment_id", sa.String(32), nullable=False),
        sa.Column("source_assessment_id", sa.String(32), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("assigned_by", sa.Text(), nullable=False),
        sa.Column("assigned_by_institution", sa.Text(), nullable=False),
        sa.Column("signer", sa.String(64), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("items", sa.Text(), nullable=False),
        sa.Column("deadline", sa.String(10), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.String(32), nullable=False),
        sa.Column("last_round", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("assessment_id", name=op.f("pk_assignment_copies")),
        sa.UniqueConstraint("assignment_id", name=op.f("uq_assignment_copies_assignment_id")),
    )


def downgrade() -> None:
    raise RuntimeError("omnibus databases are never downgraded; restore a backup instead")
