"""WeasyPrint's progress log turned into `progress(fraction, stage)` calls for the caller (the hand-in page's worker
shows a progress bar): WeasyPrint logs a line per step and per page laid out, from the thread that renders."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ClassVar

Progress = Callable[[float, str], None]


class _ProgressHandler(logging.Handler):
    """Turns WeasyPrint's progress log lines (from the rendering thread only) into fractions."""

    STEPS: ClassVar[dict[str, float]] = {
        "Step 1": 0.06,
        "Step 2": 0.08,
        "Step 3": 0.10,
        "Step 4": 0.14,
        "Step 6": 0.88,
        "Step 7": 0.96,
    }

    def __init__(self, progress: Progress, expected_pages: int) -> None:
        super().__init__(logging.INFO)
        self.progress = progress
        self.expected_pages = max(1, expected_pages)
        self.thread = threading.get_ident()
        self.done = 0.0
        self.pages = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        message = record.getMessage()
        step = message[:6]
        if step == "Step 5":
            if "Page" in message and "up-to-date" not in message:
                self.pages += 1
                fraction = 0.15 + 0.70 * min(1.0, self.pages / self.expected_pages)
                self._report(fraction, "layout")
            return
        reached = self.STEPS.get(step)
        if reached is not None:
            self._report(reached, "pdf" if step in ("Step 6", "Step 7") else "prepare")

    def _report(self, fraction: float, stage: str) -> None:
        if fraction > self.done:
            self.done = fraction
            self.progress(fraction, stage)


@contextmanager
def weasyprint_progress(progress: Progress | None, expected_pages: int) -> Iterator[None]:
    if progress is None:
        yield
        return
    from weasyprint import PROGRESS_LOGGER

    handler = _ProgressHandler(progress, expected_pages)
    level, propagate = PROGRESS_LOGGER.level, PROGRESS_LOGGER.propagate
    PROGRESS_LOGGER.addHandler(handler)
    PROGRESS_LOGGER.setLevel(logging.INFO)
    PROGRESS_LOGGER.propagate = False
    try:
        yield
    finally:
        PROGRESS_LOGGER.removeHandler(handler)
        PROGRESS_LOGGER.setLevel(level)
        PROGRESS_LOGGER.propagate = propagate
