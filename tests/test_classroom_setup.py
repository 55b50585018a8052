"""Setting up a workshop: one folder copied to every laptop, each copy keeps everything in its own `data/` folder and
makes its own signing key on first use; nothing is shared but the program, nothing is written outside `data/`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RUN_COPY = (
    "import sys; from pathlib import Path; from omnibus import portable; "
    "portable.activate(Path(sys.argv[1])); from omnibus.cli import main; sys.exit(main(sys.argv[2:]))"
)
"""What the bundle's start-up does in a portable copy: activate its `data/` folder, then run the command."""


def _run(copy: Path, profile: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OMNIBUS_", "XDG_"))}
    env |= {"HOME": str(profile), "OMNIBUS_PASSPHRASE": "a workshop passphrase", "OMNIBUS_USER": "trainee"}
    return subprocess.run(
        [sys.executable, "-c", RUN_COPY, str(copy), *argv], env=env, capture_output=True, text=True, check=False
    )


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def classroom(tmp_path: Path) -> tuple[Path, list[Path], list[Path]]:
    """The trainer's folder (the program and `portable.txt`), copied to two laptops, each with an empty profile."""
    master = tmp_path / "stick" / "omnibus"
    master.mkdir(parents=True)
    (master / "portable.txt").write_text("data beside the program\n", encoding="utf-8")
    copies, profiles = [], []
    for n in (1, 2):
        copy = tmp_path / f"laptop-{n}" / "omnibus"
        shutil.copytree(master, copy)
        profile = tmp_path / f"laptop-{n}" / "profile"
        profile.mkdir()
        copies.append(copy)
        profiles.append(profile)
    return master, copies, profiles


def test_each_copy_makes_its_own_key_and_writes_only_in_its_data_folder(
    classroom: tuple[Path, list[Path], list[Path]],
) -> None:
    master, copies, profiles = classroom
    fingerprints = []
    for copy, profile in zip(copies, profiles, strict=True):
        samples = _run(copy, profile, "training", "samples")
        assert samples.returncode == 0, samples.stderr
        created = _run(copy, profile, "keys", "create")
        assert created.returncode == 0, created.stderr
        shown = _run(copy, profile, "keys", "show")
        assert shown.returncode == 0, shown.stderr
        fingerprints.append(shown.stdout.splitlines()[0])
        assert str(copy / "data" / "keys") in shown.stdout
        assert _files(profile) == set(), "nothing in the user's profile"
        assert {f.split(os.sep)[0] for f in _files(copy)} == {"portable.txt", "data"}
    assert fingerprints[0] != fingerprints[1], "two laptops, two keys"
    assert _files(master) == {"portable.txt"}, "the trainer's folder stays as it was: only the program is shared"


def test_resetting_one_laptop_leaves_the_other_as_it_was(classroom: tuple[Path, list[Path], list[Path]]) -> None:
    _master, copies, profiles = classroom
    for copy, profile in zip(copies, profiles, strict=True):
        assert _run(copy, profile, "training", "samples").returncode == 0
        assert _run(copy, profile, "keys", "create").returncode == 0
    second = {name: (copies[1] / name).read_bytes() for name in _files(copies[1])}
    reset = _run(copies[0], profiles[0], "training", "reset", "--yes")
    assert reset.returncode == 0, reset.stderr
    assert "removed 4 training assessments" in reset.stdout and "signing key was moved" in reset.stdout
    assert _run(copies[0], profiles[0], "keys", "show").returncode != 0, "the next trainee makes a new key"
    assert {name: (copies[1] / name).read_bytes() for name in _files(copies[1])} == second
