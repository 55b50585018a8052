"""Resetting a workshop laptop: every training assessment and the key go after a backup; a real assessment in the
same database is untouched, byte for byte (its row, answers, drafts, audit entries and files)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from omnibus.export.keys import KeyStore
from omnibus.export.training_reset import reset_training
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from omnibus.model.training_samples import make_samples

PDF = b"%PDF-1.4 the curriculum\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "home" / "assessments.db")
    yield opened
    if opened.is_open:
        opened.close()


@pytest.fixture
def service(store: Store) -> AssessmentService:
    return AssessmentService(store, Catalogue.bundled(), "trainer", language="en")


def _rows(database: Path, assessment_id: str) -> dict[str, list[tuple[object, ...]]]:
    """Everything stored about one assessment, as the database file holds it."""
    with sqlite3.connect(database) as db:
        files = db.execute("SELECT * FROM attachments WHERE content = ?", (PDF,)).fetchall()
        return {
            "assessment": db.execute("SELECT * FROM assessments WHERE id = ?", (assessment_id,)).fetchall(),
            "answers": db.execute(
                "SELECT * FROM answers WHERE assessment_id = ? ORDER BY item_id", (assessment_id,)
            ).fetchall(),
            "drafts": db.execute("SELECT * FROM drafts WHERE assessment_id = ?", (assessment_id,)).fetchall(),
            "audit": db.execute(
                "SELECT * FROM audit_log WHERE assessment_id = ? ORDER BY id", (assessment_id,)
            ).fetchall(),
            "files": files,
            "profile": db.execute("SELECT * FROM profile").fetchall(),
        }


def _fill(service: AssessmentService, assessment_id: str) -> None:
    service.set_answers(assessment_id, {"wd_institutions_exist": "yes", "wd_officials_trained": 12})
    service.set_comment(assessment_id, "wd_institutions_exist", "Police academy")
    service.add_attachment(assessment_id, "wd_curriculum_files", PDF, "curriculum.pdf", "application/pdf")
    service.save_draft(assessment_id, "wd_donor_share", "12,x", "not a number")


def test_reset_removes_training_only_and_leaves_a_real_assessment_byte_for_byte(
    service: AssessmentService, store: Store, tmp_path: Path
) -> None:
    real = service.create_assessment("workshop-demo", country="KEN", cycle="2025", institution="Ministry of Justice")
    _fill(service, real.id)
    make_samples(service, "fr")
    trainee = service.create_assessment("workshop-demo", country="KEN", cycle="2025", training=True)
    _fill(service, trainee.id)  # the same file as the real one: it must stay, the real answer names it
    before = _rows(store.path, real.id)
    keys = KeyStore(tmp_path / "keys", installation="laptop-1")
    keys.create("a long passphrase")

    outcome = reset_training(service, keys, tmp_path / "backups")

    assert len(outcome.removed) == 5 and all(s.training for s in outcome.removed)
    assert [s.id for s in service.list_assessments()] == [real.id]
    assert _rows(store.path, real.id) == before
    files = service.answers(real.id)["wd_curriculum_files"].value
    assert isinstance(files, list) and isinstance(files[0], dict)
    assert service.attachment_content(str(files[0]["sha256"])) == PDF
    assert outcome.backup is not None and outcome.backup.is_file()
    assert outcome.key_kept and keys.exists(), "the key that signs the real assessment stays"


def test_reset_of_a_training_only_laptop_moves_the_key_away_and_the_backup_restores(
    service: AssessmentService, tmp_path: Path
) -> None:
    make_samples(service, "en")
    keys = KeyStore(tmp_path / "keys", installation="laptop-1")
    fingerprint = keys.create("a long passphrase").fingerprint

    outcome = reset_training(service, keys, tmp_path / "backups")

    assert service.list_assessments() == []
    assert not keys.exists(), "the next trainee makes a key of their own"
    assert outcome.key_moved_to is not None
    assert KeyStore(outcome.key_moved_to).fingerprint() == fingerprint
    assert outcome.backup is not None
    service.restore_backup(outcome.backup)
    assert len(service.list_assessments()) == 4, "the backup holds what the reset removed"


def test_reset_with_nothing_to_remove_makes_no_backup(service: AssessmentService, tmp_path: Path) -> None:
    outcome = reset_training(service, KeyStore(tmp_path / "keys"), tmp_path / "backups")
    assert outcome.backup is None and outcome.removed == () and outcome.key_moved_to is None
