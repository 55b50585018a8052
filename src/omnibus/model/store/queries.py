"""Reading and writing rows, inside a transaction from `Store.write()` or `Store.read()`; records in, records out.

The service never sees a row: these functions turn rows into the frozen records of `omnibus.model.records`.
Statements used on every change are built once, here, so SQLAlchemy compiles each of them once per process.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, delete, func, insert, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AnswerValue, AssessmentSummary, AttachmentRef, Draft, Json, Profile
from omnibus.model.store.tables import (
    answers_table,
    assessments_table,
    attachments_table,
    audit_table,
    drafts_table,
    edition_files_table,
    editions_table,
    profile_table,
    time_text,
)

_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
"""One encoder for every value: `json.dumps` with options builds a new one per call (a merge writes thousands)."""


def dumps(value: Json) -> str | None:
    """Canonical JSON text of a value (None stays NULL).

    Whole numbers and booleans are written as the encoder writes them, without it: for anything but a string it
    builds its machinery anew on every call, which made a whole number cost six times a text."""
    if value is None:
        return None
    kind = type(value)
    if kind is int:
        return str(value)
    if kind is bool:
        return "true" if value else "false"
    return _CANONICAL.encode(value)


def loads(raw: str | None) -> Json:
    return None if raw is None else json.loads(raw)


def stored_value(raw: str | None) -> AnswerValue | None:
    """An answer's value as stored. Every value reaches the answers table through `values.normalize` (the service
    writes nothing else), so it is read back as the canonical type without checking it again on every open."""
    return cast("AnswerValue | None", loads(raw))


def _location(raw: str | None) -> tuple[int | str, ...]:
    """Where a draft's problem is: entry or row index, then field or column id; () when not stored."""
    found = loads(raw)
    return tuple(p for p in found if isinstance(p, int | str)) if isinstance(found, list) else ()


# -- profile


def load_profile(conn: Connection) -> Profile | None:
    row = conn.execute(select(profile_table)).mappings().first()
    if row is None:
        return None
    return Profile(row["country"], row["institution"], row["focal_point"], row["contact"])


def save_profile(conn: Connection, profile: Profile, now: datetime) -> None:
    values = {
        "id": 1,
        "country": profile.country,
        "institution": profile.institution,
        "focal_point": profile.focal_point,
        "contact": profile.contact,
        "updated": now,
    }
    statement = sqlite_insert(profile_table).values(values)
    conn.execute(statement.on_conflict_do_update(index_elements=["id"], set_=values))


# -- questionnaire editions


def store_edition(conn: Connection, questionnaire: Questionnaire, now: datetime) -> None:
    """Keep the questionnaire's source files (once per edition), so its assessments can always be reopened."""
    known = conn.execute(
        select(editions_table.c.content_hash).where(editions_table.c.content_hash == questionnaire.content_hash)
    ).first()
    if known is not None:
        return
    conn.execute(
        insert(editions_table).values(
            content_hash=questionnaire.content_hash,
            questionnaire_id=questionnaire.id,
            version=questionnaire.version,
            stored=now,
        )
    )
    conn.execute(
        insert(edition_files_table),
        [
            {"content_hash": questionnaire.content_hash, "position": n, "name": f.name, "content": f.content}
            for n, f in enumerate(questionnaire.files)
        ],
    )


def edition_files(conn: Connection, content_hash: str) -> list[tuple[str, bytes]]:
    rows = conn.execute(
        select(edition_files_table.c.name, edition_files_table.c.content)
        .where(edition_files_table.c.content_hash == content_hash)
        .order_by(edition_files_table.c.position)
    ).all()
    return [(str(name), bytes(content)) for name, content in rows]


# -- assessments


