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
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from omnibus.model.collaboration import Assignment, AssignmentCopy, Entry, Institution
from omnibus.model.store.collaboration_rows import driver, entry
from omnibus.model.store.queries import dumps
from omnibus.model.store.tables import (
    assignment_copies_table,
    assignment_items_table,
    assignments_table,
    institutions_table,
)


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


_institution = select(institutions_table).where(institutions_table.c.name == bindparam("name"))


def institution(conn: Connection, name: str) -> Institution | None:
    row = conn.execute(_institution, {"name": name}).mappings().first()
    return None if row is None else Institution(row["name"], row["contact"], row["fingerprint"], row["trusted_at"])


_add_institution = sqlite_insert(institutions_table).values(
    name=bindparam("name"), contact=bindparam("contact"), trusted_by=""
)
_add_or_update_institution = _add_institution.on_conflict_do_update(
    index_elements=["name"], set_={"contact": _add_institution.excluded.contact}
)
_add_institution_once = _add_institution.on_conflict_do_nothing(index_elements=["name"])


def ensure_institution(conn: Connection, name: str, contact: str) -> None:
    """Add the institution if new; a contact given replaces the one known."""
    statement = _add_or_update_institution if contact else _add_institution_once
    conn.execute(statement, {"name": name, "contact": contact})


_trust_key = (
    update(institutions_table)
    .where(institutions_table.c.name == bindparam("institution"))
    .values(
        fingerprint=bindparam("key"),
        trusted_at=bindparam("at", type_=institutions_table.c.trusted_at.type),
        trusted_by=bindparam("by"),
    )
)


def trust_key(conn: Connection, name: str, fingerprint: str, by: str, now: datetime) -> None:
    conn.execute(_trust_key, {"institution": name, "key": fingerprint, "at": now, "by": by})


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
            items[assignment_id][item_id] = entry(value, comment)
    return [_assignment(r, items[r["id"]]) for r in rows]


def assignment(conn: Connection, assignment_id: str) -> Assignment | None:
    """One assignment with its items and base answers (items in the order stored)."""
    row = conn.execute(select(assignments_table).where(assignments_table.c.id == assignment_id)).mappings().first()
    if row is None:
        return None
    base = {
        item_id: entry(value, comment)
        for item_id, value, comment in driver(conn).execute(
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
