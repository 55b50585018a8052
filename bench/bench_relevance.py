"""Relevance over the largest bundled questionnaire with every item answered: what is evaluated again after each
answer that shows or hides items. Target: 50 ms (the median of several evaluations, after one warm-up)."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from bench.common import median_seconds, report
from omnibus.model import progress
from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from omnibus.model.values import ValueRejected
from omnibus.secretariat.sample_answers import sample_answers

TARGET_MS = 50.0


def _sample(questionnaire: Questionnaire) -> dict[str, Json]:
    """Valid answers (a sample may draw a date below an item's minimum: then another seed)."""
    for attempt in range(50):
        try:
            return sample_answers(questionnaire, random.Random(300 + attempt), asks_reporting=False)
        except ValueRejected:
            continue
    raise RuntimeError("no valid sample")


def main() -> None:
    bundled = Catalogue.bundled()
    questionnaire = max(bundled.all(), key=lambda q: len(q.items))
    with tempfile.TemporaryDirectory() as temp:
        store = Store.open(Path(temp) / "relevance.db")
        service = AssessmentService(store, bundled, "bench")
        aid = service.create_assessment(questionnaire, country="KEN").id
        service.set_answers(aid, _sample(questionnaire))
        answers = service.answers(aid)
        seconds = median_seconds(lambda: progress.relevant_items(questionnaire, answers), repeat=7)
        store.close()
    report(f"model.relevance_{questionnaire.id}_{len(questionnaire.items)}_items", seconds * 1e3, "ms",
           TARGET_MS, "ms (target)")  # fmt: skip


if __name__ == "__main__":
    main()
