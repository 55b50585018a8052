"""An operating-system lock on `<database>.lock`, so two running copies never write the same file.

The lock is held by the open file (flock on POSIX, msvcrt.locking on Windows): the operating system releases it
when the process ends, however it ends, so a crash never leaves a stale lock behind.

The lock file also carries the clean-shutdown marker: it says `open` while a session holds the database and
`closed` once the session has closed it cleanly. Finding `open` when taking the lock means the previous session
ended without closing (power cut, crash, kill), and the store checks the database before using it.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from omnibus.model.store.errors import DatabaseLocked, StorageError

OPEN = b"open"
CLOSED = b"closed"
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


class LockFileUnwritable(StorageError):
    """The lock file cannot be created: the folder is read-only (a write-protected stick, a CD, a share)."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def recorded_marker(database: Path) -> bytes:
    """The session marker a previous session left, read without creating anything; empty when there is none.
    A marker means omnibus has used a database at this path."""
    try:
        with open(lock_path(database), "rb") as handle:
            return handle.read(64).strip()
    except OSError:
        return b""


class FileLock:
    """An exclusive lock on `<database>.lock`; `acquire` raises DatabaseLocked when another program holds it."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._fd: int | None = None
        self.previous_marker = b""

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            kind = LockFileUnwritable if exc.errno in READ_ONLY_ERRNOS else StorageError
            raise kind(f"cannot create the lock file {self.path}: {exc.strerror or exc}") from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise DatabaseLocked(
                f"{self.database} is already open in another copy of omnibus (or another program); close it there first"
            ) from None
        self._fd = fd
        os.lseek(fd, 0, os.SEEK_SET)
        self.previous_marker = os.read(fd, 64).strip()

    def mark(self, marker: bytes) -> None:
        """Write the session marker and flush it to disk."""
        if self._fd is None:
            return
        os.ftruncate(self._fd, 0)
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.write(self._fd, marker + b"\n")
        os.fsync(self._fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
