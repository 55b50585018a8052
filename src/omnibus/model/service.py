"""The assessment service: the one headless API that the desktop application and the command line share.

Every change follows the same path: validate the value (`values.normalize`) → one transaction writing the answer
and its audit entry → update the in-memory copy → return a `Change` (the answer as stored and the items whose
relevance flipped). The in-memory copy of an assessment's answers is updated only after a successful commit, so
after a `StorageError` the caller sees exactly what is on disk and may simply retry.

Create the service once, with the store and catalogue, and pass it to the front end. Calls are serialized by a
lock, so a worker thread (an export) may read while the GUI thread writes.
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

import pycountry

from omnibus.model import cycles, progress, status
from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import (
    Answer,
    AssessmentSummary,
    AttachmentRef,
    Change,
    Comparison,
    Issue,
    Json,
    Profile,
    Progress,
)
from omnibus.model.schema import AttachmentItem, Item
from omnibus.model.store import StorageError, Store, queries
from omnibus.model.values import ValueRejected, normalize

FREE_TEXT_TYPES = frozenset({"text", "long_text", "legislation", "table", "ta_needs", "multiple_choice"})


class ServiceError(Exception):
    """A request the service refuses; the message says why, for the respondent."""


class NotFound(ServiceError):
    """No such assessment, item or attachment."""


class AmbiguousId(NotFound):
    """An id prefix that matches several assessments."""


class AssessmentFinal(ServiceError):
    """The assessment is final: reopen it before changing it."""


class InvalidProfile(ServiceError):
    pass


class EditionMismatch(ServiceError):
    """A questionnaire edition that does not belong to the assessment's questionnaire."""


class NotComplete(ServiceError):
    """The assessment cannot be made final yet; `issues` are what blocks it."""

    def __init__(self, issues: list[Issue]) -> None:
        missing = sum(1 for i in issues if i.kind == "required")
        super().__init__(
            f"the assessment cannot be made final: {missing} required questions unanswered, "
            f"{len(issues) - missing} other problems to fix"
        )
        self.issues = issues


