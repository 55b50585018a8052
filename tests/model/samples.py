"""Valid sample answers for any questionnaire, for tests of the store and service."""

from __future__ import annotations

import random

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json
from omnibus.model.values import ValueRejected
from omnibus.secretariat.sample_answers import sample_answers


def samples(q: Questionnaire, seed: int) -> dict[str, Json]:
    """Canonical answers (sample_answers may draw a date below an item's minimum: then another seed)."""
    for attempt in range(50):
        try:
            return sample_answers(q, random.Random(seed * 100 + attempt), asks_reporting=False)
        except ValueRejected:
            continue
    raise AssertionError("no valid sample")
