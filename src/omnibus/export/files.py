"""Atomic file writing: a crash or a full disk never leaves a half-written package or key behind.

A write goes to a hidden temporary file beside the target (`.NAME.<random>.tmp`), which is synced and renamed
into place. A process that is killed meanwhile cannot remove its temporary file, and no portable way avoids
creating one (Linux's unnamed O_TMPFILE has no equivalent on Windows, where most respondents work), so
leftovers are removed instead: every write into a folder first deletes our temporary files there that are older
than `STALE_AFTER` (a write in progress takes seconds, so a file that old belongs to a write that died).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

STALE_AFTER = 60 * 60
"""Seconds after which a temporary file of ours is a leftover."""
_TEMPORARY = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")
"""`tempfile.mkstemp(prefix=".NAME.", suffix=".tmp")`: a dot, the name, eight random characters."""


def atomic_write(path: Path, data: bytes, *, mode: int = 0o644) -> Path:
    """Write `data` to `path` through a temporary file in the same folder, fsync it, then rename it."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    folder.mkdir(parents=True, exist_ok=True)
    remove_leftovers(folder)
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)
    return path


def remove_leftovers(folder: Path, now: float | None = None) -> list[Path]:
    """Delete the temporary files of writes that died (killed, power cut) in `folder`; the ones removed."""
    limit = (time.time() if now is None else now) - STALE_AFTER
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not _TEMPORARY.match(entry.name):
                continue
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX only; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
