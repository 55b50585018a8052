"""What the interface needs from the core: the service's methods, and the errors it raises.

The GUI is written against this protocol (the real `omnibus.model.service.AssessmentService` fits it), so the
interface depends on the methods it uses, not on the store behind them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.receipt_records import StoredReceipt
from omnibus.model.records import Answer, AssessmentSummary, Change, Draft, Json, Profile
from omnibus.model.service import AssessmentFinal, DuplicateAssessment, NotComplete, NotFound, ServiceError
from omnibus.model.service_errors import EditionMismatch, InvalidCycle, InvalidProfile, ValuesRejected
from omnibus.model.store import StorageError, Trouble, trouble
from omnibus.model.values import ValueRejected

if TYPE_CHECKING:
    from omnibus.model.service_documents import Backup as Backup  # for the backups dialog's annotations
    from omnibus.model.snapshot import AssessmentSnapshot

__all__ = [
    "AssessmentFinal",
    "DuplicateAssessment",
    "EditionMismatch",
    "InvalidCycle",
    "InvalidProfile",
    "NotComplete",
    "NotFound",
    "Service",
    "ServiceError",
    "StorageError",
    "Trouble",
    "ValueRejected",
    "ValuesRejected",
    "trouble",
]


class Service(Protocol):
    def list_assessments(self) -> list[AssessmentSummary]: ...
    def assessment(self, assessment_id: str) -> AssessmentSummary: ...
    def create_assessment(
        self,
        questionnaire: Questionnaire | str,
        *,
        cycle: str = "",
        training: bool = False,
        country: str | None = None,
        institution: str | None = None,
        focal_point: str | None = None,
        allow_duplicate: bool = False,
    ) -> AssessmentSummary: ...
    def profile(self) -> Profile | None: ...
    def set_profile(self, profile: Profile) -> Profile: ...
    def questionnaire(self, assessment_id: str) -> Questionnaire: ...
    def answers(self, assessment_id: str) -> dict[str, Answer]: ...
    def set_answer(self, assessment_id: str, item_id: str, value: Json) -> Change: ...
    def clear_answer(self, assessment_id: str, item_id: str) -> Change: ...
    def drafts(self, assessment_id: str) -> dict[str, Draft]: ...
    def save_draft(
        self, assessment_id: str, item_id: str, value: Json, problem: str, where: tuple[int | str, ...] = ()
    ) -> Draft | None: ...
    def set_comment(self, assessment_id: str, item_id: str, text: str) -> Change: ...
    def confirm(self, assessment_id: str, item_id: str) -> Any: ...
    def add_attachment(self, assessment_id: str, item_id: str, data: bytes, name: str, media_type: str) -> Change: ...
    def remove_attachment(self, assessment_id: str, item_id: str, sha256: str) -> Change: ...
    def attachment_content(self, sha256: str) -> bytes: ...
    def snapshot(self, assessment_id: str, lang: str = "en", *, with_files: bool = False) -> AssessmentSnapshot: ...
    def mark_final(self, assessment_id: str) -> Any: ...
    def reopen(self, assessment_id: str) -> Any: ...
    def carry_forward(
        self,
        assessment_id: str,
        cycle: str,
        questionnaire: Questionnaire | None = None,
        *,
        allow_duplicate: bool = False,
    ) -> AssessmentSummary: ...
    def proposed_cycle(self, assessment_id: str) -> str: ...
    def archive(self, assessment_id: str) -> AssessmentSummary: ...
    def unarchive(self, assessment_id: str) -> AssessmentSummary: ...
    def delete_assessment(self, assessment_id: str) -> Any: ...
    def backups(self) -> list[Backup]: ...
    def restore_backup(self, backup: Any) -> Any: ...
    def receipts(self, assessment_id: str) -> list[StoredReceipt]: ...
    def latest_receipts(self) -> dict[str, StoredReceipt]: ...
    def answer(self, assessment_id: str, item_id: str) -> Answer | None: ...
    def provenance(self, assessment_id: str) -> dict[str, Any]: ...


class Session(Protocol):
    """A database opened for the interface: its path, the service on it, and how to close it."""

    path: Any
    service: Service

    def close(self) -> None: ...


SessionOpener = Callable[[Any], Session]
"""Opens the database at a path (raising `StorageError` when it cannot) and returns a session on it."""
