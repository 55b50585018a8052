"""The stamp that ties `requirements.lock` to what `pyproject.toml` asks for (`make lock` writes it, a test checks it).

The lock is made from the dependency lists, so a change to them without `make lock` leaves an installation that
does not install what the project declares. The stamp is a digest of those lists only (the project's, its extras',
the build system's), so that editing a tool's settings in pyproject.toml does not ask for a new lock. Standard
library only: `make lock` runs it before any dependency is installed.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

PREFIX = "# pyproject.toml dependencies sha256: "


def dependencies_digest(pyproject: Path) -> str:
    """The SHA-256 of the dependency lists `pyproject` declares, in a canonical form."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    declared = {
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
        "build-system": data.get("build-system", {}).get("requires", []),
    }
    return hashlib.sha256(json.dumps(declared, sort_keys=True).encode()).hexdigest()


def recorded_digest(lock: Path) -> str | None:
    """The digest the lock was made from, as its stamp line says (None without one)."""
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(PREFIX):
            return line[len(PREFIX) :].strip()
    return None


def stamp(pyproject: Path, lock: Path) -> None:
    """Put the stamp line first in `lock`, replacing an older one."""
    lines = [line for line in lock.read_text(encoding="utf-8").splitlines(True) if not line.startswith(PREFIX)]
    lock.write_text(PREFIX + dependencies_digest(pyproject) + "\n" + "".join(lines), encoding="utf-8")


if __name__ == "__main__":
    stamp(Path(sys.argv[1]), Path(sys.argv[2]))
