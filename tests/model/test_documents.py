"""Assessments managed like documents: cycle labels, duplicates, the next cycle, archive, delete and restore."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.cycle_labels import next_cycle, normalize_cycle
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService, DuplicateAssessment, InvalidCycle, NotFound
from omnibus.model.store import StorageError, Store
from tests.support.answers import first_digest


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2026", "2026"),
        (" 2026 ", "2026"),
        ("2026-2027", "2026-2027"),
        ("2026 – 2027", "2026-2027"),
        ("2026/2030", "2026-2030"),
        ("next year", None),
        ("", None),
        ("26", None),
        ("20266", None),
        ("2027-2026", None),
        ("2026-2026", None),
        ("2026-2040", None),
        ("1850", None),
        ("٢٠٢٦-٢٠٢٧", "2026-2027"),  # typed with Arabic-Indic digits, stored with the digits package names use
    ],
)
def test_cycle_labels(text: str, label: str | None) -> None:
    assert normalize_cycle(text) == label


@pytest.mark.parametrize(
    ("cycle", "taken", "proposal"),
    [
        ("2026", set(), "2027"),
        ("2026", {"2026", "2027"}, "2028"),
        ("2026-2027", set(), "2028-2029"),
        ("2026-2027", {"2028-2029"}, "2030-2031"),
        ("next year", set(), "2026"),
        ("", {"2026"}, "2027"),
    ],
)
def test_next_cycle(cycle: str, taken: set[str], proposal: str) -> None:
    assert next_cycle(cycle, taken, this_year=2026) == proposal


def test_a_free_text_cycle_is_refused_and_nothing_is_created(service: AssessmentService, q1: Questionnaire) -> None:
    with pytest.raises(InvalidCycle, match=r"a year such as 2026 .* not “next year”"):
        service.create_assessment(q1, country="KEN", cycle="next year")
    assert service.list_assessments() == []
    assert service.create_assessment(q1, country="KEN", cycle="2026 – 2027").cycle == "2026-2027"


def test_a_stored_odd_cycle_still_opens(service: AssessmentService, aid: str, store: Store) -> None:
    with store.write() as tx:
        tx.execute("UPDATE assessments SET cycle = 'next year' WHERE id = ?", (aid,))
    fresh = AssessmentService(store, service.catalogue, "tester")
    assert fresh.open_assessment(aid).cycle == "next year"
    fresh.set_answer(aid, "cases", 3)
    assert fresh.proposed_cycle(aid) == str(datetime.now().year)


def test_the_same_country_questionnaire_and_cycle_twice_is_refused_unless_asked(
    service: AssessmentService, aid: str, q1: Questionnaire
) -> None:
    with pytest.raises(DuplicateAssessment, match=rf"KEN already has an assessment of test-all-types .*{aid[:8]}") as e:
        service.create_assessment(q1, country="ken", cycle=" 2024")
    assert [s.id for s in e.value.existing] == [aid]
    assert len(service.list_assessments()) == 1
    # another cycle, another country, or a training exercise is not a duplicate
    service.create_assessment(q1, country="KEN", cycle="2025")
    service.create_assessment(q1, country="PER", cycle="2024")
    service.create_assessment(q1, country="KEN", cycle="2024", training=True)
    second = service.create_assessment(q1, country="KEN", cycle="2024", allow_duplicate=True)
    assert {s.id for s in service.duplicates(q1.id, "KEN", "2024")} == {aid, second.id}


def test_an_archived_assessment_still_counts_as_a_duplicate(
    service: AssessmentService, aid: str, q1: Questionnaire
) -> None:
    service.archive(aid)
    with pytest.raises(DuplicateAssessment, match="archived"):
        service.create_assessment(q1, country="KEN", cycle="2024")


def test_carrying_forward_into_the_same_cycle_is_refused_and_the_next_one_proposed(
    service: AssessmentService, aid: str, q1: Questionnaire
) -> None:
    service.set_answer(aid, "cases", 12)
    assert service.proposed_cycle(aid) == "2025"
    with pytest.raises(DuplicateAssessment):
        service.carry_forward(aid, "2024", q1)
    with pytest.raises(InvalidCycle):
        service.carry_forward(aid, "next year", q1)
    assert len(service.list_assessments()) == 1
    later = service.carry_forward(aid, service.proposed_cycle(aid), q1)
    assert later.cycle == "2025"
    assert service.proposed_cycle(aid) == "2026"  # 2025 is taken now


def test_archive_and_unarchive(service: AssessmentService, aid: str, store: Store) -> None:
    archived = service.archive(aid)
    assert archived.archived is not None
    fresh = AssessmentService(store, service.catalogue, "tester")  # it is stored, not only remembered
    assert fresh.assessment(aid).archived == archived.archived
    assert fresh.answers(aid) == {}  # and it still opens
    assert service.unarchive(aid).archived is None
    assert [e.action for e in service.history(aid)] == ["create", "archive", "unarchive"]
    with pytest.raises(NotFound):
        service.archive("0" * 32)


def test_carrying_forward_an_archived_assessment_makes_a_listed_one(
    service: AssessmentService, aid: str, q1: Questionnaire
) -> None:
    service.archive(aid)
    assert service.carry_forward(aid, "2025", q1).archived is None


def test_delete_makes_a_backup_first_and_restoring_it_brings_the_assessment_back(
    service: AssessmentService, aid: str, store: Store, q1: Questionnaire
) -> None:
    service.set_answer(aid, "cases", 12)
    service.add_attachment(aid, "documents", b"%PDF law", "law.pdf", "application/pdf")
    saved = service.delete_assessment(aid)
    assert saved.is_file() and "before-delete" in saved.name
    assert service.list_assessments() == []
    assert service.backups()[0].path == saved and service.backups()[0].reason == "before-delete"
    undo = service.restore_backup(saved)
    assert "before-restore" in undo.name
    assert [s.id for s in service.list_assessments()] == [aid]
    cases, documents = service.answer(aid, "cases"), service.answer(aid, "documents")
    assert cases is not None and cases.value == 12
    digest = first_digest(documents)
    assert service.attachment_content(digest) == b"%PDF law"
    service.set_answer(aid, "cases", 13)  # the restored database is written to as usual
    store.close()
    reopened = Store.open(store.path)
    again = AssessmentService(reopened, service.catalogue, "t").answer(aid, "cases")
    assert again is not None and again.value == 13
    reopened.close()


def test_restoring_undoes_a_restore(service: AssessmentService, aid: str, q1: Questionnaire) -> None:
    saved = service.delete_assessment(aid)
    later = service.create_assessment(q1, country="KEN", cycle="2025").id
    undo = service.restore_backup(saved)
    assert [s.id for s in service.list_assessments()] == [aid]
    service.restore_backup(undo)
    assert [s.id for s in service.list_assessments()] == [later]


def test_nothing_is_deleted_when_the_backup_cannot_be_written(
    service: AssessmentService, aid: str, store: Store, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be")
    store.backup_folder = blocker
    with pytest.raises(StorageError, match="cannot write a backup"):
        service.delete_assessment(aid)
    assert [s.id for s in service.list_assessments()] == [aid]


def test_a_damaged_or_foreign_file_is_not_restored(service: AssessmentService, aid: str, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StorageError, match=r"damaged|not a backup"):
        service.restore_backup(garbage)
    foreign = tmp_path / "foreign.db"
    raw = sqlite3.connect(foreign)
    raw.execute("CREATE TABLE t (x)")
    raw.commit()
    raw.close()
    with pytest.raises(StorageError, match="not a backup of an omnibus database"):
        service.restore_backup(foreign)
    with pytest.raises(StorageError, match="there is no backup"):
        service.restore_backup(tmp_path / "missing.db")
    assert [s.id for s in service.list_assessments()] == [aid]
    assert service.answers(aid) == {}


def test_archive_time_comes_from_the_clock(store: Store, catalogue: Catalogue, q1: Questionnaire) -> None:
    moment = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    service = AssessmentService(store, catalogue, "tester", clock=lambda: moment)
    aid = service.create_assessment(q1, country="KEN", cycle="2026").id
    assert service.archive(aid).archived == moment


def test_a_backup_from_an_older_omnibus_is_upgraded_when_restored(
    service: AssessmentService, aid: str, q1: Questionnaire, tmp_path: Path
) -> None:
    from tests.model.test_migrations import _database_at_revision_1

    old = tmp_path / "old" / "assessments-20240301-100000-000000-daily.db"
    _database_at_revision_1(old, q1)
    service.restore_backup(old)
    assert [s.id for s in service.list_assessments()] == ["a1"]
    assert service.assessment("a1").archived is None
    cases = service.answer("a1", "cases")
    assert cases is not None and cases.value == 42
    service.archive("a1")  # the restored file has the newest schema
    assert service.assessment("a1").archived is not None
