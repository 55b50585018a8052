"""Putting assessments away and getting them back: archive, unarchive, delete, backups, restore (see docs/cli.md).

Deleting and restoring cannot be undone by the audit log, so both make a backup first and say where it is, and
both ask before they act: on a terminal they ask; from a script (standard input not a terminal) they need --yes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omnibus.cli import CommandError
from omnibus.cli.assessment_commands import open_service

if TYPE_CHECKING:
    from omnibus.model.service import AssessmentService


def register(subparsers: Any) -> None:
    def command(name: str, handler: Any, help: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help, description=help)
        parser.add_argument("--db", type=Path, metavar="PATH", help="use this database file instead of your own")
        parser.set_defaults(handler=handler)
        return parser

    archive = command("archive", run_archive, "put an assessment away: hidden from `list`, kept whole")
    archive.add_argument("assessment", metavar="ASSESSMENT")
    unarchive = command("unarchive", run_unarchive, "bring an archived assessment back to `list`")
    unarchive.add_argument("assessment", metavar="ASSESSMENT")
    delete = command("delete", run_delete, "delete an assessment, after a backup of the database")
    delete.add_argument("assessment", metavar="ASSESSMENT")
    delete.add_argument("--yes", action="store_true", help="do not ask (needed when not run from a terminal)")
    listing = command("backups", run_backups, "list the backups of the database, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    restore = command("restore", run_restore, "replace the database with a backup (after a backup of it)")
    restore.add_argument("backup", metavar="BACKUP", help="a backup's path, its file name, or its number in `backups`")
    restore.add_argument("--yes", action="store_true", help="do not ask (needed when not run from a terminal)")


def _confirm(question: str, yes: bool) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise CommandError(f"{question} Add --yes to confirm (standard input is not a terminal).")
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise CommandError("nothing was changed")


def _describe(service: AssessmentService, assessment_id: str) -> str:
    s = service.assessment(assessment_id)
    training = ", training" if s.training else ""
    return (
        f"{s.id[:8]} ({s.country}, {s.questionnaire_id} {s.questionnaire_version}, cycle {s.cycle or '-'}, "
        f"{s.status}{training}, last changed {s.updated:%Y-%m-%d %H:%M})"
    )


def run_archive(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        service.archive(assessment_id)
        print(f"archived {_describe(service, assessment_id)}; `omnibus unarchive {assessment_id[:8]}` brings it back")
    return 0


def run_unarchive(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        service.unarchive(assessment_id)
        print(f"unarchived {_describe(service, assessment_id)}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with open_service(args) as service:
        assessment_id = service.resolve(args.assessment)
        described = _describe(service, assessment_id)
        _confirm(f"Delete the assessment {described} and all its answers?", args.yes)
        backup = service.delete_assessment(assessment_id)
        print(f"deleted {described}")
        print(f"a backup of the database made just before is {backup}; `omnibus restore {backup.name}` brings it back")
    return 0


def _database(args: argparse.Namespace) -> Path:
    from omnibus import paths

    return (Path(args.db).expanduser() if args.db else paths.default_database()).resolve()


def _backups(database: Path) -> list[Path]:
    """The database's backups, newest first, found from its folder alone: a damaged or lost database has them too."""
    from omnibus.model.store import backups
    from omnibus.model.store.store import backup_folder_for

    return list(reversed(backups.backups(backup_folder_for(database), database.stem)))


def run_backups(args: argparse.Namespace) -> int:
    from omnibus.model.store import backups
    from omnibus.model.store.store import backup_folder_for

    database = _database(args)
    found = _backups(database)
    rows = []
    for number, path in enumerate(found, 1):
        try:
            size = path.stat().st_size
        except OSError:  # removed meanwhile by another copy's rotation
            continue
        rows.append((number, path, backups.made_at(path), backups.reason_of(path), size))
    if args.json:
        keys = ("number", "path", "made", "reason", "size")
        shown = [(n, str(p), m.isoformat() if m else None, r, z) for n, p, m, r, z in rows]
        print(json.dumps([dict(zip(keys, row, strict=True)) for row in shown], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(f"no backups yet (they go to {backup_folder_for(database)})", file=sys.stderr)
    for number, path, made, reason, size in rows:
        when = f"{made:%Y-%m-%d %H:%M:%S}" if made else "?"
        print(f"{number:>3}  {when}  {reason:<16} {size // 1024:>7} KiB  {path}")
    return 0


def _chosen_backup(database: Path, text: str) -> Path:
    found = _backups(database)
    if text.isdigit() and 1 <= int(text) <= len(found):
        return found[int(text) - 1]
    for path in found:
        if path.name == text:
            return path
    return Path(text).expanduser()


def run_restore(args: argparse.Namespace) -> int:
    """Through the service when the database opens (what it holds is backed up first); otherwise, for a damaged or
    lost database, the backup is put in its place and the damaged file kept beside it."""
    from omnibus.model.store import StorageError, Store
    from omnibus.model.store.restore import restore_backup

    database = _database(args)
    backup = _chosen_backup(database, args.backup)
    if not backup.is_file():
        raise CommandError(f"there is no backup {args.backup}; `omnibus backups` lists them")
    try:
        Store.open(database).close()
    except StorageError:
        _confirm(f"Put the backup {backup.name} in place of the damaged or lost database {database}?", args.yes)
        try:
            kept = restore_backup(backup, database)
        except StorageError as exc:
            raise CommandError(str(exc)) from None
        print(f"restored {backup} as {database}")
        if kept is not None:
            print(f"the file it replaced is kept as {kept}")
        return 0
    with open_service(args) as service:
        _confirm(
            f"Replace every assessment in {service.store.path} with those in the backup {backup.name}? "
            "(A backup of the database as it is now is made first.)",
            args.yes,
        )
        saved = service.restore_backup(backup)
        print(f"restored {backup}; {len(service.list_assessments())} assessments in the database")
        print(f"the database as it was before is in {saved}; `omnibus restore {saved.name}` goes back to it")
    return 0
