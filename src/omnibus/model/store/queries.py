"""Reading and writing rows, inside a transaction from `Store.write()` or `Store.read()`; records in, records out.

The service never sees a row: these functions turn rows into the frozen records of `omnibus.model.records`.
Every statement is plain SQL on the standard library's `sqlite3` with `?` parameters (a value is never written
into the SQL text); `sqlite3` keeps each statement prepared, so the ones run on every change are compiled once.
The columns are declared in `tables.py`; times go through `times.py`, values through `dumps`/`loads`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from sqlite3 import Connection
from typing import TYPE_CHECKING, Any, cast

from omnibus.model.records import Answer, AnswerValue, AssessmentSummary, AttachmentRef, Draft, Json, Profile
from omnibus.model.store.times import stored_time, stored_time_or_none, time_or_none, time_text

if TYPE_CHECKING:
    from omnibus.model.questionnaire import Questionnaire
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
    row = conn.execute("SELECT country, institution, focal_point, contact FROM profile").fetchone()
    return None if row is None else Profile(*row)


def save_profile(conn: Connection, profile: Profile, now: datetime) -> None:
    conn.execute(
        """INSERT INTO profile (id, country, institution, focal_point, contact, updated) VALUES (1, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET
               country = excluded.country, institution = excluded.institution, focal_point = excluded.focal_point,
               contact = excluded.contact, updated = excluded.updated""",
        (profile.country, profile.institution, profile.focal_point, profile.contact, time_text(now)),
    )


# -- questionnaire editions


def store_edition(conn: Connection, questionnaire: Questionnaire, now: datetime) -> None:
    """Keep the questionnaire's source files (once per edition), so its assessments can always be reopened."""
    digest = questionnaire.content_hash
    if conn.execute("SELECT content_hash FROM editions WHERE content_hash = ?", (digest,)).fetchone() is not None:
        return
    conn.execute(
        "INSERT INTO editions (content_hash, questionnaire_id, version, stored) VALUES (?, ?, ?, ?)",
        (digest, questionnaire.id, questionnaire.version, time_text(now)),
    )
    conn.executemany(
        "INSERT INTO edition_files (content_hash, position, name, content) VALUES (?, ?, ?, ?)",
        [(digest, n, f.name, f.content) for n, f in enumerate(questionnaire.files)],
    )


def edition_files(conn: Connection, content_hash: str) -> list[tuple[str, bytes]]:
    rows = conn.execute(
        "SELECT name, content FROM edition_files WHERE content_hash = ? ORDER BY position", (content_hash,)
    )
    return [(str(name), bytes(content)) for name, content in rows]


# -- assessments

_ASSESSMENT_COLUMNS = """id, questionnaire_id, questionnaire_version, questionnaire_hash, country, institution,
    focal_point, cycle, status, training, created, updated, carried_from, archived_at"""


def _summary(row: tuple[Any, ...]) -> AssessmentSummary:
    (aid, qid, version, digest, country, institution, focal_point, cycle, status, training, created, updated,
     carried_from, archived) = row  # fmt: skip
    made = stored_time(created)
    return AssessmentSummary(
        id=aid,
        questionnaire_id=qid,
        questionnaire_version=version,
        questionnaire_hash=digest,
        country=country,
        institution=institution,
        focal_point=focal_point,
        cycle=cycle or str(made.year),  # made before every assessment was given a cycle
        status=status,
        training=bool(training),
        created=made,
        updated=stored_time(updated),
        carried_from=carried_from,
        archived=stored_time_or_none(archived),
    )


def insert_assessment(conn: Connection, summary: AssessmentSummary) -> None:
    conn.execute(
        f"INSERT INTO assessments ({_ASSESSMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            summary.id,
            summary.questionnaire_id,
            summary.questionnaire_version,
            summary.questionnaire_hash,
            summary.country,
            summary.institution,
            summary.focal_point,
            summary.cycle,
            summary.status,
            1 if summary.training else 0,
            time_text(summary.created),
            time_text(summary.updated),
            summary.carried_from,
            time_or_none(summary.archived),
        ),
    )


def assessment(conn: Connection, assessment_id: str) -> AssessmentSummary | None:
    row = conn.execute(f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,)).fetchone()
    return None if row is None else _summary(row)


