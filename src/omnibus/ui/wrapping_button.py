"""A push button whose text wraps onto more lines when it is narrow, instead of being clipped.

`QPushButton` draws its text on one line, and a translation is often half again as long as the English: in a
narrow column the end of the sentence was cut off. This button asks for the height its wrapped text needs at
the width it is given, and draws the text wrapped, centred, in the style's usual frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
_UNBOUNDED = 100_000
_PROBE = 200


class WrappingButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _frame(self) -> QSize:
        """What the style adds around the text: bevel, margins and the style sheet's padding."""
        inner = QSize(_PROBE, _PROBE)  # larger than any minimum size the style imposes
        outer = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, self._option(), inner, self)
        return outer - inner

    def _text_size(self, width: int) -> QSize:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), _UNBOUNDED), _FLAGS, self.text()).size()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        frame = self._frame()
        return frame.height() + self._text_size(width - frame.width()).height()

    def sizeHint(self) -> QSize:
        frame = self._frame()
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 1
        return QSize(frame.width() + one_line, self.heightForWidth(frame.width() + one_line))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word (a language without spaces breaks between characters), and one line high:
        the layout asks `heightForWidth` for the height at the width it gives. The height at the narrowest width (a
        word a line) would set the whole window's minimum height, and at large text push it off a small screen."""
        frame = self._frame()
        narrowest = self._text_size(1).width()
        return QSize(frame.width() + narrowest, frame.height() + self.fontMetrics().height())

    def text_rect(self) -> QRect:
        """Where the text is drawn: the button less its frame, shared equally by both sides."""
        frame = self._frame()
        left, top = frame.width() // 2, frame.height() // 2
        return self.rect().adjusted(left, top, left - frame.width(), top - frame.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        painter.drawItemText(self.text_rect(), _FLAGS, self.palette(), self.isEnabled(), self.text(),
                             QPalette.ColorRole.ButtonText)  # fmt: skip
