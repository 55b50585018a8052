"""Files of work the program can redo, in the user's cache folder: written whole or not at all, read back or ignored.

Each file is named by a digest of everything its content was worked out from (the input itself, the program's
version, the files of the code that worked it out), so a file is never read back for another input, and a changed
program or library misses it instead of reading a stale answer. Nothing here raises: a cache that cannot be read
or written only means the work is done again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from pathlib import Path

from omnibus import __version__, paths

KEEP = 64
"""Files kept of each kind: the oldest go when a new one is written (a new version misses all the old ones)."""


def code_stamp(*code: Path) -> bytes:
    """What identifies the code that does the work: the program's and Python's versions, and these files."""
    stamp = [__version__.encode(), sys.version.encode()]
    for file in code:
        with contextlib.suppress(OSError):  # a bundle may keep only compiled code: its version then stands for it
            found = os.stat(file)
            stamp.append(f"{file.name}:{found.st_size}:{found.st_mtime_ns}".encode())
    return b"\0".join(stamp)


def entry(kind: str, *key: bytes) -> Path:
    """The cache file of `kind` for this key (every part of what the content is worked out from)."""
    digest = hashlib.sha256()
    for part in key:
        digest.update(hashlib.sha256(part).digest())
    return paths.cache_folder() / kind / digest.hexdigest()


def read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write(path: Path, data: bytes) -> None:
    """A temporary file renamed over the entry, so a reader never sees half of it; failure is silent."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".partial")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    with contextlib.suppress(OSError):
        kept = sorted((f.stat().st_mtime_ns, f) for f in folder.iterdir() if not f.name.startswith("."))
        for _mtime, old in kept[: max(0, len(kept) - KEEP)]:
            old.unlink()
