"""A need names the instrument it concerns where the question covers several, and a request can be made in general
terms; both are stored as the respondent chose them, in any interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from omnibus.model.catalogue import Catalogue
from tests.ui.conftest import create_assessment


def _start(qtbot, build_app, questionnaire: str, language: str = "en"):
    window = build_app(language, catalogue=Catalogue.bundled())
    form = window.start_page.form
    form.questionnaire.setCurrentIndex(next(n for n, q in enumerate(form.questionnaires) if q.id == questionnaire))
    return window, create_assessment(qtbot, window)


def _new_need(qtbot, view, item_id: str):
    view.show_item(item_id)
    widget = view.section_page(view.q.items[item_id].section.id).widgets[item_id]
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    return widget.entries[-1]


def _choose(qtbot, box: QComboBox, presses: int) -> None:
    box.setFocus()
    for _ in range(presses):
        qtbot.keyClick(box, Qt.Key.Key_Down)


def test_a_need_under_the_trafficking_protocol_in_general_terms_is_stored_so(qtbot, build_app):
    window, view = _start(qtbot, build_app, "national-strategy")
    service, aid = window.ctx.session.service, view.controller.id
    entry = _new_need(qtbot, view, "ns_ta_needs")
    instrument = entry.findChild(QComboBox, "need_instrument")
    assert instrument.isVisibleTo(entry)
    assert [instrument.itemText(n) for n in range(instrument.count())] == [
        "The question's instruments",
        "Convention (UNTOC)",
        "Trafficking in Persons Protocol",
        "Smuggling of Migrants Protocol",
        "Firearms Protocol",
    ]
    _choose(qtbot, instrument, 2)
    _choose(qtbot, entry.findChild(QComboBox, "need_type"), 1)  # in general terms
    qtbot.keyClicks(entry.description, "Assistance in implementing the Protocol")
    entry.description.clearFocus()
    qtbot.waitUntil(lambda: "ns_ta_needs" in service.answers(aid), timeout=3000)
    assert service.answers(aid)["ns_ta_needs"].value == [
        {"instrument": "tip", "priority": "medium", "description": "Assistance in implementing the Protocol"}
    ]
    assert service.drafts(aid) == {}


def test_a_request_in_general_terms_must_say_what_is_asked(qtbot, build_app):
    window, view = _start(qtbot, build_app, "national-strategy")
    service, aid = window.ctx.session.service, view.controller.id
    entry = _new_need(qtbot, view, "ns_ta_needs")
    _choose(qtbot, entry.findChild(QComboBox, "need_type"), 1)
    qtbot.waitUntil(lambda: "ns_ta_needs" in service.drafts(aid), timeout=3000)
    assert service.drafts(aid)["ns_ta_needs"].where == (0, "description")
    assert entry.field_messages["description"].text() == "Say what assistance is needed."
    assert "ns_ta_needs" not in service.answers(aid)


def test_a_question_on_one_instrument_does_not_ask_for_it(qtbot, build_app):
    _window, view = _start(qtbot, build_app, "untoc-needs-assessment")
    entry = _new_need(qtbot, view, "tr_ta_needs")
    assert entry.findChild(QComboBox, "need_instrument") is None  # no such field in the entry


def test_the_instruments_are_named_in_the_interface_language(qtbot, build_app):
    _window, view = _start(qtbot, build_app, "national-strategy", "fr")
    entry = _new_need(qtbot, view, "ns_ta_needs")
    instrument = entry.findChild(QComboBox, "need_instrument")
    assert instrument.itemText(2) == "Protocole relatif à la traite des personnes"
    assert entry.findChild(QComboBox, "need_type").itemText(1) == "En termes généraux (aucun type particulier)"
