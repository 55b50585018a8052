"""A word-wrapped rich-text label (a question, a section's heading) that is not repainted when its page is laid
out again.

Qt's layouts ask a word-wrapped label how tall it would be at a width (`heightForWidth`), and a rich-text `QLabel`
answers by laying its text out again at that width, which repaints it, even when the width and the answer are
the same: a follow-up appearing or going (the page changing height) had the section heading and every question's
text on screen repainted, though none of them changed. This label remembers its answers until its text, font,
style or direction changes, so measuring it again touches nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

_FORGET = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange)
_WIDTHS_KEPT = 8  # a window resized by hand asks at many widths; the page asks at one or two


class SteadyRichLabel(QLabel):
    def __init__(self, text: str = "", **kwargs: object) -> None:
        super().__init__(text, **kwargs)  # type: ignore[call-overload]
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= _WIDTHS_KEPT:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _FORGET:
            self._heights.clear()
        super().changeEvent(event)
