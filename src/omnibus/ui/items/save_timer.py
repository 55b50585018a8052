"""When typing is saved: after a short pause, and in any case soon after the first unsaved keystroke.

Waiting only for a pause (a debounce) loses everything a slow typist who never pauses has typed when the power
goes: each keystroke put the save off again. So the first unsaved keystroke also starts a deadline that further
keystrokes do not move; whichever comes first, the pause or the deadline, saves. The deadline leaves time for the
save itself (a synchronous SQLite commit) within the promise that typing is stored within one second.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

PAUSE_MS = 600  # a pause this long in typing saves what was typed
MAX_WAIT_MS = 800  # typing that goes on without a pause is saved this long after its first unsaved keystroke


class SaveTimer(QObject):
    """Emits `timeout` once after a pause in `start()` calls, or `MAX_WAIT_MS` after the first unanswered one."""

    timeout = Signal()

    def __init__(self, parent: QObject | None = None, pause_ms: int = PAUSE_MS, max_wait_ms: int = MAX_WAIT_MS):
        super().__init__(parent)
        self._pause = QTimer(self, singleShot=True, interval=pause_ms)
        self._deadline = QTimer(self, singleShot=True, interval=max_wait_ms)
        self._pause.timeout.connect(self._fire)
        self._deadline.timeout.connect(self._fire)

    def start(self) -> None:
        """A keystroke: wait for a pause, but not past the deadline set by the first unsaved keystroke."""
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def stop(self) -> None:
        """Saved (or shown afresh): nothing is waiting any more."""
        self._pause.stop()
        self._deadline.stop()

    def isActive(self) -> bool:
        """Typing is waiting to be saved (named as QTimer's, which this stands in for)."""
        return self._deadline.isActive()

    def _fire(self) -> None:
        self.stop()
        self.timeout.emit()
