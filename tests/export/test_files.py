"""Atomic writes leave nothing behind, even after a write that was killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from omnibus.export.files import STALE_AFTER, atomic_write

KILLED_WRITER = """
import sys, tempfile, os, time
from pathlib import Path
folder, name = Path(sys.argv[1]), sys.argv[2]
fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")  # as atomic_write does
os.write(fd, b"half a package")
print(tmp, flush=True)
time.sleep(60)
"""


def _killed_write(folder: Path, name: str) -> Path:
    """A writer killed (SIGKILL) in the middle of writing `name`: its temporary file stays behind."""
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(folder), name], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    leftover = Path(child.stdout.readline().strip())
    child.send_signal(signal.SIGKILL)
    child.wait()
    return leftover


def test_a_killed_exports_leftover_is_removed_by_the_next_export(tmp_path: Path) -> None:
    leftover = _killed_write(tmp_path, "MEX-2025.omnibus")
    assert leftover.exists() and leftover.name.startswith(".MEX-2025.omnibus.")
    old = time.time() - STALE_AFTER - 60
    os.utime(leftover, (old, old))
    fresh = _killed_write(tmp_path, "MEX-2025.pdf")  # as if another export were writing right now
    users = tmp_path / ".notes.tmp"
    users.write_text("the user's own hidden file")
    os.utime(users, (old, old))
    atomic_write(tmp_path / "MEX-2025.omnibus", b"package")
    assert not leftover.exists()
    assert fresh.exists()  # too young to be a leftover
    assert users.exists()  # not one of ours
    assert (tmp_path / "MEX-2025.omnibus").read_bytes() == b"package"
