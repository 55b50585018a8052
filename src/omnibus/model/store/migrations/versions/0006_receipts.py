"""Receipts (`exported_packages`, `receipts`): the hash of every package written, and the Secretariat's receipts.

Packages exported before this revision have no recorded hash, so a receipt for one of them is refused as for a
package of another installation; the respondent exports again to get one that can be matched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exported_packages",
        sa.Column("package_sha256", sa.String(64), nullable=False),
        sa.Column("assessment_id", sa.String(32), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_exported_packages_assessment_id_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("package_sha256", name=op.f("pk_exported_packages")),
    )
    op.create_index(op.f("ix_exported_packages_assessment_id"), "exported_packages", ["assessment_id"])
    op.create_table(
        "receipts",
        sa.Column("package_sha256", sa.String(64), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("received", sa.String(32), nullable=False),
        sa.Column("issued", sa.String(32), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.String(32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("decision IN ('accepted', 'pending', 'refused')", name=op.f("ck_receipts_decision")),
        sa.ForeignKeyConstraint(
            ["package_sha256"],
            ["exported_packages.package_sha256"],
            name=op.f("fk_receipts_package_sha256_exported_packages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("package_sha256", name=op.f("pk_receipts")),
    )


def downgrade() -> None:
    raise RuntimeError("omnibus databases are never downgraded; restore a backup instead")
