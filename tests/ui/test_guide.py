"""The respondent's guide exists in the six languages, is shipped, and quotes the interface in its own words.

Convention of the guides: a name in **bold** is a word of the application (button, menu, field, answer), written
as the interface of that language shows it, without the `&` accelerator and without a field label's final colon;
a menu path is written `Menu › Entry`. Keys are written as code (`F1`), other emphasis in italics. So a respondent
who reads "click **Archiver**" finds a button that says exactly that.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextDocument

from omnibus.resources import resource

LANGUAGES = ["en", "fr", "es", "ru", "zh", "ar"]
BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
MENU_PATH = " › "
LABEL_END = re.compile(r"\s*[:：]\s*$")
ACCELERATOR = re.compile(r"\s*\(&\w\)|&(?=\w)")  # "&View", and the Chinese and Japanese style "视图(&V)"


def guide_file(lang: str) -> Path:
    return resource("docs") / ("respondent-guide.md" if lang == "en" else f"respondent-guide.{lang}.md")


def interface_words(ts_text: str, lang: str) -> set[str]:
    """What the interface shows in `lang`: the English sources for English, the translations otherwise."""
    words = set()
    for message in ET.fromstring(ts_text).iter("message"):
        text = message.findtext("source" if lang == "en" else "translation") or ""
        text = ACCELERATOR.sub("", text)
        words.add(text)
        words.add(LABEL_END.sub("", text))
    return words


def quoted_names(guide_text: str) -> list[str]:
    """Every name in bold, on one line however the paragraph was wrapped; a menu path gives each of its steps."""
    names = []
    for quoted in BOLD.findall(guide_text):
        names.extend(" ".join(quoted.split()).split(MENU_PATH))
    return names


def unknown_names(guide_text: str, ts_text: str, lang: str) -> list[str]:
    words = interface_words(ts_text, lang)
    return [name for name in quoted_names(guide_text) if name not in words]


def ts_text(lang: str) -> str:
    return (resource("translations") / f"omnibus_{lang}.ts").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_name_the_guide_quotes_is_the_interface_own_word(lang):
    guide = guide_file(lang).read_text(encoding="utf-8")
    assert unknown_names(guide, ts_text(lang), lang) == []


@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_each_guide_quotes_as_many_names_as_the_english(lang):
    english = quoted_names(guide_file("en").read_text(encoding="utf-8"))
    assert len(english) > 30
    assert len(quoted_names(guide_file(lang).read_text(encoding="utf-8"))) == len(english)


def test_a_name_changed_in_the_guide_is_reported():
    guide = guide_file("fr").read_text(encoding="utf-8").replace("**Archiver**", "**Archiver l'évaluation**")
    assert unknown_names(guide, ts_text("fr"), "fr") == ["Archiver l'évaluation"]


def test_a_name_only_in_another_language_is_reported():
    guide = "Cliquez sur **Archive**, puis sur **Archiver**."
    assert unknown_names(guide, ts_text("fr"), "fr") == ["Archive"]


def test_an_accelerator_and_a_label_colon_are_not_part_of_the_name():
    ts = (
        "<TS><context><name>C</name>"
        "<message><source>&amp;View</source><translation>&amp;Affichage</translation></message>"
        "<message><source>Search:</source><translation>Rechercher :</translation></message>"
        "</context></TS>"
    )
    assert unknown_names("**Affichage** **Rechercher** **Rechercher :**", ts, "fr") == []
    assert unknown_names("**&Affichage** **Rechercher:**", ts, "fr") == ["&Affichage", "Rechercher:"]


def test_a_menu_path_is_checked_step_by_step():
    ts = (
        "<TS><context><name>C</name>"
        "<message><source>&amp;View</source><translation>&amp;Affichage</translation></message>"
        "<message><source>&amp;Language</source><translation>&amp;Langue</translation></message>"
        "</context></TS>"
    )
    assert unknown_names("**Affichage › Langue**", ts, "fr") == []
    assert unknown_names("**Affichage › Langues**", ts, "fr") == ["Langues"]


def test_a_chinese_style_accelerator_is_not_part_of_the_name():
    ts = (
        "<TS><context><name>C</name>"
        "<message><source>&amp;View</source><translation>视图(&amp;V)</translation></message>"
        "<message><source>&amp;Language</source><translation>语言(&amp;L)</translation></message>"
        "</context></TS>"
    )
    assert unknown_names("**视图 › 语言**", ts, "zh") == []
    assert unknown_names("**视图(V)**", ts, "zh") == ["视图(V)"]


def test_every_guide_is_shipped_in_the_wheel():
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    shipped = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["hatch"]["build"]["targets"]["wheel"]
    for lang in LANGUAGES:
        name = guide_file(lang).name
        assert shipped["force-include"][f"docs/{name}"] == f"omnibus/_bundled/docs/{name}"


def bold_runs_as_shown(guide_text: str) -> list[str]:
    """The bold runs of the text as the help window renders it (headings aside), menu paths split as `quoted_names`."""
    document = QTextDocument()
    document.setMarkdown(guide_text)
    runs, current = [], ""
    block = document.begin()
    while block.isValid():
        iterator = block.begin() if block.blockFormat().headingLevel() == 0 else block.end()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().fontWeight() >= QFont.Weight.Bold:
                current += fragment.text()
            elif current:
                runs.append(current)
                current = ""
            iterator += 1
        if current:
            runs.append(current)
            current = ""
        block = block.next()
    return [step for run in runs for step in " ".join(run.split()).split(MENU_PATH)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_help_window_shows_in_bold_exactly_the_quoted_names(qapp, lang):
    guide = guide_file(lang).read_text(encoding="utf-8")
    assert bold_runs_as_shown(guide) == quoted_names(guide)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_emphasis_marker_is_left_showing_in_the_help_window(qapp, lang):
    guide = guide_file(lang).read_text(encoding="utf-8")
    document = QTextDocument()
    document.setMarkdown(guide)
    assert document.toPlainText().count("*") == guide.count("`*`")  # the red asterisk, quoted as a key


def test_an_italic_marker_markdown_cannot_close_is_caught(qapp):
    document = QTextDocument()
    document.setMarkdown("例如*《刑法典》*或*《刑事诉讼法》*")
    assert "*" in document.toPlainText()


def test_a_bold_marker_markdown_cannot_close_is_caught(qapp):
    assert bold_runs_as_shown("点击**删除…**在这里") != quoted_names("点击**删除…**在这里")


def unisolated_numbers(guide_text: str) -> list[str]:
    """Dates and ranges (2010-03-12, 12/03/2010, 2026-2027) not kept left to right by a Unicode isolate."""
    return re.findall(r"(?<![\w\u2066(/-])\d+(?:[-/]\d+)+", guide_text)


def test_dates_in_the_arabic_guide_read_left_to_right():
    """Without an isolate, 2010-03-12 shows as 12-03-2010 in a right-to-left paragraph: the opposite of the advice."""
    assert unisolated_numbers(guide_file("ar").read_text(encoding="utf-8")) == []
    assert unisolated_numbers("بدلًا من 2010-03-12 أو \u20662026-2027\u2069") == ["2010-03-12"]
