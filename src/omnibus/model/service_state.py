"""What every part of the assessment service shares: the store, who answers, the open assessments in memory.

`Workspace` is not locked by itself: the service calls its parts under its one lock. It keeps the rule that the
in-memory copy of an assessment changes only after a successful commit (`committed`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from omnibus.model import cycles, progress
from omnibus.model.catalogue import Catalogue
from omnibus.model.messages import Msg
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AnswerValue, AttachmentRef, Change, Profile
from omnibus.model.service_errors import AssessmentFinal, NotFound
from omnibus.model.service_support import Collaboration, Loaded
from omnibus.model.store import StorageError, Store, Trouble, queries

if TYPE_CHECKING:
    from omnibus.model.schema import Item

FREE_TEXT_TYPES = frozenset({"text", "long_text", "legislation", "table", "ta_needs", "multiple_choice"})


class Workspace:
    """The store and catalogue, the user and the open assessments with their questionnaire editions."""

    def __init__(
        self,
        store: Store,
        catalogue: Catalogue,
        user: str,
        institution: str | None,
        language: str | None,
        clock: Callable[[], datetime],
    ) -> None:
        self.store = store
        self.catalogue = catalogue
        self.user = user
        self.institution = institution
        self.language = language
        self.clock = clock
        self.loaded: dict[str, Loaded] = {}
        self.editions: dict[str, Questionnaire] = {}
        self.backup_problem: str | None = None
        self._drivers: dict[str, frozenset[str]] = {}
        self._profile: Profile | None = None
        self._profile_read = False

    # -- reading

    def get(self, assessment_id: str) -> Loaded:
        """The open assessment, read from the store on first use."""
        state = self.loaded.get(assessment_id)
        if state is not None:
            return state
        from omnibus.model.store import assignment_queries  # here: listing the assessments needs none of it

        with self.store.read() as tx:
            summary = queries.assessment(tx, assessment_id)
            if summary is None:
                raise NotFound(f"there is no assessment {assessment_id}")
            answers = queries.load_answers(tx, assessment_id)
            drafts = queries.load_drafts(tx, assessment_id)
            copy = assignment_queries.copy_of(tx, assessment_id)
            files = (
                None
                if summary.questionnaire_hash in self.editions
                else queries.edition_files(tx, summary.questionnaire_hash)
            )
        questionnaire = self._edition(summary.questionnaire_hash, files)
        relevant = progress.relevant_items(questionnaire, answers)
        state = Loaded(summary, questionnaire, answers, relevant, drafts, frozenset(copy.items) if copy else None)
        self.loaded[assessment_id] = state
        return state

    def editable(self, assessment_id: str) -> Loaded:
        state = self.get(assessment_id)
        if state.summary.status == "final":
            raise AssessmentFinal("this assessment is final; reopen it to change it")
        return state

    def reload(self, assessment_id: str) -> Loaded:
        """Read the assessment again after a change the in-memory copy does not follow (a new edition, say)."""
        self.loaded.pop(assessment_id, None)
        return self.get(assessment_id)

    def profile(self) -> Profile | None:
        """The respondent's profile, read once: only this service changes it (`remember_profile`), and the store's
        lock keeps other programs off the database meanwhile."""
        if not self._profile_read:
            with self.store.read() as tx:
                self._profile = queries.load_profile(tx)
            self._profile_read = True
        return self._profile

    def remember_profile(self, profile: Profile) -> None:
        """The profile as just written."""
        self._profile, self._profile_read = profile, True

    def forget(self) -> None:
        """Drop everything read from the store: the database was replaced by a backup."""
        self.loaded.clear()
        self._profile, self._profile_read = None, False

    def collaboration(self, state: Loaded) -> Collaboration:
        """Who gave the answers merged here and which sections are signed off, read once: only a merge, a settled
        conflict or a sign-off changes them, and each calls `collaboration_changed`. A save in the window takes a
        snapshot, and reading them again there was a tenth of the save's own write."""
        if state.collaboration is None:
            from omnibus.model.store import contribution_queries

            assessment_id = state.summary.id
            with self.store.read() as tx:
                rows = contribution_queries.provenance_rows(tx, assessment_id)
                signed = tuple(contribution_queries.sign_offs(tx, assessment_id))
            state.collaboration = Collaboration(rows, signed)
        return state.collaboration

    @staticmethod
    def collaboration_changed(state: Loaded) -> None:
        """Before writing provenance or sign-offs: what was read of them is read again at the next use (also when
        the write fails: the store then holds what it held)."""
        state.collaboration = None

    def attachment_lookup(self, digest: str) -> AttachmentRef | None:
        with self.store.read() as tx:
            return queries.attachment(tx, digest)

    @staticmethod
    def item(state: Loaded, item_id: str) -> Item:
        """The item to change; refused when the questionnaire has none, or when it is context of an assignment."""
        info = state.questionnaire.items.get(item_id)
        if info is None:
            raise NotFound(f"this questionnaire has no question {item_id}")
        refuse_outside_scope(state, (item_id,))
        return info.item

    # -- questionnaire editions

    def remember_edition(self, questionnaire: Questionnaire) -> None:
        self.editions[questionnaire.content_hash] = questionnaire

    def questionnaire_named(self, questionnaire: Questionnaire | str) -> Questionnaire:
        """The edition given, or the newest bundled one of the questionnaire with this id."""
        if isinstance(questionnaire, Questionnaire):
            return questionnaire
        found = self.catalogue.find(questionnaire)
        if found is None:
            known = ", ".join(sorted({q.id for q in self.catalogue.all()})) or "none"
            raise NotFound(f"there is no questionnaire {questionnaire} (bundled: {known})")
        return found

    def newest_edition(self, current: Questionnaire) -> Questionnaire:
        newest = self.catalogue.find(current.id)
        if newest is not None and cycles.version_key(newest.version) > cycles.version_key(current.version):
            return newest
        return current

    def _edition(self, content_hash: str, files: list[tuple[str, bytes]] | None) -> Questionnaire:
        known = self.editions.get(content_hash)
        if known is not None:
            return known
        if not files:
            raise StorageError(
                f"the questionnaire edition {content_hash[:12]} is missing from {self.store.path}",
                kind=Trouble.EDITION_MISSING,
            )
        from omnibus.model.checked_cache import load_bytes  # the start screen opens the store without it

        by_name = dict(files)
        main_name, main_content = files[0]
        loaded = load_bytes(main_content, main_name, by_name.get)
        self.editions[content_hash] = loaded
        return loaded

    # -- answers as the user gives them

    def institution_of(self, state: Loaded) -> str:
        return self.institution if self.institution is not None else state.summary.institution

    def person_of(self, state: Loaded) -> str:
        """Who answers, assigns and accepts on this assessment, as a reader of its provenance knows them: its focal
        point (on an institution's laptop, the contact its assignment names), else the profile's. Only on an
        assessment of one's own does the computer's login stand in for neither (an account name nobody else knows,
        but someone): an institution's answer names the institution the assignment names, and its login would
        leave the laptop with the contribution for no one to recognise it."""
        profile = self.profile()
        named = state.summary.focal_point.strip() or (profile.focal_point.strip() if profile else "")
        return named or ("" if state.scope is not None else self.user)

    def new_answer(
        self,
        state: Loaded,
        item: Item,
        old: Answer | None,
        value: AnswerValue | None,
        now: datetime,
        language: str | None,
    ) -> Answer:
        """The answer as the user now gives it: changing a carried-forward value makes it entered; giving the
        same value confirms it. Who gave it is the person a reader of the provenance knows (`person_of`)."""
        same = old is not None and old.value == value
        return Answer(
            item_id=item.id,
            value=value,
            comment=old.comment if old is not None else "",
            answered_by=self.person_of(state),
            institution=self.institution_of(state),
            answered_at=now,
            language=(language or self.language) if item.type in FREE_TEXT_TYPES else None,
            origin=old.origin if same and old is not None else "entered",
            confirmed=True,
        )

    def committed(self, state: Loaded, changed: Mapping[str, Answer | None], now: datetime) -> Change:
        """After a successful commit: update the in-memory copy; what moved."""
        for item_id, answer in changed.items():
            if answer is None:
                state.answers.pop(item_id, None)
            else:
                state.answers[item_id] = answer
        state.summary = replace(state.summary, updated=now)
        flipped: frozenset[str] = frozenset()
        if not self.drivers_of(state.questionnaire).isdisjoint(changed):
            before = state.relevant
            values = progress.answered_values(state.questionnaire, state.answers)
            state.relevant = state.questionnaire.relevant_after(values, before, changed)
            flipped = before ^ state.relevant
        try:
            self.store.daily_backup()
            self.backup_problem = None
        except StorageError as problem:  # the change itself is saved; a front end may show this
            self.backup_problem = str(problem)
        last = list(changed.values())[-1] if changed else None
        return Change(as_stored(state, last), flipped, now)

    def drivers_of(self, questionnaire: Questionnaire) -> frozenset[str]:
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


def as_stored(state: Loaded, answer: Answer | None) -> Answer | None:
    """The answer marked as an orphan when the assessment's edition no longer has its item."""
    if answer is not None and answer.item_id not in state.questionnaire.items:
        return replace(answer, orphan=True)
    return answer


def refuse_outside_scope(state: Loaded, item_ids: Iterable[str]) -> None:
    """On an institution's laptop, only the items of its assignment change; the others are read-only context."""
    if state.scope is None:
        return
    from omnibus.model.collaboration import CollaborationRefused

    for item_id in item_ids:
        if item_id not in state.scope:
            raise CollaborationRefused(Msg.ANSWER_OUTSIDE_ASSIGNMENT, item=item_id)
