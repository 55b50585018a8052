"""The kind of a storage error (`errors.trouble`), which the window words in the respondent's language: from the
error's class, else from the SQLite or operating-system error it was raised while handling."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from omnibus.model.store import DatabaseDamaged, DatabaseLocked, StorageError, Store, Trouble, trouble


def _raised_while(cause: BaseException) -> StorageError:
    """A StorageError raised as the store raises it: in the handler of `cause`, `from None`."""
    try:
        try:
            raise cause
        except (OSError, sqlite3.Error):
            raise StorageError("the core's English sentence") from None
    except StorageError as error:
        return error


def test_a_database_held_by_another_window_is_locked(tmp_path: Path) -> None:
    path = tmp_path / "omnibus.db"
    with Store.open(path), pytest.raises(DatabaseLocked) as caught:
        Store.open(path)
    assert trouble(caught.value, path) is Trouble.LOCKED


def test_a_damaged_file_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "omnibus.db"
    Store.open(path).close()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    with pytest.raises(StorageError) as caught:
        Store.open(path).close()
    assert isinstance(caught.value, DatabaseDamaged)
    assert trouble(caught.value, path) is Trouble.DAMAGED


@pytest.mark.parametrize(
    ("cause", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), Trouble.FULL),
        (sqlite3.OperationalError("database or disk is full"), Trouble.FULL),
        (OSError(errno.EROFS, "Read-only file system"), Trouble.READ_ONLY),
        (sqlite3.OperationalError("attempt to write a readonly database"), Trouble.READ_ONLY),
        (sqlite3.OperationalError("database is locked"), Trouble.BUSY),
        (sqlite3.OperationalError("unable to open database file"), Trouble.GONE),
        (sqlite3.DatabaseError("database disk image is malformed"), Trouble.DAMAGED),
    ],
)
def test_the_error_underneath_gives_the_kind(tmp_path: Path, cause: BaseException, kind: Trouble) -> None:
    assert trouble(_raised_while(cause), tmp_path / "omnibus.db") is kind


def test_an_error_of_no_known_kind_is_other(tmp_path: Path) -> None:
    assert trouble(StorageError(f"{tmp_path} is not an omnibus database"), tmp_path / "x.db") is Trouble.OTHER
    assert trouble(_raised_while(sqlite3.OperationalError("no such table: x")), tmp_path / "x.db") is Trouble.OTHER
