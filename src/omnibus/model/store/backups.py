"""Rotating backups of the database: before every migration and once per day of use.

A backup is a consistent, compact copy made by `VACUUM INTO` on the open connection (it reads inside a
transaction, so it never copies a half-written change), written under a temporary name and renamed into place,
so a crash during the backup never leaves a truncated file that looks like a backup.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z][a-z0-9-]*)\.db$")


def backups(folder: Path, stem: str) -> list[Path]:
    """This database's backups in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == stem:
            found.append((match["stamp"], path))
    return [path for _, path in sorted(found)]


def latest(folder: Path, stem: str) -> Path | None:
    found = backups(folder, stem)
    return found[-1] if found else None


def reason_of(path: Path) -> str:
    """Why a backup was made ("daily", "before-delete", …), from its name."""
    match = _NAME.match(path.name)
    return match["reason"] if match else ""


def made_at(path: Path) -> datetime | None:
    """The local time a backup was made, from its name."""
    match = _NAME.match(path.name)
    return datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f") if match else None


def made_on(path: Path) -> str:
    """The day (YYYYMMDD) a backup was made, from its name."""
    match = _NAME.match(path.name)
    return match["stamp"][:8] if match else ""


def make_backup(
    vacuum_into: Callable[[str], None],
    folder: Path,
    stem: str,
    reason: str,
    keep: int = KEEP,
    now: datetime | None = None,
) -> Path:
    """Write a backup with `vacuum_into(target)`, then delete the oldest beyond `keep`."""
    folder.mkdir(parents=True, exist_ok=True)
    moment = now or datetime.now()
    target = folder / f"{stem}-{moment:%Y%m%d-%H%M%S-%f}-{reason}.db"
    while target.exists():  # two backups in the same microsecond: take the next one
        moment += timedelta(microseconds=1)
        target = folder / f"{stem}-{moment:%Y%m%d-%H%M%S-%f}-{reason}.db"
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        vacuum_into(str(partial))
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a failed backup leaves nothing that looks like one
        raise
    for old in backups(folder, stem)[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target
