"""The navigator's "first unanswered required question" button lands on the question, the first time a section
is opened as well as later: the question is on screen and its answer has the keyboard focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from omnibus.model.catalogue import Catalogue

from .conftest import create_assessment

FILLER = 40


def _questionnaire(folder: Path) -> Path:
    """A first section to start on, and a second whose only required question comes after many long ones."""
    long_label = "A question whose label is long enough to wrap on two lines when the page is narrow, " * 2
    filler = "".join(
        f"          - id: f{n:02d}\n            type: yes_no\n            label: '{n}. {long_label}'\n"
        for n in range(FILLER)
    )
    text = (
        "kind: questionnaire\nid: jump\nversion: '1'\ntitle: Jump\nlanguages: [en]\ninstruments: [untoc]\n"
        "modules:\n  - id: m\n    title: M\n    sections:\n"
        "      - id: first\n        title: First\n        items:\n"
        "          - id: opening\n            type: text\n            label: Opening\n"
        "      - id: second\n        title: Second\n        items:\n"
        + filler
        + "          - id: target\n            type: integer\n            required: true\n            label: Target\n"
        + filler.replace("id: f", "id: g")
    )
    path = folder / "jump.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _on_screen(view, item_id: str) -> bool:
    page = view.section_page("second")
    widget = page.widgets[item_id]
    viewport = page.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, widget.size()))


def test_first_missing_lands_on_the_question_when_its_section_opens_for_the_first_time(qtbot, build_app, tmp_path):
    _questionnaire(tmp_path)
    window = build_app(catalogue=Catalogue((tmp_path,)))
    view = create_assessment(qtbot, window)
    assert "second" not in view.pages
    qtbot.mouseClick(view.navigator.missing_button, Qt.MouseButton.LeftButton)
    assert view.page_keys[view.current] == "second"
    assert view.section_page("second").widgets["target"].isAncestorOf(QApplication.focusWidget())
    assert _on_screen(view, "target")
    qtbot.wait(200)  # the layout settles: the question stays where it was brought
    assert _on_screen(view, "target")
