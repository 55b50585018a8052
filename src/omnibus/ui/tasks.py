"""Slow work off the GUI thread: the core reports through plain callbacks, a small QObject re-emits them as signals.

Never touch a widget from the worker: results and progress reach the GUI thread only through the signals.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressCallback = Callable[[int, int, str], None]
"""done, total, what: the plain callback the core calls."""


class _GcHold:
    """Python's cyclic garbage collector runs in whichever thread happens to allocate. Were it to run on a
    worker, it could free a Qt widget there (a crash); so it pauses while work runs off the GUI thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.holders = 0
        self.disabled_by_us = False

    def __enter__(self) -> None:
        with self.lock:
            if self.holders == 0 and gc.isenabled():
                gc.disable()
                self.disabled_by_us = True
            self.holders += 1

    def __exit__(self, *_exc: object) -> None:
        with self.lock:
            self.holders -= 1
            if self.holders == 0 and self.disabled_by_us:
                self.disabled_by_us = False
                gc.enable()


_gc_hold = _GcHold()


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
        with _gc_hold:
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
        gc.collect()  # collect now, on the GUI thread, what might otherwise be freed on the worker
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
