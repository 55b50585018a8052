"""The release check's database "left by an earlier omnibus" (packaging/linux/old_database.py) is written with the
store's own migrations, and today's store upgrades it and reads its answers: the script cannot rot unnoticed
between releases (the bundle check that uses it is too heavy for every run)."""

from __future__ import annotations

import runpy
import sqlite3
from pathlib import Path

from omnibus.model.store import Store, migrate, queries
from tests.packaging.bundle_layout import ROOT


def test_the_old_database_is_at_revision_1_and_todays_store_upgrades_it(tmp_path: Path) -> None:
    database = tmp_path / "assessments.db"
    script = runpy.run_path(str(ROOT / "packaging" / "linux" / "old_database.py"))
    script["write"](database)
    with sqlite3.connect(database) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]

    store = Store.open(database)
    try:
        with store.read() as connection:
            assert migrate.current(connection) == migrate.HEAD
            (summary,) = queries.assessments(connection)
            assert (summary.id, summary.country, summary.cycle) == ("old0001", "KEN", "2022")
            assert queries.load_answers(connection, "old0001")["wd_officials_trained"].value == 42
    finally:
        store.close()
    assert list((tmp_path / "backups").glob("*.db")), "backed up before the migration"