class ValuesRejected(ServiceError):
    """Several values refused at once (`set_answers`): nothing was written."""

    def __init__(self, problems: list[ValueRejected]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def _now() -> datetime:
    return datetime.now(UTC)


P = ParamSpec("P")
R = TypeVar("R")


def _serialized(
    method: Callable[Concatenate[AssessmentService, P], R],
) -> Callable[Concatenate[AssessmentService, P], R]:
    """One call at a time: the GUI thread changes answers while a worker thread may read them for an export."""

    @functools.wraps(method)
    def serialized(self: AssessmentService, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with self._mutex:
            return method(self, *args, **kwargs)

    return serialized


@dataclass
class _Loaded:
    """An open assessment, kept in memory after first use."""

    summary: AssessmentSummary
    questionnaire: Questionnaire
    answers: dict[str, Answer]
    relevant: frozenset[str]
    memo: progress.ConditionMemo


class AssessmentService:
    def __init__(
        self,
        store: Store,
        catalogue: Catalogue,
        user: str,
        *,
        institution: str | None = None,
        language: str | None = None,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.store = store
        self.catalogue = catalogue
        self.user = user
        self.institution = institution
        """For whom the user answers; by default the institution recorded on the assessment."""
        self.language = language
        """Language of free text the user writes, when a change does not say."""
        self._clock = clock
        self._loaded: dict[str, _Loaded] = {}
        self._mutex = threading.RLock()
        self._editions: dict[str, Questionnaire] = {}
        self._drivers: dict[str, frozenset[str]] = {}
        self.backup_problem: str | None = None
        """Why the last daily backup failed, if it did (the changes themselves were saved)."""

    # -- the respondent

    @_serialized
    def profile(self) -> Profile | None:
        with self.store.read() as tx:
            return queries.load_profile(tx)

    @_serialized
    def set_profile(self, profile: Profile) -> Profile:
        clean = validate_profile(profile)
        now = self._clock()
        with self.store.write() as tx:
            old = queries.load_profile(tx)
            queries.save_profile(tx, clean, now)
            queries.audit(tx, now, self.user, "profile", None, None, _profile_json(old), _profile_json(clean))
        return clean

    # -- assessments

    @_serialized
    def list_assessments(self) -> list[AssessmentSummary]:
        with self.store.read() as tx:
            return queries.assessments(tx)

    @_serialized
    def assessment(self, assessment_id: str) -> AssessmentSummary:
        return self._get(assessment_id).summary

    @_serialized
    def resolve(self, prefix: str) -> str:
        """The full id of the assessment whose id is or starts with `prefix`."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise NotFound("no assessment id given")
        with self.store.read() as tx:
            found = queries.ids_starting_with(tx, prefix)
        if prefix in found:
            return prefix
        if not found:
            raise NotFound(f"there is no assessment {prefix}")
        if len(found) > 1:
            raise AmbiguousId(f"{prefix} could be any of {', '.join(i[:12] for i in found)}; give more of the id")
        return found[0]

    def create_assessment(
        self,
        questionnaire: Questionnaire | str,
        *,
        cycle: str = "",
        training: bool = False,
        country: str | None = None,
        institution: str | None = None,
        focal_point: str | None = None,
    ) -> AssessmentSummary:
        """A new draft assessment on `questionnaire` (an edition, or the id of a bundled one: the newest).

        Country, institution and focal point default to the profile's; a country must be known one way or the other.
        """
        chosen = self._questionnaire_named(questionnaire)
        stored = self.profile()
        country = country or (stored.country if stored else None)
        if not country:
            raise InvalidProfile("the country is not known: give it (ISO 3166 alpha-3, e.g. KEN) or set the profile")
        profile = validate_profile(
            Profile(
                country,
                institution if institution is not None else (stored.institution if stored else ""),
                focal_point if focal_point is not None else (stored.focal_point if stored else ""),
            )
        )
        now = self._clock()
        summary = AssessmentSummary(
            id=uuid.uuid4().hex,
            questionnaire_id=chosen.id,
            questionnaire_version=chosen.version,
            questionnaire_hash=chosen.content_hash,
            country=profile.country,
            institution=profile.institution,
            focal_point=profile.focal_point,
            cycle=cycle.strip(),
            status="draft",
            training=training,
            created=now,
            updated=now,
        )
        with self.store.write() as tx:
            queries.store_edition(tx, chosen, now)
            queries.insert_assessment(tx, summary)
            queries.audit(tx, now, self.user, "create", summary.id, None, None, _summary_json(summary))
        self._editions[chosen.content_hash] = chosen
        return summary

    @_serialized
    def open_assessment(self, assessment_id: str) -> AssessmentSummary:
        """Load an assessment into memory (later calls on it are fast) and return its summary."""
        return self._get(assessment_id).summary

    @_serialized
    def close_assessment(self, assessment_id: str) -> None:
        """Forget the in-memory copy (nothing to save: every change is already on disk)."""
        self._loaded.pop(assessment_id, None)

    @_serialized
    def delete_assessment(self, assessment_id: str) -> None:
        """Delete an assessment and its answers (the audit log keeps the record of it)."""
        state = self._get(assessment_id)
        now = self._clock()
        with self.store.write() as tx:
            queries.delete_assessment(tx, assessment_id)
            queries.collect_garbage(tx, _attachment_digests(state.answers.values()))
            queries.audit(tx, now, self.user, "delete", assessment_id, None, _summary_json(state.summary), None)
        self._loaded.pop(assessment_id, None)

    @_serialized
    def questionnaire(self, assessment_id: str) -> Questionnaire:
        return self._get(assessment_id).questionnaire

    # -- answers

    @_serialized
    def answers(self, assessment_id: str) -> dict[str, Answer]:
        """Every stored answer, orphans included (marked `orphan=True`), by item id."""
        state = self._get(assessment_id)
        items = state.questionnaire.items
        return {k: (a if k in items else replace(a, orphan=True)) for k, a in state.answers.items()}

    @_serialized
    def answer(self, assessment_id: str, item_id: str) -> Answer | None:
        return self.answers(assessment_id).get(item_id)

    @_serialized
    def set_answer(self, assessment_id: str, item_id: str, value: Json, *, language: str | None = None) -> Change:
        """Validate and store one answer; a value meaning "no answer" (None, "", []) clears it."""
        state = self._editable(assessment_id)
        item = self._item(state, item_id)
        canonical = normalize(state.questionnaire, item, value, self._attachment_lookup)
        if canonical is None:
            return self.clear_answer(assessment_id, item_id)
        old = state.answers.get(item_id)
        if old is not None and old.value == canonical and old.confirmed:
            return Change(old, frozenset(), old.answered_at)
        now = self._clock()
        new = self._new_answer(state, item, old, canonical, now, language)
        with self.store.write() as tx:
            queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, self.user, "answer", assessment_id, item_id, _old_value(old), canonical)
            queries.touch(tx, assessment_id, now)
            removed = _attachment_digests([old]) - _attachment_digests([new]) if old is not None else set()
            queries.collect_garbage(tx, removed)
        return self._committed(state, {item_id: new}, now)

    @_serialized
    def set_answers(self, assessment_id: str, values: Mapping[str, Json]) -> list[Change]:
        """Several answers in one transaction, all or nothing: any refused value → ValuesRejected, nothing written."""
        state = self._editable(assessment_id)
        problems: list[ValueRejected] = []
        canonical: dict[str, Json] = {}
        for item_id, value in values.items():
            info = state.questionnaire.items.get(item_id)
            if info is None:
                problems.append(ValueRejected(item_id, "this questionnaire has no such question"))
                continue
            try:
                canonical[item_id] = normalize(state.questionnaire, info.item, value, self._attachment_lookup)
            except ValueRejected as rejected:
                problems.append(rejected)
        if problems:
            raise ValuesRejected(problems)
        now = self._clock()
        written: dict[str, Answer | None] = {}
        for item_id, value in canonical.items():
            old = state.answers.get(item_id)
            if value is None:
                if old is not None and old.value is not None:
                    written[item_id] = replace(old, value=None, answered_at=now) if old.comment else None
            elif old is None or old.value != value or not old.confirmed:
                written[item_id] = self._new_answer(state, state.questionnaire.item(item_id), old, value, now, None)
        if not written:
            return []
        with self.store.write() as tx:
            for item_id, new in written.items():
                old = state.answers.get(item_id)
                if new is None:
                    queries.delete_answer(tx, assessment_id, item_id)
                else:
                    queries.put_answer(tx, assessment_id, new)
                action = "answer" if new is not None and new.value is not None else "clear"
                new_value = new.value if new is not None else None
                queries.audit(tx, now, self.user, action, assessment_id, item_id, _old_value(old), new_value)
            queries.touch(tx, assessment_id, now)
            removed = _attachment_digests(a for a in (state.answers.get(i) for i in written) if a is not None)
            queries.collect_garbage(tx, removed - _attachment_digests(a for a in written.values() if a is not None))
        flipped = self._committed(state, written, now).relevance_changed
        return [Change(self._as_stored(state, answer), flipped, now) for answer in written.values()]

    @_serialized
    def clear_answer(self, assessment_id: str, item_id: str) -> Change:
        """Remove the value (a comment stays, and the answer with it, value None); orphans are removed whole."""
        state = self._editable(assessment_id)
        if item_id not in state.questionnaire.items and item_id not in state.answers:
            raise NotFound(f"this questionnaire has no question {item_id}")
        old = state.answers.get(item_id)
        if old is None or (old.value is None and item_id in state.questionnaire.items):
            return Change(old, frozenset(), None)
        now = self._clock()
        orphan = item_id not in state.questionnaire.items
        new = None if orphan or not old.comment else replace(old, value=None, answered_at=now, answered_by=self.user)
        with self.store.write() as tx:
            if new is None:
                queries.delete_answer(tx, assessment_id, item_id)
            else:
                queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, self.user, "clear", assessment_id, item_id, _old_value(old), None)
            queries.touch(tx, assessment_id, now)
            queries.collect_garbage(tx, _attachment_digests([old]))
        return self._committed(state, {item_id: new}, now)

    @_serialized
    def set_comment(self, assessment_id: str, item_id: str, text: str, *, language: str | None = None) -> Change:
        """The assessor's comment on an item (evidence, sources, caveats); an empty text removes it."""
        state = self._editable(assessment_id)
        self._item(state, item_id)
        if not isinstance(text, str):
            raise ValueRejected(item_id, "the comment must be text")
        text = text.strip()
        if len(text) > 20000:
            raise ValueRejected(item_id, f"the comment is {len(text)} characters long; at most 20000 are allowed")
        old = state.answers.get(item_id)
        if (old.comment if old else "") == text:
            return Change(old, frozenset(), old.answered_at if old else None)
        now = self._clock()
        new: Answer | None
        if old is None:
            new = Answer(item_id, None, text, self.user, self._institution(state), now, language or self.language)
        elif old.value is None and not text:
            new = None
        else:
            new = replace(old, comment=text, language=language or old.language or self.language)
        with self.store.write() as tx:
            if new is None:
                queries.delete_answer(tx, assessment_id, item_id)
            else:
                queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, self.user, "comment", assessment_id, item_id, old.comment if old else None, text)
            queries.touch(tx, assessment_id, now)
        return self._committed(state, {item_id: new}, now)

    @_serialized
    def confirm(self, assessment_id: str, item_id: str) -> Change:
        """Confirm a carried-forward answer as still true for this cycle."""
        state = self._editable(assessment_id)
        self._item(state, item_id)
        old = state.answers.get(item_id)
        if old is None or old.confirmed:
            return Change(old, frozenset(), None)
        now = self._clock()
        new = replace(old, confirmed=True)
        with self.store.write() as tx:
            queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, self.user, "confirm", assessment_id, item_id, old.value, old.value)
            queries.touch(tx, assessment_id, now)
        return self._committed(state, {item_id: new}, now)

    # -- attachments

    @_serialized
    def add_attachment(self, assessment_id: str, item_id: str, data: bytes, name: str, media_type: str) -> Change:
        """Store a file (once per content, by SHA-256) and add it to an attachment item's answer."""
        state = self._editable(assessment_id)
        item = self._item(state, item_id)
        if not isinstance(item, AttachmentItem):
            raise ValueRejected(item_id, "this question does not take files")
        pending = AttachmentRef(queries.sha256(data), name.strip(), media_type.strip(), len(data))
        old = state.answers.get(item_id)
        current = list(old.value) if old is not None and isinstance(old.value, list) else []
        if any(isinstance(e, dict) and e.get("sha256") == pending.sha256 for e in current):
            raise ValueRejected(item_id, f"{name} is already attached here")
        entry = {"sha256": pending.sha256, "name": pending.name, "media_type": pending.media_type, "size": pending.size}

        def lookup(digest: str) -> AttachmentRef | None:
            return pending if digest == pending.sha256 else self._attachment_lookup(digest)

        canonical = normalize(state.questionnaire, item, [*current, entry], lookup)
        now = self._clock()
        new = self._new_answer(state, item, old, canonical, now, None)
        with self.store.write() as tx:
            queries.put_attachment(tx, data, pending.name, pending.media_type, now)
            queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, self.user, "attach", assessment_id, item_id, _old_value(old), canonical)
            queries.touch(tx, assessment_id, now)
        return self._committed(state, {item_id: new}, now)

    @_serialized
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

    @_serialized
    def attachment_content(self, sha256: str) -> bytes:
        with self.store.read() as tx:
            content = queries.attachment_content(tx, sha256)
        if content is None:
            raise NotFound(f"no stored file {sha256[:12]}")
        return content

    def _attachment_lookup(self, digest: str) -> AttachmentRef | None:
        with self.store.read() as tx:
            return queries.attachment(tx, digest)

    # -- relevance, progress, issues

    @_serialized
    def relevant(self, assessment_id: str) -> frozenset[str]:
        return self._get(assessment_id).relevant

    @_serialized
    def progress(self, assessment_id: str) -> Progress:
        """Answered relevant items per section and overall (see `progress.progress`)."""
        state = self._get(assessment_id)
        found = progress.issues(state.questionnaire, state.answers, state.relevant, "en", state.memo)
        return progress.progress(state.questionnaire, state.answers, state.relevant, found)

    @_serialized
    def issues(self, assessment_id: str, lang: str = "en") -> list[Issue]:
        """Every issue, in questionnaire order then orphans; authors' messages in `lang` (else the source
        language), built-in messages in English (front ends translate them by `kind`)."""
        state = self._get(assessment_id)
        return progress.issues(state.questionnaire, state.answers, state.relevant, lang, state.memo)

    @_serialized
    def status(self, assessment_id: str, lang: str = "en") -> dict[str, Any]:
        """The `omnibus status --json` document (a stable contract, see docs/cli.md)."""
        state = self._get(assessment_id)
        found = progress.issues(state.questionnaire, state.answers, state.relevant, lang, state.memo)
        done = progress.progress(state.questionnaire, state.answers, state.relevant, found)
        return status.report(state.summary, state.questionnaire, state.answers, state.relevant, found, done)

    # -- status

    @_serialized
    def mark_final(self, assessment_id: str) -> AssessmentSummary:
        """Make the assessment final; refused with NotComplete while required answers or errors remain."""
        state = self._get(assessment_id)
        if state.summary.status == "final":
            return state.summary
        blocking = [i for i in self.issues(assessment_id) if i.severity == "error"]
        if blocking:
            raise NotComplete(blocking)
        return self._set_status(state, "final")

    @_serialized
    def reopen(self, assessment_id: str) -> AssessmentSummary:
        state = self._get(assessment_id)
        if state.summary.status == "draft":
            return state.summary
        return self._set_status(state, "draft")

    def _set_status(self, state: _Loaded, new_status: str) -> AssessmentSummary:
        now = self._clock()
        with self.store.write() as tx:
            queries.update_assessment(tx, state.summary.id, status=new_status, updated=now)
            queries.audit(tx, now, self.user, "status", state.summary.id, None, state.summary.status, new_status)
        state.summary = replace(state.summary, status=new_status, updated=now)  # type: ignore[arg-type]
        return state.summary

    # -- cycles and editions

    def carry_forward(
        self, assessment_id: str, cycle: str, questionnaire: Questionnaire | None = None
    ) -> AssessmentSummary:
        """A new assessment for `cycle`, pre-filled from this one (to be confirmed item by item).

        It uses `questionnaire` if given, else the newest bundled edition of the same questionnaire when that is
        newer, else the same edition. Answers keep their provenance, with origin carried_forward and confirmed
        False; answers to items the edition no longer has come along as orphans.
        """
        source = self._get(assessment_id)
        target = questionnaire or self._newest_edition(source.questionnaire)
        if target.id != source.questionnaire.id:
            raise EditionMismatch(f"{target.id} is not an edition of {source.questionnaire.id}")
        now = self._clock()
        summary = replace(
            source.summary,
            id=uuid.uuid4().hex,
            questionnaire_version=target.version,
            questionnaire_hash=target.content_hash,
            cycle=cycle.strip(),
            status="draft",
            created=now,
            updated=now,
            carried_from=assessment_id,
        )
        carried = {
            item_id: replace(a, origin="carried_forward", confirmed=False)
            for item_id, a in cycles.move_answers(source.answers, target).items()
        }
        with self.store.write() as tx:
            queries.store_edition(tx, target, now)
            queries.insert_assessment(tx, summary)
            queries.put_answers(tx, summary.id, carried.values())
            queries.audit(tx, now, self.user, "carry_forward", summary.id, None, assessment_id, _summary_json(summary))
        self._editions[target.content_hash] = target
        return summary

    @_serialized
    def compare(self, earlier_id: str, later_id: str) -> Comparison:
        """Item by item from `earlier_id` to `later_id` (see `cycles.compare_answers`)."""
        earlier, later = self._get(earlier_id), self._get(later_id)
        if earlier.questionnaire.id != later.questionnaire.id:
            raise EditionMismatch(
                f"{earlier_id[:8]} answers {earlier.questionnaire.id} and {later_id[:8]} answers "
                f"{later.questionnaire.id}; only assessments of the same questionnaire can be compared"
            )
        items = cycles.compare_answers(earlier.answers, later.answers, later.questionnaire)
        return Comparison(earlier.summary, later.summary, items)

    @_serialized
    def upgrade_questionnaire(self, assessment_id: str, newer: Questionnaire) -> AssessmentSummary:
        """Move the assessment to another edition of its questionnaire; answers move by id and `renamed_from`,
        answers to removed items stay as orphans."""
        state = self._editable(assessment_id)
        if newer.id != state.questionnaire.id:
            raise EditionMismatch(f"{newer.id} is not an edition of {state.questionnaire.id}")
        if newer.content_hash == state.summary.questionnaire_hash:
            return state.summary
        moved = cycles.target_ids(state.answers, newer)
        renamed = {old: new for old, new in moved.items() if old != new}
        now = self._clock()
        old_edition = {"version": state.summary.questionnaire_version, "hash": state.summary.questionnaire_hash}
        new_edition = {"version": newer.version, "hash": newer.content_hash, "renamed": renamed}
        with self.store.write() as tx:
            queries.store_edition(tx, newer, now)
            for old in renamed:
                queries.delete_answer(tx, assessment_id, old)
            for old, new in renamed.items():
                queries.put_answer(tx, assessment_id, replace(state.answers[old], item_id=new))
            queries.update_assessment(
                tx,
                assessment_id,
                questionnaire_version=newer.version,
                questionnaire_hash=newer.content_hash,
                updated=now,
            )
            queries.audit(tx, now, self.user, "upgrade_questionnaire", assessment_id, None, old_edition, new_edition)
        self._editions[newer.content_hash] = newer
        self._loaded.pop(assessment_id, None)
        return self._get(assessment_id).summary

    @_serialized
    def history(self, assessment_id: str) -> list[queries.AuditEntry]:
        """The audit log of one assessment, oldest first."""
        with self.store.read() as tx:
            return queries.audit_entries(tx, assessment_id)

    # -- internals

    def _get(self, assessment_id: str) -> _Loaded:
        state = self._loaded.get(assessment_id)
        if state is not None:
            return state
        with self.store.read() as tx:
            summary = queries.assessment(tx, assessment_id)
            if summary is None:
                raise NotFound(f"there is no assessment {assessment_id}")
            answers = queries.load_answers(tx, assessment_id)
            files = (
                None
                if summary.questionnaire_hash in self._editions
                else queries.edition_files(tx, summary.questionnaire_hash)
            )
        questionnaire = self._edition(summary.questionnaire_hash, files)
        memo = progress.ConditionMemo()
        relevant = progress.relevant_items(questionnaire, answers, memo)
        state = _Loaded(summary, questionnaire, answers, relevant, memo)
        self._loaded[assessment_id] = state
        return state

    def _edition(self, content_hash: str, files: list[tuple[str, bytes]] | None) -> Questionnaire:
        known = self._editions.get(content_hash)
        if known is not None:
            return known
        if not files:
            raise StorageError(f"the questionnaire edition {content_hash[:12]} is missing from {self.store.path}")
        by_name = dict(files)
        main_name, main_content = files[0]
        loaded = load_questionnaire_bytes(main_content, main_name, by_name.get)
        self._editions[content_hash] = loaded
        return loaded

    def _editable(self, assessment_id: str) -> _Loaded:
        state = self._get(assessment_id)
        if state.summary.status == "final":
            raise AssessmentFinal("this assessment is final; reopen it to change it")
        return state

    def _item(self, state: _Loaded, item_id: str) -> Item:
        info = state.questionnaire.items.get(item_id)
        if info is None:
            raise NotFound(f"this questionnaire has no question {item_id}")
        return info.item

    def _institution(self, state: _Loaded) -> str:
        return self.institution if self.institution is not None else state.summary.institution

    def _new_answer(
        self, state: _Loaded, item: Item, old: Answer | None, value: Json, now: datetime, language: str | None
    ) -> Answer:
        """The answer as the user now gives it: changing a carried-forward value makes it entered; giving the
        same value confirms it."""
        same = old is not None and old.value == value
        return Answer(
            item_id=item.id,
            value=value,
            comment=old.comment if old is not None else "",
            answered_by=self.user,
            institution=self._institution(state),
            answered_at=now,
            language=(language or self.language) if item.type in FREE_TEXT_TYPES else None,
            origin=old.origin if same and old is not None else "entered",
            confirmed=True,
        )

    def _committed(self, state: _Loaded, changed: Mapping[str, Answer | None], now: datetime) -> Change:
        """After a successful commit: update the in-memory copy; what moved."""
        for item_id, answer in changed.items():
            if answer is None:
                state.answers.pop(item_id, None)
            else:
                state.answers[item_id] = answer
        state.summary = replace(state.summary, updated=now)
        flipped: frozenset[str] = frozenset()
        if not self._drivers_of(state.questionnaire).isdisjoint(changed):
            before = state.relevant
            state.relevant = progress.relevant_items(state.questionnaire, state.answers, state.memo)
            flipped = before ^ state.relevant
        try:
            self.store.daily_backup()
            self.backup_problem = None
        except StorageError as problem:  # the change itself is saved; a front end may show this
            self.backup_problem = str(problem)
        last = list(changed.values())[-1] if changed else None
        return Change(self._as_stored(state, last), flipped, now)

    @staticmethod
    def _as_stored(state: _Loaded, answer: Answer | None) -> Answer | None:
        if answer is not None and answer.item_id not in state.questionnaire.items:
            return replace(answer, orphan=True)
        return answer

    def _drivers_of(self, questionnaire: Questionnaire) -> frozenset[str]:
        """Items whose answers some relevance condition reads: only their changes can flip relevance."""
        drivers = self._drivers.get(questionnaire.content_hash)
        if drivers is None:
            conditions = questionnaire.conditions
            names: set[str] = set()
            for expression in (*conditions.item_relevance.values(), *conditions.section_relevance.values()):
                names |= expression.names
            drivers = frozenset(names)
            self._drivers[questionnaire.content_hash] = drivers
        return drivers

    def _questionnaire_named(self, questionnaire: Questionnaire | str) -> Questionnaire:
        if isinstance(questionnaire, Questionnaire):
            return questionnaire
        found = self.catalogue.find(questionnaire)
        if found is None:
            known = ", ".join(sorted({q.id for q in self.catalogue.all()})) or "none"
            raise NotFound(f"there is no questionnaire {questionnaire} (bundled: {known})")
        return found

    def _newest_edition(self, current: Questionnaire) -> Questionnaire:
        newest = self.catalogue.find(current.id)
        if newest is not None and cycles.version_key(newest.version) > cycles.version_key(current.version):
            return newest
        return current


