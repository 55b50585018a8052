"""Database failures surface as StorageError, the in-memory copy stays as on disk, and a retry works.

Tests run as root, for whom chmod does not make a file read-only; the read-only case therefore makes the
store's own connection read-only (`PRAGMA query_only`), which fails exactly like a read-only file
("attempt to write a readonly database"). A full disk is a page limit (`PRAGMA max_page_count`), which fails
with SQLITE_FULL like a real one.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from omnibus.model.service import AssessmentService
from omnibus.model.store import StorageError, Store


def _raw(store: Store, sql: str) -> None:
    with store._mutex:
        store._conn().execute(sql).fetchall()


def test_read_only_database(service: AssessmentService, aid: str, store: Store) -> None:
    service.set_answer(aid, "has_unit", "no")
    _raw(store, "PRAGMA query_only = 1")
    with pytest.raises(StorageError, match="read-only"):
        service.set_answer(aid, "has_unit", "yes")
    with pytest.raises(StorageError, match="read-only"):
        service.set_comment(aid, "has_unit", "a comment")
    with pytest.raises(StorageError, match="read-only"):
        service.add_attachment(aid, "documents", b"text", "a.txt", "text/plain")
    answers = service.answers(aid)
    assert answers["has_unit"].value == "no" and answers["has_unit"].comment == ""  # unchanged
    assert "unit_name" not in service.relevant(aid)
    _raw(store, "PRAGMA query_only = 0")
    change = service.set_answer(aid, "has_unit", "yes")  # the retry succeeds
    assert change.relevance_changed == {"unit_name"}
    fresh = AssessmentService(store, service.catalogue, "tester")
    assert fresh.answers(aid)["has_unit"].value == "yes"


def test_disk_full(service: AssessmentService, aid: str, store: Store) -> None:
    service.set_answer(aid, "cases", 1)
    with store.read() as tx:
        pages = tx.execute("PRAGMA page_count").fetchone()[0]
    _raw(store, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError, match=r"disk .* is full"):
        service.add_attachment(aid, "documents", os.urandom(200_000), "big.pdf", "application/pdf")
    with pytest.raises(StorageError, match="is full"):
        service.set_comment(aid, "cases", "x" * 19_000)
    assert set(service.answers(aid)) == {"cases"} and service.answers(aid)["cases"].comment == ""
    assert store.integrity_check() == []
    _raw(store, "PRAGMA max_page_count = 1073741823")
    service.set_comment(aid, "cases", "x" * 19_000)
    assert AssessmentService(store, service.catalogue, "t").answers(aid)["cases"].comment == "x" * 19_000


def test_vanished_database_file(service: AssessmentService, aid: str, store: Store, db_path: Path) -> None:
    service.set_answer(aid, "cases", 1)
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(StorageError, match="removed or replaced") as caught:
        service.set_answer(aid, "cases", 2)
    assert str(db_path) in str(caught.value) and "not saved" in str(caught.value)
    assert service.answers(aid)["cases"].value == 1


def test_replaced_database_file(service: AssessmentService, aid: str, store: Store, db_path: Path) -> None:
    service.set_answer(aid, "cases", 1)
    copy = db_path.with_name("copy.db")
    shutil.copy(db_path, copy)
    os.replace(copy, db_path)
    with pytest.raises(StorageError, match="removed or replaced"):
        service.set_answer(aid, "cases", 2)


def test_closed_store(service: AssessmentService, aid: str, store: Store) -> None:
    store.close()
    with pytest.raises(StorageError, match="closed"):
        service.set_answer(aid, "cases", 2)
    with pytest.raises(StorageError, match="closed"):
        service.list_assessments()


def test_locked_by_another_program(service: AssessmentService, aid: str, store: Store, db_path: Path) -> None:
    import sqlite3

    from omnibus.model.store import store as store_module

    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    store_module_timeout = store_module.BUSY_TIMEOUT_MS
    _raw(store, "PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(StorageError, match="busy"):
            service.set_answer(aid, "cases", 3)
    finally:
        other.execute("ROLLBACK")
        other.close()
        _raw(store, f"PRAGMA busy_timeout = {store_module_timeout}")
    assert "cases" not in service.answers(aid)
    service.set_answer(aid, "cases", 3)
