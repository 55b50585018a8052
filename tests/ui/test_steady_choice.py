"""Giving or clearing the answer to a choice item moves nothing on the page.

"Clear answer" appears with the first answer to a yes/no, yes/no/partially or single-choice item, the most common
save on a first pass through a questionnaire. It used to be taller than the radio buttons beside it, so the item
grew and everything below it jumped down under the respondent's mouse, and jumped back when the answer was cleared.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QRadioButton

from tests.ui.conftest import create_assessment
from tests.ui.test_save_layout import LayoutRequests


def _geometries(page, item_id: str) -> tuple[QRect, QRect]:
    """The item's card and the card shown after it, where the page placed them."""
    ids = [i for i, w in page.widgets.items() if w.isVisibleTo(page)]
    following = ids[ids.index(item_id) + 1]
    return page.widgets[item_id].geometry(), page.widgets[following].geometry()


def _settled(qtbot) -> None:
    qtbot.wait(50)  # the layout requests the save posted are handled


@pytest.mark.parametrize(
    ("language", "item_id", "code"),
    [("en", "criminalised", "in_place"), ("en", "liability", "no"), ("en", "kind", "civil"), ("ar", "kind", "civil")],
)
def test_answering_and_clearing_keep_the_page_still(qtbot, build_app, language, item_id, code):
    window = build_app(language)
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    page = view.section_page("choices")
    qtbot.waitUntil(lambda: page.complete and item_id in page.widgets and page.widgets[item_id].isVisible())
    _settled(qtbot)
    widget = page.widgets[item_id]
    unanswered = _geometries(page, item_id)
    requests = LayoutRequests()
    page.widget().installEventFilter(requests)

    radio = widget.findChild(QRadioButton, f"choice_{code}")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=radio.rect().center())
    qtbot.waitUntil(lambda: item_id in service.answers(aid))
    _settled(qtbot)

    assert service.answers(aid)[item_id].value == code
    assert widget.clear_button.isVisible()
    assert _geometries(page, item_id) == unanswered
    assert requests.count == 0, "the page is not even measured again"

    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton, pos=widget.clear_button.rect().center())
    qtbot.waitUntil(lambda: item_id not in service.answers(aid) or service.answers(aid)[item_id].value is None)
    _settled(qtbot)

    assert not radio.isChecked()
    assert not widget.clear_button.isVisible()
    assert _geometries(page, item_id) == unanswered
    assert requests.count == 0
    page.widget().removeEventFilter(requests)


def test_clear_answer_is_no_taller_than_the_choices_at_any_text_size(qtbot, build_app):
    """At the smallest and the largest text size the respondent can choose, the button fits the row of choices, and
    it gets the room its text needs."""
    window = build_app()
    view = create_assessment(qtbot, window)
    widget = view.section_page("choices").widgets["liability"]
    radio = widget.findChild(QRadioButton, "choice_yes")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=radio.rect().center())
    qtbot.waitUntil(widget.clear_button.isVisible)
    for step in (-1,) * 3 + (+1,) * 12:  # from the normal size down to the smallest, then up to the largest
        window.change_text_size(step)  # the pages are built again in the new size
        view = _rebuilt(qtbot, window, view)
        widget = view.section_page("choices").widgets["liability"]
        _wait_laid_out(qtbot, widget.clear_button)
        assert widget.clear_button.height() <= widget.findChild(QRadioButton, "choice_yes").height()


def _rebuilt(qtbot, window, old):
    qtbot.waitUntil(lambda: window.view is not None and window.view is not old)
    return window.view


def _wait_laid_out(qtbot, button) -> None:
    qtbot.waitUntil(lambda: button.isVisible() and button.size() == button.sizeHint())


def test_clear_answer_is_reached_with_tab_and_pressed_with_space(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    page = view.section_page("choices")
    widget = page.widgets["liability"]
    radio = widget.findChild(QRadioButton, "choice_partially")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=radio.rect().center())
    qtbot.waitUntil(lambda: "liability" in service.answers(aid))

    qtbot.keyClick(radio, Qt.Key.Key_Tab)
    assert widget.clear_button.hasFocus()
    assert widget.clear_button.accessibleName() == "Clear answer"
    qtbot.keyClick(widget.clear_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "liability" not in service.answers(aid) or service.answers(aid)["liability"].value is None)
    assert not radio.isChecked()
    assert widget.findChild(QRadioButton, "choice_yes").hasFocus(), "the keyboard is back on the choices"
