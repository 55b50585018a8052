"""What the local store keeps about handed-in packages: each package written, and the Secretariat's receipt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

Decision = Literal["accepted", "pending", "refused"]


@dataclass(frozen=True)
class ExportedPackage:
    """A response package this installation wrote: the SHA-256 of its signed bytes (before encryption)."""

    package_sha256: str
    assessment_id: str
    file_name: str
    exported_at: datetime


@dataclass(frozen=True)
class ReceiptFacts:
    """A verified receipt's content, as the export layer read it from the signed file."""

    package_sha256: str
    decision: Decision
    reason: str
    received: datetime
    issued: datetime
    issuer: str
    country: str | None
    assessment_id: str | None
    reporting_cycle: str | None


@dataclass(frozen=True)
class StoredReceipt:
    """A receipt as stored for one of the assessment's packages."""

    package_sha256: str
    assessment_id: str
    file_name: str
    decision: str
    reason: str
    received: datetime
    issued: datetime
    issuer: str
    imported_at: datetime
