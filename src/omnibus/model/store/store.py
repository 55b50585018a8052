"""The durable local store: one SQLite file, one writer connection, one commit per change.

What makes an answer survive a power cut on an old laptop:

- WAL journal with `synchronous=FULL`: a commit returns only once it is on disk.
- `BEGIN IMMEDIATE` transactions that really begin: Python's sqlite3 module would otherwise begin a transaction
  only at the first INSERT and never for DDL, so its own transaction handling is switched off
  (`isolation_level = None`) and the store writes BEGIN IMMEDIATE, COMMIT and ROLLBACK itself.
- `foreign_keys=ON` and a busy timeout on the one connection, which only the store's own lock lets a thread use.
- An operating-system lock on `<db>.lock`, so a second running copy cannot write the same file; the lock file
  also records whether the last session closed cleanly, and if not, `PRAGMA quick_check` runs before use.
- A checkpoint (`wal_checkpoint(TRUNCATE)`) on clean close, so the main file is complete on its own.
- A rotating backup before every migration and once per day of use.
- A check before and after every write that the file is still the one that was opened: on POSIX a removed file
  stays writable through the open handle, and those writes would be lost without an error.
- A refusal touches nothing: an existing file is first looked at read-only (`preflight`), so a foreign file is
  refused before its header or folder changes; a path where a database was (its lock file says so) and is no
  more is refused instead of silently getting a new empty database.
- On read-only media (the lock file cannot be created) the database opens read-only (`read_only`), and every
  change is refused in a sentence.

Every database error comes out as `StorageError` with a sentence a respondent can act on (`errors.describe`,
from the `sqlite3` error's code).

The store runs on the standard library's `sqlite3` alone: one SQLite file with one writer needs none of
SQLAlchemy's portability, and importing it cost a fifth of a second at every start. SQLAlchemy and Alembic are
imported only to create or upgrade the schema (`migrate.py`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from omnibus import paths
from omnibus.model.store import backups, migrate, preflight
from omnibus.model.store.errors import (
    DatabaseDamaged,
    DatabaseGone,
    NewerDatabase,
    StorageError,
    Trouble,
    describe,
    is_full,
)
from omnibus.model.store.lock import CLOSED, OPEN, FileLock, LockFileUnwritable, lock_path, recorded_marker

BUSY_TIMEOUT_MS = 5000
_TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"


def backup_folder_for(database: Path) -> Path:
    """Backups of the default database go to the user's backups folder; others into `backups/` beside the file."""
    if database == paths.default_database().resolve():
        return paths.backups_folder()
    return database.parent / "backups"


def connect(database: Path, *, foreign_keys: bool = True) -> sqlite3.Connection:
    """The store's writer connection: WAL, synchronous=FULL, foreign keys, busy timeout, and no transaction begun
    or ended behind the store's back (`isolation_level=None`). Any thread may use it; the store's lock makes
    that one at a time. Foreign keys are off only while migrations rebuild tables (they are checked before the
    upgrade commits)."""
    raw = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    try:
        for pragma in ("journal_mode=WAL", "synchronous=FULL", f"foreign_keys={'ON' if foreign_keys else 'OFF'}",
                       f"busy_timeout={BUSY_TIMEOUT_MS}"):  # fmt: skip
            raw.execute(f"PRAGMA {pragma}").fetchall()
    except BaseException:
        raw.close()
        raise
    return raw


