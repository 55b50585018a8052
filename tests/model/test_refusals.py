"""A refusal touches nothing, and says what happened and what to do: a foreign file, a database that is gone,
read-only media, a damaged page, a full disk."""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from omnibus.cli import main
from omnibus.model.service import AssessmentService
from omnibus.model.store import DatabaseDamaged, DatabaseGone, StorageError, Store, backups, lock
from omnibus.model.store.errors import describe
from omnibus.model.store.restore import restore_backup


def _beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "mine" / "contacts.db"
    foreign.parent.mkdir()
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE people (name TEXT)")
        connection.execute("INSERT INTO people VALUES ('J. Smith')")
        connection.commit()
    before = foreign.read_bytes()
    with pytest.raises(StorageError, match="not an omnibus database"):
        Store.open(foreign)
    assert foreign.read_bytes() == before  # still in its own journal mode: the header is as it was
    assert _beside(foreign) == {"contacts.db"}  # no lock file, no journal


def test_a_file_that_is_no_database_at_all_is_refused_untouched(tmp_path: Path) -> None:
    document = tmp_path / "mine" / "letter.db"
    document.parent.mkdir()
    document.write_bytes(b"Dear colleague, " * 500)
    with pytest.raises(StorageError, match="not an omnibus database"):
        Store.open(document)
    assert document.read_bytes() == b"Dear colleague, " * 500 and _beside(document) == {"letter.db"}


def _filled(db_path: Path, service_answer: int = 3) -> Path:
    """A database with an answer, closed cleanly, and a backup of it made yesterday."""
    store = Store.open(db_path)
    with store.write() as tx:
        tx.execute("CREATE TABLE IF NOT EXISTS probe (n INTEGER)")
        tx.execute(f"INSERT INTO probe VALUES ({service_answer})")
    made = store.backup("manual")
    store.close()
    yesterday = made.name.replace(datetime.now().strftime("%Y%m%d"), (datetime.now() - timedelta(1)).strftime("%Y%m%d"))
    return made.rename(made.with_name(yesterday))


def test_a_deleted_database_is_reported_gone_with_its_backups(db_path: Path) -> None:
    backup = _filled(db_path)
    db_path.unlink()
    with pytest.raises(DatabaseGone) as caught:
        Store.open(db_path)
    message = str(caught.value)
    assert "is gone" in message and backup.name in message and "omnibus restore " in message
    assert not db_path.exists()  # no new empty database in its place
    restore_backup(backup, db_path)
    with Store.open(db_path) as store, store.read() as tx:
        assert tx.execute("SELECT n FROM probe").fetchone()[0] == 3


def test_a_new_install_still_creates_its_database(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert store.created
    assert db_path.exists()


def test_read_only_media_open_for_reading_and_refuse_changes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, service: AssessmentService, aid: str, store: Store
) -> None:
    service.set_answer(aid, "cases", 4)
    store.close()
    before = db_path.read_bytes()
    lock.lock_path(db_path).unlink()
    real_open = os.open

    def read_only_folder(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", read_only_folder)
    reopened = Store.open(db_path)
    try:
        assert reopened.read_only
        reading = AssessmentService(reopened, service.catalogue, "tester")
        assert reading.answers(aid)["cases"].value == 4
        with pytest.raises(StorageError, match="read-only media"):
            reading.set_answer(aid, "cases", 5)
    finally:
        reopened.close()
    assert db_path.read_bytes() == before


def test_reading_commands_on_read_only_media_say_so(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(db_path).close()
    lock.lock_path(db_path).unlink()
    real_open = os.open

    def read_only_folder(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", read_only_folder)
    assert main(["list", "--db", str(db_path)]) == 0
    assert "open for reading only" in capsys.readouterr().err
    assert main(["new", "--questionnaire", "untoc-core", "--country", "MEX", "--db", str(db_path)]) == 1
    assert "read-only media" in capsys.readouterr().err


def _damage_page_3(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    page = 4096 * 2
    data[page : page + 8] = b"\xff" * 8  # the page header: not a b-tree page any more
    db_path.write_bytes(bytes(data))


def test_a_damaged_page_says_damaged_lists_backups_and_restores(db_path: Path) -> None:
    backup = _filled(db_path)
    _damage_page_3(db_path)
    for _attempt in range(2):  # the first open (which makes the daily backup) and the next (after a failed one)
        with pytest.raises(DatabaseDamaged) as caught:
            Store.open(db_path)
        message = str(caught.value)
        assert "is damaged" in message and backup.name in message and "omnibus restore " in message
        assert "cannot write a backup" not in message and "btreeInitPage" not in message
        assert caught.value.backups == (backup,)
        assert not [p for p in backup.parent.iterdir() if p.name.endswith(".partial")]
    assert main(["restore", str(backup), "--db", str(db_path), "--yes"]) == 0
    assert [p for p in db_path.parent.iterdir() if ".replaced-" in p.name]  # the damaged file is kept aside
    with Store.open(db_path) as store, store.read() as tx:
        assert tx.execute("SELECT n FROM probe").fetchone()[0] == 3


def test_a_full_disk_is_called_full(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", no_space)
    with pytest.raises(StorageError, match=r"disk holding .* is full"):
        Store.open(db_path)


def test_an_input_output_error_on_a_disk_without_room_is_called_full(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = sqlite3.OperationalError("disk I/O error")
    assert "input/output error" in describe(error, db_path)
    monkeypatch.setattr("shutil.disk_usage", lambda _folder: SimpleNamespace(total=100, used=100, free=0))
    assert "is full" in describe(error, db_path)


def test_backups_listed_newest_first(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = _filled(db_path)
    assert main(["backups", "--db", str(db_path)]) == 0
    listed = [line.split()[-1] for line in capsys.readouterr().out.splitlines()]
    assert listed == [str(p) for p in reversed(backups.backups(backup.parent, "assessments"))]
