"""Relevance after a change worked out from relevance before it (`Questionnaire.relevant_after`) is what working
it out from all the answers gives, after every one of many random changes, on questionnaires whose items and
sections are shown by conditions on other items."""

from __future__ import annotations

import random

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Json
from tests.model.samples import samples


def _changes_agree(questionnaire: Questionnaire, seed: int) -> int:
    """Random changes of one to three answers, most to items conditions read; the number of flips seen."""
    rng = random.Random(seed)
    pool = [samples(questionnaire, seed * 10 + n) for n in range(4)]
    conditions = questionnaire.conditions
    read = sorted(
        {
            name
            for e in (*conditions.item_relevance.values(), *conditions.section_relevance.values())
            for name in e.names
        }
    )
    every = list(questionnaire.items)
    answers: dict[str, Json] = dict(pool[0])
    relevant = questionnaire.relevant_items(answers)
    flips = 0
    for _ in range(150):
        changed = {rng.choice(read if rng.random() < 0.8 else every) for _ in range(rng.randint(1, 3))}
        for item_id in changed:
            given = [p[item_id] for p in pool if item_id in p]
            if given and rng.random() < 0.7:
                answers[item_id] = rng.choice(given)
            else:
                answers.pop(item_id, None)
        after = questionnaire.relevant_after(answers, relevant, changed)
        assert after == questionnaire.relevant_items(answers), sorted(changed)
        flips += len(after ^ relevant)
        relevant = after
    return flips


@pytest.mark.parametrize("questionnaire_id", ["untoc-needs-assessment", "national-strategy"])
@pytest.mark.parametrize("seed", [1, 2])
def test_relevance_after_random_changes_agrees_with_a_whole_recomputation(questionnaire_id: str, seed: int) -> None:
    questionnaire = Catalogue.bundled().find(questionnaire_id)
    assert questionnaire is not None
    assert _changes_agree(questionnaire, seed) > 0  # follow-ups and sections came and went


def test_an_unchanged_answer_changes_nothing(q1: Questionnaire) -> None:
    answers = samples(q1, 1)
    relevant = q1.relevant_items(answers)
    assert q1.relevant_after(answers, relevant, ()) == relevant


CHAIN = b"""kind: questionnaire
id: test-chain
version: "1.0"
title: "Follow-ups of follow-ups"
languages: [en]
instruments: [untoc]
modules:
  - id: m
    title: "M"
    sections:
      - id: first
        title: "First"
        items:
          - {id: a, type: yes_no, label: "A?"}
          - {id: b, type: yes_no, label: "B?", relevant: "a == 'yes'"}
          - {id: c, type: yes_no, label: "C?", relevant: "b == 'yes'"}
      - id: second
        title: "Second"
        relevant: "c == 'yes' || a == 'no'"
        items:
          - {id: d, type: yes_no, label: "D?"}
          - {id: e, type: yes_no, label: "E?", relevant: "d != 'no'"}
"""


def test_a_flip_reaches_the_follow_ups_of_follow_ups_and_their_sections() -> None:
    """Hiding `b` hides `c` (its answer is then invisible), and with it the section `c` opens."""
    chain = load_questionnaire_bytes(CHAIN, "chain.yaml")
    answers: dict[str, Json] = {"a": "yes", "b": "yes", "c": "yes", "d": "yes"}
    relevant = chain.relevant_items(answers)
    assert relevant == {"a", "b", "c", "d", "e"}
    for item_id, value in (("a", None), ("a", "yes"), ("b", "no"), ("b", "yes"), ("a", "no"), ("d", "no")):
        if value is None:
            answers.pop(item_id)
        else:
            answers[item_id] = value
        after = chain.relevant_after(answers, relevant, (item_id,))
        assert after == chain.relevant_items(answers), (item_id, value)
        relevant = after
    assert relevant == {"a", "d"}
