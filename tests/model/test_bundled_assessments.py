"""The bundled questionnaires through the whole service: answer everything, reopen (how fast relevance is
evaluated again is measured in bench/bench_relevance.py)."""

from __future__ import annotations

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from tests.model.samples import samples

BUNDLED = Catalogue.bundled()


@pytest.mark.parametrize("questionnaire_id", sorted({q.id for q in BUNDLED.all()}))
def test_answer_every_item_and_reopen(questionnaire_id: str, store: Store) -> None:
    service = AssessmentService(store, BUNDLED, "tester")
    questionnaire = BUNDLED.find(questionnaire_id)
    assert questionnaire is not None
    aid = service.create_assessment(questionnaire_id, country="KEN").id
    values = samples(questionnaire, 7)
    service.set_answers(aid, values)
    for info in questionnaire.items.values():  # attachments, which samples leave out
        if info.item.type == "attachment" and info.item.id in service.relevant(aid):
            service.add_attachment(aid, info.item.id, b"%PDF-1.4 evidence", "evidence.pdf", "application/pdf")
    reopened = AssessmentService(store, Catalogue(()), "tester")  # from the stored edition, not the catalogue
    stored = {k: a.value for k, a in reopened.answers(aid).items()}
    assert {k: v for k, v in stored.items() if k in values} == values
    assert reopened.relevant(aid) == service.relevant(aid)
    assert reopened.progress(aid) == service.progress(aid)
    assert reopened.status(aid)["progress"]["answered"] == len(stored)
