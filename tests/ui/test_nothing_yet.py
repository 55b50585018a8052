"""A section none of whose questions applies yet reads as "nothing to answer here yet", not as "100 %" done: in
the navigator, on its page (with a link to the question that decides it) and under the page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from omnibus.model.catalogue import Catalogue
from tests.ui.conftest import answer_choice, create_assessment

SCOPE, DECIDING = "ns_elements_scope", "ns_overarching_strategy"
NOTHING = "Nothing to answer yet: no question here applies with the answers given so far."


def _start(qtbot, build_app, language: str = "en"):
    window = build_app(language, catalogue=Catalogue.bundled())
    form = window.start_page.form
    form.questionnaire.setCurrentIndex(
        next(n for n, q in enumerate(form.questionnaires) if q.id == "national-strategy")
    )
    return window, create_assessment(qtbot, window)


def _click_row(qtbot, navigator, section_id: str) -> None:
    row = navigator.section_rows[section_id]
    navigator.tree.scrollToItem(row)
    rect = navigator.tree.visualItemRect(row)
    qtbot.mouseClick(navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_link(qtbot, link) -> None:
    """On the first line of the link's text, a few pixels in from where it starts."""
    margins = link.contentsMargins()
    x = link.width() - margins.right() - 4 if link.isRightToLeft() else margins.left() + 4
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(x, margins.top() + link.fontMetrics().height() // 2))


def test_a_section_with_no_question_yet_says_so_and_links_to_the_question_deciding_it(qtbot, build_app):
    window, view = _start(qtbot, build_app)
    row = view.navigator.section_rows[SCOPE]
    assert row.text(1) == "\u2014"
    assert row.data(1, Qt.ItemDataRole.AccessibleTextRole) == NOTHING
    assert NOTHING in row.toolTip(0) and row.toolTip(1) == NOTHING
    assert view.navigator.section_rows["ns_existing"].text(1) == "0 %"

    _click_row(qtbot, view.navigator, SCOPE)
    page = view.section_page(SCOPE)
    qtbot.waitUntil(lambda: view.page_keys[view.current] == SCOPE)
    note = page.nothing_yet
    assert note.isVisible()
    assert note.sentence.text().startswith("Nothing to answer here yet")
    assert note.sentence.text().endswith("so far.\nIts questions depend on your answer to this question:")
    question = view.q.text(view.q.item(DECIDING).label, "en")
    assert [link.accessibleName() for link in note.links] == [question]
    assert view.position.text() == "Section 3 of 6 · nothing to answer yet"
    assert not any(widget.isVisible() for widget in page.widgets.values())

    _click_link(qtbot, note.links[0])
    qtbot.waitUntil(lambda: view.page_keys[view.current] == "ns_existing")
    deciding = view.section_page("ns_existing").widgets[DECIDING]
    assert deciding.isAncestorOf(QApplication.focusWidget())
    assert window.ctx.session.service.answer(view.controller.id, DECIDING) is None


def test_an_answer_shows_the_questions_and_taking_it_back_says_nothing_applies_again(qtbot, build_app):
    window, view = _start(qtbot, build_app)
    service, aid = window.ctx.session.service, view.controller.id
    row = view.navigator.section_rows[SCOPE]
    page = view.section_page(SCOPE)  # built before the answer: it follows the answers
    assert not page.nothing_yet.isHidden()

    answer_choice(qtbot, view, DECIDING, "yes")
    qtbot.waitUntil(lambda: row.text(1) == "0 %")
    assert service.answer(aid, DECIDING).value == "yes"
    assert row.data(1, Qt.ItemDataRole.AccessibleTextRole) == "0 percent answered"
    assert row.toolTip(0) == row.text(0) and row.toolTip(1) == ""  # the title alone, no sentence
    _click_row(qtbot, view.navigator, SCOPE)
    qtbot.waitUntil(lambda: view.page_keys[view.current] == SCOPE)
    assert page.nothing_yet.isHidden()
    assert page.widgets["ns_el_threat"].isVisible()
    assert view.position.text() == "Section 3 of 6 · 0 % answered"

    view.show_item(DECIDING)
    answer_choice(qtbot, view, DECIDING, "no")
    qtbot.waitUntil(lambda: row.text(1) == "\u2014")
    assert service.answer(aid, DECIDING).value == "no"
    assert not page.nothing_yet.isHidden()
    assert [link.accessibleName() for link in page.nothing_yet.links] == [
        view.q.text(view.q.item(DECIDING).label, "en")
    ]
    assert page.widgets["ns_el_threat"].isHidden()


def test_a_question_outside_the_sections_shown_is_named_without_a_link(qtbot):
    """On a ministry's laptop, a question deciding a section may sit in a section not assigned to it: it is named,
    and clicking its name goes nowhere (the window could not show it)."""
    from omnibus.ui.assessment.nothing_yet import NothingYet

    note = NothingYet()
    qtbot.addWidget(note)
    note.show_triggers((("shown", "Is there a plan?", True), ("elsewhere", "Is there a law?", False)))
    note.show()
    qtbot.waitExposed(note)
    assert note.sentence.text().endswith("Its questions depend on your answers to these questions:")
    linked, plain = note.links
    assert "<a " in linked.text() and "<a " not in plain.text() and plain.text() == "Is there a law?"
    with qtbot.assertNotEmitted(note.itemRequested):
        _click_link(qtbot, plain)
    with qtbot.waitSignal(note.itemRequested) as requested:
        _click_link(qtbot, linked)
    assert requested.args == ["shown"]


def _pages_shown(view) -> dict[str, object]:
    """What every page built shows of relevance: each question hidden or not, and the "nothing yet" note."""
    shown: dict[str, object] = {}
    for key in view.page_keys[:-2]:
        page = view.section_page(key)
        shown[key] = (page.nothing_yet.isHidden(), {i: w.isHidden() for i, w in page.widgets.items()})
    return shown


def test_after_each_answer_every_page_built_shows_what_a_whole_refresh_shows(qtbot, build_app):
    """A save tells only the pages of the items it changed; the others, and those, show what refreshing every
    page from the stored answers shows."""
    window, view = _start(qtbot, build_app)
    for key in view.page_keys[:-2]:
        view.section_page(key).ensure_built()
    for code in ("yes", "no", "yes"):
        view.show_item(DECIDING)
        answer_choice(qtbot, view, DECIDING, code)
        qtbot.waitUntil(lambda c=code: view.controller.answers[DECIDING].value == c)
        after_save = _pages_shown(view)
        view.retranslate()  # every page refreshed from the controller's reading
        assert _pages_shown(view) == after_save, code
    assert view.section_page(SCOPE).nothing_yet.isHidden()  # its questions apply
    assert window.ctx.session.service.answer(view.controller.id, DECIDING).value == "yes"
