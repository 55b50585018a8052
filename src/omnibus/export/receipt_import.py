"""Bringing the Secretariat's receipt into an assessment: read it strictly, check whose key signed it, store it.

The key is the Secretariat's as this installation is configured (`secretariat_key.py`); the service then checks
that the receipt is for a package this installation wrote and stores it (`model/service_receipts.py`). Either
step refuses with the reason and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path

from omnibus.export.receipt import ReceiptError, read_receipt
from omnibus.export.secretariat_key import secretariat_receipt_key
from omnibus.model.input_files import RECEIPT, FileTooLarge, read_bounded
from omnibus.model.receipt_records import ReceiptFacts
from omnibus.model.service import AssessmentService
from omnibus.model.service_receipts import ReceiptOutcome


def read_receipt_file(path: Path) -> bytes:
    try:
        return read_bounded(path, RECEIPT)
    except FileTooLarge as exc:
        raise ReceiptError(f"{Path(path).name}: {exc}.") from None
    except OSError as exc:
        raise ReceiptError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def import_receipt(
    service: AssessmentService, data: bytes, home: Path, *, expected_assessment: str | None = None
) -> ReceiptOutcome:
    """Verify `data` against the Secretariat's configured key and store it; ReceiptError or ReceiptRefused."""
    receipt = read_receipt(data, expected_key=secretariat_receipt_key(home))
    facts = ReceiptFacts(
        package_sha256=receipt.package_sha256,
        decision=receipt.decision,
        reason=receipt.reason,
        received=receipt.received,
        issued=receipt.issued,
        issuer=receipt.issuer,
        country=receipt.country,
        assessment_id=receipt.assessment_id,
        reporting_cycle=receipt.reporting_cycle,
    )
    return service.store_receipt(facts, data, expected_assessment)