def _summary(row: Any) -> AssessmentSummary:
    return AssessmentSummary(
        id=row["id"],
        questionnaire_id=row["questionnaire_id"],
        questionnaire_version=row["questionnaire_version"],
        questionnaire_hash=row["questionnaire_hash"],
        country=row["country"],
        institution=row["institution"],
        focal_point=row["focal_point"],
        cycle=row["cycle"] or str(row["created"].year),  # made before every assessment was given a cycle
        status=row["status"],
        training=bool(row["training"]),
        created=row["created"],
        updated=row["updated"],
        carried_from=row["carried_from"],
        archived=row["archived_at"],
    )


def insert_assessment(conn: Connection, summary: AssessmentSummary) -> None:
    conn.execute(
        insert(assessments_table).values(
            id=summary.id,
            questionnaire_id=summary.questionnaire_id,
            questionnaire_version=summary.questionnaire_version,
            questionnaire_hash=summary.questionnaire_hash,
            country=summary.country,
            institution=summary.institution,
            focal_point=summary.focal_point,
            cycle=summary.cycle,
            status=summary.status,
            training=summary.training,
            created=summary.created,
            updated=summary.updated,
            carried_from=summary.carried_from,
            archived_at=summary.archived,
        )
    )


def assessment(conn: Connection, assessment_id: str) -> AssessmentSummary | None:
    row = conn.execute(select(assessments_table).where(assessments_table.c.id == assessment_id)).mappings().first()
    return None if row is None else _summary(row)


def assessments(conn: Connection) -> list[AssessmentSummary]:
    rows = conn.execute(select(assessments_table).order_by(assessments_table.c.created, assessments_table.c.id))
    return [_summary(r) for r in rows.mappings()]


def ids_starting_with(conn: Connection, prefix: str) -> list[str]:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute(
        select(assessments_table.c.id).where(assessments_table.c.id.like(escaped + "%", escape="\\")).limit(10)
    )
    return [str(r[0]) for r in rows]


def update_assessment(conn: Connection, assessment_id: str, **fields: Any) -> None:
    conn.execute(update(assessments_table).where(assessments_table.c.id == assessment_id).values(**fields))


def touch(conn: Connection, assessment_id: str, now: datetime) -> None:
    """Record the time of the assessment's last change."""
    _driver(conn).execute("UPDATE assessments SET updated = ? WHERE id = ?", (time_text(now), assessment_id))


def delete_assessment(conn: Connection, assessment_id: str) -> None:
    conn.execute(delete(answers_table).where(answers_table.c.assessment_id == assessment_id))
    conn.execute(delete(drafts_table).where(drafts_table.c.assessment_id == assessment_id))
    conn.execute(
        update(assessments_table).where(assessments_table.c.carried_from == assessment_id).values(carried_from=None)
    )
    conn.execute(delete(assessments_table).where(assessments_table.c.id == assessment_id))


# -- answers


_SELECT_ANSWERS = """SELECT item_id, value, comment, answered_by, institution, answered_at, language, origin, confirmed
                      FROM answers WHERE assessment_id = ?"""


def load_answers(conn: Connection, assessment_id: str) -> dict[str, Answer]:
    """Every stored answer of an assessment (read on the driver: this is what opening an assessment costs)."""
    when = datetime.fromisoformat
    return {
        item_id: Answer(
            item_id, stored_value(value), comment, by, institution, when(at), language, origin, bool(confirmed)
        )
        for item_id, value, comment, by, institution, at, language, origin, confirmed in _driver(conn).execute(
            _SELECT_ANSWERS, (assessment_id,)
        )
    }


_UPSERT_ANSWER = """
    INSERT INTO answers (assessment_id, item_id, value, comment, answered_by, institution, answered_at, language,
                         origin, confirmed)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (assessment_id, item_id) DO UPDATE SET
        value = excluded.value, comment = excluded.comment, answered_by = excluded.answered_by,
        institution = excluded.institution, answered_at = excluded.answered_at, language = excluded.language,
        origin = excluded.origin, confirmed = excluded.confirmed"""


def _driver(conn: Connection) -> Any:
    """The sqlite3 connection under `conn`, for the few statements run on every change.

    They run inside the same transaction; going to the driver directly saves SQLAlchemy's per-statement
    bookkeeping, which would otherwise cost more than the commit itself on a fast disk.
    """
    return conn.connection.driver_connection


