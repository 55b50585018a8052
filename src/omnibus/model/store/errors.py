"""What can go wrong with the database file, in words a respondent can act on."""

from __future__ import annotations

import errno
import shlex
import shutil
import sqlite3
from enum import Enum
from pathlib import Path

FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
NEARLY_FULL = 1024 * 1024
"""Free bytes below which an input/output error is taken for what it most likely is: a full disk."""


class Trouble(Enum):
    """What kind of trouble a storage error is, for a front end that words it in its own language (the messages
    below are English, for the command line)."""

    FULL = "full"
    READ_ONLY = "read-only"
    BUSY = "busy"
    GONE = "gone"
    DAMAGED = "damaged"
    IO = "i/o"
    LOCKED = "locked"
    NEWER = "newer"
    FOREIGN = "foreign"
    """The file is an SQLite database of another program (or of nothing omnibus knows)."""
    NO_BACKUP = "no-backup"
    UNSOUND_BACKUP = "unsound-backup"
    """The backup chosen is damaged, or not a backup this version can open."""
    BACKUP_UNWRITABLE = "backup-unwritable"
    REPLACED = "replaced"
    """The file was removed or replaced while omnibus had it open."""
    OLD_ON_READ_ONLY = "old-on-read-only"
    """On read-only media, written by another version: it cannot be upgraded where it is."""
    NOT_CLOSED = "not-closed"
    CLOSED = "closed"
    EDITION_MISSING = "edition-missing"
    OTHER = "other"


