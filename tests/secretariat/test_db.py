"""The consolidated database's schema: Alembic migrations run when it is opened, after a backup; databases of the
hand-kept versions 1 and 2 are upgraded with every row and the same analysis; a newer or foreign file is refused."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from omnibus.export.archive import read_zip
from omnibus.export.manifest import RESPONSES
from omnibus.model.store import backups
from omnibus.secretariat import db, facts, migrate
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.db import DatabaseError, PackageRow, open_session
from omnibus.secretariat.importer import Importer
from tests.secretariat import helpers
from tests.secretariat.conftest import SEED, Inbox

VERSION_1 = """
CREATE TABLE meta ("key" VARCHAR(64) NOT NULL, value TEXT NOT NULL, PRIMARY KEY ("key"));
CREATE TABLE packages (
    id INTEGER NOT NULL, package_sha256 VARCHAR(64) NOT NULL, manifest_sha256 VARCHAR(64) NOT NULL,
    file_name TEXT NOT NULL, encrypted BOOLEAN NOT NULL, country VARCHAR(3) NOT NULL,
    questionnaire_id VARCHAR(100) NOT NULL, questionnaire_version VARCHAR(100) NOT NULL,
    questionnaire_sha256 VARCHAR(64) NOT NULL, cycle VARCHAR(100) NOT NULL, assessment_id VARCHAR(100) NOT NULL,
    institution TEXT NOT NULL, status VARCHAR(32) NOT NULL, training BOOLEAN NOT NULL, created VARCHAR(32) NOT NULL,
    signer VARCHAR(64) NOT NULL, state VARCHAR(16) NOT NULL, hold_reason TEXT NOT NULL,
    imported_at VARCHAR(32) NOT NULL, responses BLOB NOT NULL, data BLOB NOT NULL,
    PRIMARY KEY (id), UNIQUE (package_sha256), UNIQUE (manifest_sha256)
);
CREATE INDEX ix_packages_country ON packages (country);
CREATE INDEX ix_packages_state ON packages (state);
CREATE INDEX ix_packages_signer ON packages (signer);
CREATE TABLE questionnaire_files (
    questionnaire_sha256 VARCHAR(64) NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, content BLOB NOT NULL,
    PRIMARY KEY (questionnaire_sha256, position)
);
CREATE TABLE trusted_keys (
    id INTEGER NOT NULL, fingerprint VARCHAR(64) NOT NULL, country VARCHAR(3) NOT NULL, comment TEXT NOT NULL,
    trusted_at VARCHAR(32) NOT NULL, revoked_at VARCHAR(32), PRIMARY KEY (id), UNIQUE (fingerprint, country)
);
CREATE INDEX ix_trusted_keys_fingerprint ON trusted_keys (fingerprint);
CREATE TABLE refusals (
    id INTEGER NOT NULL, file_name TEXT NOT NULL, package_sha256 VARCHAR(64), category VARCHAR(32) NOT NULL,
    reason TEXT NOT NULL, country VARCHAR(3), refused_at VARCHAR(32) NOT NULL, PRIMARY KEY (id)
);
"""
"""The schema as omnibus wrote it at version 1 (packages.responses held a copy of each responses.json)."""

VERSION_2 = VERSION_1.replace(
    "imported_at VARCHAR(32) NOT NULL, responses BLOB NOT NULL,", "imported_at VARCHAR(32) NOT NULL,"
)
"""Version 2: the same without packages.responses."""

PACKAGE_COLUMNS = [column.name for column in PackageRow.__table__.columns]
TABLES = ("packages", "questionnaire_files", "trusted_keys", "refusals")
FACTS = ("package_instruments", "package_needs", "package_indicators", "package_answers")


def _by_hand(current: Path, path: Path, version: int) -> Path:
    """The database at `current` as omnibus versioning its schema by hand (`version` 1 or 2) stored the same imports."""
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(VERSION_1 if version == 1 else VERSION_2)
        connection.create_function("responses_of", 1, lambda data: read_zip(data)[RESPONSES])
        connection.execute("ATTACH DATABASE ? AS current", (str(current),))
        columns = ", ".join(PACKAGE_COLUMNS)
        if version == 1:
            connection.execute(
                f"INSERT INTO packages ({columns}, responses) SELECT {columns}, responses_of(data) FROM current.packages"
            )
        else:
            connection.execute(f"INSERT INTO packages ({columns}) SELECT {columns} FROM current.packages")
        for table in TABLES[1:]:
            connection.execute(f"INSERT INTO {table} SELECT * FROM current.{table}")
        connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(version),))
        connection.commit()
    return path


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as connection:
        present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        tables = [t for t in (*TABLES, *FACTS) if t in present]
        found = {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
        found["columns"] = [(row[1],) for row in connection.execute("PRAGMA table_info(packages)")]
        found["schema"] = sorted(connection.execute("SELECT type, name, tbl_name FROM sqlite_master"))
        found["schema"] += [(t, *c) for t in sorted(present) for c in connection.execute(f"PRAGMA table_info({t})")]
        found["meta"] = connection.execute("SELECT * FROM meta").fetchall()
    return found


@pytest.mark.parametrize("version", [1, 2])
def test_a_database_versioned_by_hand_is_backed_up_and_upgraded_with_every_row_and_the_same_analysis(
    released: Inbox, tmp_path: Path, version: int
) -> None:
    current = tmp_path / "current.db"
    shutil.copyfile(released.file, current)
    with open_session(current) as session:
        expected = analyse(session)
    assert expected.packages_counted == len(released.final_current) and expected.needs_total > 0
    old = _by_hand(current, tmp_path / f"version-{version}.db", version)
    assert ("responses",) in _rows(old)["columns"] if version == 1 else ("responses",) not in _rows(old)["columns"]
    with open_session(old) as session:
        assert analyse(session) == expected
    # the facts the migration read from the stored packages are those the import stored
    assert _rows(old) == _rows(current)
    assert _rows(old)["meta"] == [("schema_version", "4")]
    (saved,) = backups.backups(tmp_path / "backups", old.stem)
    assert backups.reason_of(saved) == "before-migration"
    with closing(sqlite3.connect(saved)) as before:
        assert before.execute("SELECT value FROM meta").fetchall() == [(str(version),)]
        assert before.execute("SELECT count(*) FROM packages").fetchone() == (len(_rows(current)["packages"]),)
    with open_session(old):  # and it opens again without migrating
        pass
    assert len(backups.backups(tmp_path / "backups", old.stem)) == 1


def test_a_migrated_database_takes_further_imports(released: Inbox, tmp_path: Path) -> None:
    old = _by_hand(released.file, tmp_path / "version-1.db", 1)
    with open_session(old) as session:
        before = session.scalars(select(PackageRow.id)).all()
        again = Importer(session).import_files([released.folder])
        assert {d.outcome for d in again.decisions} <= {"duplicate", "refused"}
        assert session.scalars(select(PackageRow.id)).all() == before
    newer = tmp_path / "newer"
    newer.mkdir()
    package = released.sample.packages[1]
    resubmitted = helpers.resubmission(package, SEED, days=9, variant=6)
    (newer / "resubmitted.omnibus").write_bytes(resubmitted.data)
    with open_session(old) as session:
        (decision,) = Importer(session).import_files([newer]).decisions
        assert decision.outcome == "accepted" and decision.superseded
        stored = session.get(PackageRow, decision.package_id)
        assert stored is not None and stored.data == resubmitted.data
        assert analyse(session).table("packages").column("package").count(decision.package_id) == 1


def test_a_failed_upgrade_leaves_the_database_as_it_was(
    released: Inbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole upgrade is one transaction: stamping, rebuilding packages, the new tables, reading the packages."""
    old = _by_hand(released.file, tmp_path / "version-1.db", 1)
    before = _rows(old)
    read = 0

    def power_cut(*args: object) -> facts.Facts:
        nonlocal read
        read += 1
        raise RuntimeError("power cut in the middle of the upgrade")

    monkeypatch.setattr(facts, "package_facts", power_cut)
    with pytest.raises(DatabaseError, match=r"Upgrading .* failed: .*power cut.* unchanged; a backup is in"):
        db.create_engine(old)
    assert read == 1
    assert _rows(old) == before
    monkeypatch.undo()
    with open_session(old) as session:  # and it upgrades once the cause is gone
        assert analyse(session).packages_counted == len(released.final_current)
    assert len(backups.backups(tmp_path / "backups", old.stem)) == 2