def _answer_row(assessment_id: str, answer: Answer, times: dict[datetime, str] | None = None) -> tuple[Any, ...]:
    """The row of `answer`; `times` keeps the text of times already written (a merge's answers share one)."""
    if answer.answered_at is None:
        raise ValueError("an answer to store needs its time")
    known = None if times is None else times.get(answer.answered_at)
    when = known if known is not None else time_text(answer.answered_at)
    if times is not None and known is None:
        times[answer.answered_at] = when
    return (
        assessment_id,
        answer.item_id,
        dumps(answer.value),
        answer.comment,
        answer.answered_by,
        answer.institution,
        when,
        answer.language,
        answer.origin,
        1 if answer.confirmed else 0,
    )


def put_answer(conn: Connection, assessment_id: str, answer: Answer) -> None:
    """Insert or replace the stored answer (or comment) of one item."""
    _driver(conn).execute(_UPSERT_ANSWER, _answer_row(assessment_id, answer))


def put_answers(conn: Connection, assessment_id: str, answers: Iterable[Answer]) -> None:
    """Several answers in one statement run (a merged contribution brings hundreds)."""
    times: dict[datetime, str] = {}
    _driver(conn).executemany(_UPSERT_ANSWER, [_answer_row(assessment_id, a, times) for a in answers])


def delete_answer(conn: Connection, assessment_id: str, item_id: str) -> None:
    """Remove one item's answer (clearing an answer without a comment: as frequent as giving one)."""
    _driver(conn).execute(_DELETE_ANSWER, (assessment_id, item_id))


def delete_answers(conn: Connection, assessment_id: str, item_ids: Iterable[str]) -> None:
    """The answers of several items, in one statement run (those a merged contribution removed)."""
    _driver(conn).executemany(_DELETE_ANSWER, [(assessment_id, item_id) for item_id in item_ids])


_DELETE_ANSWER = "DELETE FROM answers WHERE assessment_id = ? AND item_id = ?"


def rename_answer(conn: Connection, assessment_id: str, old: str, new: str) -> None:
    conn.execute(
        update(answers_table)
        .where(answers_table.c.assessment_id == assessment_id, answers_table.c.item_id == old)
        .values(item_id=new)
    )


# -- drafts


def load_drafts(conn: Connection, assessment_id: str) -> dict[str, Draft]:
    """Every draft of an assessment: input kept as typed while it is not a valid answer."""
    rows = conn.execute(
        select(drafts_table.c.item_id, drafts_table.c.value, drafts_table.c.problem, drafts_table.c.location,
               drafts_table.c.updated_at).where(drafts_table.c.assessment_id == assessment_id)
    )  # fmt: skip
    return {
        item_id: Draft(item_id, loads(value), problem, _location(location), at)
        for item_id, value, problem, location, at in rows
    }


_UPSERT_DRAFT = """
    INSERT INTO drafts (assessment_id, item_id, value, problem, location, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (assessment_id, item_id) DO UPDATE SET
        value = excluded.value, problem = excluded.problem, location = excluded.location,
        updated_at = excluded.updated_at"""


def put_draft(conn: Connection, assessment_id: str, draft: Draft) -> None:
    """Insert or replace the draft of one item (on the driver, like answers: it is written on every keystroke)."""
    if draft.saved_at is None:
        raise ValueError("a draft to store needs its time")
    _driver(conn).execute(
        _UPSERT_DRAFT,
        (
            assessment_id,
            draft.item_id,
            dumps(draft.value),
            draft.problem,
            dumps(list(draft.where)),
            time_text(draft.saved_at),
        ),
    )


_DELETE_DRAFT = "DELETE FROM drafts WHERE assessment_id = ? AND item_id = ?"


def delete_draft(conn: Connection, assessment_id: str, item_id: str) -> None:
    _driver(conn).execute(_DELETE_DRAFT, (assessment_id, item_id))


