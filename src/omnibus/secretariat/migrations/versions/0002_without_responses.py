"""`packages.responses` dropped: a copy of each package's responses.json, as large again as the package.

The table is rebuilt without the column (batch mode; `DROP COLUMN` needs SQLite 3.35). Formerly
`meta.schema_version` 2.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("packages") as batch:
        batch.drop_column("responses")
    op.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")


def downgrade() -> None:
    raise RuntimeError("Secretariat databases are never downgraded; restore a backup instead")
