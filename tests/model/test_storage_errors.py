"""Errors raised by `sqlite3` itself, each said in the sentence a respondent can act on (`errors.describe` reads the
error's SQLite code, `sqlite_errorname`, before its message)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from omnibus.model.store.errors import describe


def _error(run: Callable[[], object]) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        run()
    return caught.value


def test_a_file_that_cannot_be_opened(tmp_path: Path) -> None:
    error = _error(lambda: sqlite3.connect(tmp_path / "no folder" / "omnibus.db"))
    assert error.sqlite_errorname == "SQLITE_CANTOPEN"
    assert describe(error, tmp_path / "omnibus.db").endswith("cannot be opened; was it moved or removed?")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "omnibus.db"
    path.write_bytes(b"a document, not a database" * 100)
    error = _error(lambda: sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall())
    assert error.sqlite_errorname == "SQLITE_NOTADB"
    assert describe(error, path) == f"{path} is damaged (file is not a database)."


def test_a_write_refused_as_read_only(tmp_path: Path) -> None:
    path = tmp_path / "omnibus.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (n)")
    connection.execute("PRAGMA query_only = 1")
    error = _error(lambda: connection.execute("INSERT INTO t VALUES (1)"))
    connection.close()
    assert error.sqlite_errorname.startswith("SQLITE_READONLY")
    assert describe(error, path) == f"{path} cannot be written (it is read-only); check the file and its folder"


def test_a_lock_held_by_another_program(tmp_path: Path) -> None:
    path = tmp_path / "omnibus.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(path, timeout=0, isolation_level=None)
    error = _error(lambda: waiter.execute("BEGIN IMMEDIATE"))
    holder.close()
    waiter.close()
    assert error.sqlite_errorname == "SQLITE_BUSY"
    assert describe(error, path) == f"{path} is busy in another program; try again"


def test_any_other_error_keeps_sqlite_s_own_words(tmp_path: Path) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (n NOT NULL)")
    error = _error(lambda: connection.execute("INSERT INTO t VALUES (NULL)"))
    assert error.sqlite_errorname == "SQLITE_CONSTRAINT_NOTNULL"
    assert (
        describe(error, tmp_path / "omnibus.db")
        == f"cannot use {tmp_path / 'omnibus.db'}: NOT NULL constraint failed: t.n"
    )
