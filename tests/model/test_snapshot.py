"""`AssessmentService.snapshot`: one frozen reading of an assessment, everything in it worked out once."""

from __future__ import annotations

import dataclasses
from typing import Any, cast

import pytest

from omnibus.model import progress, status
from omnibus.model.records import Issue, Profile
from omnibus.model.service import AssessmentService, NotFound
from tests.support.answers import first_digest


def test_a_snapshot_agrees_with_every_single_read(service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "has_unit", "yes")
    service.set_answer(aid, "cases", 12)
    service.save_draft(aid, "budget", "12,5 million", "not a number")
    snap = service.snapshot(aid, "fr")
    assert snap.summary == service.assessment(aid) and snap.summary.cycle == "2024"
    assert dict(snap.answers) == service.answers(aid)
    assert dict(snap.drafts) == service.drafts(aid)
    assert snap.relevant == service.relevant(aid) and "unit_name" in snap.relevant
    assert list(snap.issues) == service.issues(aid, "fr")
    assert snap.progress == service.progress(aid)
    assert status.report(snap) == service.status(aid, "fr")
    assert any(i.item_id == "budget" and i.kind == "draft" for i in snap.issues)


def test_a_snapshot_does_not_follow_later_changes(service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "has_unit", "yes")
    before = service.snapshot(aid)
    service.set_answer(aid, "has_unit", "no")
    service.set_answer(aid, "cases", 3)
    assert before.answers["has_unit"].value == "yes" and "cases" not in before.answers
    assert "unit_name" in before.relevant and "unit_name" not in service.relevant(aid)
    assert before.progress.answered == service.progress(aid).answered - 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        cast(Any, before).relevant = frozenset()  # what the types forbid, tried at run time
    with pytest.raises(TypeError):
        cast(Any, before.answers)["cases"] = before.answers["has_unit"]


def test_issues_are_worked_out_once_per_snapshot(
    service: AssessmentService, aid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.set_answer(aid, "cases", 12)
    calls: list[str] = []
    worked_out = progress.issues

    def counted(*args: Any, **kwargs: Any) -> list[Issue]:
        calls.append("issues")
        return worked_out(*args, **kwargs)

    monkeypatch.setattr(progress, "issues", counted)
    snap = service.snapshot(aid)
    assert calls == ["issues"]
    assert snap.progress.sections and sum(s.issues for s in snap.progress.sections) == len(
        [i for i in snap.issues if i.item_id in service.questionnaire(aid).items]
    )


def test_a_snapshot_with_files_keeps_their_bytes_after_they_are_removed(service: AssessmentService, aid: str) -> None:
    change = service.add_attachment(aid, "documents", b"%PDF law", "law.pdf", "application/pdf")
    digest = first_digest(change.answer)
    snap = service.snapshot(aid, with_files=True)
    service.remove_attachment(aid, "documents", digest)
    with pytest.raises(NotFound):
        service.attachment_content(digest)  # nothing names it any more: deleted
    assert snap.attachments[digest].name == "law.pdf" and snap.attachments[digest].size == len(b"%PDF law")
    assert snap.file(digest) == b"%PDF law"


def test_a_snapshot_without_files_says_so_when_asked_for_one(service: AssessmentService, aid: str) -> None:
    change = service.add_attachment(aid, "documents", b"%PDF law", "law.pdf", "application/pdf")
    digest = first_digest(change.answer)
    snap = service.snapshot(aid)
    assert digest in snap.attachments
    with pytest.raises(LookupError, match="without the attached files"):
        snap.file(digest)


def test_a_snapshot_of_an_unknown_assessment_is_refused(service: AssessmentService) -> None:
    with pytest.raises(NotFound):
        service.snapshot("0" * 32)


def test_a_snapshot_carries_the_profile_as_stored_even_after_a_restore(service: AssessmentService, aid: str) -> None:
    service.set_profile(Profile("KEN", "Ministry of Justice", "A. Otieno", "a.otieno@example.org"))
    saved = service.store.backup("test")
    service.set_profile(Profile("KEN", "Ministry of Interior", "B. Wanjiru", "+254 20 000"))
    assert service.snapshot(aid).profile == Profile("KEN", "Ministry of Interior", "B. Wanjiru", "+254 20 000")
    service.restore_backup(saved)
    restored = service.snapshot(aid).profile
    assert restored is not None and restored.contact == "a.otieno@example.org"
