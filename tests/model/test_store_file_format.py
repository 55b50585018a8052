"""The database file is the same whatever version of the store wrote it.

`fixtures/store/every_table.sql` is what the store wrote, when it went through SQLAlchemy, for the calls of
`tests.support.every_table` (every write of the query modules), and `every_table_reads.txt` what it read back:
today's store must write the same schema and the same values, byte for byte, and read that old file the same way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from omnibus.model.store import Store
from tests.support.every_table import read_every_table, write_every_table

FIXTURES = Path(__file__).with_name("fixtures") / "store"


def _dump(database: Path) -> str:
    raw = sqlite3.connect(database)
    try:
        return "\n".join(raw.iterdump()) + "\n"
    finally:
        raw.close()


def test_the_store_writes_what_it_wrote_through_sqlalchemy(tmp_path: Path) -> None:
    database = tmp_path / "every.sqlite"
    with Store.open(database) as store, store.write() as tx:
        write_every_table(tx)
    assert _dump(database) == (FIXTURES / "every_table.sql").read_text(encoding="utf-8")


def test_a_file_written_through_sqlalchemy_reads_the_same(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite"
    raw = sqlite3.connect(database)
    raw.executescript((FIXTURES / "every_table.sql").read_text(encoding="utf-8"))
    raw.close()
    with Store.open(database) as store:
        assert store.migrated_from is None and not store.created
        with store.read() as tx:
            found = read_every_table(tx)
    assert found == (FIXTURES / "every_table_reads.txt").read_text(encoding="utf-8").splitlines()
