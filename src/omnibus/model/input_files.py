"""How much of each kind of file omnibus reads, and the one bounded reader that holds every file to it.

A file's size on disk cannot be trusted: /dev/zero, a FIFO or a file still being written report no size or a
wrong one. So every file is read with `read(limit + 1)`: an endless or oversized input is refused after at most
one byte more than its kind allows, before anything parses it, and the message names the kind and the limit.
A file whose size already says it is too large is refused without reading it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from os import PathLike

from omnibus.model.messages import Msg

MB = 1024 * 1024


@dataclass(frozen=True)
class FileKind:
    """A kind of file omnibus reads: its name in messages ("an answers file") and the most bytes read of it."""

    name: str
    max_bytes: int


QUESTIONNAIRE = FileKind("a questionnaire file", 8 * MB)
LIST_FILE = FileKind("an included list file", 8 * MB)
ANSWERS = FileKind("an answers file", 16 * MB)
ATTACHMENT = FileKind("an attached file", 100 * MB)
"""The largest `max_size_mb` a questionnaire may give an attachment item; each item's own limit is lower."""
PACKAGE = FileKind("a response package", 1024 * MB)
KEY = FileKind("a key file", 1 * MB)
TRUSTED_KEYS = FileKind("a trusted-keys file", 1 * MB)
AGE_IDENTITY = FileKind("an age identity file", 1 * MB)
RECIPIENTS = FileKind("a recipients file", 1 * MB)
STATES_PARTIES = FileKind("a States-parties file", 1 * MB)
RECEIPT = FileKind("a receipt", 1 * MB)


class FileTooLarge(Exception):
    """A file larger than its kind allows (or endless); nothing of it was kept."""

    def __init__(self, kind: FileKind, limit: int) -> None:
        super().__init__(Msg.FILE_TOO_LARGE.format(kind=kind.name, limit=megabytes(limit)))
        self.kind = kind
        self.limit = limit


def megabytes(size: int) -> str:
    """A limit as people read it: whole MB from 1 MB up (rounded down, so the figure is always allowed)."""
    if size >= MB:
        return str(size // MB)
    return f"{size / MB:.3g}"


def read_bounded(path: str | PathLike[str], kind: FileKind, limit: int | None = None) -> bytes:
    """The file's bytes, or FileTooLarge once more than `limit` (by default the kind's) have come.

    OSError (missing, unreadable, a folder) is left to the caller, which knows how to word it for its users.
    """
    most = kind.max_bytes if limit is None else limit
    with open(path, "rb") as file:
        if os.fstat(file.fileno()).st_size > most:
            raise FileTooLarge(kind, most)
        data = file.read(most + 1)
    if len(data) > most:
        raise FileTooLarge(kind, most)
    return data
