"""A training assessment says so all the time it is open, and the choice is never carried to the next one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import create_assessment


def test_training_band_is_shown_and_the_box_is_not_carried_over(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app()
    service = window.ctx.session.service
    form = window.start_page.form
    box = QPoint(8, form.training.height() // 2)  # on the box itself: the row is wider than its words
    qtbot.mouseClick(form.training, Qt.MouseButton.LeftButton, pos=box)
    assert form.training.isChecked()
    view = create_assessment(qtbot, window)
    assert service.assessment(view.controller.id).training
    assert view.training_band.isVisible()
    assert view.training_band.text() == "TRAINING — not an official submission"
    view.show_page(view.page_keys.index("export"))
    assert view.training_band.isVisible(), "the band stays on every page"
    asked: list[str] = []

    def dialog(_parent, _title, directory, _filter):
        asked.append(directory)
        return "", ""  # the respondent cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    qtbot.mouseClick(view.pages["export"].report_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("KEN-ui-every-type-2025-training.pdf")

    window.show_start()
    assert not form.training.isChecked(), "the next new assessment starts as a real one"
    second = create_assessment(qtbot, window, cycle="2026")
    assert not service.assessment(second.controller.id).training
    assert not second.training_band.isVisible()


def test_training_band_speaks_the_interface_language(qtbot, build_app):
    window = build_app("fr")
    qtbot.mouseClick(window.start_page.form.training, Qt.MouseButton.LeftButton)
    view = create_assessment(qtbot, window)
    assert view.training_band.text() == "FORMATION — pas une soumission officielle"
