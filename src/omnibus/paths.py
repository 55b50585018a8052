"""Where user data lives: one folder for the database, keys, settings and backups.

`OMNIBUS_HOME` moves all of it (a trainer's USB stick, a test's temporary folder); otherwise the platform's
user data folder is used, as platformdirs defines it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "omnibus"


def data_home() -> Path:
    """The user data folder, created if missing."""
    override = os.environ.get("OMNIBUS_HOME")
    home = Path(override).expanduser() if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    home.mkdir(parents=True, exist_ok=True)
    return home


def cache_folder() -> Path:
    """Work the program can redo (checked questionnaires): `cache/` in `OMNIBUS_HOME`, else the platform's."""
    override = os.environ.get("OMNIBUS_HOME")
    if override:
        return Path(override).expanduser() / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_home() / "assessments.db"


def keys_folder() -> Path:
    folder = data_home() / "keys"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backups_folder() -> Path:
    folder = data_home() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
