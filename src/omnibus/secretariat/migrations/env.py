"""Alembic environment: runs on the connection `omnibus.secretariat.migrate` hands over in
`config.attributes["connection"]`, inside the one `BEGIN IMMEDIATE` transaction it opened (so a failed upgrade
leaves the file as it was).

Batch mode (`render_as_batch`) because SQLite's ALTER TABLE is limited: Alembic copies and recreates a table when
it must. Foreign keys are off meanwhile; they are checked before the upgrade commits.
"""

from __future__ import annotations

from alembic import context

from omnibus.secretariat.db import Base

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("omnibus migrations run only online, through omnibus.secretariat.migrate")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the upgrade would break {len(broken)} references between tables")
