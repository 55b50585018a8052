"""Receipts on the country's side: the hash of every package written, and the Secretariat's receipts for them.

A receipt is stored only for a package this installation exported (matched by the SHA-256 of the signed bytes),
and only when it agrees with that package's assessment (country, assessment id). The newest receipt issued for a
package wins: a "pending" receipt is replaced by the "accepted" one sent once the key was confirmed, and an
older receipt brought in later changes nothing. Verifying the signature is the export layer's job
(`omnibus.export.receipt_import`); this part is called with what it read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from omnibus.model.receipt_records import ExportedPackage, ReceiptFacts, StoredReceipt
from omnibus.model.service_errors import ServiceError
from omnibus.model.service_state import Workspace
from omnibus.model.store import queries, receipt_queries

RefusalKind = Literal["not-exported", "other-assessment", "mismatch"]


class ReceiptRefused(ServiceError):
    """A receipt that does not belong here; `kind` lets a front end word it, the message says it in English."""

    def __init__(self, message: str, kind: RefusalKind) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class ReceiptOutcome:
    """What importing a receipt did: `changed` is False when the same or a newer one was already stored."""

    receipt: StoredReceipt
    changed: bool


class Receipts:
    """Exported packages and receipts; called under the service's lock."""

    def __init__(self, work: Workspace) -> None:
        self.work = work

    def record_export(self, assessment_id: str, package_sha256: str, file_name: str) -> ExportedPackage:
        """Remember a package just written, so that the Secretariat's receipt for it can be matched."""
        self.work.get(assessment_id)
        package = ExportedPackage(package_sha256, assessment_id, file_name, self.work.clock())
        with self.work.store.write() as tx:
            receipt_queries.add_export(tx, package)
        return package

    def store(self, facts: ReceiptFacts, data: bytes, expected_assessment: str | None = None) -> ReceiptOutcome:
        """Store a verified receipt; ReceiptRefused (nothing written) when it is not for a package of ours."""
        with self.work.store.read() as tx:
            package = receipt_queries.exported(tx, facts.package_sha256)
            earlier = receipt_queries.receipt(tx, facts.package_sha256)
        if package is None:
            digest = facts.package_sha256[:16]
            message = f"This receipt is for a package this installation did not write (SHA-256 {digest}…)."
            raise ReceiptRefused(message, "not-exported")
        summary = self.work.get(package.assessment_id).summary
        if expected_assessment is not None and package.assessment_id != expected_assessment:
            raise ReceiptRefused(
                f"This receipt is for a package of another assessment ({summary.country}, cycle {summary.cycle}).",
                "other-assessment",
            )
        claims = ((facts.country, summary.country), (facts.assessment_id, summary.id))
        if any(claimed is not None and claimed != actual for claimed, actual in claims):
            raise ReceiptRefused(
                "The receipt names another country or assessment than the package it is for.", "mismatch"
            )
        if earlier is not None and earlier.issued >= facts.issued:
            return ReceiptOutcome(earlier, False)
        now = self.work.clock()
        stored = StoredReceipt(
            package.package_sha256,
            package.assessment_id,
            package.file_name,
            facts.decision,
            facts.reason,
            facts.received,
            facts.issued,
            facts.issuer,
            now,
        )
        with self.work.store.write() as tx:
            receipt_queries.put_receipt(tx, stored, data)
            queries.audit(tx, now, self.work.user, "receipt", package.assessment_id, None, None, facts.decision)
        return ReceiptOutcome(stored, True)

    def receipts(self, assessment_id: str) -> list[StoredReceipt]:
        self.work.get(assessment_id)
        with self.work.store.read() as tx:
            return receipt_queries.receipts_of(tx, assessment_id)

    def latest(self) -> dict[str, StoredReceipt]:
        with self.work.store.read() as tx:
            return receipt_queries.latest_receipts(tx)
