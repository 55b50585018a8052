"""A real PostgreSQL server for the tests and the bench: Debian's `postgresql` binaries, a throwaway cluster on a
Unix socket (a developer's tool; omnibus itself only connects to the server it is given).

One cluster per test process (each pytest-xdist worker has its own), each test on a database of its own. The
cluster lives in a temporary folder, listens on no TCP port, and is gone when the session ends: stopped by the
session's teardown, by an exit handler on Ctrl-C, and otherwise by a watchdog process that stops it as soon as
the test process has died however it died (SIGKILL included).

Why not pytest-postgresql: it cannot run as root (initdb refuses; CI runs as root) and adds a dependency for
what is fifty lines here. As root the server runs as Debian's `postgres` user.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pg8000.native
from sqlalchemy.engine import URL

PORT = 5432  # only names the socket file in our own folder: no TCP, so no clash with anything
SUPERUSER = "omnibus"


def binaries() -> Path:
    """The folder of `initdb` and `pg_ctl`: the newest Debian postgresql installed, or the PATH's."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed: the Secretariat's tests run against a "
        "real server. Install Debian's postgresql package (`make system-deps` does, as root)."
    )


class Cluster:
    """A running throwaway cluster; `database()` gives a fresh database's URL. `durable`: keep PostgreSQL's
    fsync (the bench measures what a real server does); the tests turn it off, as nothing they check needs it.
    `tls`: also listen on a free TCP port of localhost with TLS only there, under a self-signed certificate for
    `localhost` (`certificate`), as a team's server would be reached (`database(tcp=True)`)."""

    def __init__(self, *, durable: bool = False, tls: bool = False) -> None:
        self.bin = binaries()
        self.root = Path(tempfile.mkdtemp(prefix="omnibus-pg-"))
        self.data = self.root / "data"
        self.owner: dict[str, Any] = {}
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            self.owner = {"user": "postgres", "group": "postgres", "extra_groups": []}
            shutil.chown(self.root, "postgres", "postgres")
        self._count = 0
        self._watchdog: subprocess.Popen[bytes] | None = None
        self.certificate = self.root / "server.crt"
        self.port = _free_port() if tls else PORT
        self._start(durable, tls)

    def _run(self, *command: str) -> None:
        result = subprocess.run(command, capture_output=True, text=True, check=False, **self.owner)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {result.stdout}{result.stderr}")

    def _start(self, durable: bool, tls: bool) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8")
        options = f"-k {self.root} -c listen_addresses='' -p {self.port}"
        if tls:
            key = self.root / "server.key"
            self._run(
                *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"),
                *("-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(self.certificate)),
            )
            options = f"-k {self.root} -c listen_addresses=localhost -p {self.port} -c ssl=on"
            options += f" -c ssl_cert_file={self.certificate} -c ssl_key_file={key}"
        if not durable:  # no fsync makes creating a database per test cheap
            options += " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        self._run(
            str(self.bin / "pg_ctl"), "start", "-w", "-D", str(self.data), "-l", str(self.root / "log"), "-o", options
        )
        atexit.register(self.stop)
        stop = f"{self.bin / 'pg_ctl'} stop -m immediate -D {self.data}"
        if self.owner:
            stop = f"setpriv --reuid=postgres --regid=postgres --clear-groups {stop}"
        watch = f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; {stop} >/dev/null 2>&1; rm -rf {self.root}"
        self._watchdog = subprocess.Popen(["sh", "-c", watch], start_new_session=True)

    @property
    def socket(self) -> str:
        return str(self.root / f".s.PGSQL.{self.port}")

    def _admin(self) -> pg8000.native.Connection:
        return pg8000.native.Connection(SUPERUSER, unix_sock=self.socket, database="postgres")

    def database(self, *, tcp: bool = False) -> str:
        """A new, empty database; its SQLAlchemy URL (what `--db` takes), through the socket or over TCP."""
        self._count += 1
        name = f"test_{self._count}"
        admin = self._admin()
        try:
            admin.run(f"CREATE DATABASE {name}")
        finally:
            admin.close()
        if tcp:
            url = URL.create("postgresql", username=SUPERUSER, host="localhost", port=self.port, database=name)
        else:
            url = URL.create("postgresql", username=SUPERUSER, database=name, query={"unix_sock": self.socket})
        return url.render_as_string(hide_password=False)

    def stop(self) -> None:
        if not self.data.exists():
            return
        subprocess.run(
            [str(self.bin / "pg_ctl"), "stop", "-m", "immediate", "-D", str(self.data)],
            capture_output=True,
            check=False,
            **self.owner,
        )
        shutil.rmtree(self.root, ignore_errors=True)
        if self._watchdog is not None:
            self._watchdog.kill()
            self._watchdog.wait()


def _free_port() -> int:
    """A TCP port of localhost nothing listens on now (the server takes it a moment later)."""
    with socket.socket() as probe:
        probe.bind(("localhost", 0))
        return int(probe.getsockname()[1])
