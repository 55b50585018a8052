"""Receipts for the packages the Secretariat imported, worked out from what the import stored.

Nothing new is stored for a receipt: a stored package (`packages`) gives its hash, country, questionnaire, cycle,
assessment, time of import and state; a refused file (`refusals`) gives its hash, the country it claimed, the
time and the reason. So a receipt can be written at import or at any time later, and says the same thing.

States become decisions: accepted and superseded (stored and counted, a newer package of the group being the
current one) are "accepted"; pending (held until the signing key is confirmed) is "pending", with the reason;
a refusal is "refused", with its reason. A refused file the import could not read has no hash, so no receipt.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnibus.export.files import atomic_write
from omnibus.export.keys import Signer
from omnibus.export.manifest import QuestionnaireRef
from omnibus.export.receipt import Decision, Receipt, ReceiptError, build_receipt, receipt_file_name
from omnibus.secretariat.db import PackageRow, RefusalRow
from omnibus.secretariat.importer import Decision as ImportDecision

_SUPERSEDED = "stored as history: a newer package of this country, questionnaire and cycle is the current one."


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _from_package(row: PackageRow, issued: datetime, issuer: str) -> Receipt:
    decision: Decision = "pending" if row.state == "pending" else "accepted"
    reason = row.hold_reason if row.state == "pending" else _SUPERSEDED if row.state == "superseded" else ""
    return Receipt(
        package_sha256=row.package_sha256,
        file_name=row.file_name[:500],
        country=row.country,
        questionnaire=QuestionnaireRef(
            id=row.questionnaire_id, version=row.questionnaire_version, sha256=row.questionnaire_sha256
        ),
        reporting_cycle=row.cycle,
        assessment_id=row.assessment_id,
        received=_time(row.imported_at),
        decision=decision,
        reason=reason[:2000],
        issued=issued,
        issuer=issuer,
    )


def _from_refusal(row: RefusalRow, digest: str, issued: datetime, issuer: str) -> Receipt:
    return Receipt(
        package_sha256=digest,
        file_name=row.file_name[:500],
        country=row.country,
        received=_time(row.refused_at),
        decision="refused",
        reason=f"{row.reason} [{row.category}]"[:2000],
        issued=issued,
        issuer=issuer,
    )


def receipt_for_hash(session: Session, digest: str, *, issuer: str = "", now: datetime | None = None) -> Receipt:
    """The receipt for the package whose (decrypted) bytes have SHA-256 `digest`.

    A stored package wins over earlier refusals of the same bytes (a training package imported again with
    --allow-training); among refusals, the latest. ReceiptError when this database never saw the file."""
    issued = now or datetime.now(UTC)
    digest = digest.lower()
    row = session.scalars(select(PackageRow).where(PackageRow.package_sha256 == digest)).first()
    if row is not None:
        return _from_package(row, issued, issuer)
    refusal = session.scalars(
        select(RefusalRow).where(RefusalRow.package_sha256 == digest).order_by(RefusalRow.id.desc())
    ).first()
    if refusal is not None:
        return _from_refusal(refusal, digest, issued, issuer)
    raise ReceiptError(f"No package with SHA-256 {digest[:16]}… was imported into this database.")


def receipt_for_package(session: Session, package_id: int, *, issuer: str = "", now: datetime | None = None) -> Receipt:
    """The receipt for stored package number `package_id` (as `secretariat list` prints it)."""
    row = session.get(PackageRow, package_id)
    if row is None:
        raise ReceiptError(f"There is no package #{package_id} in this database.")
    return _from_package(row, now or datetime.now(UTC), issuer)


def receipt_for_bytes(session: Session, data: bytes, *, issuer: str = "", now: datetime | None = None) -> Receipt:
    """The receipt for a package file's bytes (decrypted): found by their hash, as the import stored it."""
    return receipt_for_hash(session, hashlib.sha256(data).hexdigest(), issuer=issuer, now=now)


def write_receipt(receipt: Receipt, signer: Signer, folder: Path) -> Path:
    """Sign `receipt` and write it into `folder` under its own name (atomically); returns the path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return atomic_write(folder / receipt_file_name(receipt), build_receipt(receipt, signer))


def write_receipt_for_decision(
    database: str | Path, decision: ImportDecision, signer: Signer, folder: Path, *, issuer: str = ""
) -> Path:
    """The receipt of one import decision (the package viewer's import), signed and written into `folder`."""
    from omnibus.secretariat.db import open_session

    with open_session(database) as session:
        if decision.package_id is not None:
            receipt = receipt_for_package(session, decision.package_id, issuer=issuer)
        elif decision.package_sha256 is not None:
            receipt = receipt_for_hash(session, decision.package_sha256, issuer=issuer)
        else:
            raise ReceiptError(f"{decision.source} could not be read: it has no hash to name it by, so no receipt.")
    return write_receipt(receipt, signer, folder)
