"""A one-line label whose text changes at every save (progress, "Saved 14:02:11") without the window being laid out
again.

A `QLabel` given a new text asks its parent to lay out again (`QWidget.updateGeometry`), and Qt passes the request
up from layout to layout to the main window: every save had the whole window measured again (the page's wrapped
questions included) and repainted, for one digit of a percentage. Qt does not pass the request on for a widget
whose minimum and maximum sizes are equal. So this label keeps a fixed size: it grows when a text needs more room,
shrinks only when a text needs much less (a draft's message replaced by "Saved …"), and is measured again when
its font, style or language changes. Text that did not change is not set again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel

_REMEASURE = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange)


class SteadyLabel(QLabel):
    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)  # at a fixed size: nothing above is laid out again
        self._fit(shrink=False)

    def _fit(self, *, shrink: bool) -> None:
        needed = self.sizeHint()
        current = self.minimumSize() if self.minimumSize() == self.maximumSize() else QSize(0, 0)
        if not shrink and needed.width() * 2 > current.width():
            needed = needed.expandedTo(current)  # a digit narrower than the last: keep the size
        if needed != current:
            self.setFixedSize(needed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in _REMEASURE:
            self._fit(shrink=True)
