"""Every setting of Python's cycle collector, in one place: each is kept for a measured reason, said beside it.

Measured with the benchmarks' method (interleaved runs on the same machine, medians):
- the start screen is usable (list and form filled) 1.8 s after start with `set_aside` and 2.7 s without (five
  runs each, bench_ui's start-up script);
- a report's PDF renders in 4.9 s with `fewer_collections` and 5.7 s without (UNTOC, five runs each);
- a collection pass never runs on a worker thread (`paused_off_gui_thread`): not for speed but because it could
  free a Qt object there, which crashes.
Settings measured and dropped: no full collection while the Secretariat imports 190 packages (0.96 s with,
0.98 s without: nobody waiting for an import can tell).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def set_aside() -> None:
    """Move what exists now (modules, questionnaires: they live as long as the program) out of the collector's
    sight. Collection is paused while a worker runs (below), so all of it would otherwise wait in the youngest
    generation, and the GUI thread would walk it twice just after the start-up's worker ends, before the start
    screen is shown; later collections would walk it too. Freezing collects nothing, so it is safe on a worker."""
    gc.freeze()


def take_back() -> None:
    """What was set aside may be collected again (the main window is closing)."""
    gc.unfreeze()


_RENDER_THRESHOLD = 100_000
"""Allocations before a young collection while a PDF is laid out (Python's default is 700)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """A higher first threshold for the duration of a PDF render.

    WeasyPrint makes and drops hundreds of thousands of small objects while it lays a document out; with the
    default threshold the collector runs some two hundred times during one report, each time walking the boxes
    still in use. Garbage is collected as usual afterwards."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], _RENDER_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


class _PausedOffGuiThread:
    """The collector runs in whichever thread happens to allocate. Were it to run on a worker, it could free a Qt
    widget there (a crash); so it pauses while any work runs off the GUI thread, and resumes when the last ends."""

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


paused_off_gui_thread = _PausedOffGuiThread()
"""`with paused_off_gui_thread:` around work on a worker thread."""


def collect_before_work() -> None:
    """Collect now, on the GUI thread, what might otherwise be freed on the worker about to start."""
    gc.collect()
