"""Registering the commands imports none of the heavy libraries: `omnibus --version` or `omnibus status` must not
wait for the PDF renderer, the package layer or the store of commands that are not run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from omnibus import __version__
from omnibus.cli import main

HEAVY = ("weasyprint", "sqlalchemy", "alembic", "pydantic", "omnibus.export", "omnibus.model.service")


def test_registering_every_command_imports_no_heavy_library() -> None:
    script = "import sys; from omnibus.cli import build_parser; build_parser(); print(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    )
    assert loaded & set(HEAVY) == set()
    assert "omnibus.cli.export_commands" in loaded  # every command was registered


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"omnibus {__version__}\n"


def test_version_among_other_arguments_is_argparse_s(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version", "status"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"omnibus {__version__}\n"
