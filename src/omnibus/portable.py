"""Portable mode: a copy of omnibus that keeps all its data in a `data/` folder beside its executable.

A trainer puts omnibus on a USB stick or a shared folder with a `portable.txt` file beside the executable; every
copy then keeps its database, signing key, settings and backups in `data/` next to it, and leaves nothing in the
user's profile. The bundle's start-up hook calls `activate` before anything reads `omnibus.paths`. A folder named
in `OMNIBUS_HOME` by whoever starts the program still wins: it is the more deliberate choice.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

MARKER = "portable.txt"
DATA_FOLDER = "data"
HOME_VARIABLE = "OMNIBUS_HOME"


def portable_home(app_folder: Path) -> Path | None:
    """The data folder of a portable copy installed in `app_folder`, or None when it is an ordinary installation."""
    return app_folder / DATA_FOLDER if (app_folder / MARKER).is_file() else None


def activate(app_folder: Path, environ: MutableMapping[str, str] = os.environ) -> Path | None:
    """Point `OMNIBUS_HOME` at the copy's `data/` folder when the marker is there; returns the folder it set."""
    home = portable_home(app_folder)
    if home is None or environ.get(HOME_VARIABLE):
        return None
    environ[HOME_VARIABLE] = str(home.resolve())
    return home
