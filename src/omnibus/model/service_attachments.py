"""Attachments: files stored once by SHA-256 inside the database and named by attachment answers."""

from __future__ import annotations

from collections.abc import Iterable

from omnibus.model.records import AttachmentRef, Change, Json
from omnibus.model.refusals import Refusal, Why
from omnibus.model.schema import AttachmentItem
from omnibus.model.service_answers import Answers
from omnibus.model.service_errors import NotFound
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import old_value
from omnibus.model.store import queries
from omnibus.model.values import ValueRejected, normalize


class Attachments:
    """Adding, removing and reading attached files; called under the service's lock."""

    def __init__(self, work: Workspace, answers: Answers) -> None:
        self.work = work
        self.answers = answers

    def add_attachment(self, assessment_id: str, item_id: str, data: bytes, name: str, media_type: str) -> Change:
        """Store a file (once per content, by SHA-256) and add it to an attachment item's answer."""
        work = self.work
        state = work.editable(assessment_id)
        item = work.item(state, item_id)
        if not isinstance(item, AttachmentItem):
            raise ValueRejected(item_id, Refusal(Why.NO_FILES_HERE))
        pending = AttachmentRef(queries.sha256(data), name.strip(), media_type.strip(), len(data))
        old = state.answers.get(item_id)
        current = list(old.value) if old is not None and isinstance(old.value, list) else []
        if any(isinstance(e, dict) and e.get("sha256") == pending.sha256 for e in current):
            raise ValueRejected(item_id, Refusal(Why.ALREADY_ATTACHED, {"name": name}))
        entry = {"sha256": pending.sha256, "name": pending.name, "media_type": pending.media_type, "size": pending.size}

        def lookup(digest: str) -> AttachmentRef | None:
            return pending if digest == pending.sha256 else work.attachment_lookup(digest)

        canonical = normalize(state.questionnaire, item, [*current, entry], lookup)
        now = work.clock()
        new = work.new_answer(state, item, old, canonical, now, None)
        with work.store.write() as tx:
            queries.put_attachment(tx, data, pending.name, pending.media_type, now)
            queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, work.user, "attach", assessment_id, item_id, old_value(old), canonical)
            queries.touch(tx, assessment_id, now)
        return work.committed(state, {item_id: new}, now)

    def remove_attachment(self, assessment_id: str, item_id: str, sha256: str) -> Change:
        """Take a file off an item; its bytes are deleted once no answer names them."""
        state = self.work.editable(assessment_id)
        old = state.answers.get(item_id)
        current: list[Json] = list(old.value) if old is not None and isinstance(old.value, list) else []
        remaining = [e for e in current if not (isinstance(e, dict) and e.get("sha256") == sha256)]
        if len(remaining) == len(current):
            raise NotFound(f"no file {sha256[:12]} is attached to {item_id}")
        if not remaining:
            return self.answers.clear_answer(assessment_id, item_id)
        return self.answers.set_answer(assessment_id, item_id, remaining)

    def attachment_content(self, sha256: str) -> bytes:
        return self.contents([sha256])[sha256]

    def contents(self, digests: Iterable[str]) -> dict[str, bytes]:
        """The stored bytes of these files, read in one transaction; NotFound names the first one missing."""
        found: dict[str, bytes] = {}
        with self.work.store.read() as tx:
            for digest in digests:
                content = queries.attachment_content(tx, digest)
                if content is None:
                    raise NotFound(f"no stored file {digest[:12]}")
                found[digest] = content
        return found
