"""Conflicts › Combine…: the text holding both answers opens in a box with room to merge them (half the conflict
view), wide enough for its title, and what the focal point types there is the answer stored."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QPlainTextEdit, QWidget

from omnibus.export import Signer
from omnibus.ui.assessment.navigator import REVIEW
from omnibus.ui.collaboration.conflicts_dialog import ConflictsDialog
from tests.ui.conftest import create_assessment
from tests.ui.test_collaboration_window import CLICK, assign_values_section, contribute, institution, open_file
from tests.ui.test_start_page import in_next_dialog

__all__ = ["institution"]  # the fixture, used by name


def test_both_answers_are_combined_in_a_box_with_room(qtbot, build_app, institution, tmp_path, monkeypatch) -> None:
    window = build_app("fr")
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    assignment_file = assign_values_section(qtbot, window, tmp_path)
    view.controller.set_value("description", "Kept by the police.")  # changed here too: a conflict
    path = contribute(institution, assignment_file, tmp_path, Signer.generate(), description="Kept by the courts.")
    open_file(qtbot, window, monkeypatch, path, "Oui", "OK")
    qtbot.waitUntil(lambda: window.view is not view and window.view is not None, timeout=10000)
    view = window.view
    view.show_page(view.page_keys.index(REVIEW))
    sizes: list[tuple[int, int, int, int, int]] = []

    def combine(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        conflicts = box.parentWidget()
        assert conflicts is not None
        title = box.fontMetrics().horizontalAdvance(box.windowTitle())
        sizes.append((box.width(), box.height(), conflicts.width(), conflicts.height(), title))
        editor = box.findChild(QPlainTextEdit)
        assert editor is not None and "police" in editor.toPlainText() and "courts" in editor.toPlainText()
        editor.selectAll()
        qtbot.keyClicks(editor, "Kept by the police and the courts.")
        box.accept()

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        in_next_dialog(qtbot, combine)
        qtbot.mouseClick(dialog.combine, CLICK)
        dialog.close()

    in_next_dialog(qtbot, look)
    qtbot.mouseClick(view.overview.conflicts, CLICK)
    [(width, height, view_width, view_height, title)] = sizes
    assert width >= view_width // 2 and height >= view_height // 2 and width > title
    assert service.answer(aid, "description").value == "Kept by the police and the courts."
    assert service.conflicts(aid) == []
