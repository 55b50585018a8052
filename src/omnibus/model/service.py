"""The assessment service: the one headless API that the desktop application and the command line share.

Every change follows the same path: validate the value (`values.normalize`) → one transaction writing the answer
and its audit entry → update the in-memory copy → return a `Change` (the answer as stored and the items whose
relevance flipped). The in-memory copy of an assessment's answers is updated only after a successful commit, so
after a `StorageError` the caller sees exactly what is on disk and may simply retry.

Create the service once, with the store and catalogue, and pass it to the front end. Calls are serialized by a
lock, so a worker thread (an export) may read while the GUI thread writes.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime

from omnibus.model import cycles, progress
from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import (
    Answer,
    AssessmentSummary,
    Change,
    Json,
    Profile,
)
from omnibus.model.refusals import Refusal, Why
from omnibus.model.schema import Item
from omnibus.model.service_attachments import AttachmentOperations
from omnibus.model.service_cycles import CycleOperations
from omnibus.model.service_documents import DocumentOperations, cycle_label
from omnibus.model.service_drafts import DraftOperations
from omnibus.model.service_errors import (
    AmbiguousId,
    AssessmentFinal,
    DuplicateAssessment,
    EditionMismatch,
    InvalidCycle,
    InvalidProfile,
    NotComplete,
    NotFound,
    ServiceError,
    ValuesRejected,
)
from omnibus.model.service_status import StatusOperations
from omnibus.model.service_support import (
    Loaded,
    attachment_digests,
    now_utc,
    old_value,
    profile_json,
    serialized,
    summary_json,
    validate_profile,
)
from omnibus.model.store import StorageError, Store, queries
from omnibus.model.values import ValueRejected, normalize

__all__ = [
    "AmbiguousId",
    "AssessmentFinal",
    "AssessmentService",
    "DuplicateAssessment",
    "EditionMismatch",
    "InvalidCycle",
    "InvalidProfile",
    "NotComplete",
    "NotFound",
    "ServiceError",
    "ValueRejected",
    "ValuesRejected",
    "validate_profile",
]

FREE_TEXT_TYPES = frozenset({"text", "long_text", "legislation", "table", "ta_needs", "multiple_choice"})


class AssessmentService(CycleOperations, DocumentOperations, AttachmentOperations, StatusOperations, DraftOperations):
    def __init__(
        self,
        store: Store,
        catalogue: Catalogue,
        user: str,
        *,
        institution: str | None = None,
        language: str | None = None,
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        self.store = store
        self.catalogue = catalogue
        self.user = user
        self.institution = institution
        """For whom the user answers; by default the institution recorded on the assessment."""
        self.language = language
        """Language of free text the user writes, when a change does not say."""
        self._clock = clock
        self._loaded: dict[str, Loaded] = {}
        self._mutex = threading.RLock()
        self._editions: dict[str, Questionnaire] = {}
        self._drivers: dict[str, frozenset[str]] = {}
        self.backup_problem: str | None = None
        """Why the last daily backup failed, if it did (the changes themselves were saved)."""

    # -- the respondent

    @serialized
    def profile(self) -> Profile | None:
        with self.store.read() as tx:
            return queries.load_profile(tx)

    @serialized
    def set_profile(self, profile: Profile) -> Profile:
        clean = validate_profile(profile)
        now = self._clock()
        with self.store.write() as tx:
            old = queries.load_profile(tx)
            queries.save_profile(tx, clean, now)
            queries.audit(tx, now, self.user, "profile", None, None, profile_json(old), profile_json(clean))
        return clean

    # -- assessments

    @serialized
    def list_assessments(self) -> list[AssessmentSummary]:
        with self.store.read() as tx:
            return queries.assessments(tx)

    @serialized
    def assessment(self, assessment_id: str) -> AssessmentSummary:
        return self._get(assessment_id).summary

    @serialized
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
        allow_duplicate: bool = False,
    ) -> AssessmentSummary:
        """A new draft assessment on `questionnaire` (an edition, or the id of a bundled one: the newest).

        Country, institution and focal point default to the profile's; a country must be known one way or the other.
        The cycle is a year or a range of years (InvalidCycle otherwise), or empty when not known. A second
        assessment of the same country, questionnaire and cycle raises DuplicateAssessment unless `allow_duplicate`.
        """
        # every assessment has a cycle (the year it was made when none is given): packages and the Secretariat need one
        cycle = cycle_label(cycle) if cycle.strip() else str(self._clock().year)
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
        if not allow_duplicate:
            self.refuse_duplicate(chosen.id, profile.country, cycle, training)
        now = self._clock()
        summary = AssessmentSummary(
            id=uuid.uuid4().hex,
            questionnaire_id=chosen.id,
            questionnaire_version=chosen.version,
            questionnaire_hash=chosen.content_hash,
            country=profile.country,
            institution=profile.institution,
            focal_point=profile.focal_point,
            cycle=cycle,
            status="draft",
            training=training,
            created=now,
            updated=now,
        )
        with self.store.write() as tx:
            queries.store_edition(tx, chosen, now)
            queries.insert_assessment(tx, summary)
            queries.audit(tx, now, self.user, "create", summary.id, None, None, summary_json(summary))
        self._editions[chosen.content_hash] = chosen
        if self.reuse_related_answers(summary.id):
            return self._get(summary.id).summary
        return summary

    @serialized
    def open_assessment(self, assessment_id: str) -> AssessmentSummary:
        """Load an assessment into memory (later calls on it are fast) and return its summary."""
        return self._get(assessment_id).summary

    @serialized
    def close_assessment(self, assessment_id: str) -> None:
        """Forget the in-memory copy (nothing to save: every change is already on disk)."""
        self._loaded.pop(assessment_id, None)

    @serialized
    def questionnaire(self, assessment_id: str) -> Questionnaire:
        return self._get(assessment_id).questionnaire

    # -- answers

    @serialized
    def answers(self, assessment_id: str) -> dict[str, Answer]:
        """Every stored answer, orphans included (marked `orphan=True`), by item id."""
        state = self._get(assessment_id)
        items = state.questionnaire.items
        return {k: (a if k in items else replace(a, orphan=True)) for k, a in state.answers.items()}

    @serialized
    def answer(self, assessment_id: str, item_id: str) -> Answer | None:
        return self.answers(assessment_id).get(item_id)

    @serialized
    def set_answer(self, assessment_id: str, item_id: str, value: Json, *, language: str | None = None) -> Change:
        """Validate and store one answer; a value meaning "no answer" (None, "", []) clears it. Either way the
        item's draft, if any, is gone: what is on screen is now the answer."""
        state = self._editable(assessment_id)
        item = self._item(state, item_id)
        canonical = normalize(state.questionnaire, item, value, self._attachment_lookup)
        if canonical is None:
            return self.clear_answer(assessment_id, item_id)
        old = state.answers.get(item_id)
        if old is not None and old.value == canonical and old.confirmed:
            self.discard_draft(assessment_id, item_id)
            return Change(old, frozenset(), old.answered_at)
        now = self._clock()
        new = self._new_answer(state, item, old, canonical, now, language)
        with self.store.write() as tx:
            queries.put_answer(tx, assessment_id, new)
            queries.delete_draft(tx, assessment_id, item_id)
            queries.audit(tx, now, self.user, "answer", assessment_id, item_id, old_value(old), canonical)
            queries.touch(tx, assessment_id, now)
            removed = attachment_digests([old]) - attachment_digests([new]) if old is not None else set()
            queries.collect_garbage(tx, removed)
        state.drafts.pop(item_id, None)
        return self._committed(state, {item_id: new}, now)

    @serialized
    def set_answers(self, assessment_id: str, values: Mapping[str, Json]) -> list[Change]:
        """Several answers in one transaction, all or nothing: any refused value → ValuesRejected, nothing written."""
        state = self._editable(assessment_id)
        problems: list[ValueRejected] = []
        canonical: dict[str, Json] = {}
        for item_id, value in values.items():
            info = state.questionnaire.items.get(item_id)
            if info is None:
                problems.append(ValueRejected(item_id, Refusal(Why.NO_SUCH_QUESTION)))
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
            for item_id in canonical:
                self.discard_draft(assessment_id, item_id)
            return []
        with self.store.write() as tx:
            for item_id in canonical:
                queries.delete_draft(tx, assessment_id, item_id)
            for item_id, new in written.items():
                old = state.answers.get(item_id)
                if new is None:
                    queries.delete_answer(tx, assessment_id, item_id)
                else:
                    queries.put_answer(tx, assessment_id, new)
                action = "answer" if new is not None and new.value is not None else "clear"
                new_value = new.value if new is not None else None
                queries.audit(tx, now, self.user, action, assessment_id, item_id, old_value(old), new_value)
            queries.touch(tx, assessment_id, now)
            removed = attachment_digests(a for a in (state.answers.get(i) for i in written) if a is not None)
            queries.collect_garbage(tx, removed - attachment_digests(a for a in written.values() if a is not None))
        flipped = self._committed(state, written, now).relevance_changed
        for item_id in canonical:
            state.drafts.pop(item_id, None)
        return [Change(self._as_stored(state, answer), flipped, now) for answer in written.values()]

    @serialized
    def clear_answer(self, assessment_id: str, item_id: str) -> Change:
        """Remove the value (a comment stays, and the answer with it, value None); orphans are removed whole."""
        state = self._editable(assessment_id)
        if item_id not in state.questionnaire.items and item_id not in state.answers:
            raise NotFound(f"this questionnaire has no question {item_id}")
        old = state.answers.get(item_id)
        if old is None or (old.value is None and item_id in state.questionnaire.items):
            self.discard_draft(assessment_id, item_id)
            return Change(old, frozenset(), None)
        now = self._clock()
        orphan = item_id not in state.questionnaire.items
        new = None if orphan or not old.comment else replace(old, value=None, answered_at=now, answered_by=self.user)
        with self.store.write() as tx:
            queries.delete_draft(tx, assessment_id, item_id)
            if new is None:
                queries.delete_answer(tx, assessment_id, item_id)
            else:
                queries.put_answer(tx, assessment_id, new)
            queries.audit(tx, now, self.user, "clear", assessment_id, item_id, old_value(old), None)
            queries.touch(tx, assessment_id, now)
            queries.collect_garbage(tx, attachment_digests([old]))
        state.drafts.pop(item_id, None)
        return self._committed(state, {item_id: new}, now)

    @serialized
    def set_comment(self, assessment_id: str, item_id: str, text: str, *, language: str | None = None) -> Change:
        """The assessor's comment on an item (evidence, sources, caveats); an empty text removes it."""
        state = self._editable(assessment_id)
        self._item(state, item_id)
        if not isinstance(text, str):
            raise ValueRejected(item_id, Refusal(Why.COMMENT_NOT_TEXT))
        text = text.strip()
        if len(text) > 20000:
            raise ValueRejected(item_id, Refusal(Why.COMMENT_TOO_LONG, {"length": len(text), "limit": 20000}))
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

    @serialized
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

    # -- internals

    def _get(self, assessment_id: str) -> Loaded:
        state = self._loaded.get(assessment_id)
        if state is not None:
            return state
        with self.store.read() as tx:
            summary = queries.assessment(tx, assessment_id)
            if summary is None:
                raise NotFound(f"there is no assessment {assessment_id}")
            answers = queries.load_answers(tx, assessment_id)
            drafts = queries.load_drafts(tx, assessment_id)
            files = (
                None
                if summary.questionnaire_hash in self._editions
                else queries.edition_files(tx, summary.questionnaire_hash)
            )
        questionnaire = self._edition(summary.questionnaire_hash, files)
        relevant = progress.relevant_items(questionnaire, answers)
        state = Loaded(summary, questionnaire, answers, relevant, drafts)
        self._loaded[assessment_id] = state
        return state

    def _edition(self, content_hash: str, files: list[tuple[str, bytes]] | None) -> Questionnaire:
        known = self._editions.get(content_hash)
        if known is not None:
            return known
        if not files:
            raise StorageError(f"the questionnaire edition {content_hash[:12]} is missing from {self.store.path}")
        from omnibus.model.loader import load_questionnaire_bytes  # the start screen opens the store without it

        by_name = dict(files)
        main_name, main_content = files[0]
        loaded = load_questionnaire_bytes(main_content, main_name, by_name.get)
        self._editions[content_hash] = loaded
        return loaded

    def _editable(self, assessment_id: str) -> Loaded:
        state = self._get(assessment_id)
        if state.summary.status == "final":
            raise AssessmentFinal("this assessment is final; reopen it to change it")
        return state

    def _item(self, state: Loaded, item_id: str) -> Item:
        info = state.questionnaire.items.get(item_id)
        if info is None:
            raise NotFound(f"this questionnaire has no question {item_id}")
        return info.item

    def _institution(self, state: Loaded) -> str:
        return self.institution if self.institution is not None else state.summary.institution

    def _new_answer(
        self, state: Loaded, item: Item, old: Answer | None, value: Json, now: datetime, language: str | None
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

    def _committed(self, state: Loaded, changed: Mapping[str, Answer | None], now: datetime) -> Change:
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
            state.relevant = progress.relevant_items(state.questionnaire, state.answers)
            flipped = before ^ state.relevant
        try:
            self.store.daily_backup()
            self.backup_problem = None
        except StorageError as problem:  # the change itself is saved; a front end may show this
            self.backup_problem = str(problem)
        last = list(changed.values())[-1] if changed else None
        return Change(self._as_stored(state, last), flipped, now)

    @staticmethod
    def _as_stored(state: Loaded, answer: Answer | None) -> Answer | None:
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
