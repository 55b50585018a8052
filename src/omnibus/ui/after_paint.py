"""Work that waits until a widget has first been painted, so that it never holds that painting up.

At start the window shows a page at once and does the rest later: opening the store after the first page is on
screen, giving the menus their keys (PySide builds Qt's enums for them) and importing the assessment screens once
the start screen is. A zero-delay timer alone would not do: Qt may run it before the pending paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls `then` once, in the turn of the event loop after `widget`'s next paint (one is asked for: a widget
    already on screen is not painted again unless something in it changes)."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.then: Callable[[], object] | None = then
        widget.installEventFilter(self)
        widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest) and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return super().eventFilter(watched, event)