class Store:
    """An open database. Create it once (`Store.open`) and pass it to the service; `close` when done."""

    def __init__(self, path: Path, backup_folder: Path, keep_backups: int) -> None:
        self.path = path
        self.backup_folder = backup_folder
        self.keep_backups = keep_backups
        self.recovered = False
        """True when the previous session ended without closing (its integrity was checked on open)."""
        self.created = False
        self.migrated_from: str | None = None
        self.read_only = False
        """True on read-only media: the database can be read, and every change is refused."""
        self._lock = FileLock(path)
        self._mutex = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._identity: tuple[int, int] | None = None
        self._backup_day = ""

    # -- opening and closing

    @classmethod
    def open(
        cls, path: Path | str | None = None, *, backup_folder: Path | None = None, keep_backups: int = backups.KEEP
    ) -> Store:
        """Open (creating or upgrading) the database at `path`, by default the user's own."""
        database = Path(path).expanduser() if path is not None else paths.default_database()
        try:
            database.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(f"cannot create the folder {database.parent}: {error.strerror or error}") from None
        database = database.resolve()
        store = cls(database, backup_folder or backup_folder_for(database), keep_backups)
        store._open()
        return store

    def _open(self) -> None:
        existed = self.path.exists() and self.path.stat().st_size > 0
        if existed:
            self._refuse_foreign()
        elif recorded_marker(self.path) in (OPEN, CLOSED):
            raise DatabaseGone(self.path, lock_path(self.path), self.backups())
        try:
            self._lock.acquire()
        except LockFileUnwritable:
            if not existed:
                raise
            self._open_read_only()
            return
        try:
            self.recovered = self._lock.previous_marker == OPEN
            if self.recovered and existed:
                self._check_or_refuse()
            self._connect()
            self._prepare_schema()
            try:
                self._lock.mark(OPEN)
            except OSError as error:
                raise StorageError(describe(error, self.path)) from None
            if not self.created:
                self.daily_backup()
            self._backup_day = datetime.now().strftime("%Y%m%d")
        except BaseException:
            self._shutdown(clean=False)
            raise

    def _refuse_foreign(self) -> None:
        """Before anything is changed in or beside the file: refuse one that is not an omnibus database."""
        if not preflight.is_foreign(self.path):
            return
        if recorded_marker(self.path) in (OPEN, CLOSED):  # ours once: its header is what is damaged
            raise DatabaseDamaged(self._damaged("SQLite cannot read it"), self.path, self.backups())
        raise StorageError(f"{self.path} is not an omnibus database; it was left as it is", kind=Trouble.FOREIGN)

    def _open_read_only(self) -> None:
        """The folder cannot be written (read-only media): read the file through a connection that cannot write."""
        self.read_only = True
        try:
            self._connection = preflight.connect_read_only(self.path, immutable=True, check_same_thread=False)
            revision = migrate.current(self._connection)
        except sqlite3.Error as error:
            self._shutdown(clean=False)
            raise self._open_error(error) from None
        self._identity = self._stat()
        if revision != migrate.HEAD:
            self._shutdown(clean=False)
            raise StorageError(
                f"{self.path} is on read-only media and was written by another version of omnibus; "
                "copy it to a folder you can write to and open it there",
                kind=Trouble.OLD_ON_READ_ONLY,
            )

    def _damaged(self, why: str) -> str:
        return f"{self.path} is damaged: {why}, so nothing more can be saved in it."

    def _check_or_refuse(self) -> None:
        """After an unclean shutdown: quick_check on a separate connection before anything else touches the file."""
        if quick_check(self.path):
            raise DatabaseDamaged(self._damaged("it failed SQLite's integrity check"), self.path, self.backups())

    def _open_error(self, error: BaseException) -> StorageError:
        message = describe(error, self.path)
        if "damaged" in message:
            return DatabaseDamaged(self._damaged("SQLite cannot read all of it"), self.path, self.backups())
        return StorageError(message)

    def backups(self) -> list[Path]:
        """This database's backups, oldest first."""
        return backups.backups(self.backup_folder, self.path.stem)

    def _connect(self) -> None:
        try:
            self._connection = connect(self.path)
        except sqlite3.Error as error:
            raise self._open_error(error) from None
        self._identity = self._stat()

    def _prepare_schema(self) -> None:
        connection = self._conn()
        try:
            revision = migrate.current(connection)
            if revision == migrate.HEAD:
                return
            tables = {str(r[0]) for r in connection.execute(_TABLES)}
        except sqlite3.Error as error:
            raise self._open_error(error) from None
        if revision is None:
            if tables - {"alembic_version"}:
                raise StorageError(f"{self.path} is not an omnibus database", kind=Trouble.FOREIGN)
            self.created = True
        elif revision not in migrate.known_revisions():
            raise NewerDatabase(
                f"{self.path} was written by a newer version of omnibus (schema {revision}); update omnibus to open it"
            )
        else:
            self.migrated_from = revision
            self.backup("before-migration")
        try:  # on a connection of its own, with foreign keys off while tables are rebuilt (batch mode)
            migrate.upgrade(lambda: connect(self.path, foreign_keys=False))
        except Exception as error:  # the upgrade is one transaction: the file is as it was
            what = "creating" if self.created else "upgrading"
            kept = "" if self.created else f" The file is unchanged; a backup is in {self.backup_folder}."
            raise StorageError(f"{what} the database {self.path} failed: {describe(error, self.path)}.{kept}") from None

    def close(self) -> None:
        """Checkpoint the journal into the main file, close and mark the session closed cleanly."""
        self._shutdown(clean=True)

    def _shutdown(self, clean: bool) -> None:
        with self._mutex:
            clean = self._disconnect(clean)
            if self._lock.held:
                if clean:
                    with contextlib.suppress(OSError):  # then the next session checks the file: harmless
                        self._lock.mark(CLOSED)
                self._lock.release()

    def _disconnect(self, checkpoint: bool) -> bool:
        """Close the connection (the file lock stays held); whether the journal was checkpointed cleanly."""
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                if checkpoint and not self.read_only:
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error:
                checkpoint = False
            finally:
                connection.close()
        return checkpoint

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._connection is not None

    # -- transactions

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One `BEGIN IMMEDIATE` … `COMMIT`; any database failure rolls back and raises StorageError."""
        with self._mutex:
            connection = self._conn()
            if self.read_only:
                raise StorageError(
                    f"{self.path} is on read-only media (or in a folder that cannot be written), so it is open "
                    "for reading only and this change was not saved; copy it to a folder you can write to",
                    kind=Trouble.READ_ONLY,
                )
            self._check_file()
            with self._transaction(connection, "BEGIN IMMEDIATE"):
                yield connection
            self._check_file()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One transaction that reads: `BEGIN IMMEDIATE` on the writer too (nothing can change between two of its
        statements), a plain `BEGIN` on read-only media."""
        with self._mutex:
            connection = self._conn()
            with self._transaction(connection, "BEGIN" if self.read_only else "BEGIN IMMEDIATE"):
                yield connection

    @contextmanager
    def _transaction(self, connection: sqlite3.Connection, begin: str) -> Iterator[None]:
        if connection.in_transaction:
            raise StorageError("a transaction is already open on the store")  # a programming error
        try:
            connection.execute(begin)
            yield
            connection.execute("COMMIT")
        except sqlite3.Error as error:
            self._rollback_quietly()
            raise self._error(error) from None
        except BaseException:
            self._rollback_quietly()
            raise

    def _conn(self) -> sqlite3.Connection:
        if self._connection is None:
            raise StorageError(f"{self.path} is closed", kind=Trouble.CLOSED)
        return self._connection

    def _rollback_quietly(self) -> None:
        connection = self._connection
        if connection is None:
            return
        try:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def _error(self, error: BaseException) -> StorageError:
        """A damaged page is often first read long after opening: it is said with the backups, as at opening."""
        return self._open_error(error)

    def _stat(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        return (info.st_dev, info.st_ino)

    def _check_file(self) -> None:
        """Refuse to write into a file that was removed or replaced since it was opened."""
        if self._stat() != self._identity:
            raise StorageError(
                f"{self.path} was removed or replaced while omnibus had it open; this change was not saved. "
                "Restore the file (or the newest backup) and open it again",
                kind=Trouble.REPLACED,
            )

    # -- maintenance

    def backup(self, reason: str = "manual") -> Path:
        """A consistent copy of the database in the backup folder; older ones beyond `keep_backups` are removed."""
        with self._mutex:
            raw = self._conn()

            def vacuum_into(target: str) -> None:
                raw.execute("VACUUM INTO ?", (target,))

            try:
                return backups.make_backup(vacuum_into, self.backup_folder, self.path.stem, reason, self.keep_backups)
            except (sqlite3.Error, OSError) as error:
                raise self._backup_error(error) from None

    def _backup_error(self, error: BaseException) -> StorageError:
        """Reading the database for a backup is what finds a damaged page first; a full disk is said so."""
        text = str(error).lower()
        if isinstance(error, sqlite3.DatabaseError) and ("malformed" in text or "corrupt" in text):
            return DatabaseDamaged(self._damaged("SQLite cannot read all of it"), self.path, self.backups())
        if is_full(error, self.backup_folder):
            return StorageError(
                f"the disk holding {self.backup_folder} is full, so no backup could be written there",
                kind=Trouble.FULL,
                subject=self.backup_folder,
            )
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return StorageError(
            f"cannot write a backup into {self.backup_folder}: {reason}",
            kind=Trouble.BACKUP_UNWRITABLE,
            subject=self.backup_folder,
        )

    def daily_backup(self) -> Path | None:
        """A backup unless one was already made today; cheap when called after every change."""
        today = datetime.now().strftime("%Y%m%d")
        if today == self._backup_day or self.read_only:
            return None
        self._backup_day = today
        newest = backups.latest(self.backup_folder, self.path.stem)
        if newest is not None and backups.made_on(newest) == today:
            return None
        return self.backup("daily")

    def restore(self, backup: Path) -> Path:
        """Replace the database with `backup` (checked first), keeping the lock; returns the backup of the state
        it replaced ("before-restore"), so a restore can itself be undone. A backup made by an older omnibus is
        upgraded as any old database is."""
        backup = Path(backup)
        if not backup.is_file():
            raise StorageError(f"there is no backup {backup}", kind=Trouble.NO_BACKUP, subject=backup)
        problems = quick_check(backup)
        if problems:
            raise StorageError(
                f"{backup} is damaged ({problems[0]}); choose another backup",
                kind=Trouble.UNSOUND_BACKUP,
                subject=backup,
            )
        revision = _revision_of(backup)
        if revision is None or revision not in migrate.known_revisions():
            raise StorageError(
                f"{backup} is not a backup of an omnibus database this version can open",
                kind=Trouble.UNSOUND_BACKUP,
                subject=backup,
            )
        with self._mutex:
            saved = self.backup("before-restore")
            if not self._disconnect(checkpoint=True):
                raise StorageError(
                    f"{self.path} could not be closed cleanly; nothing was restored", kind=Trouble.NOT_CLOSED
                )
            partial = self.path.with_name(self.path.name + ".restoring")
            try:
                shutil.copyfile(backup, partial)
                with open(partial, "rb") as written:
                    os.fsync(written.fileno())
                for leftover in (self.path.with_name(self.path.name + s) for s in ("-wal", "-shm")):
                    leftover.unlink(missing_ok=True)
                os.replace(partial, self.path)
            except OSError as error:
                partial.unlink(missing_ok=True)
                raise StorageError(f"cannot restore {backup}: {error.strerror or error}") from None
            finally:
                self._reconnect()
        return saved

    def _reconnect(self) -> None:
        self._connect()
        self._prepare_schema()

    def latest_backup(self) -> Path | None:
        return backups.latest(self.backup_folder, self.path.stem)

    def integrity_check(self) -> list[str]:
        """`PRAGMA integrity_check` problems; empty when the file is sound."""
        with self._mutex:
            rows = self._conn().execute("PRAGMA integrity_check").fetchall()
        return [str(r[0]) for r in rows if r[0] != "ok"]


def _revision_of(database: Path) -> str | None:
    """The schema revision of a database file, read without changing it; None when it has none."""
    try:
        raw = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.Error:
        return None
    finally:
        raw.close()


def quick_check(database: Path) -> list[str]:
    """`PRAGMA quick_check` on a file, on a connection of its own; problems found, empty when sound."""
    try:
        raw = sqlite3.connect(database, isolation_level=None)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = raw.execute("PRAGMA quick_check").fetchall()
        return [str(r[0]) for r in rows if r[0] != "ok"]
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        raw.close()
