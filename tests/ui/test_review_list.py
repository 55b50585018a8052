"""The review's list of what needs attention is built when the respondent looks at it, not at every save made on
another page after a first visit (each save changes it, and it holds a row per unanswered question)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import answer_choice, create_assessment


def _listed(review) -> list[str]:
    return [review.issues.item(n).data(Qt.ItemDataRole.UserRole) for n in range(review.issues.count())]


def test_answers_given_elsewhere_are_listed_when_the_review_shows_again(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("review"))
    review = view.pages["review"]
    assert _listed(review) == ["criminalised", "has_law"]
    view.show_page(view.page_keys.index("choices"))
    rebuilt: list[str] = []
    review.issues.model().rowsRemoved.connect(lambda *_: rebuilt.append("removed"))
    review.issues.model().rowsInserted.connect(lambda *_: rebuilt.append("inserted"))

    answer_choice(qtbot, view, "criminalised", "in_place")
    qtbot.waitUntil(lambda: view.controller.answered("criminalised"))
    answer_choice(qtbot, view, "liability", "yes")
    qtbot.waitUntil(lambda: view.controller.answered("liability"))
    assert rebuilt == []  # not on screen: nothing built

    qtbot.mouseClick(view.navigator.missing_button, Qt.MouseButton.LeftButton)  # to has_law, still missing
    answer_choice(qtbot, view, "has_law", "yes")  # its follow-up, required, appears
    qtbot.waitUntil(lambda: view.controller.answered("has_law"))
    view.show_page(view.page_keys.index("review"))

    assert _listed(review) == ["law_name"]
    assert review.summary.text().startswith(f"{view.controller.progress.answered} of ")
    assert window.ctx.session.service.answer(view.controller.id, "criminalised").value == "in_place"


def test_a_save_on_the_review_page_lists_at_once(qtbot, build_app):
    """A conflict settled or a draft fixed from the review changes the list it is showing."""
    window = build_app()
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("review"))
    review = view.pages["review"]
    view.controller.set_value("criminalised", "in_place")
    assert _listed(review) == ["has_law"]
    view.controller.set_value("has_law", "no")
    assert review.issues.item(0).text() == "Nothing needs attention."
