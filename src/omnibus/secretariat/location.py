"""Where the Secretariat's database is: a SQLite file for one analyst, or a PostgreSQL server a team shares.

`--db` (or the `OMNIBUS_SECRETARIAT_DB` environment variable) takes a file path, or a SQLAlchemy URL:
`postgresql://user:password@host:5432/omnibus` (whatever driver a URL names, omnibus uses pg8000, the one it
carries; a Unix socket is `postgresql://user@/omnibus?unix_sock=/run/postgresql/.s.PGSQL.5432`). A `sqlite:///`
URL names a file. Passwords never appear in messages (`shown`).

TLS follows libpq's `sslmode`: `prefer` (pg8000's default: encrypted when the server offers it, the server
unchecked), `disable`, `require`, `verify-ca` and `verify-full` (the server's certificate checked against
`sslrootcert`, else the system's authorities; `verify-full` checks its name too), so that a team's password
never crosses a network to a server nobody checked.
"""

from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from omnibus.export.errors import PackageError

VARIABLE: Final = "OMNIBUS_SECRETARIAT_DB"
"""The environment variable naming the database when `--db` is not given."""
DRIVER: Final = "postgresql+pg8000"
SSL_MODES: Final = ("disable", "prefer", "require", "verify-ca", "verify-full")


class LocationError(PackageError):
    """`--db` names neither a file nor a PostgreSQL server omnibus can use."""


@dataclass(frozen=True)
class Location:
    """A database: `path` for a SQLite file, else `url` for a PostgreSQL server."""

    url: URL
    path: Path | None
    connect_args: dict[str, Any] = field(default_factory=dict, compare=False)
    """What the driver needs beyond the URL (pg8000's `ssl_context`)."""

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
    mode, root = url.query.get("sslmode", "prefer"), url.query.get("sslrootcert")
    if not isinstance(mode, str) or mode not in SSL_MODES or isinstance(root, tuple):
        raise LocationError(f"sslmode is one of {', '.join(SSL_MODES)}, given once, with at most one sslrootcert.")
    url = url.difference_update_query(("sslmode", "sslrootcert")).set(drivername=DRIVER)
    return Location(url, None, {} if mode == "prefer" else {"ssl_context": _tls(mode, root)})


def _tls(mode: str, root: str | None) -> ssl.SSLContext | bool:
    """pg8000's `ssl_context` for a libpq `sslmode` other than prefer."""
    if mode == "disable":
        return False
    if mode == "require":
        return True  # encrypted, the server's certificate unchecked (as libpq's require without a root)
    try:
        context = ssl.create_default_context(cafile=root)
    except (OSError, ssl.SSLError) as error:
        raise LocationError(f"sslrootcert {root} cannot be used: {error}.") from None
    context.check_hostname = mode == "verify-full"
    return context


def from_environment(given: str | Path | None) -> Location | None:
    """`--db` when given, else the environment variable's database, else None."""
    chosen = given if given is not None else os.environ.get(VARIABLE) or None
    return None if chosen is None else locate(chosen)
