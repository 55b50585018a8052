"""What can go wrong with the database file, in words a respondent can act on."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """The database could not be read or written. Nothing already saved is lost; the change can be retried."""


class DatabaseLocked(StorageError):
    """Another running copy of omnibus holds the database."""


class DatabaseDamaged(StorageError):
    """The database file failed its integrity check; `backup` is the newest backup to restore, if any."""

    def __init__(self, message: str, database: Path, backup: Path | None) -> None:
        hint = f" The newest backup is {backup}; restore it to continue." if backup else " No backup was found."
        super().__init__(message + hint)
        self.database = database
        self.backup = backup


class NewerDatabase(StorageError):
    """The database was written by a newer version of omnibus, whose schema this version does not know."""


def describe(exc: BaseException, database: Path) -> str:
    """A clear sentence for an SQLite error on `database`."""
    text = str(getattr(exc, "orig", None) or exc)
    lowered = text.lower()
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return f"the disk holding {database} is full; free some space and try again (nothing saved was lost)"
    if "readonly" in lowered or "read-only" in lowered:
        return f"{database} cannot be written (it is read-only); check the file and its folder"
    if "locked" in lowered or "busy" in lowered:
        return f"{database} is busy in another program; try again"
    if "unable to open" in lowered or "no such file" in lowered:
        return f"{database} cannot be opened; was it moved or removed?"
    if "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered:
        return f"{database} is damaged ({text})."
    if "disk i/o error" in lowered:
        return f"the disk holding {database} reported an input/output error; was it removed?"
    return f"cannot use {database}: {text}"
