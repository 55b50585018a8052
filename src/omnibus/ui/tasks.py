"""Slow work off the GUI thread: the core reports through plain callbacks, a small QObject re-emits them as signals.

Never touch a widget from the worker: results and progress reach the GUI thread only through the signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from omnibus.collector import collect_before_work, paused_off_gui_thread

ProgressCallback = Callable[[int, int, str], None]
"""done, total, what: the plain callback the core calls."""


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        # The work runs on a thread Python started, which the pool's thread waits for. On the pool's own thread
        # (started by Qt) a C++ extension that takes the interpreter lock through pybind11 (CEL, when it builds a
        # questionnaire's condition environment) deadlocked: opening an assessment never finished.
        worker = threading.Thread(target=self._work, name="omnibus-task")
        worker.start()
        worker.join()

    def _work(self) -> None:
        with paused_off_gui_thread:
            try:
                result = self.work(self.signals.progress.emit)
            except Exception as exc:  # reported on the GUI thread, where it is shown
                self.signals.failed.emit(exc)
                return
        self.signals.finished.emit(result)


class TaskRunner:
    """Runs work on a thread pool; keeps each task's signals alive until it has reported."""

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(2)
        self._alive: set[TaskSignals] = set()

    def run(
        self,
        work: Callable[[ProgressCallback], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[int, int, str], None] | None = None,
    ) -> TaskSignals:
        collect_before_work()
        signals = TaskSignals()
        self._alive.add(signals)
        signals.finished.connect(done)
        signals.failed.connect(failed)
        if progress is not None:
            signals.progress.connect(progress)
        signals.finished.connect(lambda _r: self._alive.discard(signals))
        signals.failed.connect(lambda _e: self._alive.discard(signals))
        self.pool.start(_Runnable(work, signals))
        return signals

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