def assessments(conn: Connection) -> list[AssessmentSummary]:
    rows = conn.execute(f"SELECT {_ASSESSMENT_COLUMNS} FROM assessments ORDER BY created, id")
    return [_summary(r) for r in rows]


def ids_starting_with(conn: Connection, prefix: str) -> list[str]:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute("SELECT id FROM assessments WHERE id LIKE ? ESCAPE '\\' LIMIT 10", (escaped + "%",))
    return [str(r[0]) for r in rows]


_UPDATABLE: dict[str, Callable[[Any], Any] | None] = {
    "questionnaire_id": None,
    "questionnaire_version": None,
    "questionnaire_hash": None,
    "country": None,
    "institution": None,
    "focal_point": None,
    "cycle": None,
    "status": None,
    "training": lambda on: 1 if on else 0,
    "updated": time_text,
    "carried_from": None,
    "created": time_text,
    "archived_at": time_or_none,
}
"""The columns `update_assessment` may change (their names are the only text put into its SQL), and how each
value is stored."""


def update_assessment(conn: Connection, assessment_id: str, **fields: Any) -> None:
    if not fields:
        return
    unknown = set(fields) - set(_UPDATABLE)
    if unknown:
        raise ValueError(f"assessments have no column to change named {', '.join(sorted(unknown))}")
    names = list(fields)
    values = [value if (stored := _UPDATABLE[n]) is None else stored(value) for n, value in fields.items()]
    assignments = ", ".join(f"{name} = ?" for name in names)
    conn.execute(f"UPDATE assessments SET {assignments} WHERE id = ?", (*values, assessment_id))


def touch(conn: Connection, assessment_id: str, now: datetime) -> None:
    """Record the time of the assessment's last change."""
    conn.execute("UPDATE assessments SET updated = ? WHERE id = ?", (time_text(now), assessment_id))


def delete_assessment(conn: Connection, assessment_id: str) -> None:
    conn.execute("DELETE FROM answers WHERE assessment_id = ?", (assessment_id,))
    conn.execute("DELETE FROM drafts WHERE assessment_id = ?", (assessment_id,))
    conn.execute("UPDATE assessments SET carried_from = NULL WHERE carried_from = ?", (assessment_id,))
    conn.execute("DELETE FROM assessments WHERE id = ?", (assessment_id,))


# -- answers


_SELECT_ANSWERS = """SELECT item_id, value, comment, answered_by, institution, answered_at, language, origin, confirmed
                      FROM answers WHERE assessment_id = ?"""


