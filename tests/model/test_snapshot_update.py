"""A snapshot after a change, worked out from the one before (`snapshot_update.py`), says what one worked out from
scratch says: the same relevance, issues, progress and provenance, after every one of many random edits."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omnibus.model import progress
from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary, Draft, Json
from omnibus.model.service import AssessmentService
from omnibus.model.snapshot import AssessmentSnapshot, take_snapshot
from omnibus.model.store import Store
from omnibus.model.values import normalize
from tests.model.samples import samples

EDITS = 120


def from_scratch(service: AssessmentService, aid: str, lang: str) -> AssessmentSnapshot:
    """The snapshot of what the service holds, worked out without any earlier one."""
    return take_snapshot(
        service.assessment(aid),
        service.questionnaire(aid),
        None,
        service.answers(aid),
        service.drafts(aid),
        service.relevant(aid),
        lang,
    )


def assert_same(service: AssessmentService, aid: str, lang: str, edit: str) -> None:
    questionnaire = service.questionnaire(aid)
    snap, whole = service.snapshot(aid, lang), from_scratch(service, aid, lang)
    assert snap.relevant == progress.relevant_items(questionnaire, service.answers(aid)), edit
    assert snap.issues == whole.issues, edit
    assert snap.progress == whole.progress, edit
    assert list(snap.provenance.items()) == list(service.provenance(aid).items()), edit


def random_edits(service: AssessmentService, aid: str, seed: int, lang: str) -> None:
    """Answers given, changed and cleared, drafts, comments, on items chosen at random (those conditions read
    half of the time), each followed by the comparison."""
    questionnaire = service.questionnaire(aid)
    rng = random.Random(seed)
    pool = [samples(questionnaire, seed * 10 + n) for n in range(4)]
    readers = questionnaire.issue_readers
    drivers = sorted(
        {name for e in questionnaire.conditions.item_relevance.values() for name in e.names}
        | {name for e in questionnaire.conditions.section_relevance.values() for name in e.names}
        | set(readers) & questionnaire.items.keys()
    )
    every = list(questionnaire.items)
    assert_same(service, aid, lang, "opened")
    for n in range(EDITS):
        item_id = rng.choice(drivers if drivers and rng.random() < 0.5 else every)
        kind = rng.random()
        if kind < 0.55:
            given = [answers[item_id] for answers in pool if item_id in answers]
            if not given:
                continue
            value: Json = rng.choice(given)
            service.set_answer(aid, item_id, value)
            edit = f"{n}: {item_id} = {value!r}"
        elif kind < 0.75:
            service.clear_answer(aid, item_id)
            edit = f"{n}: {item_id} cleared"
        elif kind < 0.9:
            service.save_draft(aid, item_id, "12,5 million", "not a number")
            edit = f"{n}: {item_id} drafted"
        else:
            service.set_comment(aid, item_id, rng.choice(["", "see the law of 2010"]))
            edit = f"{n}: {item_id} commented"
        assert_same(service, aid, lang, edit)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edits_of_the_untoc_questionnaire_agree_with_a_whole_recomputation(tmp_path: Path, seed: int) -> None:
    store = Store.open(tmp_path / "untoc.db")
    service = AssessmentService(store, Catalogue.bundled(), "tester")
    try:
        aid = service.create_assessment("untoc-needs-assessment", country="KEN", cycle="2026").id
        random_edits(service, aid, seed, "fr")
    finally:
        store.close()


@pytest.mark.parametrize("seed", [4, 5])
def test_random_edits_with_constraints_and_evidence_agree_with_a_whole_recomputation(
    service: AssessmentService, aid: str, seed: int
) -> None:
    """The all-types questionnaire has constraints and evidence rules that read other items."""
    assert service.questionnaire(aid).issue_readers
    random_edits(service, aid, seed, "en")


def test_a_snapshot_in_another_language_is_worked_out_in_it(service: AssessmentService, aid: str) -> None:
    service.set_answer(aid, "cases", 12)
    english = service.snapshot(aid, "en")
    french = service.snapshot(aid, "fr")
    assert french.issues == from_scratch(service, aid, "fr").issues
    assert service.snapshot(aid, "en").issues == english.issues


def _random_records(
    questionnaire: Questionnaire, rng: random.Random, pool: list[dict[str, Json]]
) -> tuple[dict[str, Answer], dict[str, Draft]]:
    """Answers (some carried forward and not confirmed, some to items the edition no longer has) and drafts."""
    answers: dict[str, Answer] = {}
    for item_id in questionnaire.items:
        given = [p[item_id] for p in pool if item_id in p]
        if given and rng.random() < 0.6:
            value = normalize(questionnaire, questionnaire.item(item_id), rng.choice(given))
            answers[item_id] = Answer(item_id, value, confirmed=rng.random() < 0.8)
    for n in range(rng.randrange(3)):
        answers[f"gone_{n}"] = Answer(f"gone_{n}", "yes")
    drafts = {i: Draft(i, "x", "not valid") for i in questionnaire.items if rng.random() < 0.05}
    return answers, drafts


def _edited(
    records: tuple[dict[str, Answer], dict[str, Draft]],
    rng: random.Random,
    fresh: tuple[dict[str, Answer], dict[str, Draft]],
) -> tuple[dict[str, Answer], dict[str, Draft]]:
    """A few entries of `records` replaced by those of `fresh` (or removed when `fresh` has none)."""
    answers, drafts = dict(records[0]), dict(records[1])
    for kept, new in ((answers, fresh[0]), (drafts, fresh[1])):
        keys = sorted(kept.keys() | new.keys())
        for key in rng.sample(keys, min(3, len(keys))):
            if key in new:
                kept[key] = new[key]  # type: ignore[assignment]
            else:
                kept.pop(key, None)
    return answers, drafts


@pytest.mark.parametrize("scoped", [False, True])
def test_take_snapshot_from_a_previous_one_agrees_with_a_whole_recomputation(q1: Questionnaire, scoped: bool) -> None:
    """Without a service: an assignment's scope, orphans and unconfirmed answers too."""
    rng = random.Random(7)
    pool = [samples(q1, n) for n in range(4)]
    now = datetime(2026, 1, 1, tzinfo=UTC)
    summary = AssessmentSummary(
        "a1", q1.id, q1.version, q1.content_hash, "KEN", "", "", "2026", "draft", False, now, now
    )
    scope = frozenset(rng.sample(sorted(q1.items), len(q1.items) // 2)) | {"gone_0"} if scoped else None
    records = _random_records(q1, rng, pool)
    previous = None
    for _ in range(60):
        records = _edited(records, rng, _random_records(q1, rng, pool))
        answers, drafts = records
        relevant = progress.relevant_items(q1, answers)
        snap = take_snapshot(summary, q1, None, answers, drafts, relevant, "fr", scope=scope, previous=previous)
        whole = take_snapshot(summary, q1, None, answers, drafts, relevant, "fr", scope=scope)
        assert (snap.issues, snap.progress) == (whole.issues, whole.progress)
        previous = snap
