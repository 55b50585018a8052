"""Rows of the working-together tables (revision 5) in and out, inside a transaction from `Store.write()`/`read()`.

Records in, records out, as in `queries.py`: the service never sees a row.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from omnibus.model.collaboration import (
    Assignment,
    AssignmentCopy,
    Conflict,
    Entry,
    Institution,
    Provenance,
    Resolution,
    SignOff,
)
from omnibus.model.records import Answer
from omnibus.model.store.queries import dumps, stored_value
from omnibus.model.store.tables import (
    assignment_copies_table,
    assignment_items_table,
    assignments_table,
    conflicts_table,
    contributions_table,
    institutions_table,
    provenance_table,
    received_answers_table,
    sign_offs_table,
)


def _raw(conn: Connection) -> Any:
    """The sqlite3 connection under `conn`, for the bulk statements of a merge (hundreds of rows each): inside
    the same transaction, without SQLAlchemy's per-row bookkeeping, which would cost more than the writing."""
    return conn.connection.driver_connection


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _day_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _ids(raw: str) -> tuple[str, ...]:
    return tuple(str(x) for x in json.loads(raw))


# -- institutions


def institutions(conn: Connection) -> list[Institution]:
    rows = conn.execute(select(institutions_table).order_by(institutions_table.c.name)).mappings()
    return [Institution(r["name"], r["contact"], r["fingerprint"], r["trusted_at"]) for r in rows]


def institution(conn: Connection, name: str) -> Institution | None:
    row = conn.execute(select(institutions_table).where(institutions_table.c.name == name)).mappings().first()
    return None if row is None else Institution(row["name"], row["contact"], row["fingerprint"], row["trusted_at"])


def ensure_institution(conn: Connection, name: str, contact: str) -> None:
    """Add the institution if new; a contact given replaces the one known."""
    statement = sqlite_insert(institutions_table).values(name=name, contact=contact, trusted_by="")
    if contact:
        statement = statement.on_conflict_do_update(index_elements=["name"], set_={"contact": contact})
    else:
        statement = statement.on_conflict_do_nothing(index_elements=["name"])
    conn.execute(statement)


def trust_key(conn: Connection, name: str, fingerprint: str, by: str, now: datetime) -> None:
    conn.execute(
        update(institutions_table)
        .where(institutions_table.c.name == name)
        .values(fingerprint=fingerprint, trusted_at=now, trusted_by=by)
    )


# -- assignments


def insert_assignment(conn: Connection, assignment: Assignment) -> None:
    conn.execute(
        insert(assignments_table).values(
            id=assignment.id,
            assessment_id=assignment.assessment_id,
            institution=assignment.institution,
            contact=assignment.contact,
            sections=json.dumps(list(assignment.sections)),
            deadline=_day_text(assignment.deadline),
            note=assignment.note,
            assigned_by=assignment.assigned_by,
            assigned_at=assignment.assigned_at,
            reminder_of=assignment.reminder_of,
        )
    )
    rows = [
        {
            "assignment_id": assignment.id,
            "item_id": item_id,
            "base_value": dumps(assignment.base.get(item_id, Entry(None)).value),
            "base_comment": assignment.base.get(item_id, Entry(None)).comment,
        }
        for item_id in assignment.items
    ]
    if rows:
        conn.execute(insert(assignment_items_table), rows)


def assignments(conn: Connection, assessment_id: str) -> list[Assignment]:
    """The assessment's assignments, oldest first, each with its items and base answers."""
    rows = list(
        conn.execute(
            select(assignments_table)
            .where(assignments_table.c.assessment_id == assessment_id)
            .order_by(assignments_table.c.assigned_at, assignments_table.c.id)
        ).mappings()
    )
    items: dict[str, dict[str, Entry]] = {r["id"]: {} for r in rows}
    if rows:
        for assignment_id, item_id, value, comment in conn.execute(
            select(
                assignment_items_table.c.assignment_id,
                assignment_items_table.c.item_id,
                assignment_items_table.c.base_value,
                assignment_items_table.c.base_comment,
            ).where(assignment_items_table.c.assignment_id.in_(list(items)))
        ):
            items[assignment_id][item_id] = Entry(stored_value(value), comment)
    return [_assignment(r, items[r["id"]]) for r in rows]


