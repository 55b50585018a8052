"""A reader that goes away (`omnibus list | head -1`): the command stops quietly, as command-line tools do.

The commands run as the user runs them, in their own process, writing into a pipe whose reading end is
already closed; the exit status is the shell's for a tool stopped by SIGPIPE, and nothing is printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from omnibus.cli import EXIT_PIPE_CLOSED, main

FIXTURES = Path(__file__).parents[1] / "model" / "fixtures"


def into_closed_pipe(home: Path, *argv: str | Path) -> subprocess.CompletedProcess[bytes]:
    reading, writing = os.pipe()
    os.close(reading)
    try:
        return subprocess.run(
            [sys.executable, "-m", "omnibus", *map(str, argv)],
            stdout=writing,
            stderr=subprocess.PIPE,
            env={**os.environ, "OMNIBUS_HOME": str(home), "OMNIBUS_USER": "cli-tester"},
            timeout=300,
            check=False,
        )
    finally:
        os.close(writing)


@pytest.fixture
def assessment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    args = ["new", "--questionnaire", str(FIXTURES / "all-types-1.yaml"), "--country", "KEN"]
    assert main([*args, "--db", str(tmp_path / "a.db")]) == 0
    return capsys.readouterr().out.strip()


@pytest.mark.parametrize("command", ["list", "status", "verify"])
def test_closed_pipe_ends_quietly(tmp_path: Path, assessment: str, command: str) -> None:
    package = tmp_path / "KEN.omnibus"
    package.write_bytes(b"not a package")
    commands: dict[str, list[str | Path]] = {
        "list": ["list", "--db", tmp_path / "a.db"],
        "status": ["status", assessment, "--json", "--db", tmp_path / "a.db"],
        "verify": ["verify", package],
    }
    argv = commands[command]
    finished = into_closed_pipe(tmp_path / "home", *argv)
    assert finished.stderr.decode() == ""
    assert finished.returncode == EXIT_PIPE_CLOSED
