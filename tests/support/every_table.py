"""One row (or more) in every table of the local store, written and read through the store's own query modules.

The same calls ran on the store as it was when it went through SQLAlchemy; what that wrote (`every_table.sql`) and
read back (`every_table_reads.txt`) are kept in tests/model/fixtures, so that a test can check that the store
writes the same file and reads an old file the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, cast

from omnibus.model.collaboration import Assignment, AssignmentCopy, Entry, SignOff
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.receipt_records import ExportedPackage, StoredReceipt
from omnibus.model.records import Answer, AssessmentSummary, Draft, Profile
from omnibus.model.store import assignment_queries as aq
from omnibus.model.store import contribution_queries as cq
from omnibus.model.store import queries, receipt_queries
from omnibus.model.store.times import time_text

T0 = datetime(2024, 3, 1, 10, 0, 0, 123456, tzinfo=UTC)
PARIS = timedelta(hours=1)
A = "a" * 32
B = "b" * 32
ASSIGNMENT = "c" * 32
CONTRIBUTION = "d" * 32
PACKAGE = "e" * 64
KEY = "f" * 64


@dataclass(frozen=True)
class _File:
    name: str
    content: bytes


@dataclass(frozen=True)
class _Edition:
    """What `store_edition` reads of a questionnaire."""

    id: str
    version: str
    content_hash: str
    files: tuple[_File, ...]


EDITION = _Edition("untoc", "2025.1", "9" * 64, (_File("untoc.yaml", b"id: untoc\n"), _File("fr.po", b"\x00\xff")))


def _at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _summary(assessment_id: str, *, carried_from: str | None = None, archived: datetime | None = None) -> Any:
    return AssessmentSummary(
        id=assessment_id,
        questionnaire_id=EDITION.id,
        questionnaire_version=EDITION.version,
        questionnaire_hash=EDITION.content_hash,
        country="KEN",
        institution="Ministère de la Justice",
        focal_point="Ann «Ø» 王",
        cycle="2025" if carried_from else "",
        status="final" if archived else "draft",
        training=archived is not None,
        created=_at(1),
        updated=_at(2).astimezone(timezone(PARIS)),
        carried_from=carried_from,
        archived=archived,
    )


def write_every_table(tx: Any) -> None:
    """Every write function of the store's query modules, on values that show each conversion (times in other
    zones, None, booleans, JSON with non-ASCII text and nested lists, bytes that are not text)."""
    queries.save_profile(tx, Profile("KEN", "Ministère", "Ann", "ann@example.org"), _at(0))
    queries.store_edition(tx, cast(Questionnaire, EDITION), _at(0))
    queries.store_edition(tx, cast(Questionnaire, EDITION), _at(5))  # kept once
    queries.insert_assessment(tx, _summary(A))
    queries.insert_assessment(tx, _summary(B, carried_from=A, archived=_at(3)))
    queries.update_assessment(tx, B, cycle="2026", institution="Parquet")
    queries.touch(tx, A, _at(4))
    answers = [
        Answer("text", "Code pénal, art. 3 — «ok» 法律", "see", "ann", "Ministère", _at(6), "fr", "entered", True),
        Answer("number", 42, "", "ann", "", _at(7).astimezone(UTC), None, "carried_forward", False),
        Answer("decimal", 2.5, "", "ann", "", _at(8), "ar", "imported", True),
        Answer("yes_no", True, "", "ann", "", _at(9), "en", "entered", True),
        Answer("list", {"codes": ["a", "b"], "other": "é"}, "", "ann", "", _at(10), None, "entered", True),
        Answer("comment_only", None, "only a comment", "ann", "", _at(11), "en", "entered", True),
        Answer("renamed_old", "x", "", "ann", "", _at(12), None, "entered", True),
        Answer("gone", "y", "", "ann", "", _at(12), None, "entered", True),
    ]
    for answer in answers:
        queries.put_answer(tx, A, answer)
    queries.put_answers(
        tx,
        B,
        [
            Answer("text", "merged", "", "Bob", "Parquet", _at(13), None, "imported", True),
            Answer("number", 7, "", "Bob", "Parquet", _at(13), None, "imported", True),
        ],
    )
    queries.delete_answer(tx, A, "gone")
    queries.delete_answers(tx, B, ["number"])
    queries.rename_answer(tx, A, "renamed_old", "renamed_new")
    queries.put_draft(tx, A, Draft("laws", [{"title": "Code", "date": "12/03/2010"}], "the date", (0, "date"), _at(14)))
    queries.put_draft(tx, A, Draft("cases", "forty", "not a number", (), _at(15)))
    queries.put_draft(tx, B, Draft("cases", "x", "p", (), _at(15)))
    queries.delete_draft(tx, B, "cases")
    queries.put_draft(tx, A, Draft("gone", "1", "p", (), _at(15)))
    queries.delete_drafts(tx, A, ["gone"])
    document = queries.put_attachment(tx, b"%PDF-1.4\x00\xff", "loi.pdf", "application/pdf", _at(16))
    queries.put_attachment(tx, b"%PDF-1.4\x00\xff", "other-name.pdf", "application/pdf", _at(17))  # kept once
    unused = queries.put_attachment(tx, b"unused", "unused.txt", "text/plain", _at(17))
    used: dict[str, str | int] = {
        "media_type": "application/pdf",
        "name": "loi.pdf",
        "sha256": document.sha256,
        "size": document.size,
    }
    queries.put_answer(tx, A, Answer("documents", [used], "", "ann", "", _at(18), None, "entered", True))
    queries.collect_garbage(tx, [document.sha256, unused.sha256])
    queries.audit(tx, _at(19), "ann", "create", A)
    queries.audit(tx, _at(20), "ann", "answer", A, "text", None, {"é": [1, 2.5, None, True]})
    queries.audit(tx, _at(21), "ann", "profile", None)
    queries.audit_items(tx, _at(22), "ann", "merge", A, [("text", "a", "b"), ("number", 1, None)])

    aq.ensure_institution(tx, "Parquet", "")
    aq.ensure_institution(tx, "Parquet", "parquet@example.org")
    aq.ensure_institution(tx, "Parquet", "")  # keeps the contact known
    aq.ensure_institution(tx, "Police", "")
    aq.trust_key(tx, "Parquet", KEY, "ann", _at(23))
    base = {"text": Entry("before", "c"), "number": Entry(None, "")}
    aq.insert_assignment(
        tx,
        Assignment(ASSIGNMENT, A, "Parquet", "p@example.org", ("s1", "s2"), ("text", "number", "yes_no"),
                   date(2025, 6, 30), "a note", "ann", _at(24), base, None),
    )  # fmt: skip
    aq.insert_assignment(
        tx, Assignment("r" * 32, A, "Police", "", (), (), None, "", "ann", _at(25), {}, ASSIGNMENT)
    )  # fmt: skip
    aq.insert_copy(
        tx,
        AssignmentCopy(B, ASSIGNMENT, A, "Parquet", "p@example.org", "ann", "Ministère", KEY, ("s1",),
                       ("text", "number"), date(2025, 6, 30), "note", _at(26), 0),
    )  # fmt: skip
    aq.set_last_round(tx, B, 2)

    cq.insert_contribution(
        tx,
        id=CONTRIBUTION,
        assignment_id=ASSIGNMENT,
        institution="Parquet",
        person="Bob",
        fingerprint=KEY,
        round=1,
        created=_at(27),
        digest="0" * 64,
        imported_at=_at(28),
        imported_by="ann",
    )
    cq.put_received(tx, ASSIGNMENT, {"text": Entry("theirs", ""), "yes_no": Entry(False, "no")}, 1)
    cq.put_received(tx, ASSIGNMENT, {"text": Entry("theirs again", "")}, 2)
    provenance = {
        "assessment_id": A,
        "item_id": "text",
        "institution": "Parquet",
        "person": "Bob",
        "fingerprint": KEY,
        "contribution_id": CONTRIBUTION,
        "round": 1,
        "given_at": time_text(_at(27)),
        "value": queries.dumps("Code pénal, art. 3 — «ok» 法律"),
        "comment": "see",
        "accepted_by": "ann",
        "accepted_at": time_text(_at(28)),
    }
    cq.put_provenance(tx, [provenance, {**provenance, "item_id": "yes_no", "value": "true", "comment": ""}])
    cq.put_provenance(tx, [{**provenance, "item_id": "gone", "value": "1"}])
    cq.delete_provenance(tx, A, "gone")
    conflict = {
        "assessment_id": A,
        "item_id": "number",
        "assignment_id": ASSIGNMENT,
        "institution": "Parquet",
        "person": "Bob",
        "fingerprint": KEY,
        "contribution_id": CONTRIBUTION,
        "round": 1,
        "given_at": None,
        "base_value": None,
        "base_comment": "",
        "mine_value": "42",
        "mine_comment": "",
        "theirs_value": "43",
        "theirs_comment": "theirs",
        "raised_at": _at(29),
        "resolved_at": None,
        "resolved_by": "",
        "resolution": None,
    }
    cq.raise_conflicts(tx, [(None, conflict), (None, {**conflict, "item_id": "decimal", "given_at": _at(27)})])
    cq.raise_conflicts(tx, [(1, {**conflict, "round": 2, "theirs_value": "44", "raised_at": _at(30)})])
    cq.resolve_conflicts(tx, [2], "combined", "ann", _at(31))
    cq.resolve_conflicts(tx, [], "mine", "ann", _at(31))
    cq.put_sign_offs(
        tx,
        A,
        [
            SignOff("s1", "Head", "Director", date(2025, 5, 1), "Parquet", _at(32), CONTRIBUTION),
            SignOff("s2", "Head", "", date(2025, 5, 2), "", _at(32), None),
        ],
    )
    cq.put_sign_offs(tx, A, [SignOff("s1", "New head", "Director", date(2025, 5, 3), "Parquet", _at(33), None)])

    receipt_queries.add_export(tx, ExportedPackage(PACKAGE, A, "KEN-2025.omnibus", _at(34)))
    receipt_queries.add_export(tx, ExportedPackage(PACKAGE, A, "again.omnibus", _at(35)))  # the first is kept
    receipt_queries.add_export(tx, ExportedPackage("7" * 64, B, "", _at(35)))
    stored = StoredReceipt(PACKAGE, A, "KEN-2025.omnibus", "pending", "", _at(36), _at(36), "UNODC", _at(37))
    receipt_queries.put_receipt(tx, stored, b"first")
    receipt_queries.put_receipt(tx, StoredReceipt(PACKAGE, A, "", "accepted", "complete", _at(38), _at(38),
                                                  "UNODC", _at(39)), b"\x00receipt\xff")  # fmt: skip


def read_every_table(tx: Any) -> list[str]:
    """Every read function of the store's query modules, as text (one line each) to compare with what the store
    read when it went through SQLAlchemy."""
    found: list[object] = [
        queries.load_profile(tx),
        queries.edition_files(tx, EDITION.content_hash),
        queries.assessments(tx),
        queries.assessment(tx, B),
        queries.assessment(tx, "nothing"),
        queries.ids_starting_with(tx, "a"),
        queries.ids_starting_with(tx, "%"),
        sorted(queries.load_answers(tx, A).items()),
        sorted(queries.load_answers(tx, B).items()),
        sorted(queries.load_drafts(tx, A).items()),
        queries.audit_entries(tx),
        queries.audit_entries(tx, A),
        [queries.attachment(tx, d) for d in (queries.sha256(b"%PDF-1.4\x00\xff"), queries.sha256(b"unused"))],
        queries.attachment_content(tx, queries.sha256(b"%PDF-1.4\x00\xff")),
        queries.attachment_count(tx),
        aq.institutions(tx),
        aq.institution(tx, "Parquet"),
        aq.institution(tx, "nobody"),
        aq.assignments(tx, A),
        aq.assignment(tx, ASSIGNMENT),
        aq.assignment(tx, "nothing"),
        aq.copy_of(tx, B),
        aq.copy_for_assignment(tx, ASSIGNMENT),
        aq.copy_of(tx, A),
        cq.contribution_history(tx, CONTRIBUTION, ASSIGNMENT, 1),
        cq.contribution_history(tx, "other", ASSIGNMENT, 2),
        cq.rounds_received(tx, [ASSIGNMENT, "r" * 32]),
        sorted(cq.received(tx, ASSIGNMENT).items()),
        sorted(cq.provenance_of(cq.provenance_rows(tx, A), queries.load_answers(tx, A)).items()),
        sorted((k, sorted(dict(v).items())) for k, v in cq.provenance_rows(tx, A).items()),
        cq.provenance_origins(tx, A, ["text", "yes_no", "number"]),
        cq.conflicts(tx, A),
        cq.conflicts(tx, A, include_resolved=True),
        cq.open_conflicts_of(tx, A, ASSIGNMENT),
        cq.sign_offs(tx, A),
        receipt_queries.exported(tx, PACKAGE),
        receipt_queries.exported(tx, "nothing"),
        receipt_queries.receipts_of(tx, A),
        receipt_queries.receipt(tx, PACKAGE),
        receipt_queries.latest_receipts(tx),
    ]
    return [repr(x) for x in found]
