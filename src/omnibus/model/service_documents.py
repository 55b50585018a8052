"""Assessments managed like documents: duplicates found before they are made, archive, delete, restore a backup.

Deleting is the one change the audit log cannot undo, so it makes a backup of the whole database first and
says where it is; restoring a backup makes one of the state it replaces, so a restore can be undone too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from omnibus.model.cycle_labels import cycle_problem, next_cycle, normalize_cycle
from omnibus.model.records import AssessmentSummary
from omnibus.model.service_errors import DuplicateAssessment, InvalidCycle
from omnibus.model.service_state import Workspace
from omnibus.model.service_support import attachment_digests, summary_json
from omnibus.model.store import backups, queries


@dataclass(frozen=True)
class Backup:
    """A backup of the database: where it is, when (local time) and why it was made."""

    path: Path
    made: datetime | None
    reason: str
    size: int


def cycle_label(text: str) -> str:
    """The canonical label of a reporting cycle; InvalidCycle when it is not a year or a range of years."""
    label = normalize_cycle(text)
    if label is None:
        raise InvalidCycle(cycle_problem(text) or "")
    return label


def _same_cycle(a: str, b: str) -> bool:
    return (normalize_cycle(a) or a.strip().casefold()) == (normalize_cycle(b) or b.strip().casefold())


class Documents:
    """Duplicates, archive, delete and restore; called under the service's lock."""

    def __init__(self, work: Workspace) -> None:
        self.work = work

    def duplicates(
        self, questionnaire_id: str, country: str, cycle: str, training: bool = False
    ) -> list[AssessmentSummary]:
        """The assessments a new one would duplicate: same country, questionnaire, cycle and training flag
        (archived ones included). An assessment without a cycle duplicates none."""
        if not cycle.strip():
            return []
        with self.work.store.read() as tx:
            stored = queries.assessments(tx)
        return [
            s
            for s in stored
            if s.country == country.strip().upper()
            and s.questionnaire_id == questionnaire_id
            and s.training == training
            and _same_cycle(s.cycle, cycle)
        ]

    def refuse_duplicate(self, questionnaire_id: str, country: str, cycle: str, training: bool) -> None:
        """DuplicateAssessment naming the existing ones, if there are any."""
        existing = self.duplicates(questionnaire_id, country, cycle, training)
        if existing:
            listed = ", ".join(
                f"{s.id[:8]} ({s.status}{', archived' if s.archived else ''}, last changed {s.updated:%Y-%m-%d})"
                for s in existing
            )
            raise DuplicateAssessment(
                f"{country.upper()} already has an assessment of {questionnaire_id} for the cycle {cycle}: {listed}",
                existing,
            )

    def proposed_cycle(self, assessment_id: str) -> str:
        """The cycle to carry `assessment_id` forward into: the one after its own that its country does not
        have yet for this questionnaire."""
        source = self.work.get(assessment_id).summary
        with self.work.store.read() as tx:
            taken = {
                normalize_cycle(s.cycle) or s.cycle
                for s in queries.assessments(tx)
                if s.country == source.country
                and s.questionnaire_id == source.questionnaire_id
                and s.training == source.training
            }
        return next_cycle(source.cycle, taken, self.work.clock().astimezone().year)

    def archive(self, assessment_id: str) -> AssessmentSummary:
        """Put the assessment away: hidden from the start screen and `omnibus list`, kept whole."""
        return self._set_archived(assessment_id, archive=True)

    def unarchive(self, assessment_id: str) -> AssessmentSummary:
        """Bring an archived assessment back to the list."""
        return self._set_archived(assessment_id, archive=False)

    def _set_archived(self, assessment_id: str, *, archive: bool) -> AssessmentSummary:
        state = self.work.get(assessment_id)
        if (state.summary.archived is not None) == archive:
            return state.summary
        now = self.work.clock()
        archived = now if archive else None
        with self.work.store.write() as tx:
            queries.update_assessment(tx, assessment_id, archived_at=archived)
            queries.audit(tx, now, self.work.user, "archive" if archive else "unarchive", assessment_id)
        return self.work.reload(assessment_id).summary

    def delete_assessment(self, assessment_id: str) -> Path:
        """Delete an assessment and its answers, after a backup of the whole database (returned: where it is).

        If the backup cannot be written, nothing is deleted. The audit log keeps the record of the deletion.
        """
        state = self.work.get(assessment_id)
        saved = self.work.store.backup("before-delete")
        now = self.work.clock()
        with self.work.store.write() as tx:
            queries.delete_assessment(tx, assessment_id)
            queries.collect_garbage(tx, attachment_digests(state.answers.values()))
            queries.audit(tx, now, self.work.user, "delete", assessment_id, None, summary_json(state.summary), None)
        self.work.loaded.pop(assessment_id, None)
        return saved

    def remove_training(self) -> tuple[Path | None, list[AssessmentSummary]]:
        """Delete every training assessment (archived ones too) in one transaction, after one backup of the whole
        database; (the backup, what was deleted). Real assessments are not read, written or renumbered: only
        training rows, their answers and drafts, and the files no remaining answer names are deleted. With no
        training assessment there is nothing to do and no backup."""
        with self.work.store.read() as tx:
            training = [s for s in queries.assessments(tx) if s.training]
        if not training:
            return None, []
        states = [self.work.get(s.id) for s in training]
        saved = self.work.store.backup("before-training-reset")
        now = self.work.clock()
        with self.work.store.write() as tx:
            for state in states:
                queries.delete_assessment(tx, state.summary.id)
            queries.collect_garbage(tx, [d for s in states for d in attachment_digests(s.answers.values())])
            for state in states:
                old = summary_json(state.summary)
                queries.audit(tx, now, self.work.user, "delete", state.summary.id, None, old, None)
        for state in states:
            self.work.loaded.pop(state.summary.id, None)
        return saved, training

    def backups(self) -> list[Backup]:
        """This database's backups, newest first."""
        found = []
        for path in reversed(self.work.store.backups()):
            try:
                size = path.stat().st_size
            except OSError:  # removed meanwhile by another copy's rotation
                continue
            found.append(Backup(path, backups.made_at(path), backups.reason_of(path), size))
        return found

    def restore_backup(self, backup: Path) -> Path:
        """Replace the whole database with `backup`; returns the backup of what it replaced."""
        saved = self.work.store.restore(backup)
        self.work.forget()
        return saved
