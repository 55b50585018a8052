"""When typing is saved: after a pause, and also while typing goes on without one (short intervals, no clocks read)."""

from __future__ import annotations

from omnibus.ui.items.save_timer import SaveTimer


def test_typing_that_never_pauses_is_saved_while_it_goes_on(qtbot):
    timer = SaveTimer(pause_ms=300, max_wait_ms=400)
    typed: list[int] = []
    saved_after: list[int] = []
    timer.timeout.connect(lambda: saved_after.append(len(typed)))
    for key in range(30):  # a keystroke every 50 ms: never the pause that would save
        typed.append(key)
        timer.start()
        qtbot.wait(50)
    assert saved_after and saved_after[0] < 30  # saved before the typing ended, not only after it
    assert len(saved_after) == len(set(saved_after))  # one save per wait, not one from each timer


def test_a_pause_saves_once_and_a_save_in_between_cancels_the_wait(qtbot):
    timer = SaveTimer(pause_ms=100, max_wait_ms=400)
    fired: list[bool] = []
    timer.timeout.connect(lambda: fired.append(True))
    timer.start()
    assert timer.isActive()
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    assert not timer.isActive()
    timer.start()
    timer.stop()  # saved another way (focus left the field): nothing waits any more
    assert not timer.isActive()
    qtbot.wait(600)
    assert fired == [True]
