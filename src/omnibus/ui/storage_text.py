"""Why the database could not be read or written, said in the interface language.

The core's storage errors are English sentences written for the command line; put inside a translated sentence
("Could not save: %1") they left a French or Arabic respondent with half a sentence in English. The core says what
kind of trouble it was (`Trouble`: a full disk, read-only media, a file moved away…); here that kind becomes a
clause in the respondent's language, the database's path kept left to right and broken only after a separator
(`path_text.readable_path`), so that it can be put after "Could not save:" and its neighbours.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from omnibus.ui.path_text import readable_path
from omnibus.ui.ports import StorageError, Trouble, trouble

if TYPE_CHECKING:
    from omnibus.ui.session import DatabaseSession

_CLAUSES: dict[Trouble, Callable[[], str]] = {
    Trouble.FULL: lambda: QCoreApplication.translate(
        "Storage", "the disk holding %1 is full; free some space and try again (nothing saved was lost)"
    ),
    Trouble.READ_ONLY: lambda: QCoreApplication.translate(
        "Storage", "%1 cannot be written (it is read-only or on read-only media)"
    ),
    Trouble.BUSY: lambda: QCoreApplication.translate("Storage", "%1 is busy in another program; try again"),
    Trouble.GONE: lambda: QCoreApplication.translate("Storage", "%1 cannot be found; was it moved or removed?"),
    Trouble.DAMAGED: lambda: QCoreApplication.translate("Storage", "%1 is damaged"),
    Trouble.IO: lambda: QCoreApplication.translate(
        "Storage", "the disk holding %1 reported an input/output error; was it removed?"
    ),
    Trouble.LOCKED: lambda: QCoreApplication.translate(
        "Storage", "%1 is already open in another omnibus window or command; close that one first"
    ),
    Trouble.NEWER: lambda: QCoreApplication.translate(
        "Storage", "%1 was written by a newer version of omnibus; update omnibus to open it"
    ),
}


def storage_text(error: BaseException, database: Path, *, read_only: bool = False) -> str:
    """One clause, without a capital or a full stop, saying what happened to `database`; `read_only` when the
    database was opened on read-only media (the core refuses a change there without an error underneath).

    A trouble of no known kind (a file that is not an omnibus database, a backup that is not sound) keeps the core's
    own sentence: it names what is wrong, which a general clause would hide."""
    kind = trouble(error, database)
    if kind is Trouble.OTHER and read_only:
        kind = Trouble.READ_ONLY
    if kind is Trouble.OTHER:
        return str(error)
    where = getattr(error, "database", None)
    path = where if isinstance(where, Path) else database
    return _CLAUSES[kind]().replace("%1", readable_path(path))


def error_words(error: BaseException, database: Path, session: DatabaseSession | None) -> str:
    """What went wrong with `database`, for a message: a storage error in the interface language (read-only when
    the `session` open on that file is), any other error as it is."""
    if not isinstance(error, StorageError):
        return str(error)
    read_only = session is not None and session.path == database and session.store.read_only
    return storage_text(error, database, read_only=read_only)
