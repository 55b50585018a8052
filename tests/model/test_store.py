"""The store's durability machinery: pragmas, real BEGIN IMMEDIATE, lock, clean-shutdown marker, backups, audit."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from omnibus import paths
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService
from omnibus.model.store import DatabaseDamaged, DatabaseLocked, NewerDatabase, StorageError, Store, backups
from omnibus.model.store.lock import lock_path
from tests.support.answers import first_digest


def test_new_database_is_wal_full_with_foreign_keys(store: Store) -> None:
    with store.read() as tx:
        assert tx.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert tx.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert tx.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.created and not store.recovered


def test_write_really_begins_immediately(store: Store, db_path: Path) -> None:
    """The pysqlite quirk: left to itself, sqlite3 locks nothing until the first INSERT."""
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with store.write() as tx:
        assert tx.in_transaction
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again after the commit
    other.execute("ROLLBACK")
    other.close()


def test_reads_begin_immediately_too(store: Store, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    with store.read() as tx:
        tx.execute("SELECT 1")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.close()


def test_a_failed_write_rolls_back_everything(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as tx:
        tx.execute("INSERT INTO audit_log (at, user, action) VALUES ('t', 'u', 'a')")
        raise RuntimeError("boom")
    with store.read() as tx:
        assert tx.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_audit_log_is_append_only(service: AssessmentService, aid: str, store: Store) -> None:
    service.set_answer(aid, "has_unit", "yes")
    for statement in ("UPDATE audit_log SET user = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(StorageError, match="append-only"), store.write() as tx:
            tx.execute(statement)
    entries = service.history(aid)
    assert [e.action for e in entries] == ["create", "answer"]
    assert entries[1].user == "tester" and entries[1].old is None and entries[1].new == "yes"


def test_second_opener_is_refused_naming_the_file(store: Store, db_path: Path) -> None:
    with pytest.raises(DatabaseLocked) as caught:
        Store.open(db_path)
    assert str(db_path) in str(caught.value)
    assert store.is_open  # the first one is untouched
    store.close()
    Store.open(db_path).close()  # released on close


def test_lock_is_released_when_open_fails(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StorageError):
        Store.open(db_path)
    with pytest.raises(StorageError, match=r"not an omnibus database"):
        Store.open(db_path)  # the same error again, not "locked"


def test_clean_close_checkpoints_and_marks(store: Store, db_path: Path, service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "has_unit", "yes")
    store.close()
    wal = db_path.with_name(db_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert lock_path(db_path).read_bytes().strip() == b"closed"
    reopened = Store.open(db_path)
    assert not reopened.recovered
    reopened.close()


def test_unclean_shutdown_runs_quick_check(store: Store, db_path: Path) -> None:
    store.close()
    lock_path(db_path).write_bytes(b"open\n")  # as a killed session leaves it
    reopened = Store.open(db_path)
    assert reopened.recovered
    assert reopened.integrity_check() == []
    reopened.close()


def test_damaged_database_after_crash_is_reported_with_the_latest_backup(store: Store, db_path: Path) -> None:
    made = store.backup("manual")
    store.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(4096 + 100, len(data), 7):  # scribble over every page after the first
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    lock_path(db_path).write_bytes(b"open\n")
    with pytest.raises(DatabaseDamaged) as caught:
        Store.open(db_path)
    assert caught.value.backup == made
    assert str(made) in str(caught.value)


def test_a_page_found_damaged_while_reading_names_the_backups_and_how_to_restore(
    service: AssessmentService, aid: str, store: Store, db_path: Path
) -> None:
    """A clean close, then one page of the answers scribbled over (a failing disk): opening succeeds, the first
    read of that page fails, and the message says what to do, as it does when opening finds the damage."""
    service.set_answer(aid, "has_unit", "yes")
    made = store.backup("manual")
    store.close()
    with sqlite3.connect(db_path) as probe:
        root = probe.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
        size = probe.execute("PRAGMA page_size").fetchone()[0]
    probe.close()
    with db_path.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(bytes([0xA5]) * size)
    reopened = Store.open(db_path)
    try:
        with pytest.raises(DatabaseDamaged) as caught, reopened.read() as tx:
            tx.execute("SELECT * FROM answers").fetchall()
    finally:
        reopened.close()
    assert caught.value.backup == made
    assert f"omnibus restore {made}" in str(caught.value)


def test_backups_rotate(db_path: Path) -> None:
    store = Store.open(db_path, keep_backups=3)
    made = [store.backup("manual") for _ in range(5)]
    kept = backups.backups(store.backup_folder, db_path.stem)
    assert kept == made[-3:]
    for path in kept:  # each one is a complete database
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
        connection.close()
    store.close()


def test_daily_backup_once_per_day(db_path: Path) -> None:
    Store.open(db_path).close()  # created: nothing worth backing up yet
    store = Store.open(db_path)
    first = backups.backups(store.backup_folder, db_path.stem)
    assert len(first) == 1 and "daily" in first[0].name
    assert store.daily_backup() is None  # already done today
    store.close()
    Store.open(db_path).close()
    assert backups.backups(store.backup_folder, db_path.stem) == first


def test_backups_of_the_default_database_go_to_the_backups_folder() -> None:
    store = Store.open()
    assert store.path == paths.default_database().resolve()
    assert store.backup_folder == paths.backups_folder()
    assert store.backup("manual").parent == paths.backups_folder()
    store.close()


def test_backups_of_another_file_go_next_to_it(store: Store, db_path: Path) -> None:
    assert store.backup_folder == db_path.parent / "backups"


def test_backup_names_sort_in_time(tmp_path: Path) -> None:
    def fake(target: str) -> None:
        Path(target).write_bytes(b"x")

    start = datetime(2024, 1, 1, 12, 0, 0)
    for n in range(4):
        backups.make_backup(fake, tmp_path, "db", "daily", keep=10, now=start + timedelta(days=n % 2, seconds=n))
    made = backups.backups(tmp_path, "db")
    assert [backups.made_on(p) for p in made] == ["20240101", "20240101", "20240102", "20240102"]


def test_a_file_that_is_not_an_omnibus_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE something_else (x)")
    other.commit()
    other.close()
    with pytest.raises(StorageError, match="not an omnibus database"):
        Store.open(db_path)


def test_a_database_from_a_newer_omnibus_is_refused(store: Store, db_path: Path) -> None:
    store.close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(NewerDatabase, match="newer version of omnibus"):
        Store.open(db_path)


def test_attachments_are_shared_and_collected(
    service: AssessmentService, aid: str, store: Store, q1: Questionnaire
) -> None:
    from omnibus.model.store import queries

    other = service.create_assessment(q1, country="KEN").id
    first = service.add_attachment(aid, "documents", b"%PDF law", "law.pdf", "application/pdf")
    service.add_attachment(other, "documents", b"%PDF law", "same-law.pdf", "application/pdf")
    digest = first_digest(first.answer)
    with store.read() as tx:
        assert queries.attachment_count(tx) == 1
    assert service.attachment_content(digest) == b"%PDF law"
    service.remove_attachment(aid, "documents", digest)
    assert service.attachment_content(digest) == b"%PDF law"  # still named by the other assessment
    service.delete_assessment(other)
    with store.read() as tx:
        assert queries.attachment_count(tx) == 0
