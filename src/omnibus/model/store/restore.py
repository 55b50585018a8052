"""Putting a backup back in place of a damaged or lost database, keeping what it replaces.

The restore holds the database's lock (so no running copy of omnibus is using the file), checks that the
backup itself is sound, moves the current file and its journal aside as `<name>.replaced-<time>` (nothing of
the user's is deleted), and copies the backup in through a temporary file and a rename.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from omnibus.model.store import preflight
from omnibus.model.store.errors import StorageError, Trouble, describe
from omnibus.model.store.lock import CLOSED, FileLock


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Restore `backup` as `database`; returns where the replaced file was kept (None when there was none)."""
    backup, database = Path(backup).resolve(), Path(database).resolve()
    if not backup.is_file():
        raise StorageError(f"there is no backup {backup}", kind=Trouble.NO_BACKUP, subject=backup)
    _check_sound(backup)
    lock = FileLock(database)
    lock.acquire()
    try:
        kept = _set_aside(database)
        partial = database.with_name(f".{database.name}.restoring")
        try:
            shutil.copyfile(backup, partial)
            with open(partial, "rb") as written:
                os.fsync(written.fileno())
            os.replace(partial, database)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise StorageError(f"cannot restore {backup.name}: {describe(error, database)}") from None
        lock.mark(CLOSED)
    finally:
        lock.release()
    return kept


def _check_sound(backup: Path) -> None:
    from omnibus.model.store.store import quick_check

    if preflight.is_foreign(backup) or quick_check(backup):
        raise StorageError(
            f"{backup} is not a sound omnibus backup; choose another one", kind=Trouble.UNSOUND_BACKUP, subject=backup
        )


def _set_aside(database: Path) -> Path | None:
    """Move the current file (and its write-ahead log) aside under one time-stamped name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.name}.replaced-{stamp}")
    moved = None
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{database}{suffix}")
        if current.exists():
            try:
                os.replace(current, Path(f"{kept}{suffix}"))
            except OSError as error:
                raise StorageError(f"cannot move {current} aside: {describe(error, database)}") from None
            moved = moved or kept
    return moved
