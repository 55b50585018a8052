"""The trainer's guide, in English, French and Arabic, quotes the interface in its own words and stays in step:
the same names in each language, the commands it gives exist, the fictional State it names is the application's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from omnibus.cli import build_parser
from omnibus.model.sample_state import SAMPLE_STATE, SAMPLE_STATE_NAMES
from tests.ui.test_guide import quoted_names, ts_text, unknown_names

DOCS = Path(__file__).resolve().parents[2] / "docs"
LANGUAGES = ["en", "fr", "ar"]
TRAINING_COMMAND = re.compile(r"`omnibus training (\w+)([^`]*)`")


def trainer_guide(lang: str) -> str:
    name = "trainer-guide.md" if lang == "en" else f"trainer-guide.{lang}.md"
    return (DOCS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_name_the_trainer_guide_quotes_is_the_interface_own_word(lang):
    assert unknown_names(trainer_guide(lang), ts_text(lang), lang) == []


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_each_trainer_guide_quotes_the_same_number_of_names_as_the_english(lang):
    english = quoted_names(trainer_guide("en"))
    assert len(english) > 30
    assert len(quoted_names(trainer_guide(lang))) == len(english)


def test_a_menu_renamed_in_the_trainer_guide_is_reported():
    guide = trainer_guide("fr").replace("**Formation › ", "**Formations › ", 1)
    assert unknown_names(guide, ts_text("fr"), "fr") == ["Formations"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_trainer_guide_names_the_fictional_state_as_the_application_does(lang):
    guide = trainer_guide(lang)
    assert SAMPLE_STATE_NAMES[lang] in guide and f"`{SAMPLE_STATE}`" in guide


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_training_command_the_guide_gives_exists(lang):
    parser = build_parser()
    commands = TRAINING_COMMAND.findall(trainer_guide(lang))
    assert {name for name, _ in commands} == {"samples", "results", "reset"}
    for name, rest in commands:
        argv = ["training", name, *rest.split()]
        parsed = parser.parse_args([a if a != "FOLDER" else "folder" for a in argv])
        assert parsed.training_command == name
