"""The status line's message ("Could not save: …", "This database is on read-only media …"), shortened to the room
the line has, whole in its tooltip.

A message from the core can be long (a storage error names the database's full path). Qt's own status message is
cut at the window's edge, mid-word, with no way to read the rest; a label holding the whole text would widen the
window past a 1366-pixel screen. This label asks for no width of its own: it takes what the status line has left
beside the save state, draws the message shortened with "…" when it does not fit, and keeps the whole text as its
tooltip and its accessible name (a screen reader reads all of it).

`Qt`'s enums are reached through the module, and only once there is a message to draw: see i18n.py.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy


class StatusMessage(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("statusMessage")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def say(self, text: str) -> None:
        """Show `text` ("" clears the line)."""
        self.setText(text)
        self.setToolTip(text)
        self.setAccessibleName(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(0, super().sizeHint().height())

    def shown_text(self) -> str:
        """The text as drawn: whole when it fits, else shortened at its end with "…"."""
        mode = QtCore.Qt.TextElideMode.ElideRight
        return self.fontMetrics().elidedText(self.text(), mode, self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text():
            super().paintEvent(event)
            return
        align = QtCore.Qt.AlignmentFlag
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), align.AlignVCenter | align.AlignLeading, self.shown_text())
