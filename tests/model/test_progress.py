"""The memoized relevance gives exactly what the questionnaire's own definition gives, change after change."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omnibus.model import progress
from omnibus.model.catalogue import Catalogue
from omnibus.model.records import Answer
from tests.model.samples import samples

QUESTIONNAIRES = {q.id: q for q in Catalogue.bundled().all()}
NOW = datetime(2024, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("questionnaire_id", sorted(QUESTIONNAIRES))
@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_memoized_relevance_matches_the_definition(questionnaire_id: str, seed: int) -> None:
    q = QUESTIONNAIRES[questionnaire_id]
    rng = random.Random(seed)
    memo = progress.ConditionMemo()  # shared across the changes, as the service shares it
    answers: dict[str, Answer] = {}
    pool = [samples(q, seed * 10 + n) for n in range(3)]
    for _ in range(25):
        source = rng.choice(pool)
        if not source:
            break
        item_id = rng.choice(list(source))
        if rng.random() < 0.2:
            answers.pop(item_id, None)
        else:
            answers[item_id] = Answer(item_id, source[item_id], answered_at=NOW)
        values = {k: a.value for k, a in answers.items()}
        assert progress.relevant_items(q, answers, memo) == q.relevant_items(values)
