"""Attachments: files stored once by SHA-256 inside the database and named by attachment answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from omnibus.model.records import AttachmentRef, Change
from omnibus.model.refusals import Refusal, Why
from omnibus.model.schema import AttachmentItem
from omnibus.model.service_errors import NotFound
from omnibus.model.service_support import old_value, serialized
from omnibus.model.store import queries
from omnibus.model.values import ValueRejected, normalize

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable, Mapping
    from datetime import datetime

    from omnibus.model.records import Answer, Json
    from omnibus.model.schema import Item
    from omnibus.model.service_support import Loaded
    from omnibus.model.store import Store


class AttachmentOperations:
    """Part of `AssessmentService` (a mixin, to keep each module to one idea)."""

    if TYPE_CHECKING:  # provided by AssessmentService
        store: Store
        user: str
        _clock: Callable[[], datetime]
        _mutex: threading.RLock

        def _editable(self, assessment_id: str) -> Loaded: ...
        def _item(self, state: Loaded, item_id: str) -> Item: ...
        def _new_answer(
            self, state: Loaded, item: Item, old: Answer | None, value: Json, now: datetime, language: str | None
        ) -> Answer: ...
        def _committed(self, state: Loaded, changed: Mapping[str, Answer | None], now: datetime) -> Change: ...
        def set_answer(
            self, assessment_id: str, item_id: str, value: Json, *, language: str | None = None
        ) -> Change: ...
        def clear_answer(self, assessment_id: str, item_id: str) -> Change: ...

    # -- attachments

    @serialized
    def add_attachment(self, assessment_id: str, item_id: str, data: bytes, name: str, media_type: str) -> Change:
        """Store a file (once per content, by SHA-256) and add it to an attachment item's answer."""
        state = self._editable(assessment_id)
        item = self._item(state, item_id)
        if not isinstance(item, AttachmentItem):
            raise ValueRejected(item_id, Refusal(Why.NO_FILES_HERE))
        pending = AttachmentRef(queries.sha256(data), name.strip(), media_type.strip(), len(data))
        old = state.answers.get(item_id)
        current = list(old.value) if old is not None and isinstance(old.value, list) else []
        if any(isinstance(e, dict) and e.get("sha256") == pending.sha256 for e in current):
            raise ValueRejected(item_id, Refusal(Why.ALREADY_ATTACHED, {"name": name}))
        entry = {"sha256": pending.sha256, "name": pending.name, "media_type": pending.media_type, "size": pending.size}

        def lookup(digest: str) -> AttachmentRef | None:
            return pending if digest == pending.sha256 else self._attachment_lookup(digest)

        canonical = normalize(state.questionnaire, item, [*current, entry], lookup)
        now = self._clock()
        new = self._new_answer(state, item, old, canonical, now, None)
        with self.store.write() as tx:
            queries.put_attachment(tx, data, pending.name, pending.media_type, now)
            queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, self.user, "attach", assessment_id, item_id, old_value(old), canonical)
            queries.touch(tx, assessment_id, now)
        return self._committed(state, {item_id: new}, now)

    @serialized
    def remove_attachment(self, assessment_id: str, item_id: str, sha256: str) -> Change:
        """Take a file off an item; its bytes are deleted once no answer names them."""
        state = self._editable(assessment_id)
        old = state.answers.get(item_id)
        current = list(old.value) if old is not None and isinstance(old.value, list) else []
        remaining = [e for e in current if not (isinstance(e, dict) and e.get("sha256") == sha256)]
        if len(remaining) == len(current):
            raise NotFound(f"no file {sha256[:12]} is attached to {item_id}")
        if not remaining:
            return self.clear_answer(assessment_id, item_id)
        return self.set_answer(assessment_id, item_id, remaining)

    @serialized
    def attachment_content(self, sha256: str) -> bytes:
        with self.store.read() as tx:
            content = queries.attachment_content(tx, sha256)
        if content is None:
            raise NotFound(f"no stored file {sha256[:12]}")
        return content

    def _attachment_lookup(self, digest: str) -> AttachmentRef | None:
        with self.store.read() as tx:
            return queries.attachment(tx, digest)
