"""`omnibus finalize ID` and `omnibus reopen ID`: an assessment's status, as the window's "Mark as final" and
"Reopen" set it (see docs/cli.md).

The status travels in the package: the Secretariat counts final packages and lists drafts apart. Finalizing is
refused, naming what blocks it, while a required answer is missing or an answer has an error; both commands are
harmless when the assessment already has the status asked for.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omnibus.cli import CommandError
from omnibus.cli.assessment_commands import open_service


def register(subparsers: Any) -> None:
    for name, handler, help in (
        ("finalize", run_finalize, "mark an assessment as final (refused while required answers or errors remain)"),
        ("reopen", run_reopen, "make a final assessment a draft again, to change answers"),
    ):
        parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help)
        parser.add_argument("assessment", metavar="ASSESSMENT")
        parser.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
        parser.set_defaults(handler=handler)


def run_finalize(args: argparse.Namespace) -> int:
    from omnibus.model.service_errors import NotComplete

    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        try:
            summary = service.mark_final(assessment_id)
        except NotComplete as exc:
            blocking = "\n".join(f"  {i.item_id}: {i.message}" for i in exc.issues)
            raise CommandError(f"{exc}; nothing was changed:\n{blocking}") from None
        print(f"{summary.id[:8]} is final; `omnibus reopen {summary.id[:8]}` makes it a draft again")
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        summary = service.reopen(assessment_id)
        print(f"{summary.id[:8]} is a draft; `omnibus finalize {summary.id[:8]}` makes it final again")
    return 0
