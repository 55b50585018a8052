"""Schema migrations: a database at revision 1, full of data, opens at head with every row intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService
from omnibus.model.store import StorageError, Store, backups, migrate
from omnibus.model.store.tables import metadata

T = "2024-03-01T10:00:00.000000+00:00"


def _database_at_revision_1(path: Path, q: Questionnaire) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    migrate.upgrade(lambda: sqlite3.connect(path, isolation_level=None), "0001")
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO profile VALUES (1, 'KEN', 'Ministry', 'Ann', 'ann@example.org', ?)", (T,))
    raw.execute("INSERT INTO editions VALUES (?, ?, ?, ?)", (q.content_hash, q.id, q.version, T))
    for n, f in enumerate(q.files):
        raw.execute("INSERT INTO edition_files VALUES (?, ?, ?, ?)", (q.content_hash, n, f.name, f.content))
    raw.execute(
        "INSERT INTO assessments VALUES ('a1', ?, ?, ?, 'KEN', 'Ministry', 'Ann', '2022', 'draft', 0, ?, ?, NULL)",
        (q.id, q.version, q.content_hash, T, T),
    )
    rows = [
        ("criminalized", '"in_place"', "see the Penal Code"),
        ("has_unit", '"yes"', ""),
        ("cases", "42", ""),
        ("documents", '[{"media_type":"application/pdf","name":"law.pdf","sha256":"%s","size":4}]' % ("d" * 64), ""),
    ]
    for item_id, value, comment in rows:
        raw.execute(
            "INSERT INTO answers VALUES ('a1', ?, ?, ?, 'ann', 'Ministry', ?, 'en', 'entered')",
            (item_id, value, comment, T),
        )
    raw.execute("INSERT INTO attachments VALUES (?, 'law.pdf', 4, X'25504446', ?)", ("d" * 64, T))
    raw.execute(
        "INSERT INTO audit_log (at, user, assessment_id, item_id, action) VALUES (?, 'ann', 'a1', NULL, 'create')", (T,)
    )
    raw.commit()
    raw.close()


def _differences_from_the_tables(database: Path, **options: Any) -> list[Any]:
    """What Alembic's autogenerate finds between the file's schema and `tables.py` (on a connection of its own)."""
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(database))
    try:
        with engine.connect() as connection:
            return list(compare_metadata(MigrationContext.configure(connection, opts=options), metadata))
    finally:
        engine.dispose()


def test_revision_1_database_is_backed_up_and_upgraded_with_data_intact(db_path: Path, q1: Questionnaire) -> None:
    _database_at_revision_1(db_path, q1)
    store = Store.open(db_path)
    assert store.migrated_from == "0001"
    made = backups.backups(store.backup_folder, db_path.stem)
    assert any("before-migration" in p.name for p in made)
    before = sqlite3.connect(next(p for p in made if "before-migration" in p.name))
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    before.close()

    with store.read() as tx:
        assert migrate.current(tx) == migrate.head()
        assert tx.execute("SELECT media_type FROM attachments").fetchone()[0] == "application/octet-stream"
    service = AssessmentService(store, Catalogue(()), "tester")
    answers = service.answers("a1")
    assert {k: a.value for k, a in answers.items()} == {
        "criminalized": "in_place",
        "has_unit": "yes",
        "cases": 42,
        "documents": [{"media_type": "application/pdf", "name": "law.pdf", "sha256": "d" * 64, "size": 4}],
    }
    assert all(a.confirmed and a.origin == "entered" and a.answered_by == "ann" for a in answers.values())
    assert answers["criminalized"].comment == "see the Penal Code"
    profile = service.profile()
    assert profile is not None and profile.contact == "ann@example.org"
    assert service.questionnaire("a1").content_hash == q1.content_hash
    assert service.assessment("a1").archived is None  # revision 3: nothing was archived before
    assert service.attachment_content("d" * 64) == b"%PDF"
    # the upgraded database is fully usable, and the new column works
    service.set_answer("a1", "cases", 43)
    service.save_draft("a1", "laws", [{"title": "Penal Code", "date": "12/03/2010"}], "the date", (0, "date"))
    assert service.drafts("a1")["laws"].where == (0, "date")  # and so does the drafts table
    assert [e.action for e in service.history("a1")] == ["create", "answer"]
    assert store.integrity_check() == []
    store.close()
    Store.open(db_path).close()  # and opens again without migrating


def test_new_database_is_created_at_head_matching_the_tables(store: Store) -> None:
    with store.read() as tx:
        assert migrate.current(tx) == migrate.head() == "0006"
        triggers = {r[0] for r in tx.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert triggers == {"audit_log_no_update", "audit_log_no_delete"}
    assert _differences_from_the_tables(store.path, render_as_batch=True) == []


def test_revision_1_upgraded_matches_the_tables_too(db_path: Path, q1: Questionnaire) -> None:
    _database_at_revision_1(db_path, q1)
    Store.open(db_path).close()
    assert _differences_from_the_tables(db_path) == []


def test_a_failed_upgrade_leaves_the_file_as_it_was(
    db_path: Path, q1: Questionnaire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole upgrade is one transaction (transactional DDL through BEGIN IMMEDIATE)."""
    _database_at_revision_1(db_path, q1)
    from alembic import op

    original = op.batch_alter_table

    def failing(table: str, *args: Any, **kwargs: Any) -> Any:
        if table == "attachments":  # after `answers` was altered
            raise RuntimeError("power cut in the middle of the upgrade")
        return original(table, *args, **kwargs)

    monkeypatch.setattr(op, "batch_alter_table", failing)
    with pytest.raises(StorageError, match=r"upgrading the database .* failed: .*power cut.* unchanged"):
        Store.open(db_path)
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert "confirmed" not in {row[1] for row in raw.execute("PRAGMA table_info(answers)")}
    assert raw.execute("SELECT count(*) FROM answers").fetchone() == (4,)
    raw.close()
    monkeypatch.undo()
    store = Store.open(db_path)  # and it upgrades once the cause is gone
    assert store.migrated_from == "0001"
    store.close()


def test_head_constant_matches_the_migration_scripts() -> None:
    from omnibus.model.store import migrate

    assert migrate.head() == migrate.HEAD