class StorageError(Exception):
    """The database could not be read or written. Nothing already saved is lost; the change can be retried.

    The message is English, for the command line; `kind` says what it was for a front end that words it itself
    (None: worked out from the error underneath), and `subject` the file it is about when it is not the database
    (a backup)."""

    def __init__(self, message: str, *, kind: Trouble | None = None, subject: Path | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.subject = subject


class DatabaseLocked(StorageError):
    """Another running copy of omnibus holds the database."""


class DatabaseDamaged(StorageError):
    """The database file is damaged; `backups` are this database's backups, oldest first, to restore one."""

    def __init__(self, message: str, database: Path, backups: list[Path]) -> None:
        super().__init__(message + restore_hint(database, backups))
        self.headline = message
        """What happened, without the backups and the command (a window lists those itself)."""
        self.database = database
        self.backups = tuple(backups)

    @property
    def backup(self) -> Path | None:
        """The newest backup, if any."""
        return self.backups[-1] if self.backups else None


class DatabaseGone(StorageError):
    """A database was used at this path, and its file is gone; nothing is created in its place."""

    def __init__(self, database: Path, lock_file: Path, backups: list[Path]) -> None:
        self.headline = (
            f"{database} is gone: omnibus used a database there (its lock file {lock_file} remains), and the file "
            "was deleted or moved. Nothing was created in its place."
        )
        super().__init__(
            f"{self.headline}{restore_hint(database, backups)} To start again with an empty database instead, "
            f"delete {lock_file}."
        )
        self.database = database
        self.backups = tuple(backups)


class NewerDatabase(StorageError):
    """The database was written by a newer version of omnibus, whose schema this version does not know."""


def restore_command(backup: Path, database: Path) -> str:
    """The command line that restores `backup` over `database`."""
    return f"omnibus restore {shlex.quote(str(backup))} --db {shlex.quote(str(database))}"


def restore_hint(database: Path, backups: list[Path]) -> str:
    """Which backups exist and how to restore the newest."""
    if not backups:
        return " No backup of it was found."
    names = ", ".join(path.name for path in reversed(backups))
    return (
        f" Its backups, newest first, in {backups[-1].parent}: {names}. Restore the newest with: "
        f"{restore_command(backups[-1], database)}"
    )


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The `sqlite3` error behind `exc`: itself, or the one a library wrapped (SQLAlchemy's `orig`, for the
    Secretariat's database)."""
    for candidate in (exc, getattr(exc, "orig", None)):
        if isinstance(candidate, sqlite3.Error):
            return candidate
    return None


def _code(exc: BaseException) -> str:
    """SQLite's name for the error (`SQLITE_FULL`, `SQLITE_IOERR_WRITE`, …); "" when it has none."""
    error = _sqlite_error(exc)
    return "" if error is None else str(getattr(error, "sqlite_errorname", "") or "")


def is_full(exc: BaseException, folder: Path) -> bool:
    """Whether an error means the disk is full: SQLITE_FULL, ENOSPC, or an I/O error on a disk with no room."""
    if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
        return True
    code = _code(exc)
    lowered = str(exc).lower()
    if code == "SQLITE_FULL" or "disk is full" in lowered:
        return True
    if code.startswith("SQLITE_IOERR") or "disk i/o error" in lowered or isinstance(exc, OSError):
        try:
            return shutil.disk_usage(folder).free < NEARLY_FULL
        except OSError:
            return False
    return False


def _kind(exc: BaseException) -> str:
    """What went wrong, from SQLite's error code where there is one, else from the message."""
    code = _code(exc)
    for prefix, kind in _KINDS:
        if code.startswith(prefix):
            return kind
    lowered = str(_sqlite_error(exc) or exc).lower()
    for words, kind in _WORDS:
        if any(w in lowered for w in words):
            return kind
    return ""


_KINDS = (
    ("SQLITE_READONLY", "read-only"),
    ("SQLITE_BUSY", "busy"),
    ("SQLITE_LOCKED", "busy"),
    ("SQLITE_CANTOPEN", "gone"),
    ("SQLITE_CORRUPT", "damaged"),
    ("SQLITE_NOTADB", "damaged"),
    ("SQLITE_IOERR", "i/o"),
)
_WORDS = (
    (("readonly", "read-only"), "read-only"),
    (("locked", "busy"), "busy"),
    (("unable to open", "no such file"), "gone"),
    (("malformed", "not a database", "corrupt"), "damaged"),
    (("disk i/o error",), "i/o"),
)


def describe(exc: BaseException, database: Path) -> str:
    """A clear sentence for an SQLite (or operating-system) error on `database`."""
    text = str(_sqlite_error(exc) or exc)
    if is_full(exc, database.parent):
        return f"the disk holding {database} is full; free some space and try again (nothing saved was lost)"
    kind = _kind(exc)
    if kind == "read-only":
        return f"{database} cannot be written (it is read-only); check the file and its folder"
    if kind == "busy":
        return f"{database} is busy in another program; try again"
    if kind == "gone":
        return f"{database} cannot be opened; was it moved or removed?"
    if kind == "damaged":
        return f"{database} is damaged ({text})."
    if kind == "i/o":
        return f"the disk holding {database} reported an input/output error; was it removed?"
    if isinstance(exc, OSError):
        return f"cannot use {database}: {exc.strerror or exc}"
    return f"cannot use {database}: {text}"


def trouble(error: BaseException, database: Path) -> Trouble:
    """The kind of `error` on `database`: from its class, else from the SQLite or operating-system error it was
    raised while handling (Python keeps that one as `__context__`, also under `raise … from None`)."""
    for family, known in _CLASSES:
        if isinstance(error, family):
            return known
    if isinstance(error, StorageError) and error.kind is not None:
        return error.kind
    cause = error if isinstance(error, sqlite3.Error | OSError) else error.__context__
    if cause is None:
        return Trouble.OTHER
    if is_full(cause, database.parent):
        return Trouble.FULL
    if isinstance(cause, OSError) and cause.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Trouble.READ_ONLY
    named = _kind(cause)
    return next((t for t in Trouble if t.value == named), Trouble.OTHER)


_CLASSES: tuple[tuple[type[BaseException], Trouble], ...] = (
    (DatabaseDamaged, Trouble.DAMAGED),
    (DatabaseGone, Trouble.GONE),
    (DatabaseLocked, Trouble.LOCKED),
    (NewerDatabase, Trouble.NEWER),
)
