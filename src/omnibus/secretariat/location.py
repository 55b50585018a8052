"""Where the Secretariat's database is: a SQLite file for one analyst, or a PostgreSQL server a team shares.

`--db` (or the `OMNIBUS_SECRETARIAT_DB` environment variable) takes a file path, or a SQLAlchemy URL:
`postgresql://user:password@host:5432/omnibus` (whatever driver a URL names, omnibus uses pg8000, the one it
carries; a Unix socket is `postgresql://user@/omnibus?unix_sock=/run/postgresql/.s.PGSQL.5432`). A `sqlite:///`
URL names a file. Passwords never appear in messages (`shown`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from omnibus.export.errors import PackageError

VARIABLE: Final = "OMNIBUS_SECRETARIAT_DB"
"""The environment variable naming the database when `--db` is not given."""
DRIVER: Final = "postgresql+pg8000"


class LocationError(PackageError):
    """`--db` names neither a file nor a PostgreSQL server omnibus can use."""


@dataclass(frozen=True)
class Location:
    """A database: `path` for a SQLite file, else `url` for a PostgreSQL server."""

    url: URL
    path: Path | None

    @property
    def server(self) -> bool:
        return self.path is None

    @property
    def shown(self) -> str:
        """For messages: the file's path, or the URL without its password."""
        return str(self.path) if self.path is not None else self.url.render_as_string(hide_password=True)


def locate(target: str | Path | Location) -> Location:
    """The database `target` names: a Location, a path, or a URL (`postgresql://…`, `sqlite:///…`)."""
    if isinstance(target, Location):
        return target
    if isinstance(target, Path) or "://" not in target:
        path = Path(target).expanduser()
        return Location(URL.create("sqlite", database=str(path)), path)
    try:
        url = make_url(target)
    except ArgumentError:
        raise LocationError(f"{target!r} is not a database URL omnibus can read.") from None
    if url.get_backend_name() == "sqlite" and url.database:
        return locate(Path(url.database))
    if url.get_backend_name() != "postgresql":
        shown = url.render_as_string(hide_password=True)
        raise LocationError(
            f"{shown} is not a database omnibus can use: give a file path (SQLite) or a postgresql:// URL."
        )
    if not url.database:
        raise LocationError(f"{url.render_as_string(hide_password=True)} names no database: add /DATABASE.")
    return Location(url.set(drivername=DRIVER), None)


def from_environment(given: str | Path | None) -> Location | None:
    """`--db` when given, else the environment variable's database, else None."""
    chosen = given if given is not None else os.environ.get(VARIABLE) or None
    return None if chosen is None else locate(chosen)