def assignment(conn: Connection, assignment_id: str) -> Assignment | None:
    """One assignment with its items and base answers (items in the order stored)."""
    row = conn.execute(select(assignments_table).where(assignments_table.c.id == assignment_id)).mappings().first()
    if row is None:
        return None
    base = {
        item_id: Entry(stored_value(value), comment)
        for item_id, value, comment in _raw(conn).execute(
            "SELECT item_id, base_value, base_comment FROM assignment_items WHERE assignment_id = ?", (assignment_id,)
        )
    }
    return _assignment(row, base)


def _assignment(row: Any, base: dict[str, Entry]) -> Assignment:
    return Assignment(
        id=row["id"],
        assessment_id=row["assessment_id"],
        institution=row["institution"],
        contact=row["contact"],
        sections=_ids(row["sections"]),
        items=tuple(base),
        deadline=_day(row["deadline"]),
        note=row["note"],
        assigned_by=row["assigned_by"],
        assigned_at=row["assigned_at"],
        base=base,
        reminder_of=row["reminder_of"],
    )


# -- contributions merged


def contribution_digest(conn: Connection, contribution_id: str) -> str | None:
    return conn.execute(
        select(contributions_table.c.digest).where(contributions_table.c.id == contribution_id)
    ).scalar_one_or_none()


def round_digest(conn: Connection, assignment_id: str, round_number: int) -> str | None:
    return conn.execute(
        select(contributions_table.c.digest).where(
            contributions_table.c.assignment_id == assignment_id, contributions_table.c.round == round_number
        )
    ).scalar_one_or_none()


def newest_round(conn: Connection, assignment_id: str) -> int | None:
    return conn.execute(
        select(func.max(contributions_table.c.round)).where(contributions_table.c.assignment_id == assignment_id)
    ).scalar_one_or_none()


def insert_contribution(conn: Connection, **values: Any) -> None:
    conn.execute(insert(contributions_table).values(**values))


def rounds_received(conn: Connection, assignment_ids: list[str]) -> dict[str, tuple[int, datetime]]:
    """Newest round and when it was imported, per assignment."""
    found: dict[str, tuple[int, datetime]] = {}
    for assignment_id, round_number, imported in conn.execute(
        select(contributions_table.c.assignment_id, contributions_table.c.round, contributions_table.c.imported_at)
        .where(contributions_table.c.assignment_id.in_(assignment_ids))
        .order_by(contributions_table.c.round)
    ):
        found[assignment_id] = (round_number, imported)
    return found


def received(conn: Connection, assignment_id: str) -> dict[str, Entry]:
    """The last answer the assignment's institution sent, per item: the base of its next round."""
    return {
        item_id: Entry(stored_value(value), comment)
        for item_id, value, comment in conn.execute(
            select(
                received_answers_table.c.item_id, received_answers_table.c.value, received_answers_table.c.comment
            ).where(received_answers_table.c.assignment_id == assignment_id)
        )
    }


_UPSERT_RECEIVED = """
    INSERT INTO received_answers (assignment_id, item_id, value, comment, round) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (assignment_id, item_id) DO UPDATE SET
        value = excluded.value, comment = excluded.comment, round = excluded.round"""


def put_received(conn: Connection, assignment_id: str, rows: dict[str, Entry], round_number: int) -> None:
    _raw(conn).executemany(
        _UPSERT_RECEIVED, [(assignment_id, k, dumps(e.value), e.comment, round_number) for k, e in rows.items()]
    )


# -- provenance


def provenance(conn: Connection, assessment_id: str, answers: Mapping[str, Answer]) -> dict[str, Provenance]:
    """Who gave and who accepted each of `answers`: the contribution it was accepted from while it is still the
    answer accepted (same value and comment), else the user and institution that gave it on this laptop."""
    rows = provenance_rows(conn, assessment_id)
    found: dict[str, Provenance] = {}
    for item_id, answer in answers.items():
        row = rows.get(item_id)
        if row is not None and row["value"] == dumps(answer.value) and row["comment"] == answer.comment:
            found[item_id] = Provenance(
                item_id,
                row["institution"],
                row["person"],
                row["given_at"],
                row["accepted_by"],
                row["accepted_at"],
                row["fingerprint"],
                row["contribution_id"],
                row["round"],
            )
        else:
            found[item_id] = Provenance(
                item_id,
                answer.institution,
                answer.answered_by,
                answer.answered_at,
                answer.answered_by,
                answer.answered_at,
            )
    return found


