"""The navigator beside the pages: its button's sentence is read in full in every language, and it widens with
the window so the titles of the sections show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionButton,
    QToolTip,
)

from omnibus.model.catalogue import Catalogue
from omnibus.model.text import LANGUAGES

from .conftest import create_assessment


def _needed_height(button: QPushButton) -> int:
    """The height the button's sentence takes, wrapped at the button's width, with the style's frame around it."""
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    probe = QSize(200, 200)
    outer = button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, probe, button)
    frame = outer - probe
    flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
    text = button.fontMetrics().boundingRect(QRect(0, 0, button.width() - frame.width(), 10_000), flags, button.text())
    return text.height() + frame.height()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_missing_button_shows_its_whole_sentence(qtbot, build_app, lang):
    window = build_app(language=lang)
    view = create_assessment(qtbot, window)
    button = view.navigator.missing_button
    assert button.text() and (lang == "en" or button.text() != "Go to the first unanswered required question")
    splitter = view.navigator.parentWidget()
    assert isinstance(splitter, QSplitter)
    for width, navigator in ((1366, None), (1100, None), (1100, 0)):  # 0: the splitter dragged to its narrowest
        window.resize(width, 768)
        qtbot.waitUntil(lambda w=width: window.width() == max(w, window.minimumWidth()))
        if navigator is not None:
            splitter.setSizes([navigator, window.width()])
        qtbot.waitUntil(lambda: button.height() >= _needed_height(button))
        assert button.width() <= view.navigator.width()