def load_answers(conn: Connection, assessment_id: str) -> dict[str, Answer]:
    """Every stored answer of an assessment (this is what opening an assessment costs)."""
    when = datetime.fromisoformat
    return {
        item_id: Answer(
            item_id, stored_value(value), comment, by, institution, when(at), language, origin, bool(confirmed)
        )
        for item_id, value, comment, by, institution, at, language, origin, confirmed in conn.execute(
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
    conn.execute(_UPSERT_ANSWER, _answer_row(assessment_id, answer))


def put_answers(conn: Connection, assessment_id: str, answers: Iterable[Answer]) -> None:
    """Several answers in one statement run (a merged contribution brings hundreds)."""
    times: dict[datetime, str] = {}
    conn.executemany(_UPSERT_ANSWER, [_answer_row(assessment_id, a, times) for a in answers])


def delete_answer(conn: Connection, assessment_id: str, item_id: str) -> None:
    """Remove one item's answer (clearing an answer without a comment: as frequent as giving one)."""
    conn.execute(_DELETE_ANSWER, (assessment_id, item_id))


def delete_answers(conn: Connection, assessment_id: str, item_ids: Iterable[str]) -> None:
    """The answers of several items, in one statement run (those a merged contribution removed)."""
    conn.executemany(_DELETE_ANSWER, [(assessment_id, item_id) for item_id in item_ids])


_DELETE_ANSWER = "DELETE FROM answers WHERE assessment_id = ? AND item_id = ?"


def rename_answer(conn: Connection, assessment_id: str, old: str, new: str) -> None:
    conn.execute("UPDATE answers SET item_id = ? WHERE assessment_id = ? AND item_id = ?", (new, assessment_id, old))


# -- drafts


def load_drafts(conn: Connection, assessment_id: str) -> dict[str, Draft]:
    """Every draft of an assessment: input kept as typed while it is not a valid answer."""
    rows = conn.execute(
        "SELECT item_id, value, problem, location, updated_at FROM drafts WHERE assessment_id = ?", (assessment_id,)
    )
    return {
        item_id: Draft(item_id, loads(value), problem, _location(location), stored_time(at))
        for item_id, value, problem, location, at in rows
    }


_UPSERT_DRAFT = """
    INSERT INTO drafts (assessment_id, item_id, value, problem, location, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (assessment_id, item_id) DO UPDATE SET
        value = excluded.value, problem = excluded.problem, location = excluded.location,
        updated_at = excluded.updated_at"""


def put_draft(conn: Connection, assessment_id: str, draft: Draft) -> None:
    """Insert or replace the draft of one item (it is written on every keystroke)."""
    if draft.saved_at is None:
        raise ValueError("a draft to store needs its time")
    conn.execute(
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
    conn.execute(_DELETE_DRAFT, (assessment_id, item_id))


def delete_drafts(conn: Connection, assessment_id: str, item_ids: Iterable[str]) -> None:
    """The drafts of several items, in one statement run (those a merge replaced with answers)."""
    conn.executemany(_DELETE_DRAFT, [(assessment_id, item_id) for item_id in item_ids])


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
    conn.execute(_INSERT_AUDIT, (time_text(at), user, assessment_id, item_id, action, dumps(old), dumps(new)))


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
    conn.executemany(
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


_SELECT_AUDIT = "SELECT at, user, action, assessment_id, item_id, old_value, new_value FROM audit_log"


def audit_entries(conn: Connection, assessment_id: str | None = None) -> list[AuditEntry]:
    if assessment_id is None:
        rows = conn.execute(f"{_SELECT_AUDIT} ORDER BY id")
    else:
        rows = conn.execute(f"{_SELECT_AUDIT} WHERE assessment_id = ? ORDER BY id", (assessment_id,))
    return [
        AuditEntry(stored_time(at), user, action, aid, item_id, loads(old), loads(new))
        for at, user, action, aid, item_id, old, new in rows
    ]


# -- attachments


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_attachment(conn: Connection, data: bytes, name: str, media_type: str, now: datetime) -> AttachmentRef:
    """Store a file's bytes once, named by their SHA-256; the returned reference carries this name and type."""
    digest = sha256(data)
    conn.execute(
        """INSERT INTO attachments (sha256, name, size, content, stored, media_type) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (sha256) DO NOTHING""",
        (digest, name, len(data), data, time_text(now), media_type),
    )
    return AttachmentRef(digest, name, media_type, len(data))


def attachment(conn: Connection, digest: str) -> AttachmentRef | None:
    row = conn.execute("SELECT sha256, name, media_type, size FROM attachments WHERE sha256 = ?", (digest,)).fetchone()
    return None if row is None else AttachmentRef(*row)


def attachment_content(conn: Connection, digest: str) -> bytes | None:
    row = conn.execute("SELECT content FROM attachments WHERE sha256 = ?", (digest,)).fetchone()
    return None if row is None else bytes(row[0])


def attachment_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM attachments").fetchone()[0])


_STILL_USED = """SELECT 1 FROM answers, json_each(answers.value) AS entry
       WHERE answers.value LIKE '%' || :sha || '%'
         AND json_valid(answers.value) AND json_type(answers.value) = 'array'
         AND json_type(entry.value) = 'object' AND json_extract(entry.value, '$.sha256') = :sha
       LIMIT 1"""


def collect_garbage(conn: Connection, candidates: Iterable[str]) -> list[str]:
    """Delete the stored files among `candidates` that no answer names any more; the digests deleted."""
    removed = []
    for digest in set(candidates):
        if conn.execute(_STILL_USED, {"sha": digest}).fetchone() is None:
            conn.execute("DELETE FROM attachments WHERE sha256 = ?", (digest,))
            removed.append(digest)
    return sorted(removed)
