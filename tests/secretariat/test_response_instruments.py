"""What an answer is a response for: with `response_instruments: marked`, a general question counts for no
instrument, so Convention responders can outnumber Protocol ones in one questionnaire; a need counts under the
instrument it names, else under its question's."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from omnibus.export.responses import ResponseAnswer, ResponseProgress, Responses
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.questionnaire import Questionnaire
from omnibus.secretariat.facts import package_facts

QUESTIONNAIRE = """
kind: questionnaire
id: checklist
version: "1.0"
title: "Checklist on the Convention and its Protocols"
languages: [en]
instruments: [untoc, tip, som, firearms]
response_instruments: {rule}
choice_lists:
  ta_types:
    - code: legal
      label: "Legal assistance"
      subtypes:
        - {{code: legal.drafting, label: "Drafting legislation"}}
modules:
  - id: general
    title: "General"
    sections:
      - id: contact
        title: "Contact"
        items:
          - {{id: focal_point, type: text, label: "Focal point"}}
          - {{id: needs, type: ta_needs, label: "Assistance needed"}}
  - id: convention
    title: "Convention"
    instruments: [untoc]
    sections:
      - id: offences
        title: "Offences"
        items:
          - {{id: criminalized, type: yes_no, label: "Is participation criminalized?"}}
  - id: trafficking
    title: "Trafficking in Persons Protocol"
    instruments: [tip]
    sections:
      - id: victims
        title: "Victims"
        items:
          - {{id: shelters, type: yes_no, label: "Are there shelters?"}}
"""


def _questionnaire(rule: str) -> Questionnaire:
    return load_questionnaire_bytes(QUESTIONNAIRE.format(rule=rule).encode(), "checklist.yaml")


def _responses(q: Questionnaire, values: dict[str, Any]) -> Responses:
    when = datetime(2025, 1, 1, tzinfo=UTC)
    return Responses(
        assessment_id="a",
        questionnaire_id=q.id,
        questionnaire_version=q.version,
        questionnaire_sha256=q.content_hash,
        country="KEN",
        cycle="2025",
        status="final",
        relevant_items=tuple(q.items),
        progress=ResponseProgress(relevant=len(q.items), answered=len(values), required_missing=0),
        answers=tuple(
            ResponseAnswer(item_id=i, value=v, answered_by="A", institution="B", answered_at=when, language="en")
            for i, v in values.items()
        ),
    )


def test_a_general_question_counts_for_every_instrument_by_default() -> None:
    q = _questionnaire("all")
    facts = package_facts(q, _responses(q, {"focal_point": "A. Focal"}))
    assert facts.instruments == {"untoc", "tip", "som", "firearms"}


def test_with_marked_instruments_a_general_question_counts_for_none() -> None:
    q = _questionnaire("marked")
    assert q.items["focal_point"].instruments == ("untoc", "tip", "som", "firearms")  # still shown for all
    assert package_facts(q, _responses(q, {"focal_point": "A. Focal"})).instruments == frozenset()
    convention = package_facts(q, _responses(q, {"focal_point": "A. Focal", "criminalized": "yes"}))
    assert convention.instruments == {"untoc"}
    both = package_facts(q, _responses(q, {"criminalized": "yes", "shelters": "no"}))
    assert both.instruments == {"untoc", "tip"}


def test_a_need_counts_under_the_instrument_it_names() -> None:
    q = _questionnaire("marked")
    needs = [
        {"type": "legal", "subtype": "legal.drafting", "instrument": "tip", "priority": "high"},
        {"type": "legal", "priority": "low"},
    ]
    facts = package_facts(q, _responses(q, {"needs": needs}))
    assert [n.instruments for n in facts.needs] == [("tip",), ()]
    assert facts.instruments == {"tip"}  # a need under a Protocol is a response on that Protocol
    counted_for_all = package_facts(_questionnaire("all"), _responses(_questionnaire("all"), {"needs": needs}))
    assert [n.instruments for n in counted_for_all.needs] == [("tip",), ("untoc", "tip", "som", "firearms")]
