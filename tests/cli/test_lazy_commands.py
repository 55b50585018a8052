"""Registering the commands imports none of the heavy libraries: `omnibus --version` or `omnibus status` must not
wait for the PDF renderer, the package layer or the store of commands that are not run. A command that is run
builds the parsers of its own module only, and `status` imports none of the service's parts it does not use."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from omnibus import __version__
from omnibus.cli import COMMAND_MODULES, COMMANDS, build_parser, main

Q1 = Path(__file__).parents[1] / "model" / "fixtures" / "all-types-1.yaml"
NOT_READ_BY_STATUS = (
    "omnibus.model.service_cycles",  # carrying forward, comparing
    "omnibus.model.service_documents",  # archiving, deleting, backups
    "omnibus.model.cycle_labels",
    "omnibus.model.service_assigning",  # working together
    "omnibus.model.service_merging",
    "omnibus.model.service_conflicts",
    "omnibus.model.service_institution",
    "omnibus.model.service_sign_offs",
    "omnibus.cli.collaboration_commands",  # other commands' modules
    "omnibus.cli.document_commands",
    "omnibus.cli.export_commands",
    "omnibus.cli.package_commands",
    "omnibus.cli.secretariat_commands",
    "omnibus.cli.training_commands",
    "omnibus.cli.translation_commands",
    "omnibus.cli.questionnaire_commands",
)

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


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_each_module_registers_the_commands_listed_for_it(module: str) -> None:
    subparsers = argparse.ArgumentParser().add_subparsers()
    importlib.import_module(module).register(subparsers)
    assert tuple(subparsers.choices) == COMMANDS[module]


def test_a_command_run_builds_its_own_module_s_parsers_only(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser("status")
    assert parser.parse_args(["list", "--json"]).command == "list"  # registered by the same module
    with pytest.raises(SystemExit):
        parser.parse_args(["verify", "KEN.omnibus"])  # another module's: not built
    assert "invalid choice: 'verify'" in capsys.readouterr().err


def test_an_unknown_command_is_refused_naming_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["stauts", "abc"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'stauts'" in err
    assert all(name in err for names in COMMANDS.values() for name in names)


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(name in out for names in COMMANDS.values() for name in names)


def test_status_imports_none_of_the_parts_it_does_not_use(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    env = {**os.environ, "OMNIBUS_HOME": str(tmp_path / "home"), "OMNIBUS_USER": "cli-tester"}
    db = tmp_path / "cli.db"
    new = [sys.executable, "-m", "omnibus", "new", "--questionnaire", str(Q1), "--country", "KEN", "--db", str(db)]
    assessment = subprocess.run(new, capture_output=True, text=True, env=env, check=True).stdout.strip()
    script = (
        "import sys; from omnibus.cli import main; code = main(sys.argv[1:]); "
        "print('LOADED', ' '.join(sorted(sys.modules))); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "status", assessment[:8], "--db", str(db)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert done.stdout.startswith(assessment[:8])  # the status was printed
    loaded = set(done.stdout.rsplit("LOADED", 1)[1].split())
    assert "omnibus.model.service" in loaded
    assert sorted(loaded & set(NOT_READ_BY_STATUS)) == []
