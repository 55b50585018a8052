"""The assessment service: the one headless API that the desktop application and the command line share.

Every change follows the same path: validate the value (`values.normalize`) → one transaction writing the answer
and its audit entry → update the in-memory copy → return a `Change` (the answer as stored and the items whose
relevance flipped). The in-memory copy of an assessment's answers is updated only after a successful commit, so
after a `StorageError` the caller sees exactly what is on disk and may simply retry.

Create the service once, with the store and catalogue, and pass it to the front end. Calls are serialized by one
lock, so a worker thread (an export) may read while the GUI thread writes; `snapshot` gives such a reader one
consistent copy of an assessment with everything derived from it worked out once.

The service composes small parts, each in its own module and each readable alone: `Workspace` (what they share:
the store, the user, the open assessments), `Answers`, `Drafts`, `Attachments`, `Standing` (snapshots and the
draft/final status), `Cycles` (carry forward, editions, history) and `Documents` (duplicates, archive, delete,
backups). Its public methods take the lock and hand the call to the part that does it. Working together
(assignments, contributions merged with provenance, conflicts, sign-offs, the institution's side) is composed in as
`WorkingTogether` (service_working_together.py), whose methods the service exposes as its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import (
    Answer,
    AssessmentSummary,
    Change,
    Comparison,
    Draft,
    Issue,
    Json,
    Profile,
    Progress,
)
from omnibus.model.sample_state import is_sample_state
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
from omnibus.model.service_parts import Parts
from omnibus.model.service_receipts import ReceiptOutcome, ReceiptRefused, Receipts
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import now_utc, profile_json, serialized, summary_json, validate_profile
from omnibus.model.service_working_together import WorkingTogether
from omnibus.model.store import Store, queries
from omnibus.model.values import ValueRejected

if TYPE_CHECKING:
    from omnibus.model.receipt_records import ExportedPackage, ReceiptFacts, StoredReceipt
    from omnibus.model.service_documents import Backup
    from omnibus.model.snapshot import AssessmentSnapshot

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
    "ReceiptRefused",
    "ServiceError",
    "ValueRejected",
    "ValuesRejected",
    "validate_profile",
]


class AssessmentService:
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
        self._mutex = threading.RLock()
        self._work = work = Workspace(store, catalogue, user, institution, language, clock)
        self._receipts = Receipts(work)
        self._parts = parts = Parts(work)  # the others, each built when first used
        # working together (see service_working_together.py): the same calls, exposed as the service's own
        together = WorkingTogether(work, lambda: parts.standing, self._mutex)
        self.assign = together.assign
        self.assignments = together.assignments
        self.assignment_contents = together.assignment_contents
        self.reminder = together.reminder
        self.institutions = together.institutions
        self.merge_contribution = together.merge_contribution
        self.conflicts = together.conflicts
        self.resolve_conflict = together.resolve_conflict
        self.sign_off = together.sign_off
        self.sign_offs = together.sign_offs
        self.provenance = together.provenance
        self.item_provenance = together.item_provenance
        self.institution_overview = together.institution_overview
        self.open_assignment = together.open_assignment
        self.assignment_copy = together.assignment_copy
        self.prepare_contribution = together.prepare_contribution

    @property
    def store(self) -> Store:
        return self._work.store

    @property
    def catalogue(self) -> Catalogue:
        return self._work.catalogue

    @property
    def user(self) -> str:
        return self._work.user

    @property
    def institution(self) -> str | None:
        """For whom the user answers; by default the institution recorded on the assessment."""
        return self._work.institution

    @institution.setter
    def institution(self, value: str | None) -> None:
        self._work.institution = value

    @property
    def language(self) -> str | None:
        """Language of free text the user writes, when a change does not say."""
        return self._work.language

    @language.setter
    def language(self, value: str | None) -> None:
        self._work.language = value

    @property
    def backup_problem(self) -> str | None:
        """Why the last daily backup failed, if it did (the changes themselves were saved)."""
        return self._work.backup_problem

    # -- the respondent

    @serialized
    def profile(self) -> Profile | None:
        return self._work.profile()

    @serialized
    def set_profile(self, profile: Profile) -> Profile:
        clean = validate_profile(profile)
        now = self._work.clock()
        with self.store.write() as tx:
            old = queries.load_profile(tx)
            queries.save_profile(tx, clean, now)
            queries.audit(tx, now, self.user, "profile", None, None, profile_json(old), profile_json(clean))
        self._work.remember_profile(clean)
        return clean

    # -- assessments

    @serialized
    def list_assessments(self) -> list[AssessmentSummary]:
        with self.store.read() as tx:
            return queries.assessments(tx)

    @serialized
    def assessment(self, assessment_id: str) -> AssessmentSummary:
        return self._work.get(assessment_id).summary

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

    @serialized
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
        work = self._work
        # every assessment has a cycle (the year it was made when none is given): packages and the Secretariat need one
        import uuid  # here: reading assessments makes no new id

        from omnibus.model.service_documents import cycle_label

        cycle = cycle_label(cycle) if cycle.strip() else str(work.clock().year)
        chosen = work.questionnaire_named(questionnaire)
        stored = work.profile()
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
        if is_sample_state(profile.country) and not training:
            raise InvalidProfile(
                f"{profile.country} is the fictional State of training workshops: "
                "only training assessments may be made for it"
            )
        if not allow_duplicate:
            self._parts.documents.refuse_duplicate(chosen.id, profile.country, cycle, training)
        now = work.clock()
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
        work.remember_edition(chosen)
        if self._parts.cycles.reuse_related_answers(summary.id):
            return work.get(summary.id).summary
        return summary

    @serialized
    def open_assessment(self, assessment_id: str) -> AssessmentSummary:
        """Load an assessment into memory (later calls on it are fast) and return its summary."""
        return self._work.get(assessment_id).summary

    @serialized
    def close_assessment(self, assessment_id: str) -> None:
        """Forget the in-memory copy (nothing to save: every change is already on disk)."""
        self._work.loaded.pop(assessment_id, None)

    @serialized
    def questionnaire(self, assessment_id: str) -> Questionnaire:
        return self._work.get(assessment_id).questionnaire

    # -- one consistent reading

    @serialized
    def snapshot(self, assessment_id: str, lang: str = "en", *, with_files: bool = False) -> AssessmentSnapshot:
        """The assessment as it stands, frozen: summary, answers, drafts, relevance, issues (messages in `lang`)
        and progress, each worked out once; with the bytes of the attached files when `with_files`."""
        return self._parts.standing.snapshot(assessment_id, lang, with_files=with_files)

    @serialized
    def relevant(self, assessment_id: str) -> frozenset[str]:
        return self._work.get(assessment_id).relevant

    @serialized
    def progress(self, assessment_id: str) -> Progress:
        """Answered relevant items per section and overall (see `progress.progress`)."""
        return self._parts.standing.snapshot(assessment_id).progress

    @serialized
    def issues(self, assessment_id: str, lang: str = "en") -> list[Issue]:
        """Every issue, in questionnaire order then orphans; authors' messages in `lang` (else the source
        language), built-in messages in English (front ends translate them by `kind`)."""
        return list(self._parts.standing.snapshot(assessment_id, lang).issues)

    @serialized
    def status(self, assessment_id: str, lang: str = "en") -> dict[str, Any]:
        """The `omnibus status --json` document (a stable contract, see docs/cli.md), with each answer's
        provenance and the sections signed off."""
        from omnibus.model.status import report

        return report(self._parts.standing.snapshot(assessment_id, lang))

    @serialized
    def mark_final(self, assessment_id: str) -> AssessmentSummary:
        """Make the assessment final; refused with NotComplete while required answers or errors remain."""
        return self._parts.standing.mark_final(assessment_id)

    @serialized
    def reopen(self, assessment_id: str) -> AssessmentSummary:
        return self._parts.standing.reopen(assessment_id)

    # -- answers (see service_answers.py)

    @serialized
    def answers(self, assessment_id: str) -> dict[str, Answer]:
        """Every stored answer, orphans included (marked `orphan=True`), by item id."""
        return self._parts.answers.answers(assessment_id)

    @serialized
    def answer(self, assessment_id: str, item_id: str) -> Answer | None:
        return self._parts.answers.answers(assessment_id).get(item_id)

    @serialized
    def set_answer(self, assessment_id: str, item_id: str, value: Json, *, language: str | None = None) -> Change:
        """Validate and store one answer; a value meaning "no answer" (None, "", []) clears it. Either way the
        item's draft, if any, is gone: what is on screen is now the answer."""
        return self._parts.answers.set_answer(assessment_id, item_id, value, language=language)

    @serialized
    def set_answers(self, assessment_id: str, values: Mapping[str, Json]) -> list[Change]:
        """Several answers in one transaction, all or nothing: any refused value → ValuesRejected, nothing written."""
        return self._parts.answers.set_answers(assessment_id, values)

    @serialized
    def clear_answer(self, assessment_id: str, item_id: str) -> Change:
        """Remove the value (a comment stays, and the answer with it, value None); orphans are removed whole."""
        return self._parts.answers.clear_answer(assessment_id, item_id)

    @serialized
    def set_comment(self, assessment_id: str, item_id: str, text: str, *, language: str | None = None) -> Change:
        """The assessor's comment on an item (evidence, sources, caveats); an empty text removes it."""
        return self._parts.answers.set_comment(assessment_id, item_id, text, language=language)

    @serialized
    def confirm(self, assessment_id: str, item_id: str) -> Change:
        """Confirm a carried-forward answer as still true for this cycle."""
        return self._parts.answers.confirm(assessment_id, item_id)

    # -- drafts (see service_drafts.py)

    @serialized
    def drafts(self, assessment_id: str) -> dict[str, Draft]:
        """Every stored draft of the assessment, by item id."""
        return self._parts.drafts.drafts(assessment_id)

    @serialized
    def save_draft(
        self, assessment_id: str, item_id: str, value: Json, problem: str, where: tuple[int | str, ...] = ()
    ) -> Draft | None:
        """Keep what was typed for `item_id` although it is not a valid answer; an empty `value` removes it."""
        return self._parts.drafts.save_draft(assessment_id, item_id, value, problem, where)

    @serialized
    def discard_draft(self, assessment_id: str, item_id: str) -> None:
        """Forget the draft of an item (the answer, if any, is unchanged)."""
        self._parts.drafts.discard_draft(assessment_id, item_id)

    # -- attachments (see service_attachments.py)

    @serialized
    def add_attachment(self, assessment_id: str, item_id: str, data: bytes, name: str, media_type: str) -> Change:
        """Store a file (once per content, by SHA-256) and add it to an attachment item's answer."""
        return self._parts.attachments.add_attachment(assessment_id, item_id, data, name, media_type)

    @serialized
    def remove_attachment(self, assessment_id: str, item_id: str, sha256: str) -> Change:
        """Take a file off an item; its bytes are deleted once no answer names them."""
        return self._parts.attachments.remove_attachment(assessment_id, item_id, sha256)

    @serialized
    def attachment_content(self, sha256: str) -> bytes:
        return self._parts.attachments.attachment_content(sha256)

    # -- cycles and editions (see service_cycles.py)

    @serialized
    def carry_forward(
        self,
        assessment_id: str,
        cycle: str,
        questionnaire: Questionnaire | None = None,
        *,
        allow_duplicate: bool = False,
    ) -> AssessmentSummary:
        """A new assessment for `cycle`, pre-filled from this one (to be confirmed item by item)."""
        return self._parts.cycles.carry_forward(assessment_id, cycle, questionnaire, allow_duplicate=allow_duplicate)

    @serialized
    def compare(self, first_id: str, second_id: str) -> Comparison:
        """Item by item from the earlier cycle of the two to the later one, whatever the order given."""
        return self._parts.cycles.compare(first_id, second_id)

    @serialized
    def upgrade_questionnaire(self, assessment_id: str, newer: Questionnaire) -> AssessmentSummary:
        """Move the assessment to another edition of its questionnaire."""
        return self._parts.cycles.upgrade_questionnaire(assessment_id, newer)

    @serialized
    def history(self, assessment_id: str) -> list[queries.AuditEntry]:
        """The audit log of one assessment, oldest first."""
        return self._parts.cycles.history(assessment_id)

    @serialized
    def reuse_related_answers(self, assessment_id: str) -> int:
        """Pre-fill unanswered items from this country's answers to the same question in another questionnaire."""
        return self._parts.cycles.reuse_related_answers(assessment_id)

    # -- assessments as documents (see service_documents.py)

    @serialized
    def duplicates(
        self, questionnaire_id: str, country: str, cycle: str, training: bool = False
    ) -> list[AssessmentSummary]:
        """The assessments a new one would duplicate: same country, questionnaire, cycle and training flag."""
        return self._parts.documents.duplicates(questionnaire_id, country, cycle, training)

    @serialized
    def proposed_cycle(self, assessment_id: str) -> str:
        """The next cycle its country does not have yet for this questionnaire."""
        return self._parts.documents.proposed_cycle(assessment_id)

    @serialized
    def archive(self, assessment_id: str) -> AssessmentSummary:
        """Put the assessment away: hidden from the start screen and `omnibus list`, kept whole."""
        return self._parts.documents.archive(assessment_id)

    @serialized
    def unarchive(self, assessment_id: str) -> AssessmentSummary:
        """Bring an archived assessment back to the list."""
        return self._parts.documents.unarchive(assessment_id)

    @serialized
    def delete_assessment(self, assessment_id: str) -> Path:
        """Delete an assessment and its answers, after a backup of the whole database (returned: where it is)."""
        return self._parts.documents.delete_assessment(assessment_id)

    @serialized
    def remove_training(self) -> tuple[Path | None, list[AssessmentSummary]]:
        """Delete every training assessment after one backup; (the backup or None, the deleted ones)."""
        return self._parts.documents.remove_training()

    def backups(self) -> list[Backup]:
        """This database's backups, newest first."""
        return self._parts.documents.backups()

    @serialized
    def restore_backup(self, backup: Path) -> Path:
        """Replace the whole database with `backup`; returns the backup of what it replaced."""
        return self._parts.documents.restore_backup(backup)

    # -- handed-in packages and the Secretariat's receipts (see service_receipts.py)

    @serialized
    def record_export(self, assessment_id: str, package_sha256: str, file_name: str) -> ExportedPackage:
        """Remember the SHA-256 of a package just written for the assessment, to match its receipt later."""
        return self._receipts.record_export(assessment_id, package_sha256, file_name)

    @serialized
    def store_receipt(self, facts: ReceiptFacts, data: bytes, expected_assessment: str | None = None) -> ReceiptOutcome:
        """Store a verified receipt for one of our packages; ReceiptRefused, nothing written, otherwise."""
        return self._receipts.store(facts, data, expected_assessment)

    @serialized
    def receipts(self, assessment_id: str) -> list[StoredReceipt]:
        """The assessment's receipts, the package received last first."""
        return self._receipts.receipts(assessment_id)

    @serialized
    def latest_receipts(self) -> dict[str, StoredReceipt]:
        """Per assessment id, the receipt of the package the Secretariat received last."""
        return self._receipts.latest()