def delete_drafts(conn: Connection, assessment_id: str, item_ids: Iterable[str]) -> None:
    """The drafts of several items, in one statement run (those a merge replaced with answers)."""
    _driver(conn).executemany(_DELETE_DRAFT, [(assessment_id, item_id) for item_id in item_ids])


# -- audit log


_INSERT_AUDIT = """INSERT INTO audit_log (at, user, assessment_id, item_id, action, old_value, new_value)
                   VALUES (?, ?, ?, ?, ?, ?, ?)"""


def audit(
    conn: Connection,
    at: datetime,
    user: str,
    action: str,
    assessment_id: str | None,
    item_id: str | None = None,
    old: Json = None,
    new: Json = None,
) -> None:
    """Append one entry to the audit log (triggers make the log append-only)."""
    _driver(conn).execute(_INSERT_AUDIT, (time_text(at), user, assessment_id, item_id, action, dumps(old), dumps(new)))


def audit_items(
    conn: Connection,
    at: datetime,
    user: str,
    action: str,
    assessment_id: str,
    changes: Iterable[tuple[str, Json, Json]],
) -> None:
    """One audit entry per (item, old value, new value), in one statement run."""
    when = time_text(at)
    _driver(conn).executemany(
        _INSERT_AUDIT,
        [(when, user, assessment_id, item_id, action, dumps(old), dumps(new)) for item_id, old, new in changes],
    )


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    user: str
    action: str
    assessment_id: str | None
    item_id: str | None
    old: Json
    new: Json


def audit_entries(conn: Connection, assessment_id: str | None = None) -> list[AuditEntry]:
    statement = select(audit_table).order_by(audit_table.c.id)
    if assessment_id is not None:
        statement = statement.where(audit_table.c.assessment_id == assessment_id)
    return [
        AuditEntry(r.at, r.user, r.action, r.assessment_id, r.item_id, loads(r.old_value), loads(r.new_value))
        for r in conn.execute(statement)
    ]


# -- attachments


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_attachment(conn: Connection, data: bytes, name: str, media_type: str, now: datetime) -> AttachmentRef:
    """Store a file's bytes once, named by their SHA-256; the returned reference carries this name and type."""
    digest = sha256(data)
    conn.execute(
        sqlite_insert(attachments_table)
        .values(sha256=digest, name=name, media_type=media_type, size=len(data), content=data, stored=now)
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    return AttachmentRef(digest, name, media_type, len(data))


def attachment(conn: Connection, digest: str) -> AttachmentRef | None:
    row = conn.execute(
        select(
            attachments_table.c.sha256,
            attachments_table.c.name,
            attachments_table.c.media_type,
            attachments_table.c.size,
        ).where(attachments_table.c.sha256 == digest)
    ).first()
    return None if row is None else AttachmentRef(row[0], row[1], row[2], row[3])


def attachment_content(conn: Connection, digest: str) -> bytes | None:
    row = conn.execute(select(attachments_table.c.content).where(attachments_table.c.sha256 == digest)).first()
    return None if row is None else bytes(row[0])


def attachment_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(attachments_table)).scalar_one())


_still_used = text(
    """SELECT 1 FROM answers, json_each(answers.value) AS entry
       WHERE answers.value LIKE '%' || :sha || '%'
         AND json_valid(answers.value) AND json_type(answers.value) = 'array'
         AND json_type(entry.value) = 'object' AND json_extract(entry.value, '$.sha256') = :sha
       LIMIT 1"""
)


def collect_garbage(conn: Connection, candidates: Iterable[str]) -> list[str]:
    """Delete the stored files among `candidates` that no answer names any more; the digests deleted."""
    removed = []
    for digest in set(candidates):
        if conn.execute(_still_used, {"sha": digest}).first() is None:
            conn.execute(delete(attachments_table).where(attachments_table.c.sha256 == digest))
            removed.append(digest)
    return sorted(removed)
