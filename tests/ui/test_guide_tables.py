"""A table in a guide reads in its language's direction: in the Arabic trainer's guide the first column (the
sample, the time of day) is on the right, where the reader starts, and the table stands on the right; in English
it stays on the left. Shown again (Back, a link to one of its headings), a table still reads that way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from omnibus.ui.help import GuideDialog
from tests.ui.conftest import BuildApp
from tests.ui.test_guide_links import click_link


def drawn_at(guide: GuideDialog, text: str) -> int:
    """Where the reader sees the middle of `text` in the guide window, from its left."""
    browser = guide.browser
    found = browser.document().find(text, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), text
    start, end = (found.selectionStart(), found.selectionEnd())
    found.setPosition(start)
    left = browser.cursorRect(found).x()
    found.setPosition(end)
    return (left + browser.cursorRect(found).x()) // 2


def trainer_guide(qtbot: QtBot, build_app: BuildApp, lang: str) -> GuideDialog:
    window = build_app(lang)
    window.training_menu.guide_action.trigger()
    guide = window.training_menu.guide
    assert guide is not None
    qtbot.waitExposed(guide)
    return guide


@pytest.mark.parametrize(
    ("lang", "first", "last"),
    [
        ("ar", "نصف مجاب، فيه أخطاء يجب اكتشافها", "نصف العمل، وفيه أربعة أخطاء"),
        ("ar", "09:00", "لماذا قائمة التقييم"),
        ("en", "Half answered, with mistakes to find", "half the work, with four mistakes"),
        ("en", "09:00", "Why the checklist"),
    ],
)
def test_a_table_starts_on_the_side_its_language_is_read_from(
    qtbot: QtBot, build_app: BuildApp, lang: str, first: str, last: str
) -> None:
    guide = trainer_guide(qtbot, build_app, lang)
    right_to_left = lang == "ar"
    assert (drawn_at(guide, first) > drawn_at(guide, last)) == right_to_left
    click_link(qtbot, guide.browser, "install.md")
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert (drawn_at(guide, first) > drawn_at(guide, last)) == right_to_left


def test_a_link_to_a_place_in_the_same_guide_leaves_its_tables_as_they_are(qtbot: QtBot, build_app: BuildApp) -> None:
    """The guide is shown again, at that heading: its tables still read from the right."""
    guide = trainer_guide(qtbot, build_app, "ar")
    first, last = "09:00", "لماذا قائمة التقييم"
    assert drawn_at(guide, first) > drawn_at(guide, last)
    same = QUrl(guide.browser.source())
    same.setFragment("نتائج-المجموعة")
    guide.browser.anchorClicked.emit(same)  # as a click on a link such as […](trainer-guide.ar.md#…) sends it
    assert guide.browser.source().fragment() == "نتائج-المجموعة"
    assert drawn_at(guide, first) > drawn_at(guide, last)