def validate_profile(profile: Profile) -> Profile:
    """The profile with the country checked against ISO 3166 (alpha-3, upper case) and texts trimmed."""
    code = profile.country.strip().upper() if isinstance(profile.country, str) else ""
    if len(code) != 3 or pycountry.countries.get(alpha_3=code) is None:
        raise InvalidProfile(f"{profile.country!r} is not an ISO 3166 alpha-3 country code (e.g. KEN, FRA, PER)")
    return Profile(code, profile.institution.strip(), profile.focal_point.strip(), profile.contact.strip())


def _profile_json(profile: Profile | None) -> Json:
    if profile is None:
        return None
    return {
        "country": profile.country,
        "institution": profile.institution,
        "focal_point": profile.focal_point,
        "contact": profile.contact,
    }


def _summary_json(summary: AssessmentSummary) -> Json:
    return {
        "questionnaire": summary.questionnaire_id,
        "version": summary.questionnaire_version,
        "hash": summary.questionnaire_hash,
        "country": summary.country,
        "cycle": summary.cycle,
        "training": summary.training,
        "carried_from": summary.carried_from,
    }


def _old_value(answer: Answer | None) -> Json:
    return None if answer is None else answer.value


def _attachment_digests(answers: Any) -> set[str]:
    """SHA-256 digests named by attachment answers."""
    found: set[str] = set()
    for answer in answers:
        if answer is not None and isinstance(answer.value, list):
            for entry in answer.value:
                if isinstance(entry, dict) and isinstance(entry.get("sha256"), str):
                    found.add(entry["sha256"])
    return found
