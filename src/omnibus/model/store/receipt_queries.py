"""Rows of the exported packages and the Secretariat's receipts (`receipts.py` holds the rules)."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from omnibus.model.receipt_records import ExportedPackage, StoredReceipt
from omnibus.model.store.tables import exported_packages_table, receipts_table


def add_export(conn: Connection, package: ExportedPackage) -> None:
    """Record a written package; writing the same bytes twice keeps the first record."""
    statement = sqlite_insert(exported_packages_table).values(
        package_sha256=package.package_sha256,
        assessment_id=package.assessment_id,
        file_name=package.file_name,
        exported_at=package.exported_at,
    )
    conn.execute(statement.on_conflict_do_nothing())


def exported(conn: Connection, package_sha256: str) -> ExportedPackage | None:
    row = (
        conn.execute(select(exported_packages_table).where(exported_packages_table.c.package_sha256 == package_sha256))
        .mappings()
        .first()
    )
    if row is None:
        return None
    return ExportedPackage(row["package_sha256"], row["assessment_id"], row["file_name"], row["exported_at"])


def _receipt(row: dict[str, object], assessment_id: str, file_name: str) -> StoredReceipt:
    return StoredReceipt(
        package_sha256=str(row["package_sha256"]),
        assessment_id=assessment_id,
        file_name=file_name,
        decision=str(row["decision"]),
        reason=str(row["reason"]),
        received=row["received"],  # type: ignore[arg-type]
        issued=row["issued"],  # type: ignore[arg-type]
        issuer=str(row["issuer"]),
        imported_at=row["imported_at"],  # type: ignore[arg-type]
    )


def receipts_of(conn: Connection, assessment_id: str) -> list[StoredReceipt]:
    """The assessment's receipts, the package received last first."""
    e, r = exported_packages_table, receipts_table
    rows = conn.execute(
        select(r, e.c.assessment_id, e.c.file_name)
        .join(e, e.c.package_sha256 == r.c.package_sha256)
        .where(e.c.assessment_id == assessment_id)
        .order_by(r.c.received.desc(), r.c.issued.desc())
    ).mappings()
    return [_receipt(dict(row), row["assessment_id"], row["file_name"]) for row in rows]


def receipt(conn: Connection, package_sha256: str) -> StoredReceipt | None:
    e, r = exported_packages_table, receipts_table
    row = (
        conn.execute(
            select(r, e.c.assessment_id, e.c.file_name)
            .join(e, e.c.package_sha256 == r.c.package_sha256)
            .where(r.c.package_sha256 == package_sha256)
        )
        .mappings()
        .first()
    )
    return None if row is None else _receipt(dict(row), row["assessment_id"], row["file_name"])


def put_receipt(conn: Connection, stored: StoredReceipt, data: bytes) -> None:
    """Store a receipt in place of the package's earlier one, if any."""
    conn.execute(delete(receipts_table).where(receipts_table.c.package_sha256 == stored.package_sha256))
    conn.execute(
        insert(receipts_table).values(
            package_sha256=stored.package_sha256,
            decision=stored.decision,
            reason=stored.reason,
            received=stored.received,
            issued=stored.issued,
            issuer=stored.issuer,
            imported_at=stored.imported_at,
            data=data,
        )
    )


def latest_receipts(conn: Connection) -> dict[str, StoredReceipt]:
    """Per assessment, the receipt of the package the Secretariat received last (for the start screen)."""
    found: dict[str, StoredReceipt] = {}
    e, r = exported_packages_table, receipts_table
    rows = conn.execute(
        select(r, e.c.assessment_id, e.c.file_name)
        .join(e, e.c.package_sha256 == r.c.package_sha256)
        .order_by(r.c.received.desc(), r.c.issued.desc())
    ).mappings()
    for row in rows:
        found.setdefault(row["assessment_id"], _receipt(dict(row), row["assessment_id"], row["file_name"]))
    return found
