"""After a save the controller names the items it changed once, for every view: the navigator and the pages redraw
those, not every item of the questionnaire."""

from __future__ import annotations

from tests.ui.conftest import answer_choice, create_assessment


def test_a_save_changes_its_item_and_what_depends_on_it(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    controller = view.controller

    answer_choice(qtbot, view, "liability", "yes")  # nothing depends on it
    qtbot.waitUntil(lambda: controller.answered("liability"))
    assert controller.changed == {"liability"}

    answer_choice(qtbot, view, "has_law", "yes")  # its follow-up appears, a required question without answer
    qtbot.waitUntil(lambda: controller.answered("has_law"))
    assert controller.changed == {"has_law", "law_name"}
    page = view.section_page("choices")
    qtbot.waitUntil(lambda: page.widgets["law_name"].isVisible())
    assert view.navigator.item_rows["law_name"].isHidden() is False

    answer_choice(qtbot, view, "has_law", "no")
    qtbot.waitUntil(lambda: not page.widgets["law_name"].isVisible())
    assert controller.changed == {"has_law", "law_name"}
    assert view.navigator.item_rows["law_name"].isHidden()
    assert window.ctx.session.service.answer(controller.id, "has_law").value == "no"
