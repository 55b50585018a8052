"""A place of fixed size for a control that is shown and hidden often ("Clear answer"), so that doing either lays
out nothing outside it.

Showing or hiding a widget asks its parent's layout to lay out again, and Qt passes the request up from layout to
layout to the main window, even when the widget keeps its room while hidden (`setRetainSizeWhenHidden`) and no
size changes: the first answer to a question had the whole window measured again. Qt does not pass the request on
from a widget whose minimum and maximum sizes are equal (see steady_label.py), so this slot keeps the size of the
control it holds, hidden or not, and takes a new one only when the control needs it (its text, font or style
changed).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget


class SteadySlot(QWidget):
    def __init__(self, control: QWidget) -> None:
        super().__init__()
        policy = control.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        control.setSizePolicy(policy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(control)
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        assert layout is not None
        self.setFixedSize(layout.sizeHint())  # no-op, and nothing laid out above, when the size is the same

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # the control's text, font or style may need another size
        return super().event(event)
