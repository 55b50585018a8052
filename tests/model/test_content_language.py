"""The questionnaire's language: the respondent's choice, else the interface language, else the source language."""

from __future__ import annotations

from omnibus.model.content_language import content_language

DEMO = ("en", "fr", "ar")


def test_the_interface_language_when_the_questionnaire_has_it() -> None:
    assert content_language(DEMO, "en", "ar") == "ar"


def test_the_source_language_when_the_questionnaire_lacks_the_interface_language() -> None:
    assert content_language(DEMO, "en", "ru") == "en"
    assert content_language(("fr", "es"), "fr", "zh") == "fr"


def test_a_choice_wins_when_the_questionnaire_has_it() -> None:
    assert content_language(DEMO, "en", "ar", chosen="fr") == "fr"
    assert content_language(DEMO, "en", "ar", chosen="zh") == "ar"  # a stale choice (a newer edition) is ignored
