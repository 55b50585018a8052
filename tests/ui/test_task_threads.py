"""Slow work runs on a thread Python started: a C++ extension taking the interpreter lock through pybind11 (CEL,
building a questionnaire's conditions) deadlocked the whole window on a thread Qt's pool had started."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from omnibus.model.catalogue import Catalogue
from omnibus.ui.tasks import TaskRunner


def test_the_work_runs_on_a_thread_python_started(qtbot):
    runner = TaskRunner()
    seen: list[threading.Thread] = []
    failures: list[BaseException] = []
    with qtbot.waitSignal(
        runner.run(lambda _progress: threading.current_thread(), seen.append, failures.append).finished
    ):
        pass
    assert not failures and seen[0].name == "omnibus-task" and seen[0] is not threading.main_thread()


def test_continuing_the_bundled_needs_assessment_opens_it(qtbot, build_app):
    window = build_app(catalogue=Catalogue.bundled())
    service = window.ctx.session.service
    made = service.create_assessment("untoc-needs-assessment", country="KEN", cycle="2026")
    window.start_page.reload()
    window.start_page.assessments.setCurrentRow(0)
    qtbot.mouseClick(window.start_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=60000)
    assert window.view.controller.id == made.id
