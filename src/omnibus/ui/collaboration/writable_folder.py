"""Whether an assignment file can be written into a folder, asked before the assignment is recorded: one recorded
without its file would be counted in the overview and reminded of, though the institution never received it."""

from __future__ import annotations

import os
from pathlib import Path


def writable(folder: Path) -> bool:
    """The folder exists, made if need be as writing the file would make it, and this user may write in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return folder.is_dir() and os.access(folder, os.W_OK)
