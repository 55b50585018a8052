"""A section with many items opens with its first screenful; the rest join the page while it is on screen, and a
jump to an item far down (from the review page or the search) builds what it needs at once."""

from __future__ import annotations

from pathlib import Path

from omnibus.model.catalogue import Catalogue
from omnibus.ui.assessment.section_page import FIRST_BATCH

from .conftest import create_assessment

ITEMS = 120


def _long_questionnaire(folder: Path) -> Path:
    items = "".join(
        f"          - id: q{n:03d}\n            type: {'yes_no' if n % 2 else 'text'}\n            label: Question {n}\n"
        for n in range(ITEMS)
    )
    text = (
        "kind: questionnaire\nid: long\nversion: '1'\ntitle: Long\nlanguages: [en]\ninstruments: [untoc]\n"
        "modules:\n  - id: m\n    title: M\n    sections:\n      - id: s\n        title: S\n        items:\n"
        + items
        + "          - id: follow\n            type: text\n            label: Follow-up\n"
        "            relevant: q001 == 'yes'\n"
    )
    path = folder / "long.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _in_layout(page) -> list[str]:
    column = page.column
    found = [column.itemAt(i).widget() for i in range(column.count())]
    return [w.item_id for w in found if w is not None and hasattr(w, "item_id")]


def test_long_section_builds_while_shown_and_keeps_relevance(qtbot, build_app, tmp_path):
    _long_questionnaire(tmp_path)
    window = build_app(catalogue=Catalogue((tmp_path,)))
    view = create_assessment(qtbot, window)
    page = view.section_page("s")
    assert len(page.widgets) >= FIRST_BATCH
    assert not page.complete
    qtbot.waitUntil(lambda: page.complete, timeout=20000)
    ids = [f"q{n:03d}" for n in range(ITEMS)] + ["follow"]
    assert _in_layout(page) == ids  # every item, in questionnaire order
    assert all(page.widgets[i].isVisible() for i in ids[:-1])
    assert not page.widgets["follow"].isVisible()  # not relevant until q001 is "yes"

    view.controller.set_value("q001", "yes")
    qtbot.waitUntil(lambda: page.widgets["follow"].isVisible(), timeout=5000)


def test_jumping_far_down_builds_the_rest_at_once(qtbot, build_app, tmp_path):
    _long_questionnaire(tmp_path)
    window = build_app(catalogue=Catalogue((tmp_path,)))
    view = create_assessment(qtbot, window)
    page = view.section_page("s")
    assert not page.complete
    view.show_item("q118")
    assert page.complete
    assert page.widgets["q118"].isVisible()
    assert page.widgets["q118"].isAncestorOf(window.focusWidget())
