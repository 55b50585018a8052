"""Archived assessments (`assessments.archived_at`): put away from the start screen without deleting them.

Existing assessments are not archived.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        batch.add_column(sa.Column("archived_at", sa.String(32), nullable=True))


def downgrade() -> None:
    raise RuntimeError("omnibus databases are never downgraded; restore a backup instead")
