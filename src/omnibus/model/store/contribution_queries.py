"""Rows of what comes back from institutions (revision 5) in and out, inside a transaction from
`Store.write()`/`read()`: contributions merged and the answers each round sent, the provenance of accepted answers,
conflicts and sign-offs.

What is handed out (institutions, assignments, copies) is in `assignment_queries`. Records in, records out, as in
`queries.py`: the service never sees a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from omnibus.model.collaboration import Conflict, Entry, Provenance, Resolution, SignOff
from omnibus.model.records import Answer
from omnibus.model.store.collaboration_rows import driver, entry
from omnibus.model.store.queries import dumps, stored_value
from omnibus.model.store.tables import (
    conflicts_table,
    contributions_table,
    provenance_table,
    received_answers_table,
    sign_offs_table,
)

# -- contributions merged


_history = select(
    contributions_table.c.id,
    contributions_table.c.assignment_id,
    contributions_table.c.round,
    contributions_table.c.digest,
).where(
    (contributions_table.c.assignment_id == bindparam("assignment")) | (contributions_table.c.id == bindparam("id"))
)


def contribution_history(
    conn: Connection, contribution_id: str, assignment_id: str, round_number: int
) -> tuple[str | None, str | None, int | None]:
    """In one query: the digest of the contribution merged under this id, the digest of the one merged for this
    assignment and round, and the assignment's newest round merged."""
    merged = same_round = newest = None
    rows = conn.execute(_history, {"assignment": assignment_id, "id": contribution_id})
    for found_id, found_assignment, found_round, digest in rows:
        if found_id == contribution_id:
            merged = digest
        if found_assignment != assignment_id:
            continue
        if found_round == round_number:
            same_round = digest
        newest = found_round if newest is None else max(newest, found_round)
    return merged, same_round, newest


_insert_contribution = insert(contributions_table)


def insert_contribution(conn: Connection, **values: Any) -> None:
    conn.execute(_insert_contribution, values)


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
        item_id: entry(value, comment)
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
    driver(conn).executemany(
        _UPSERT_RECEIVED, [(assignment_id, k, dumps(e.value), e.comment, round_number) for k, e in rows.items()]
    )


# -- provenance


def provenance_of(rows: Mapping[str, Any], answers: Mapping[str, Answer]) -> dict[str, Provenance]:
    """Who gave and who accepted each of `answers`, from the assessment's `provenance_rows`: the contribution it was
    accepted from while it is still the answer accepted (same value and comment), else the user and institution
    that gave it on this laptop."""
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


_provenance_values = itemgetter(*_PROVENANCE_COLUMNS)


def provenance_origins(
    conn: Connection, assessment_id: str, items: list[str]
) -> dict[str, tuple[str, str | None, str]]:
    """Per item of `items`: the institution that gave the answer accepted, and that answer's value (JSON) and
    comment."""
    found: dict[str, tuple[str, str | None, str]] = {}
    raw = driver(conn)
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
    driver(conn).executemany(_UPSERT_PROVENANCE, map(_provenance_values, rows))


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


_open_conflicts_of = select(conflicts_table.c.item_id, conflicts_table.c.id).where(
    conflicts_table.c.assessment_id == bindparam("assessment"),
    conflicts_table.c.assignment_id == bindparam("assignment"),
    conflicts_table.c.resolved_at.is_(None),
)


def open_conflicts_of(conn: Connection, assessment_id: str, assignment_id: str) -> dict[str, int]:
    """The open conflicts the assignment's contributions raised, by item: read once for a whole merge."""
    rows = conn.execute(_open_conflicts_of, {"assessment": assessment_id, "assignment": assignment_id})
    return {item_id: conflict_id for item_id, conflict_id in rows}


_update_conflict = update(conflicts_table).where(conflicts_table.c.id == bindparam("conflict_id"))


def raise_conflicts(conn: Connection, raised: list[tuple[int | None, dict[str, Any]]]) -> None:
    """New conflicts (replacing None), and open ones of the same item and assignment updated to the newer round;
    each kind in one statement run."""
    new = [values for replacing, values in raised if replacing is None]
    if new:
        conn.execute(insert(conflicts_table), new)
    updated = [{**values, "conflict_id": replacing} for replacing, values in raised if replacing is not None]
    if updated:
        conn.execute(_update_conflict, updated)


_resolve_conflicts = (
    update(conflicts_table)
    .where(conflicts_table.c.id.in_(bindparam("ids", expanding=True)))
    .values(
        resolved_at=bindparam("at", type_=conflicts_table.c.resolved_at.type),
        resolved_by=bindparam("by"),
        resolution=bindparam("resolution"),
    )
)


def resolve_conflicts(conn: Connection, ids: list[int], resolution: Resolution, by: str, now: datetime) -> None:
    if ids:
        conn.execute(_resolve_conflicts, {"ids": ids, "at": now, "by": by, "resolution": resolution})


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
