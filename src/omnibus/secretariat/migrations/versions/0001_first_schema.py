"""The first schema: packages (with a copy of each responses.json), questionnaire files, trusted keys, refusals.

This is the schema omnibus kept by hand as `meta.schema_version` 1; such a database is stamped with this
revision when it is first opened by a version that uses Alembic, then upgraded.

Revision ID: 0001
Revises:
Create Date: 2026-11-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TIME = sa.String(32)
DIGEST = sa.String(64)


def upgrade() -> None:
    meta = op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "packages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("package_sha256", DIGEST, nullable=False, unique=True),
        sa.Column("manifest_sha256", DIGEST, nullable=False, unique=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("country", sa.String(3), nullable=False, index=True),
        sa.Column("questionnaire_id", sa.String(100), nullable=False),
        sa.Column("questionnaire_version", sa.String(100), nullable=False),
        sa.Column("questionnaire_sha256", DIGEST, nullable=False),
        sa.Column("cycle", sa.String(100), nullable=False),
        sa.Column("assessment_id", sa.String(100), nullable=False),
        sa.Column("institution", sa.Text(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.Column("created", TIME, nullable=False),
        sa.Column("signer", DIGEST, nullable=False, index=True),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("hold_reason", sa.Text(), nullable=False),
        sa.Column("imported_at", TIME, nullable=False),
        sa.Column("responses", sa.LargeBinary(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "questionnaire_files",
        sa.Column("questionnaire_sha256", DIGEST, primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "trusted_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("fingerprint", DIGEST, nullable=False, index=True),
        sa.Column("country", sa.String(3), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("trusted_at", TIME, nullable=False),
        sa.Column("revoked_at", TIME, nullable=True),
        sa.UniqueConstraint("fingerprint", "country"),
    )
    op.create_table(
        "refusals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("package_sha256", DIGEST, nullable=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("country", sa.String(3), nullable=True),
        sa.Column("refused_at", TIME, nullable=False),
    )
    op.bulk_insert(meta, [{"key": "schema_version", "value": "1"}])


def downgrade() -> None:
    raise RuntimeError("Secretariat databases are never downgraded; restore a backup instead")
