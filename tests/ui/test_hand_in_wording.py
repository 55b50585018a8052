"""The hand-in page counts what is missing in words a French or Spanish reader reads without a "(s)": the required
questions are given as a count, with no plural for a translator to guess."""

from __future__ import annotations

import pytest

from tests.ui.conftest import create_assessment


@pytest.mark.parametrize(
    ("lang", "missing"),
    [("fr", "questions encore sans réponse (obligatoires : "), ("es", "sin respuesta (obligatorias: ")],
)
def test_missing_required_questions_are_counted_without_a_bracketed_plural(qtbot, build_app, lang, missing):
    window = build_app(lang)
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("export"))
    progress = view.controller.progress
    assert progress is not None and progress.required_missing > 1
    text = view.pages["export"].status.text()
    assert f"{missing}{progress.required_missing})." in text
    assert "(s)" not in text
