"""The review page: the refusal follows the answers, and marking final is a confirmed decision."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import answer_choice, answer_confirmation, create_assessment


def test_refusal_is_withdrawn_once_the_last_required_answer_is_given(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    review = view.page(view.page_keys.index("review"))
    view.show_page(view.page_keys.index("review"))
    qtbot.mouseClick(review.final_button, Qt.MouseButton.LeftButton)
    assert "cannot be marked as final yet" in review.explanation.text()
    assert review.confirmation is None, "a refused assessment asks no confirmation"
    answer_choice(qtbot, view, "criminalised", "in_place")
    assert "1 required question is unanswered" in review.explanation.text()
    answer_choice(qtbot, view, "has_law", "no")
    assert review.explanation.isVisibleTo(review)
    assert "cannot be marked as final" not in review.explanation.text()
    assert "can now be marked as final" in review.explanation.text()
    assert window.ctx.session.service.assessment(view.controller.id).status == "draft"


def test_mark_final_asks_first_and_names_the_unanswered_share(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    answer_choice(qtbot, view, "criminalised", "in_place")
    answer_choice(qtbot, view, "has_law", "no")
    progress = service.progress(aid)
    unanswered = progress.relevant - progress.answered
    assert unanswered > 1 and progress.required_missing == 0
    view.show_page(view.page_keys.index("review"))
    review = view.pages["review"]
    qtbot.mouseClick(review.final_button, Qt.MouseButton.LeftButton)
    text = answer_confirmation(qtbot, review, accept=False)
    assert f"{progress.answered} of {progress.relevant} questions answered ({progress.percent} %)" in text
    assert f"{unanswered} questions still unanswered, none of them required" in text
    assert service.assessment(aid).status == "draft", "Cancel leaves the assessment a draft"
    assert view.section_page("choices").isEnabled()
    qtbot.mouseClick(review.final_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, review, accept=True)
    assert service.assessment(aid).status == "final"
    assert not review.final_button.isVisibleTo(review) and review.reopen_button.isVisibleTo(review)


def test_clear_answer_is_not_offered_in_a_final_assessment(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    answer_choice(qtbot, view, "criminalised", "in_place")
    answer_choice(qtbot, view, "has_law", "no")
    widget = view.section_page("choices").widgets["has_law"]
    assert widget.clear_button.isVisibleTo(widget), "a draft's answer can be cleared"
    view.show_page(view.page_keys.index("review"))
    qtbot.mouseClick(view.pages["review"].final_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, view.pages["review"], accept=True)
    view.show_page(view.page_keys.index("choices"))
    assert not widget.clear_button.isVisibleTo(widget)
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert service.answers(aid)["has_law"].value == "no"
    qtbot.mouseClick(view.pages["review"].reopen_button, Qt.MouseButton.LeftButton)
    assert widget.clear_button.isVisibleTo(widget), "reopened, the answer can be cleared again"
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert "has_law" not in service.answers(aid) or service.answers(aid)["has_law"].value is None
