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

from PySide6.QtCore import QCoreApplication

from omnibus.ui.path_text import readable_path
from omnibus.ui.ports import Trouble, trouble

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
    Trouble.FOREIGN: lambda: QCoreApplication.translate(
        "Storage", "%1 is not an omnibus database (another program's file?); it was left as it is"
    ),
    Trouble.NO_BACKUP: lambda: QCoreApplication.translate("Storage", "there is no backup %1"),
    Trouble.UNSOUND_BACKUP: lambda: QCoreApplication.translate(
        "Storage", "%1 is not a sound backup that this version of omnibus can open; choose another one"
    ),
    Trouble.BACKUP_UNWRITABLE: lambda: QCoreApplication.translate("Storage", "no backup could be written into %1"),
    Trouble.REPLACED: lambda: QCoreApplication.translate(
        "Storage",
        "%1 was removed or replaced while omnibus had it open, so this change was not saved; put the file back "
        "(or restore its newest backup) and open it again",
    ),
    Trouble.OLD_ON_READ_ONLY: lambda: QCoreApplication.translate(
        "Storage",
        "%1 is on read-only media and was written by another version of omnibus; copy it to a folder you can "
        "write to and open it there",
    ),
    Trouble.NOT_CLOSED: lambda: QCoreApplication.translate(
        "Storage", "%1 could not be closed cleanly, so nothing was restored"
    ),
    Trouble.CLOSED: lambda: QCoreApplication.translate("Storage", "%1 is closed; open it again"),
    Trouble.EDITION_MISSING: lambda: QCoreApplication.translate(
        "Storage", "the questionnaire this assessment was answered in is missing from %1"
    ),
}


def storage_text(error: BaseException, database: Path, *, read_only: bool = False) -> str:
    """One clause, without a capital or a full stop, saying what happened to `database`; `read_only` when the
    database was opened on read-only media (the core refuses a change there without an error underneath).

    A trouble of no known kind (none the store raises on its own; an error underneath that says nothing a
    respondent can act on) keeps the core's own sentence: it names what is wrong, which a general clause would
    hide."""
    kind = trouble(error, database)
    if kind is Trouble.OTHER and read_only:
        kind = Trouble.READ_ONLY
    if kind is Trouble.OTHER:
        return str(error)
    where = getattr(error, "subject", None) or getattr(error, "database", None)
    path = where if isinstance(where, Path) else database
    return _CLAUSES[kind]().replace("%1", readable_path(path))
