"""Carried-forward answers to be confirmed (`answers.confirmed`) and attachments' media type.

Existing answers were all entered by their respondent, so they count as confirmed; existing attachments get the
generic media type until they are attached again.

Revision ID: 0002
Revises: 0001
Create Date: 2024-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("confirmed", sa.Boolean(), nullable=False, server_default="1"))
    with op.batch_alter_table("attachments") as batch:
        batch.add_column(
            sa.Column("media_type", sa.String(255), nullable=False, server_default="application/octet-stream")
        )


def downgrade() -> None:
    raise RuntimeError("omnibus databases are never downgraded; restore a backup instead")
