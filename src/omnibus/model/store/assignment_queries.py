"""Rows of the institutions, assignments and assignment-copy tables (revision 5) in and out, inside a transaction
from `Store.write()`/`read()`.

What is handed out: the focal point's side records institutions and the assignments it gives them; the
institution's side records its local copy of an assignment it answers. What comes back (rounds, provenance,
conflicts, sign-offs) is in `contribution_queries`. Records in, records out, as in `queries.py`: the service never
sees a row.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from sqlite3 import Connection
from typing import Any

from omnibus.model.collaboration import Assignment, AssignmentCopy, Entry, Institution
from omnibus.model.store.collaboration_rows import entry, named_rows
from omnibus.model.store.queries import dumps
from omnibus.model.store.times import stored_time, stored_time_or_none, time_text


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _day_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _ids(raw: str) -> tuple[str, ...]:
    return tuple(str(x) for x in json.loads(raw))


# -- institutions

_SELECT_INSTITUTIONS = "SELECT name, contact, fingerprint, trusted_at FROM institutions"


def _institution(row: tuple[Any, ...]) -> Institution:
    name, contact, fingerprint, trusted_at = row
    return Institution(name, contact, fingerprint, stored_time_or_none(trusted_at))


def institutions(conn: Connection) -> list[Institution]:
    return [_institution(r) for r in conn.execute(f"{_SELECT_INSTITUTIONS} ORDER BY name")]


def institution(conn: Connection, name: str) -> Institution | None:
    row = conn.execute(f"{_SELECT_INSTITUTIONS} WHERE name = ?", (name,)).fetchone()
    return None if row is None else _institution(row)


_ADD_INSTITUTION = "INSERT INTO institutions (name, contact, trusted_by) VALUES (?, ?, '') ON CONFLICT (name) DO "


def ensure_institution(conn: Connection, name: str, contact: str) -> None:
    """Add the institution if new; a contact given replaces the one known."""
    then = "UPDATE SET contact = excluded.contact" if contact else "NOTHING"
    conn.execute(_ADD_INSTITUTION + then, (name, contact))


def trust_key(conn: Connection, name: str, fingerprint: str, by: str, now: datetime) -> None:
    conn.execute(
        "UPDATE institutions SET fingerprint = ?, trusted_at = ?, trusted_by = ? WHERE name = ?",
        (fingerprint, time_text(now), by, name),
    )


# -- assignments


def insert_assignment(conn: Connection, assignment: Assignment) -> None:
    conn.execute(
        """INSERT INTO assignments (id, assessment_id, institution, contact, sections, deadline, note, assigned_by,
                                    assigned_at, reminder_of)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            assignment.id,
            assignment.assessment_id,
            assignment.institution,
            assignment.contact,
            json.dumps(list(assignment.sections)),
            _day_text(assignment.deadline),
            assignment.note,
            assignment.assigned_by,
            time_text(assignment.assigned_at),
            assignment.reminder_of,
        ),
    )
    nothing = Entry(None)
    conn.executemany(
        "INSERT INTO assignment_items (assignment_id, item_id, base_value, base_comment) VALUES (?, ?, ?, ?)",
        [
            (assignment.id, item_id, dumps(base.value), base.comment)
            for item_id in assignment.items
            for base in (assignment.base.get(item_id, nothing),)
        ],
    )


_SELECT_ASSIGNMENTS = """SELECT id, assessment_id, institution, contact, sections, deadline, note, assigned_by,
                                assigned_at, reminder_of FROM assignments"""
_SELECT_ITEMS = "SELECT item_id, base_value, base_comment FROM assignment_items WHERE assignment_id = ?"


def assignments(conn: Connection, assessment_id: str) -> list[Assignment]:
    """The assessment's assignments, oldest first, each with its items and base answers."""
    rows = conn.execute(
        f"{_SELECT_ASSIGNMENTS} WHERE assessment_id = ? ORDER BY assigned_at, id", (assessment_id,)
    ).fetchall()
    return [_assignment(r, _base(conn, r[0])) for r in rows]


def assignment(conn: Connection, assignment_id: str) -> Assignment | None:
    """One assignment with its items and base answers (items in the order stored)."""
    row = conn.execute(f"{_SELECT_ASSIGNMENTS} WHERE id = ?", (assignment_id,)).fetchone()
    return None if row is None else _assignment(row, _base(conn, assignment_id))


def _base(conn: Connection, assignment_id: str) -> dict[str, Entry]:
    return {item_id: entry(value, comment) for item_id, value, comment in conn.execute(_SELECT_ITEMS, (assignment_id,))}


def _assignment(row: tuple[Any, ...], base: dict[str, Entry]) -> Assignment:
    aid, assessment_id, institution, contact, sections, deadline, note, assigned_by, assigned_at, reminder_of = row
    return Assignment(
        id=aid,
        assessment_id=assessment_id,
        institution=institution,
        contact=contact,
        sections=_ids(sections),
        items=tuple(base),
        deadline=_day(deadline),
        note=note,
        assigned_by=assigned_by,
        assigned_at=stored_time(assigned_at),
        base=base,
        reminder_of=reminder_of,
    )


# -- assignment copies (the institution's side)

_COPY_COLUMNS = """assessment_id, assignment_id, source_assessment_id, institution, contact, assigned_by,
    assigned_by_institution, signer, sections, items, deadline, note, opened_at, last_round"""


def insert_copy(conn: Connection, copy: AssignmentCopy) -> None:
    conn.execute(
        f"INSERT INTO assignment_copies ({_COPY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            copy.assessment_id,
            copy.assignment_id,
            copy.source_assessment_id,
            copy.institution,
            copy.contact,
            copy.assigned_by,
            copy.assigned_by_institution,
            copy.signer,
            json.dumps(list(copy.sections)),
            json.dumps(list(copy.items)),
            _day_text(copy.deadline),
            copy.note,
            time_text(copy.opened_at),
            copy.last_round,
        ),
    )


def _copy(row: dict[str, Any]) -> AssignmentCopy:
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
        opened_at=stored_time(row["opened_at"]),
        last_round=row["last_round"],
    )


def copy_of(conn: Connection, assessment_id: str) -> AssignmentCopy | None:
    rows = named_rows(conn, f"SELECT {_COPY_COLUMNS} FROM assignment_copies WHERE assessment_id = ?", (assessment_id,))
    return _copy(rows[0]) if rows else None


def copy_for_assignment(conn: Connection, assignment_id: str) -> AssignmentCopy | None:
    rows = named_rows(conn, f"SELECT {_COPY_COLUMNS} FROM assignment_copies WHERE assignment_id = ?", (assignment_id,))
    return _copy(rows[0]) if rows else None


def set_last_round(conn: Connection, assessment_id: str, round_number: int) -> None:
    conn.execute("UPDATE assignment_copies SET last_round = ? WHERE assessment_id = ?", (round_number, assessment_id))
