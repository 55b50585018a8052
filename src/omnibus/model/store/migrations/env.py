"""Alembic environment: runs on the connection `migrate.upgrade` hands over in `config.attributes["connection"]`.

Batch mode (`render_as_batch`) because SQLite's ALTER TABLE is limited: Alembic copies and recreates a table
when it must, finding constraints by the names the MetaData's naming convention gives them. The whole upgrade
runs in one `BEGIN IMMEDIATE` transaction (`migrate.upgrade`'s engine emits it), so a failed migration leaves the
file as it was.
"""

from __future__ import annotations

from alembic import context

from omnibus.model.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("omnibus migrations run only online, through omnibus.model.store.migrate")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
    # Foreign keys are off while batch mode rebuilds tables: check them before the upgrade commits.
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"the upgrade would break {len(broken)} references between tables")
