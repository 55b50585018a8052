"""The consolidated database's schema versions: an older file is migrated when opened, a newer one refused."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from omnibus.export.archive import read_zip
from omnibus.export.manifest import RESPONSES
from omnibus.secretariat import db
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.db import SCHEMA_VERSION, DatabaseError, PackageRow, open_session
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

PACKAGE_COLUMNS = [column.name for column in PackageRow.__table__.columns]


def _version_1_copy(current: Path, path: Path) -> Path:
    """The database at `current` as version 1 would have stored the same imports."""
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(VERSION_1)
        connection.create_function("responses_of", 1, lambda data: read_zip(data)[RESPONSES])
        connection.execute("ATTACH DATABASE ? AS current", (str(current),))
        columns = ", ".join(PACKAGE_COLUMNS)
        connection.execute(
            f"INSERT INTO packages ({columns}, responses) SELECT {columns}, responses_of(data) FROM current.packages"
        )
        for table in ("questionnaire_files", "trusted_keys", "refusals"):
            connection.execute(f"INSERT INTO {table} SELECT * FROM current.{table}")
        connection.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        connection.commit()
    return path


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as connection:
        tables = ("packages", "questionnaire_files", "trusted_keys", "refusals")
        found = {t: connection.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
        found["columns"] = [(row[1],) for row in connection.execute("PRAGMA table_info(packages)")]
        found["schema"] = sorted(
            connection.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'packages'")
        )
        found["meta"] = connection.execute("SELECT * FROM meta").fetchall()
    return found


def test_a_version_1_database_is_migrated_with_every_row_and_the_same_analysis(released: Inbox, tmp_path: Path) -> None:
    current = tmp_path / "current.db"
    shutil.copyfile(released.db, current)
    with open_session(current) as session:
        expected = analyse(session)
    old = _version_1_copy(current, tmp_path / "version-1.db")
    assert "responses" in [c for (c,) in _rows(old)["columns"]]
    with open_session(old) as session:
        assert analyse(session) == expected
    assert _rows(old) == _rows(current)
    assert _rows(old)["meta"] == [("schema_version", str(SCHEMA_VERSION))]


def test_a_migrated_database_takes_further_imports(released: Inbox, tmp_path: Path) -> None:
    old = _version_1_copy(released.db, tmp_path / "version-1.db")
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


def test_a_failed_migration_leaves_the_database_as_it_was(
    released: Inbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = _version_1_copy(released.db, tmp_path / "version-1.db")
    before = _rows(old)
    steps = db.MIGRATIONS[1]
    monkeypatch.setitem(db.MIGRATIONS, 1, lambda: [*steps(), "INSERT INTO nowhere VALUES (1)"])
    with pytest.raises(DatabaseError, match="no such table: nowhere"):
        db.create_engine(old)
    assert _rows(old) == before


def test_a_database_of_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    db.create_engine(path).dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
        connection.commit()
    with pytest.raises(DatabaseError, match=f"schema version {SCHEMA_VERSION + 1}"):
        db.create_engine(path)
