"""Slow work off the GUI thread: the core reports through plain callbacks, a small QObject re-emits them as signals.

Never touch a widget from the worker: results and progress reach the GUI thread only through the signals.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from omnibus.collector import collect_before_work, paused_off_gui_thread

ProgressCallback = Callable[[int, int, str], None]
"""done, total, what: the plain callback the core calls."""

FIRST_IMPORTED_ON_GUI_THREAD = ("cel_expr_python.cel",)
"""Bindings imported by the first TaskRunner, on the GUI thread (about 2 ms), so that no worker imports them first.

The conditions library is a pybind11 binding; pybind11 (before pybind/pybind11#5870) remembers the Python thread
state of the thread that first imports it and uses it again to take the GIL on that thread, as every `cel.NewEnv`
does when it drops the error of its `import google.protobuf` (not installed). Our pool gives each task a new thread
state: a later task on that thread, holding the GIL, waited for it with a freed state, and the window stayed busy
for ever after Continue. The GUI thread's state lasts as long as the program."""


@dataclass(frozen=True)
class TaskProgress:
    """How far the work is: `done` of `total` steps (a total of 0: unknown), and what it is doing."""

    done: int
    total: int
    what: str


class TaskSignals(QObject):
    progress = Signal(TaskProgress)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[ProgressCallback], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        with paused_off_gui_thread:
            try:
                result = self.work(self._report)
            except Exception as exc:  # reported on the GUI thread, where it is shown
                self.signals.failed.emit(exc)
                return
        self.signals.finished.emit(result)

    def _report(self, done: int, total: int, what: str) -> None:
        self.signals.progress.emit(TaskProgress(done, total, what))


class TaskRunner:
    """Runs work on a thread pool; keeps each task's signals alive until it has reported."""

    def __init__(self) -> None:
        for module in FIRST_IMPORTED_ON_GUI_THREAD:
            importlib.import_module(module)
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(2)
        self._alive: set[TaskSignals] = set()

    def run(
        self,
        work: Callable[[ProgressCallback], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress: Callable[[TaskProgress], None] | None = None,
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
