"""Where file dialogs open: the folder last used, else the user's Documents, never the program's own folder.

An empty directory makes `QFileDialog` start in the working directory, which on Windows is where omnibus is
installed. The application hands its settings over once (`remember_in`), so the folder is kept between runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from omnibus.ui.settings import Settings

_settings: list[Settings] = []


def remember_in(settings: Settings) -> None:
    """Keep the last folder in these settings (one application, one settings file)."""
    _settings[:] = [settings]


def documents() -> Path:
    """The user's Documents folder; their home folder where there is none (a dialog given a missing folder
    would fall back to the working directory)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder() -> Path:
    """The folder last used when it still exists, else Documents."""
    last = _settings[0].last_folder if _settings else ""
    if last and Path(last).is_dir():
        return Path(last)
    return documents()


def suggested(name: str = "") -> str:
    """The directory argument for a file dialog: the start folder, with a proposed file name when saving."""
    folder = start_folder()
    return str(folder / name) if name else str(folder)


def used(path: str | Path) -> None:
    """A file was chosen: open there next time."""
    if _settings and str(path):
        _settings[0].last_folder = str(Path(path).parent)
