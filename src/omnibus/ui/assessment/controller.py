"""The open assessment's link to the service: every edit goes through here at once, and comes back as signals.

Widgets never call the service; they emit, this calls, and everyone reacts to what the service returned. A value
that could not be written (a `StorageError`) stays pending here so the respondent can retry it. A value the
service refuses is stored as a draft instead (what was typed, and why it is not valid yet), so nothing typed is
lost; `drafts` holds them until a valid answer replaces them. Each signal carries one typed record.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary, Change, Draft, Issue, Json, Progress
from omnibus.model.values import normalize
from omnibus.ui.collaboration.refusal_text import collaboration_refusal
from omnibus.ui.edits import AttachmentAdd, AttachmentRemoval, CommentEdit, DraftEdit, Edit, ValueEdit
from omnibus.ui.ports import AssessmentFinal, NotComplete, Service, ServiceError, StorageError, ValueRejected
from omnibus.ui.refusal_text import refusal_text
from omnibus.ui.storage_text import storage_text


def differing(before: Mapping[str, object], after: Mapping[str, object]) -> frozenset[str]:
    """The keys whose values differ between two readings (an unchanged answer is the same object in both)."""
    return frozenset(
        key
        for key in before.keys() | after.keys()
        if (old := before.get(key)) is not (new := after.get(key)) and old != new
    )


@dataclass(frozen=True)
class StoredAnswer:
    """An item's answer as the service now holds it; None when it was cleared."""

    item_id: str
    answer: Answer | None


@dataclass(frozen=True)
class RefusedEdit:
    """An edit the service did not store (nothing changed), and why, in the interface language."""

    item_id: str
    reason: str


