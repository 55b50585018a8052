"""Rows of the exported packages and the Secretariat's receipts (`receipts.py` holds the rules)."""

from __future__ import annotations

from sqlite3 import Connection
from typing import Any

from omnibus.model.receipt_records import ExportedPackage, StoredReceipt
from omnibus.model.store.times import stored_time, time_text


def add_export(conn: Connection, package: ExportedPackage) -> None:
    """Record a written package; writing the same bytes twice keeps the first record."""
    conn.execute(
        """INSERT INTO exported_packages (package_sha256, assessment_id, file_name, exported_at) VALUES (?, ?, ?, ?)
           ON CONFLICT DO NOTHING""",
        (package.package_sha256, package.assessment_id, package.file_name, time_text(package.exported_at)),
    )


def exported(conn: Connection, package_sha256: str) -> ExportedPackage | None:
    row = conn.execute(
        "SELECT package_sha256, assessment_id, file_name, exported_at FROM exported_packages WHERE package_sha256 = ?",
        (package_sha256,),
    ).fetchone()
    return None if row is None else ExportedPackage(row[0], row[1], row[2], stored_time(row[3]))


_SELECT_RECEIPTS = """
    SELECT r.package_sha256, e.assessment_id, e.file_name, r.decision, r.reason, r.received, r.issued, r.issuer,
           r.imported_at
    FROM receipts AS r JOIN exported_packages AS e ON e.package_sha256 = r.package_sha256"""
_NEWEST_FIRST = " ORDER BY r.received DESC, r.issued DESC"


def _receipt(row: tuple[Any, ...]) -> StoredReceipt:
    package, assessment_id, file_name, decision, reason, received, issued, issuer, imported_at = row
    return StoredReceipt(
        package_sha256=str(package),
        assessment_id=assessment_id,
        file_name=file_name,
        decision=str(decision),
        reason=str(reason),
        received=stored_time(received),
        issued=stored_time(issued),
        issuer=str(issuer),
        imported_at=stored_time(imported_at),
    )


def receipts_of(conn: Connection, assessment_id: str) -> list[StoredReceipt]:
    """The assessment's receipts, the package received last first."""
    rows = conn.execute(f"{_SELECT_RECEIPTS} WHERE e.assessment_id = ?{_NEWEST_FIRST}", (assessment_id,))
    return [_receipt(row) for row in rows]


def receipt(conn: Connection, package_sha256: str) -> StoredReceipt | None:
    row = conn.execute(f"{_SELECT_RECEIPTS} WHERE r.package_sha256 = ?", (package_sha256,)).fetchone()
    return None if row is None else _receipt(row)


def put_receipt(conn: Connection, stored: StoredReceipt, data: bytes) -> None:
    """Store a receipt in place of the package's earlier one, if any."""
    conn.execute("DELETE FROM receipts WHERE package_sha256 = ?", (stored.package_sha256,))
    conn.execute(
        """INSERT INTO receipts (package_sha256, decision, reason, received, issued, issuer, imported_at, data)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            stored.package_sha256,
            stored.decision,
            stored.reason,
            time_text(stored.received),
            time_text(stored.issued),
            stored.issuer,
            time_text(stored.imported_at),
            data,
        ),
    )


def latest_receipts(conn: Connection) -> dict[str, StoredReceipt]:
    """Per assessment, the receipt of the package the Secretariat received last (for the start screen)."""
    found: dict[str, StoredReceipt] = {}
    for row in conn.execute(_SELECT_RECEIPTS + _NEWEST_FIRST):
        found.setdefault(row[1], _receipt(row))
    return found
