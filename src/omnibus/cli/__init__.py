"""The command line: the headless front end, on the same core as the desktop application.

Each command group lives in its own module with a `register(subparsers)` function; `main` wires them up.
With no command, the desktop application starts; with a package file alone (`omnibus KEN.omnibus`, which is what
a double-click runs through the installers' file association), the package viewer opens; with an assignment,
contribution or receipt alone, the desktop application starts and opens it as its File menu would.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from omnibus import __version__

COMMANDS: dict[str, tuple[str, ...]] = {
    "omnibus.cli.questionnaire_commands": ("validate", "questionnaires"),
    "omnibus.cli.translation_commands": ("questionnaire",),
    "omnibus.cli.assessment_commands": ("new", "list", "answer", "status", "answers", "carry-forward", "compare"),
    "omnibus.cli.document_commands": ("archive", "unarchive", "delete", "backups", "restore"),
    "omnibus.cli.status_commands": ("finalize", "reopen"),
    "omnibus.cli.package_commands": ("verify", "keys"),
    "omnibus.cli.export_commands": ("export", "report"),
    "omnibus.cli.receipt_commands": ("receipt",),
    "omnibus.cli.collaboration_commands": (
        "assign", "remind", "assignment", "contribute", "contributions", "conflicts", "signoff", "institutions",
    ),
    "omnibus.cli.secretariat_commands": ("secretariat",),
    "omnibus.cli.training_commands": ("training",),
}  # fmt: skip
"""Each command module and the commands its `register` adds (tests/cli/test_lazy_commands.py holds them to it).
A command that is run builds the parser of its own module only: building all ~50 parsers took `omnibus status`
longer than reading the assessment."""
COMMAND_MODULES = tuple(COMMANDS)
EXIT_PIPE_CLOSED = 141
"""128 + SIGPIPE: what a shell reports for a command-line tool whose reader went away (`omnibus list | head -1`)."""


class CommandError(Exception):
    """A failure to report on stderr with a non-zero exit, without a traceback."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; given the `command` being run, only the parsers of the module that registers
    it (an unknown or missing command gets them all, for argparse's help and its "invalid choice")."""
    parser = argparse.ArgumentParser(
        prog="omnibus",
        description="The UNTOC self-assessment checklist, answered offline and handed in as a signed package. "
        "Without a command, the desktop application starts.",
    )
    parser.add_argument("--version", action="version", version=f"omnibus {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [m for m, commands in COMMANDS.items() if command in commands] or COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(subparsers)
    return parser


PACKAGE_SUFFIXES = (".omnibus", ".omnibus.age")
DOCUMENT_SUFFIXES = (".omnibus-assignment", ".omnibus-contribution", ".omnibus-receipt")
"""Files the desktop application opens into an assessment: what `omnibus.ui.documents` routes by suffix."""


def package_argument(argv: Sequence[str]) -> Path | None:
    """The package file when it is the one argument (and exists), else None: every command keeps its meaning."""
    return _file_argument(argv, PACKAGE_SUFFIXES)


def document_argument(argv: Sequence[str]) -> Path | None:
    """The assignment, contribution or receipt file when it is the one argument (and exists), else None."""
    return _file_argument(argv, DOCUMENT_SUFFIXES)


def _file_argument(argv: Sequence[str], suffixes: tuple[str, ...]) -> Path | None:
    if len(argv) != 1 or not argv[0].lower().endswith(suffixes):
        return None
    path = Path(argv[0])
    return path if path.is_file() else None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:  # what installers and scripts ask first: answered before ~30 commands are built
        print(f"omnibus {__version__}")
        return 0
    package = package_argument(arguments)
    if package is not None:
        from omnibus.ui.open_package import run_viewer

        return run_viewer(package)
    document = document_argument(arguments)
    if document is not None:
        from omnibus.ui.app import run_application

        return int(run_application(document))
    parser = build_parser(arguments[0] if arguments else None)
    args = parser.parse_args(arguments)
    if args.command is None:
        from omnibus.ui.app import run_application

        return int(run_application())
    try:
        result: int | None = args.handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit where Python could only print a traceback
        return int(result or 0)
    except BrokenPipeError:
        _discard_standard_output()
        return EXIT_PIPE_CLOSED
    except CommandError as exc:
        print(f"omnibus: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130


def _discard_standard_output() -> None:
    """Point standard output at the null device, so what is still buffered for the closed pipe goes nowhere.

    The pattern of Python's documentation ("Note on SIGPIPE" in the signal module): without it, Python's final
    flush at exit meets the closed pipe again and prints an error.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
