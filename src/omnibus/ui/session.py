"""Opening a database file: the store and the service on it, closed together."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store


@dataclass
class DatabaseSession:
    path: Path
    store: Store
    service: AssessmentService

    def close(self) -> None:
        self.store.close()


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some Windows set-ups)
        return "respondent"


def open_session(path: Path, catalogue: Catalogue) -> DatabaseSession:
    """Open (creating if needed) the database at `path`; raises `StorageError` with a plain message."""
    store = Store.open(path)
    return DatabaseSession(Path(path), store, AssessmentService(store, catalogue, user=current_user()))