def test_navigator_widens_with_the_window(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    narrow = view.navigator.width()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    assert view.navigator.width() > narrow + 60


def _cited(folder: Path) -> None:
    items = "".join(
        f"          - id: {item_id}\n            type: yes_no\n            label: About {item_id}\n"
        f"            references: [{', '.join(repr(r) for r in refs)}]\n"
        for item_id, refs in (
            ("whole", ["UNTOC art. 28"]),
            ("first", ["UNTOC art. 28(1)"]),
            ("third", ["UNTOC art. 28(3)", "UNTOC art. 31"]),
            ("other", ["UNTOC art. 2"]),
            ("later", ["UNTOC art. 29(1)"]),
        )
    )
    (folder / "cited.yaml").write_text(
        "kind: questionnaire\nid: cited\nversion: '1'\ntitle: Cited\nlanguages: [en]\ninstruments: [untoc]\n"
        "modules:\n  - id: m\n    title: M\n    sections:\n      - id: s\n        title: S\n        items:\n" + items,
        encoding="utf-8",
    )


def test_article_filter_finds_the_items_citing_its_paragraphs(qtbot, build_app, tmp_path):
    _cited(tmp_path)
    window = build_app(catalogue=Catalogue((tmp_path,)))
    nav = create_assessment(qtbot, window).navigator
    offered = [nav.article.itemData(n) for n in range(1, nav.article.count())]
    assert offered == [
        "UNTOC art. 2",
        "UNTOC art. 28",
        "UNTOC art. 28(1)",
        "UNTOC art. 28(3)",
        "UNTOC art. 29",
        "UNTOC art. 29(1)",
        "UNTOC art. 31",
    ]
    nav.article.setCurrentIndex(nav.article.findData("UNTOC art. 28"))
    assert nav.visible_items() == ["whole", "first", "third"]
    nav.article.setCurrentIndex(nav.article.findData("UNTOC art. 28(3)"))
    assert nav.visible_items() == ["third"]
    nav.article.setCurrentIndex(nav.article.findData("UNTOC art. 29"))
    assert nav.visible_items() == ["later"]
    nav.article.setCurrentIndex(nav.article.findData("UNTOC art. 2"))
    assert nav.visible_items() == ["other"]


@pytest.mark.parametrize(("lang", "mark"), [("ar", "\u200f"), ("en", "")])
def test_a_long_section_title_keeps_its_end_and_percentages_read_one_way(qtbot, build_app, lang, mark):
    window = build_app(language=lang)
    view = create_assessment(qtbot, window)
    tree = view.navigator.tree
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle  # "…: research" and "…: training" stay apart
    rows = list(view.navigator.section_rows.values())
    assert rows and all(row.text(1) == f"{mark}0 %" for row in rows)


def test_the_start_page_wraps_a_long_title_instead_of_hiding_it(qtbot, build_app):
    window = build_app(language="fr")
    listing = window.start_page.assessments
    assert listing.wordWrap() and listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    form = window.start_page.form
    form.questionnaire.setCurrentIndex(form.questionnaire.count() - 1)  # a title the box may cut: whole on hovering
    assert form.questionnaire.toolTip() == form.questionnaire.currentText() != ""


def _hover_tip(tree, row) -> str:
    """What the tooltip says when the mouse rests on the row's title."""
    tree.scrollToItem(row)
    rect = tree.visualItemRect(row)
    point = QPoint(rect.left() + rect.width() // 2, rect.center().y())
    QApplication.sendEvent(tree.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, tree.viewport().mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.mark.parametrize("lang", ["ru", "fr", "es"])
def test_a_section_title_the_column_cuts_is_read_whole_on_hovering(qtbot, build_app, lang):
    window = build_app(language=lang)
    window.resize(1366, 768)
    view = create_assessment(qtbot, window)
    tree = view.navigator.tree
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    for row in view.navigator.section_rows.values():
        tip = _hover_tip(tree, row)
        assert tip.split("\n")[0] == row.text(0)


def _type(widget, text: str) -> None:
    """Type `text` key by key, Cyrillic letters too (QTest's keyClicks knows Latin keys only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_russian_filters_offer_articles_in_russian_and_find_the_same_items(qtbot, build_app, tmp_path):
    _cited(tmp_path)
    window = build_app(language="ru", catalogue=Catalogue((tmp_path,)))
    nav = create_assessment(qtbot, window).navigator
    offered = [nav.article.itemText(n) for n in range(1, nav.article.count())]
    assert offered[:2] == ["КТОП, ст. 2", "КТОП, ст. 28"] and not any("art." in text for text in offered)
    nav.article.setCurrentIndex(nav.article.findText("КТОП, ст. 28"))
    assert nav.visible_items() == ["whole", "first", "third"]
    nav.article.setCurrentIndex(0)
    _type(nav.search, "ст. 31")
    assert nav.visible_items() == ["third"]


@pytest.mark.parametrize(
    ("lang", "article", "typed"),
    [("ar", "المادة 28 من اتفاقية الجريمة المنظمة", "المادة 31"), ("zh", "《有组织犯罪公约》第28条", "第31条")],
)
def test_arabic_and_chinese_filters_offer_articles_in_their_words_and_find_the_same_items(
    qtbot, build_app, tmp_path, lang, article, typed
):
    _cited(tmp_path)
    window = build_app(language=lang, catalogue=Catalogue((tmp_path,)))
    nav = create_assessment(qtbot, window).navigator
    offered = [nav.article.itemText(n) for n in range(1, nav.article.count())]
    assert article in offered and not any("art." in text for text in offered)
    nav.article.setCurrentIndex(nav.article.findText(article))
    assert nav.visible_items() == ["whole", "first", "third"]
    nav.article.setCurrentIndex(0)
    _type(nav.search, typed)
    assert nav.visible_items() == ["third"]


@pytest.mark.parametrize(
    ("lang", "notes"),
    [
        ("ar", "المادة 28 (3) من اتفاقية الجريمة المنظمة\u061b المادة 31 من اتفاقية الجريمة المنظمة"),
        ("zh", "《有组织犯罪公约》第28条第3款\uff1b《有组织犯罪公约》第31条"),
        ("ru", "КТОП, ст. 28(3); КТОП, ст. 31"),  # the Russian form has a comma of its own
    ],
)
def test_a_questions_references_are_separated_with_the_languages_semicolon(qtbot, build_app, tmp_path, lang, notes):
    _cited(tmp_path)
    window = build_app(language=lang, catalogue=Catalogue((tmp_path,)))
    widget = create_assessment(qtbot, window).section_page("s").widgets["third"]
    qtbot.mouseClick(widget.info_button, Qt.MouseButton.LeftButton)
    assert notes in widget._info_label.text()
