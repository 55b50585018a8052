"""Where an assessment stands: relevance, progress, issues, the status document, and marking it final."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from omnibus.model import progress, status
from omnibus.model.records import AssessmentSummary, Issue, Progress
from omnibus.model.service_errors import NotComplete
from omnibus.model.service_support import serialized
from omnibus.model.store import queries

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable
    from datetime import datetime

    from omnibus.model.service_support import Loaded
    from omnibus.model.store import Store


class StatusOperations:
    """Part of `AssessmentService` (a mixin, to keep each module to one idea)."""

    if TYPE_CHECKING:  # provided by AssessmentService
        store: Store
        user: str
        _clock: Callable[[], datetime]
        _mutex: threading.RLock

        def _get(self, assessment_id: str) -> Loaded: ...

    # -- relevance, progress, issues

    @serialized
    def relevant(self, assessment_id: str) -> frozenset[str]:
        return self._get(assessment_id).relevant

    @serialized
    def progress(self, assessment_id: str) -> Progress:
        """Answered relevant items per section and overall (see `progress.progress`)."""
        state = self._get(assessment_id)
        found = progress.issues(state.questionnaire, state.answers, state.relevant, "en", state.drafts)
        return progress.progress(state.questionnaire, state.answers, state.relevant, found, state.drafts)

    @serialized
    def issues(self, assessment_id: str, lang: str = "en") -> list[Issue]:
        """Every issue, in questionnaire order then orphans; authors' messages in `lang` (else the source
        language), built-in messages in English (front ends translate them by `kind`)."""
        state = self._get(assessment_id)
        return progress.issues(state.questionnaire, state.answers, state.relevant, lang, state.drafts)

    @serialized
    def status(self, assessment_id: str, lang: str = "en") -> dict[str, Any]:
        """The `omnibus status --json` document (a stable contract, see docs/cli.md)."""
        state = self._get(assessment_id)
        found = progress.issues(state.questionnaire, state.answers, state.relevant, lang, state.drafts)
        done = progress.progress(state.questionnaire, state.answers, state.relevant, found, state.drafts)
        return status.report(
            state.summary, state.questionnaire, state.answers, state.relevant, found, done, state.drafts
        )

    # -- status

    @serialized
    def mark_final(self, assessment_id: str) -> AssessmentSummary:
        """Make the assessment final; refused with NotComplete while required answers or errors remain."""
        state = self._get(assessment_id)
        if state.summary.status == "final":
            return state.summary
        blocking = [i for i in self.issues(assessment_id) if i.severity == "error"]
        if blocking:
            raise NotComplete(blocking)
        return self._set_status(state, "final")

    @serialized
    def reopen(self, assessment_id: str) -> AssessmentSummary:
        state = self._get(assessment_id)
        if state.summary.status == "draft":
            return state.summary
        return self._set_status(state, "draft")

    def _set_status(self, state: Loaded, new_status: str) -> AssessmentSummary:
        now = self._clock()
        with self.store.write() as tx:
            queries.update_assessment(tx, state.summary.id, status=new_status, updated=now)
            queries.audit(tx, now, self.user, "status", state.summary.id, None, state.summary.status, new_status)
        state.summary = replace(state.summary, status=new_status, updated=now)  # type: ignore[arg-type]
        return state.summary
