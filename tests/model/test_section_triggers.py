"""A section with nothing to answer yet names the questions whose answers make its questions appear."""

from __future__ import annotations

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire
from omnibus.model.progress import progress, relevant_items
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer
from omnibus.model.schema import Section
from omnibus.model.triggers import condition_names, section_triggers

FOLLOW_UPS = """\
kind: questionnaire
id: follow-ups
version: '1'
title: Follow-ups
languages: [en]
instruments: [untoc]
modules:
  - id: m
    title: M
    sections:
      - id: first
        title: First
        items:
          - {id: has_plan, type: yes_no, label: Is there a plan?}
          - {id: plan_public, type: yes_no, label: Is it public?, relevant: "has_plan == 'yes'"}
          - {id: has_law, type: yes_no, label: Is there a law?}
      - id: elements
        title: Elements
        relevant: "has_plan == 'yes'"
        items:
          - {id: element_a, type: yes_no, label: A}
          - {id: element_b, type: yes_no, label: B, relevant: "element_a == 'yes'"}
      - id: publication
        title: Publication
        items:
          - {id: where_published, type: yes_no, label: Where?, relevant: "plan_public == 'yes'"}
      - id: mixed
        title: Mixed
        items:
          - {id: no_law, type: yes_no, label: Why not?, relevant: "has_law == 'no'"}
          - {id: no_plan, type: yes_no, label: Why no plan?, relevant: "has_plan == 'no'"}
      - id: open
        title: Open
        items:
          - {id: anything, type: yes_no, label: Anything?}
"""


@pytest.fixture(scope="module")
def follow_ups(tmp_path_factory: pytest.TempPathFactory) -> Questionnaire:
    folder = tmp_path_factory.mktemp("follow-ups")
    (folder / "follow-ups.yaml").write_text(FOLLOW_UPS, encoding="utf-8")
    return load_questionnaire(folder / "follow-ups.yaml")


def _section(q: Questionnaire, section_id: str) -> Section:
    return next(section for _module, section in q.sections() if section.id == section_id)


def _relevant(q: Questionnaire, **values: str) -> frozenset[str]:
    return relevant_items(q, {item_id: Answer(item_id, value) for item_id, value in values.items()})


def test_a_section_condition_names_the_question_it_reads(follow_ups):
    assert condition_names(follow_ups, "element_a") == {"has_plan"}
    assert condition_names(follow_ups, "element_b") == {"has_plan", "element_a"}
    assert condition_names(follow_ups, "anything") == frozenset()


def test_a_hidden_section_names_the_question_shown_that_its_condition_reads(follow_ups):
    assert section_triggers(follow_ups, _section(follow_ups, "elements"), _relevant(follow_ups)) == ("has_plan",)


def test_an_answer_that_shows_the_section_leaves_nothing_to_name(follow_ups):
    assert section_triggers(follow_ups, _section(follow_ups, "elements"), _relevant(follow_ups, has_plan="yes")) == ()


def test_an_answer_that_keeps_it_hidden_still_names_the_question(follow_ups):
    assert section_triggers(follow_ups, _section(follow_ups, "elements"), _relevant(follow_ups, has_plan="no")) == (
        "has_plan",
    )


def test_a_follow_up_of_a_hidden_question_names_the_question_shown_that_would_show_it(follow_ups):
    """`where_published` reads `plan_public`, which is itself hidden until `has_plan` is answered yes."""
    assert section_triggers(follow_ups, _section(follow_ups, "publication"), _relevant(follow_ups)) == ("has_plan",)
    shown = _relevant(follow_ups, has_plan="yes")
    assert section_triggers(follow_ups, _section(follow_ups, "publication"), shown) == ("plan_public",)


def test_several_questions_come_in_questionnaire_order(follow_ups):
    assert section_triggers(follow_ups, _section(follow_ups, "mixed"), _relevant(follow_ups)) == ("has_plan", "has_law")


def test_a_section_with_a_question_shown_names_nothing(follow_ups):
    assert section_triggers(follow_ups, _section(follow_ups, "open"), _relevant(follow_ups)) == ()
    assert section_triggers(follow_ups, _section(follow_ups, "first"), _relevant(follow_ups)) == ()


def test_a_section_applies_only_when_one_of_its_questions_is_shown(follow_ups):
    relevant = _relevant(follow_ups)
    sections = {s.section_id: s for s in progress(follow_ups, {}, relevant, []).sections}
    assert not sections["elements"].applies
    assert sections["elements"].percent == 100  # the number code relies on is unchanged
    assert sections["open"].applies
    answered = {"has_plan": Answer("has_plan", "yes")}
    shown = progress(follow_ups, answered, _relevant(follow_ups, has_plan="yes"), []).sections
    assert next(s for s in shown if s.section_id == "elements").applies


def test_the_national_strategy_elements_depend_on_the_overarching_strategy():
    q = Catalogue.bundled().find("national-strategy")
    assert q is not None
    relevant = relevant_items(q, {})
    assert section_triggers(q, _section(q, "ns_elements_scope"), relevant) == ("ns_overarching_strategy",)
    assert section_triggers(q, _section(q, "ns_elements_further"), relevant) == ("ns_overarching_strategy",)
