"""Paths and English titles inside an Arabic interface keep their order and their place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.path_text import readable_path
from tests.ui.conftest import BuildApp, create_assessment


def x_of(text: str, position: int, font: QFont) -> float:
    """Where the character at `position` is drawn in a right-to-left paragraph of `text`."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100000)
    layout.endLayout()
    (run,) = layout.glyphRuns(position, 1)
    return run.positions()[0].x()


def test_a_path_keeps_its_leading_slash_in_an_arabic_sentence(qapp: QApplication) -> None:
    path = "/home/amina/KEN.pdf"
    for text, reads_left_to_right in ((f"حُفظ: {path}", False), (f"حُفظ: {left_to_right(path)}", True)):
        start = text.index(path)
        slash, h = x_of(text, start, qapp.font()), x_of(text, start + 1, qapp.font())
        assert (slash < h) is reads_left_to_right, text


def test_an_english_title_keeps_its_place_before_the_cycle(qapp: QApplication) -> None:
    title = "National strategies"
    for text, in_order in ((f"كينيا · {title} · 2026", False), (f"كينيا · {isolated(title)} · 2026", True)):
        # Right to left: the country, then the title, then the cycle, further and further to the left.
        assert (x_of(text, text.index("2026"), qapp.font()) < x_of(text, text.index("N"), qapp.font())) is in_order


def test_arabic_hand_in_page_isolates_the_saved_path(
    qtbot: QtBot, build_app: BuildApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = build_app("ar")
    view = create_assessment(qtbot, window)
    assert isolated("جميع أنواع الأسئلة") in view.heading.text()
    view.show_page(view.page_keys.index("export"))
    page = view.pages["export"]
    target = tmp_path / "KEN.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert readable_path(target) in page.result.text()  # left to right, broken only between folders
