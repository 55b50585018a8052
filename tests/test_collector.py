"""The collector's settings are undone however the work they wrap ends, and never left paused by a worker."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from omnibus.collector import collect_before_work, fewer_collections, paused_off_gui_thread


def test_a_render_raises_the_first_threshold_and_restores_all_three() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        during = gc.get_threshold()
    assert during[0] >= 100_000 and during[1:] == before[1:]
    assert gc.get_threshold() == before


def test_a_failed_render_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("the layout failed")
    assert gc.get_threshold() == before


def test_the_collector_resumes_when_the_last_of_two_workers_ends() -> None:
    assert gc.isenabled()
    first_started, second_started, first_may_end = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with paused_off_gui_thread:
            first_started.set()
            first_may_end.wait(10)

    def second() -> None:
        with paused_off_gui_thread:
            second_started.set()
            first_may_end.set()
            worker.join(10)  # the first has ended: still paused while this one runs
            seen.append(gc.isenabled())

    worker = threading.Thread(target=first)
    worker.start()
    first_started.wait(10)
    other = threading.Thread(target=second)
    other.start()
    other.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_a_worker_that_fails_still_lets_the_collector_resume() -> None:
    with pytest.raises(ValueError), paused_off_gui_thread:
        assert not gc.isenabled()
        raise ValueError("the export failed")
    assert gc.isenabled()


def test_a_collector_disabled_by_someone_else_stays_disabled() -> None:
    gc.disable()
    try:
        with paused_off_gui_thread:
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collecting_before_work_frees_a_cycle() -> None:
    class Node:
        other: object = None

    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = threading.Event()
    weakref.finalize(a, gone.set)
    del a, b
    collect_before_work()
    assert gone.is_set()
