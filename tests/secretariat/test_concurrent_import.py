"""Two analysts importing overlapping inboxes into one database at the same moment: no traceback, every
package stored once, and every "accepted" printed is a package that is really stored."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from omnibus.secretariat.db import PackageRow, open_session
from omnibus.secretariat.sample import Sample, generate_sample

TRIES = 8


def _inboxes(sample: Sample, root: Path) -> tuple[Path, Path]:
    """Two folders sharing half of their packages (and the same trusted keys)."""
    first, second = root / "first", root / "second"
    packages = [p.path for p in sample.packages if p.path is not None]
    half = len(packages) // 2
    for folder, chosen in ((first, packages[: half + 2]), (second, packages[half - 2 :])):
        folder.mkdir()
        for path in chosen:
            shutil.copy(path, folder / path.name)
    return first, second


def _start(folder: Path, db: Path, keys: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "omnibus", "secretariat", "import", str(folder), "--db", str(db)]
    return subprocess.Popen(
        [*command, "--trusted-keys", str(keys)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _claimed(stdout: str) -> set[str]:
    """The files a run said it stored."""
    return {line.split("] ", 1)[1].split(":", 1)[0] for line in stdout.splitlines() if ": accepted" in line}


def test_two_imports_at_once_are_safe_and_truthful(tmp_path: Path) -> None:
    sample = generate_sample(8, tmp_path / "sample", seed=11)
    first, second = _inboxes(sample, tmp_path)
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in [*first.iterdir(), *second.iterdir()]}
    for attempt in range(TRIES):
        db = tmp_path / f"s{attempt}.db"
        runs = [_start(first, db, sample.trusted_keys), _start(second, db, sample.trusted_keys)]
        results = [(run.wait(), *run.communicate()) for run in runs]
        with open_session(db) as session:
            stored = list(session.scalars(select(PackageRow.package_sha256)))
        assert len(stored) == len(set(stored))
        for status, out, err in results:
            assert "Traceback" not in err and "sqlalche.me" not in err
            if status != 0:  # the other import held the database: a clear refusal that stored nothing
                assert status == 1 and "already open in another copy of omnibus" in err
                assert not _claimed(out)
            assert {digests[name] for name in _claimed(out)} <= set(stored)
        assert any(status == 0 for status, _, _ in results)
        if all(status == 0 for status, _, _ in results):
            assert set(stored) == set(digests.values())