def test_a_new_database_is_created_at_head_matching_the_tables(tmp_path: Path) -> None:
    engine = db.create_engine(tmp_path / "new.db")
    with engine.connect() as connection:
        assert migrate.current(connection) == migrate.head() == migrate.HEAD
        assert compare_metadata(MigrationContext.configure(connection), db.Base.metadata) == []
    engine.dispose()
    assert not (tmp_path / "backups").exists()  # nothing to back up


def test_an_upgraded_database_matches_the_tables_too(released: Inbox, tmp_path: Path) -> None:
    engine = db.create_engine(_by_hand(released.file, tmp_path / "version-1.db", 1))
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), db.Base.metadata) == []
    engine.dispose()


@pytest.mark.parametrize("stamp", ["UPDATE meta SET value = '5'", "UPDATE alembic_version SET version_num = '0099'"])
def test_a_database_of_a_newer_schema_is_refused_unchanged(tmp_path: Path, stamp: str) -> None:
    path = tmp_path / "newer.db"
    db.create_engine(path).dispose()
    with closing(sqlite3.connect(path)) as connection:
        if "meta" in stamp:
            connection.execute("DROP TABLE alembic_version")
        connection.execute(stamp)
        connection.commit()
    before = _rows(path)
    with pytest.raises(DatabaseError, match=r"of schema (schema 5|0099); this omnibus reads schemas up to 0004"):
        db.create_engine(path)
    assert _rows(path) == before


def test_a_foreign_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "accounts.db"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE accounts (id INTEGER)")
        connection.commit()
    with pytest.raises(DatabaseError, match="is not a Secretariat database; it was left as it is"):
        db.create_engine(path)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT name FROM sqlite_master").fetchall() == [("accounts",)]


def test_head_constant_matches_the_migration_scripts() -> None:
    assert migrate.head() == migrate.HEAD


def test_a_database_of_schema_0003_gets_every_packages_answers_from_its_stored_packages(
    released: Inbox, tmp_path: Path
) -> None:
    """0003 kept no answers: the upgrade reads them from the packages, as the import stores them now."""
    current = tmp_path / "current.db"
    shutil.copyfile(released.db, current)
    with open_session(current) as session:
        expected = analyse(session)
    old = tmp_path / "schema-0003.db"
    shutil.copyfile(current, old)
    with closing(sqlite3.connect(old)) as connection:
        connection.execute("DROP TABLE package_answers")
        connection.execute("UPDATE alembic_version SET version_num = '0003'")
        connection.execute("UPDATE meta SET value = '3'")
        connection.commit()
    with open_session(old) as session:
        upgraded = analyse(session)
    assert upgraded == expected and upgraded.table("responses_untoc-needs-assessment").rows
    assert _rows(old) == _rows(current)
    (saved,) = backups.backups(tmp_path / "backups", old.stem)
    assert backups.reason_of(saved) == "before-migration"
