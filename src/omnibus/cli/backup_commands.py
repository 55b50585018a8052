"""`omnibus backups` and `omnibus restore-backup`: list a database's backups and put one back in place.

What a user is told to run when a database is damaged or gone (the messages of `model.store.errors`).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from omnibus.cli import CommandError


def register(subparsers: Any) -> None:
    listing = subparsers.add_parser("backups", help="list the backups of the database, newest first")
    listing.add_argument("--db", type=Path, metavar="PATH", help="the database file (default: your own)")
    listing.set_defaults(handler=run_backups)
    restore = subparsers.add_parser(
        "restore-backup", help="put a backup in place of the database (the replaced file is kept beside it)"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="a backup file, as `omnibus backups` lists")
    restore.add_argument("--db", type=Path, metavar="PATH", help="the database file (default: your own)")
    restore.set_defaults(handler=run_restore)


def _database(args: argparse.Namespace) -> Path:
    from omnibus import paths

    return (Path(args.db).expanduser() if args.db else paths.default_database()).resolve()


def run_backups(args: argparse.Namespace) -> int:
    from omnibus.model.store import backups
    from omnibus.model.store.store import backup_folder_for

    database = _database(args)
    folder = backup_folder_for(database)
    found = backups.backups(folder, database.stem)
    if not found:
        print(f"No backup of {database} in {folder}.")
    for path in reversed(found):
        print(path)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from omnibus.model.store import StorageError
    from omnibus.model.store.restore import restore_backup

    database = _database(args)
    try:
        kept = restore_backup(args.backup, database)
    except StorageError as exc:
        raise CommandError(str(exc)) from None
    print(f"Restored {args.backup} as {database}.")
    if kept is not None:
        print(f"The file it replaced is kept as {kept}.")
    return 0