def provenance_rows(conn: Connection, assessment_id: str) -> dict[str, Any]:
    return {
        r["item_id"]: r
        for r in conn.execute(
            select(provenance_table).where(provenance_table.c.assessment_id == assessment_id)
        ).mappings()
    }


_PROVENANCE_COLUMNS = (
    "assessment_id",
    "item_id",
    "institution",
    "person",
    "fingerprint",
    "contribution_id",
    "round",
    "given_at",
    "value",
    "comment",
    "accepted_by",
    "accepted_at",
)
_UPSERT_PROVENANCE = (
    f"INSERT INTO provenance ({', '.join(_PROVENANCE_COLUMNS)}) VALUES ({', '.join('?' * len(_PROVENANCE_COLUMNS))}) "
    "ON CONFLICT (assessment_id, item_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _PROVENANCE_COLUMNS[2:])
)


def provenance_origins(
    conn: Connection, assessment_id: str, items: list[str]
) -> dict[str, tuple[str, str | None, str]]:
    """Per item of `items`: the institution that gave the answer accepted, and that answer's value (JSON) and
    comment."""
    found: dict[str, tuple[str, str | None, str]] = {}
    raw = _raw(conn)
    for start in range(0, len(items), 500):  # well under SQLite's limit of bound parameters
        chunk = items[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for item_id, institution, value, comment in raw.execute(
            "SELECT item_id, institution, value, comment FROM provenance "
            f"WHERE assessment_id = ? AND item_id IN ({marks})",
            (assessment_id, *chunk),
        ):
            found[item_id] = (institution, value, comment)
    return found


def put_provenance(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Rows by column name, times already written as text (`time_text`): a merge writes hundreds at once."""
    _raw(conn).executemany(_UPSERT_PROVENANCE, [tuple(row[c] for c in _PROVENANCE_COLUMNS) for row in rows])


def delete_provenance(conn: Connection, assessment_id: str, item_id: str) -> None:
    conn.execute(
        delete(provenance_table).where(
            provenance_table.c.assessment_id == assessment_id, provenance_table.c.item_id == item_id
        )
    )


# -- conflicts


def _conflict(row: Any) -> Conflict:
    return Conflict(
        id=row["id"],
        assessment_id=row["assessment_id"],
        item_id=row["item_id"],
        base=Entry(stored_value(row["base_value"]), row["base_comment"]),
        mine=Entry(stored_value(row["mine_value"]), row["mine_comment"]),
        mine_from="",
        theirs=Entry(stored_value(row["theirs_value"]), row["theirs_comment"]),
        institution=row["institution"],
        person=row["person"],
        fingerprint=row["fingerprint"],
        contribution_id=row["contribution_id"],
        round=row["round"],
        given_at=row["given_at"],
        raised_at=row["raised_at"],
        resolved_at=row["resolved_at"],
        resolved_by=row["resolved_by"],
        resolution=row["resolution"],
    )


def conflicts(conn: Connection, assessment_id: str, *, include_resolved: bool = False) -> list[Conflict]:
    query = select(conflicts_table).where(conflicts_table.c.assessment_id == assessment_id)
    if not include_resolved:
        query = query.where(conflicts_table.c.resolved_at.is_(None))
    return [_conflict(r) for r in conn.execute(query.order_by(conflicts_table.c.id)).mappings()]


def open_conflict_of(conn: Connection, assessment_id: str, item_id: str, assignment_id: str) -> int | None:
    return conn.execute(
        select(conflicts_table.c.id).where(
            conflicts_table.c.assessment_id == assessment_id,
            conflicts_table.c.item_id == item_id,
            conflicts_table.c.assignment_id == assignment_id,
            conflicts_table.c.resolved_at.is_(None),
        )
    ).scalar_one_or_none()


def raise_conflict(conn: Connection, replacing: int | None, values: dict[str, Any]) -> None:
    """A new conflict, or the open one of the same item and assignment updated to the newer round."""
    if replacing is None:
        conn.execute(insert(conflicts_table).values(**values))
    else:
        conn.execute(update(conflicts_table).where(conflicts_table.c.id == replacing).values(**values))


def resolve_conflicts(conn: Connection, ids: list[int], resolution: Resolution, by: str, now: datetime) -> None:
    conn.execute(
        update(conflicts_table)
        .where(conflicts_table.c.id.in_(ids))
        .values(resolved_at=now, resolved_by=by, resolution=resolution)
    )


# -- sign-offs


def sign_offs(conn: Connection, assessment_id: str) -> list[SignOff]:
    rows = conn.execute(
        select(sign_offs_table)
        .where(sign_offs_table.c.assessment_id == assessment_id)
        .order_by(sign_offs_table.c.section_id, sign_offs_table.c.institution)
    ).mappings()
    return [
        SignOff(
            r["section_id"],
            r["name"],
            r["function"],
            date.fromisoformat(r["signed_on"]),
            r["institution"],
            r["recorded_at"],
            r["contribution_id"],
        )
        for r in rows
    ]


def put_sign_offs(conn: Connection, assessment_id: str, signed: list[SignOff]) -> None:
    if not signed:
        return
    statement = sqlite_insert(sign_offs_table)
    columns = ("name", "function", "signed_on", "recorded_at", "contribution_id")
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["assessment_id", "section_id", "institution"],
            set_={c: statement.excluded[c] for c in columns},
        ),
        [
            {
                "assessment_id": assessment_id,
                "section_id": s.section_id,
                "institution": s.institution,
                "name": s.name,
                "function": s.function,
                "signed_on": s.signed_on.isoformat(),
                "recorded_at": s.recorded_at,
                "contribution_id": s.contribution_id,
            }
            for s in signed
        ],
    )


# -- assignment copies (the institution's side)


def insert_copy(conn: Connection, copy: AssignmentCopy) -> None:
    conn.execute(
        insert(assignment_copies_table).values(
            assessment_id=copy.assessment_id,
            assignment_id=copy.assignment_id,
            source_assessment_id=copy.source_assessment_id,
            institution=copy.institution,
            contact=copy.contact,
            assigned_by=copy.assigned_by,
            assigned_by_institution=copy.assigned_by_institution,
            signer=copy.signer,
            sections=json.dumps(list(copy.sections)),
            items=json.dumps(list(copy.items)),
            deadline=_day_text(copy.deadline),
            note=copy.note,
            opened_at=copy.opened_at,
            last_round=copy.last_round,
        )
    )


def _copy(row: Any) -> AssignmentCopy:
    return AssignmentCopy(
        assessment_id=row["assessment_id"],
        assignment_id=row["assignment_id"],
        source_assessment_id=row["source_assessment_id"],
        institution=row["institution"],
        contact=row["contact"],
        assigned_by=row["assigned_by"],
        assigned_by_institution=row["assigned_by_institution"],
        signer=row["signer"],
        sections=_ids(row["sections"]),
        items=_ids(row["items"]),
        deadline=_day(row["deadline"]),
        note=row["note"],
        opened_at=row["opened_at"],
        last_round=row["last_round"],
    )


def copy_of(conn: Connection, assessment_id: str) -> AssignmentCopy | None:
    row = (
        conn.execute(select(assignment_copies_table).where(assignment_copies_table.c.assessment_id == assessment_id))
        .mappings()
        .first()
    )
    return None if row is None else _copy(row)


def copy_for_assignment(conn: Connection, assignment_id: str) -> AssignmentCopy | None:
    row = (
        conn.execute(select(assignment_copies_table).where(assignment_copies_table.c.assignment_id == assignment_id))
        .mappings()
        .first()
    )
    return None if row is None else _copy(row)


def set_last_round(conn: Connection, assessment_id: str, round_number: int) -> None:
    conn.execute(
        update(assignment_copies_table)
        .where(assignment_copies_table.c.assessment_id == assessment_id)
        .values(last_round=round_number)
    )
