"""The status line's save state is in the interface language, also after the language is switched."""

from __future__ import annotations

from tests.ui.conftest import answer_choice, create_assessment


def test_saved_follows_a_language_switch(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    answer_choice(qtbot, view, "has_law", "no")
    assert window.ctx.session.service.answers(view.controller.id)["has_law"].value == "no"
    assert window.saved_label.text().startswith("Saved ")
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Enregistré à "))
    window.set_language("ar")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("حُفظ في "))
