"""What the analysis needs from each package, stored beside it: the instruments its answers cover, its
technical-assistance needs and its indicator answers (`omnibus.secretariat.facts`).

The packages already stored are read once, here, with the function the import uses from now on; the analysis
then never unzips a stored package again. `meta.schema_version` becomes 3, which the omnibus versions that
kept the schema by hand refuse to open (they would store packages without their facts).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from omnibus.secretariat.facts import stored_packages_facts

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CODE = sa.String(100)


def _package_id() -> sa.Column[int]:
    return sa.Column("package_id", sa.Integer(), sa.ForeignKey("packages.id"), primary_key=True)


def upgrade() -> None:
    tables = {
        "package_instruments": op.create_table(
            "package_instruments", _package_id(), sa.Column("instrument", CODE, primary_key=True)
        ),
        "package_needs": op.create_table(
            "package_needs",
            _package_id(),
            sa.Column("position", sa.Integer(), primary_key=True),
            sa.Column("area", CODE, nullable=False),
            sa.Column("type", CODE, nullable=False),
            sa.Column("subtype", CODE, nullable=False),
            sa.Column("priority", CODE, nullable=False),
            sa.Column("instruments", sa.Text(), nullable=False),
        ),
        "package_indicators": op.create_table(
            "package_indicators",
            _package_id(),
            sa.Column("position", sa.Integer(), primary_key=True),
            sa.Column("area", CODE, nullable=False),
            sa.Column("value", CODE, nullable=False),
        ),
    }
    for package_id, facts in stored_packages_facts(op.get_bind()):
        for name, rows in facts.rows(package_id).items():
            if rows and name in tables:  # later facts come with the migrations that add their tables
                op.bulk_insert(tables[name], rows)
    op.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")


def downgrade() -> None:
    raise RuntimeError("Secretariat databases are never downgraded; restore a backup instead")