class AssessmentController(QObject):
    answerStored = Signal(StoredAnswer)
    answerRejected = Signal(RefusedEdit)
    draftStored = Signal(Draft)  # the draft kept instead of an answer (it names its item)
    storageFailed = Signal(str)  # what went wrong, in the interface language; the edits are kept for a retry
    storageRecovered = Signal()
    stateChanged = Signal()  # progress, issues and relevance were refreshed
    relevanceChanged = Signal(object)  # frozenset of item ids shown or hidden
    saved = Signal(object)  # datetime
    statusChanged = Signal(str)  # draft or final

    def __init__(
        self,
        service: Service,
        summary: AssessmentSummary,
        questionnaire: Questionnaire,
        lang: str,
        database: Path,
        *,
        read_only: bool = False,
    ):
        """`database` is the file the service writes (`read_only` when it was opened on read-only media): a storage
        error names it in the interface language."""
        super().__init__()
        self.service, self.summary, self.questionnaire, self.lang = service, summary, questionnaire, lang
        self.database, self.read_only = database, read_only
        self.id = summary.id
        self.status = summary.status
        self.answers: dict[str, Answer] = {}
        self.drafts: dict[str, Draft] = {}
        self.relevant: frozenset[str] = frozenset()
        self.progress: Progress | None = None
        self.issues: list[Issue] = []
        self.issues_by_item: dict[str, list[Issue]] = {}
        self.changed: frozenset[str] = frozenset()
        """The items whose answer, draft, issues or relevance the last reading changed: the views redraw those."""
        self.pending: dict[tuple[str, str], Callable[[], Change | Draft | None]] = {}
        self.refresh()

    # -- state
    def refresh(self) -> None:
        self._read()
        self.stateChanged.emit()

    def _read(self) -> None:
        """The assessment as the service holds it now: one snapshot, every fact in it worked out once, and the
        items it changed worked out once for every view (`changed`)."""
        snapshot = self.service.snapshot(self.id, self.lang)
        answers, issues = dict(snapshot.answers), list(snapshot.issues)
        drafts = {item_id: self._reworded(draft) for item_id, draft in snapshot.drafts.items()}
        by_item: dict[str, list[Issue]] = {}
        for issue in issues:
            by_item.setdefault(issue.item_id, []).append(issue)
        self.changed = (
            differing(self.answers, answers)
            | differing(self.drafts, drafts)
            | differing(self.issues_by_item, by_item)
            | (self.relevant ^ snapshot.relevant)
        )
        self.answers, self.drafts, self.issues, self.issues_by_item = answers, drafts, issues, by_item
        self.relevant = snapshot.relevant
        self.progress = snapshot.progress
        self.scope, self.part = snapshot.scope, snapshot.part

    def answered(self, item_id: str) -> bool:
        answer = self.answers.get(item_id)
        return answer is not None and answer.value is not None

    def first_missing_required(self) -> str | None:
        return next((i.item_id for i in self.issues if i.kind == "required"), None)

    def _reworded(self, draft: Draft) -> Draft:
        """The draft with why the service refuses it in today's interface language: its problem was stored in the
        language of the day it was typed. (What a widget finds wrong itself, the widget says again.)"""
        item = self.questionnaire.item(draft.item_id)
        try:
            normalize(self.questionnaire, item, draft.value)
        except ValueRejected as exc:
            return replace(draft, problem=refusal_text(exc.refusal, item, self.questionnaire, self.lang))
        return draft

    # -- edits
    def apply(self, edit: Edit) -> None:
        """Store an edit an item widget emitted, through the method of its kind."""
        match edit:
            case ValueEdit(item_id, value):
                self.set_value(item_id, value)
            case DraftEdit(item_id, value, problem, where):
                self.set_draft(item_id, value, problem, where)
            case CommentEdit(item_id, text):
                self.set_comment(item_id, text)
            case AttachmentAdd(item_id, content, name, media_type):
                self.add_attachment(item_id, content, name, media_type)
            case AttachmentRemoval(item_id, sha256):
                self.remove_attachment(item_id, sha256)

    def set_value(self, item_id: str, value: Json) -> None:
        if value is None:
            self._apply(item_id, "value", lambda: self.service.clear_answer(self.id, item_id))
        else:
            self._apply(item_id, "value", lambda: self._answer_or_draft(item_id, value))

    def set_draft(self, item_id: str, value: Json, problem: str, where: tuple[int | str, ...]) -> None:
        """Keep input that cannot be an answer yet (the widget found why), under the same key as values: the
        last edit wins, and a failed write is retried in order."""
        self._apply(item_id, "value", lambda: self.service.save_draft(self.id, item_id, value, problem, where))

    def _answer_or_draft(self, item_id: str, value: Json) -> Change | Draft | None:
        """Store the answer; when the service refuses it, keep it as a draft with the reason."""
        try:
            return self.service.set_answer(self.id, item_id, value)
        except ValueRejected as exc:
            problem = refusal_text(exc.refusal, self.questionnaire.item(item_id), self.questionnaire, self.lang)
            return self.service.save_draft(self.id, item_id, value, problem, exc.where)

    def set_comment(self, item_id: str, text: str) -> None:
        self._apply(item_id, "comment", lambda: self.service.set_comment(self.id, item_id, text))

    def confirm(self, item_id: str) -> None:
        self._apply(item_id, "confirm", lambda: self.service.confirm(self.id, item_id))

    def add_attachment(self, item_id: str, data: bytes, name: str, media_type: str) -> None:
        self._apply(item_id, "attach", lambda: self.service.add_attachment(self.id, item_id, data, name, media_type))

    def remove_attachment(self, item_id: str, sha256: str) -> None:
        self._apply(item_id, "detach", lambda: self.service.remove_attachment(self.id, item_id, sha256))

    def attachment_content(self, sha256: str) -> bytes:
        return self.service.attachment_content(sha256)

    def retry(self) -> bool:
        """Write again what failed; True when everything is now stored."""
        for key, write in list(self.pending.items()):
            self.pending.pop(key)
            if not self._run(key[0], key, write):
                return False
        self.storageRecovered.emit()
        return True

    def _apply(self, item_id: str, what: str, write: Callable[[], Change | Draft | None]) -> None:
        key = (item_id, what)
        if self.pending:  # keep the order of edits: earlier failures are retried first
            self.pending[key] = write
            if not self.retry():
                return
            return
        self._run(item_id, key, write)

    def _run(self, item_id: str, key: tuple[str, str], write: Callable[[], Change | Draft | None]) -> bool:
        try:
            result = write()
        except ValueRejected as exc:
            item = self.questionnaire.item(item_id)
            self.answerRejected.emit(
                RefusedEdit(item_id, refusal_text(exc.refusal, item, self.questionnaire, self.lang))
            )
            return True
        except AssessmentFinal:
            self.answerRejected.emit(
                RefusedEdit(item_id, self.tr("The assessment is final: reopen it to change answers."))
            )
            return True
        except ServiceError as exc:  # a context question of an assignment, in the official's words
            self.answerRejected.emit(RefusedEdit(item_id, collaboration_refusal(exc)))
            return True
        except StorageError as exc:
            self.pending[key] = write
            self.storageFailed.emit(storage_text(exc, self.database, read_only=self.read_only))
            return False
        self._read()
        if isinstance(result, Draft):
            self.draftStored.emit(result)
            self.stateChanged.emit()
            self.saved.emit(result.saved_at or datetime.now())
            return True
        self.answerStored.emit(StoredAnswer(item_id, self.answers.get(item_id)))
        self.stateChanged.emit()
        changed = result.relevance_changed if isinstance(result, Change) else frozenset()
        if changed:
            self.relevanceChanged.emit(changed)
        saved_at = result.saved_at if isinstance(result, Change) else None
        self.saved.emit(saved_at or datetime.now())
        return True

    # -- status
    def mark_final(self) -> list[Issue]:
        """Mark the assessment final; returns the blocking issues when it cannot be (nothing is changed)."""
        try:
            self.service.mark_final(self.id)
        except NotComplete as exc:
            return list(exc.issues)
        except StorageError as exc:
            self.storageFailed.emit(storage_text(exc, self.database, read_only=self.read_only))
            return []
        self.status = "final"
        self.statusChanged.emit(self.status)
        return []

    def reopen(self) -> None:
        self.service.reopen(self.id)
        self.status = "draft"
        self.statusChanged.emit(self.status)
