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
from sqlite3 import Connection
from typing import Any

from omnibus.model.collaboration import Conflict, Entry, Provenance, Resolution, SignOff
from omnibus.model.records import Answer
from omnibus.model.store.collaboration_rows import entry, named_rows
from omnibus.model.store.queries import dumps, stored_value
from omnibus.model.store.times import stored_time, stored_time_or_none, time_or_none, time_text

# -- contributions merged


def contribution_history(
    conn: Connection, contribution_id: str, assignment_id: str, round_number: int
) -> tuple[str | None, str | None, int | None]:
    """In one query: the digest of the contribution merged under this id, the digest of the one merged for this
    assignment and round, and the assignment's newest round merged."""
    merged = same_round = newest = None
    rows = conn.execute(
        "SELECT id, assignment_id, round, digest FROM contributions WHERE assignment_id = ? OR id = ?",
        (assignment_id, contribution_id),
    )
    for found_id, found_assignment, found_round, digest in rows:
        if found_id == contribution_id:
            merged = digest
        if found_assignment != assignment_id:
            continue
        if found_round == round_number:
            same_round = digest
        newest = found_round if newest is None else max(newest, found_round)
    return merged, same_round, newest


def insert_contribution(
    conn: Connection,
    *,
    id: str,
    assignment_id: str,
    institution: str,
    fingerprint: str,
    round: int,
    created: datetime,
    digest: str,
    imported_at: datetime,
    person: str = "",
    imported_by: str = "",
) -> None:
    conn.execute(
        """INSERT INTO contributions (id, assignment_id, institution, person, fingerprint, round, created, digest,
                                      imported_at, imported_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (id, assignment_id, institution, person, fingerprint, round, time_text(created), digest,
         time_text(imported_at), imported_by),
    )  # fmt: skip


def rounds_received(conn: Connection, assignment_ids: list[str]) -> dict[str, tuple[int, datetime]]:
    """Newest round and when it was imported, per assignment."""
    found: dict[str, tuple[int, datetime]] = {}
    for start in range(0, len(assignment_ids), 500):  # well under SQLite's limit of bound parameters
        chunk = assignment_ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for assignment_id, round_number, imported in conn.execute(
            f"SELECT assignment_id, round, imported_at FROM contributions WHERE assignment_id IN ({marks}) "
            "ORDER BY round",
            chunk,
        ):
            found[assignment_id] = (round_number, stored_time(imported))
    return found


def received(conn: Connection, assignment_id: str) -> dict[str, Entry]:
    """The last answer the assignment's institution sent, per item: the base of its next round."""
    return {
        item_id: entry(value, comment)
        for item_id, value, comment in conn.execute(
            "SELECT item_id, value, comment FROM received_answers WHERE assignment_id = ?", (assignment_id,)
        )
    }


_UPSERT_RECEIVED = """
    INSERT INTO received_answers (assignment_id, item_id, value, comment, round) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (assignment_id, item_id) DO UPDATE SET
        value = excluded.value, comment = excluded.comment, round = excluded.round"""


def put_received(conn: Connection, assignment_id: str, rows: dict[str, Entry], round_number: int) -> None:
    conn.executemany(
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
    """The assessment's provenance rows by item, each by column name with its times as datetimes."""
    rows = named_rows(conn, f"SELECT {', '.join(_PROVENANCE_COLUMNS)} FROM provenance WHERE assessment_id = ?",
                      (assessment_id,))  # fmt: skip
    for row in rows:
        row["given_at"] = stored_time_or_none(row["given_at"])
        row["accepted_at"] = stored_time(row["accepted_at"])
    return {row["item_id"]: row for row in rows}


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
    for start in range(0, len(items), 500):  # well under SQLite's limit of bound parameters
        chunk = items[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for item_id, institution, value, comment in conn.execute(
            "SELECT item_id, institution, value, comment FROM provenance "
            f"WHERE assessment_id = ? AND item_id IN ({marks})",
            (assessment_id, *chunk),
        ):
            found[item_id] = (institution, value, comment)
    return found


def put_provenance(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Rows by column name, times already written as text (`time_text`): a merge writes hundreds at once."""
    conn.executemany(_UPSERT_PROVENANCE, map(_provenance_values, rows))


def delete_provenance(conn: Connection, assessment_id: str, item_id: str) -> None:
    conn.execute("DELETE FROM provenance WHERE assessment_id = ? AND item_id = ?", (assessment_id, item_id))


# -- conflicts

_CONFLICT_COLUMNS = (
    "assessment_id",
    "item_id",
    "assignment_id",
    "institution",
    "person",
    "fingerprint",
    "contribution_id",
    "round",
    "given_at",
    "base_value",
    "base_comment",
    "mine_value",
    "mine_comment",
    "theirs_value",
    "theirs_comment",
    "raised_at",
    "resolved_at",
    "resolved_by",
    "resolution",
)
_CONFLICT_TIMES = {"given_at": time_or_none, "raised_at": time_text, "resolved_at": time_or_none}


def _conflict_values(values: Mapping[str, Any]) -> list[Any]:
    """A conflict's columns in `_CONFLICT_COLUMNS` order, its times as stored."""
    row = []
    for column in _CONFLICT_COLUMNS:
        value = values[column]
        stored = _CONFLICT_TIMES.get(column)
        row.append(value if stored is None else stored(value))
    return row


def _conflict(row: tuple[Any, ...]) -> Conflict:
    (conflict_id, assessment_id, item_id, _assignment, institution, person, fingerprint, contribution_id,
     round_number, given_at, base_value, base_comment, mine_value, mine_comment, theirs_value, theirs_comment,
     raised_at, resolved_at, resolved_by, resolution) = row  # fmt: skip
    return Conflict(
        id=conflict_id,
        assessment_id=assessment_id,
        item_id=item_id,
        base=Entry(stored_value(base_value), base_comment),
        mine=Entry(stored_value(mine_value), mine_comment),
        mine_from="",
        theirs=Entry(stored_value(theirs_value), theirs_comment),
        institution=institution,
        person=person,
        fingerprint=fingerprint,
        contribution_id=contribution_id,
        round=round_number,
        given_at=stored_time_or_none(given_at),
        raised_at=stored_time(raised_at),
        resolved_at=stored_time_or_none(resolved_at),
        resolved_by=resolved_by,
        resolution=resolution,
    )


_SELECT_CONFLICTS = f"SELECT id, {', '.join(_CONFLICT_COLUMNS)} FROM conflicts WHERE assessment_id = ?"


def conflicts(conn: Connection, assessment_id: str, *, include_resolved: bool = False) -> list[Conflict]:
    which = "" if include_resolved else " AND resolved_at IS NULL"
    return [_conflict(r) for r in conn.execute(f"{_SELECT_CONFLICTS}{which} ORDER BY id", (assessment_id,))]


def open_conflicts_of(conn: Connection, assessment_id: str, assignment_id: str) -> dict[str, int]:
    """The open conflicts the assignment's contributions raised, by item: read once for a whole merge."""
    rows = conn.execute(
        "SELECT item_id, id FROM conflicts WHERE assessment_id = ? AND assignment_id = ? AND resolved_at IS NULL",
        (assessment_id, assignment_id),
    )
    return {item_id: conflict_id for item_id, conflict_id in rows}


_INSERT_CONFLICT = (
    f"INSERT INTO conflicts ({', '.join(_CONFLICT_COLUMNS)}) VALUES ({', '.join('?' * len(_CONFLICT_COLUMNS))})"
)
_UPDATE_CONFLICT = f"UPDATE conflicts SET {', '.join(f'{c} = ?' for c in _CONFLICT_COLUMNS)} WHERE id = ?"


def raise_conflicts(conn: Connection, raised: list[tuple[int | None, dict[str, Any]]]) -> None:
    """New conflicts (replacing None), and open ones of the same item and assignment updated to the newer round;
    each kind in one statement run."""
    conn.executemany(_INSERT_CONFLICT, [_conflict_values(values) for replacing, values in raised if replacing is None])
    conn.executemany(
        _UPDATE_CONFLICT,
        [[*_conflict_values(values), replacing] for replacing, values in raised if replacing is not None],
    )


def resolve_conflicts(conn: Connection, ids: list[int], resolution: Resolution, by: str, now: datetime) -> None:
    conn.executemany(
        "UPDATE conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?",
        [(time_text(now), by, resolution, conflict_id) for conflict_id in ids],
    )


# -- sign-offs


def sign_offs(conn: Connection, assessment_id: str) -> list[SignOff]:
    rows = conn.execute(
        """SELECT section_id, name, function, signed_on, institution, recorded_at, contribution_id FROM sign_offs
           WHERE assessment_id = ? ORDER BY section_id, institution""",
        (assessment_id,),
    )
    return [
        SignOff(section_id, name, function, date.fromisoformat(signed_on), institution, stored_time(recorded),
                contribution_id)
        for section_id, name, function, signed_on, institution, recorded, contribution_id in rows
    ]  # fmt: skip


_UPSERT_SIGN_OFF = """
    INSERT INTO sign_offs (assessment_id, section_id, institution, name, function, signed_on, recorded_at,
                           contribution_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (assessment_id, section_id, institution) DO UPDATE SET
        name = excluded.name, function = excluded.function, signed_on = excluded.signed_on,
        recorded_at = excluded.recorded_at, contribution_id = excluded.contribution_id"""


def put_sign_offs(conn: Connection, assessment_id: str, signed: list[SignOff]) -> None:
    conn.executemany(
        _UPSERT_SIGN_OFF,
        [
            (assessment_id, s.section_id, s.institution, s.name, s.function, s.signed_on.isoformat(),
             time_or_none(s.recorded_at), s.contribution_id)
            for s in signed
        ],
    )  # fmt: skip
