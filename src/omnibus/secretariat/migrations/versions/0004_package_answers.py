"""Every answer of each package, stored beside it for the tables of responses (`omnibus.secretariat.facts`):
one row per relevant item answered, its value as canonical JSON.

The packages already stored are read once, here, with the function the import uses from now on. Their other facts
stay as stored: packages made before a need could name its instrument, or a questionnaire could mark the instruments
its answers respond for, have the same facts under both rules. `meta.schema_version` becomes 4.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from omnibus.secretariat.facts import stored_packages_facts

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    answers = op.create_table(
        "package_answers",
        sa.Column("package_id", sa.Integer(), sa.ForeignKey("packages.id"), primary_key=True),
        sa.Column("item_id", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    for package_id, facts in stored_packages_facts(op.get_bind()):
        rows = facts.rows(package_id)["package_answers"]
        if rows:
            op.bulk_insert(answers, rows)
    op.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")


def downgrade() -> None:
    raise RuntimeError("Secretariat databases are never downgraded; restore a backup instead")
