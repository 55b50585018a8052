"""Numbers typed the way the interface language writes them are stored as numbers; whole numbers stay whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLineEdit

from omnibus.model.numbers import read_number
from omnibus.model.text import LANGUAGES
from omnibus.ui.i18n import Translations
from omnibus.ui.items.number import separators
from tests.model.test_typed_input import LOCALES

from .conftest import create_assessment


def test_the_separators_are_those_of_the_interface_language(qapp: QApplication) -> None:
    translations = Translations(qapp)
    try:
        for lang in LANGUAGES:
            translations.install(lang)
            assert separators() == LOCALES[lang], lang
    finally:
        translations.install("en")


def _type(qtbot, view, item_id: str, text: str) -> QLineEdit:
    view.show_item(item_id)
    line = view.section_page(view.q.items[item_id].section.id).widgets[item_id].findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, text)
    line.clearFocus()  # leaving the field commits it
    return line


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("fr", {"cases": ("1 200", 1200), "budget": ("1 200,5", 1200.5)}),
        ("fr", {"cases": ("1\u00a0200", 1200), "budget": ("1,5", 1.5)}),  # one and a half, in French
        ("en", {"cases": ("1,200", 1200), "budget": ("1,200.25", 1200.25)}),
        ("es", {"cases": ("1.200", 1200), "budget": ("2,5", 2.5)}),
        ("ru", {"cases": ("1 200", 1200), "budget": ("1 200,5", 1200.5)}),
    ],
)
def test_numbers_typed_in_the_interface_language_are_stored(qtbot, build_app, lang, typed):
    window = build_app(language=lang)
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    for item_id, (text, number) in typed.items():
        _type(qtbot, view, item_id, text)
        qtbot.waitUntil(lambda i=item_id, n=number: i in service.answers(aid) and service.answers(aid)[i].value == n)
        stored = service.answers(aid)[item_id].value
        assert stored == number and type(stored) is type(number)


def test_a_whole_number_is_shown_whole_and_an_ambiguous_one_is_refused(qtbot, build_app):
    window = build_app(language="fr")
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    _type(qtbot, view, "budget", "150")
    qtbot.waitUntil(lambda: "budget" in service.answers(aid))
    window.open_assessment(aid)  # the pages are built again from what was stored
    qtbot.waitUntil(lambda: window.view is not view and window.view is not None)
    view = window.view
    view.show_item("budget")
    widget = view.section_page("values").widgets["budget"]
    assert widget.findChild(QLineEdit).text() == "150"
    line = _type(qtbot, view, "budget", "1.200")
    assert "1200" in widget.message.text() and "1,2" in widget.message.text()
    assert service.answers(aid)["budget"].value == 150  # nothing was stored on a guess
    assert line.text() == "1.200"  # what was typed stays, to be corrected


_QT_LOCALES = {"ar": "ar", "en": "en_GB", "es": "es_ES", "fr": "fr_FR", "ru": "ru_RU", "zh": "zh_CN"}


@given(st.integers(-(10**12), 10**12), st.integers(0, 10**6), st.sampled_from(sorted(_QT_LOCALES)))
def test_what_qt_writes_in_each_language_reads_back(whole, thousandths, lang):
    """A number copied from another Qt program (Arabic-Indic digits and a marked minus sign in Arabic)."""
    locale = QLocale(_QT_LOCALES[lang])
    assert read_number(locale.toString(whole), LOCALES[lang], integer=True) == whole
    value = whole + thousandths / 1000 * (1 if whole >= 0 else -1)
    assert read_number(locale.toString(value, "f", 3), LOCALES[lang]) == pytest.approx(value, abs=1e-9)
