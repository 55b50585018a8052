"""The header's progress bar, repainted with the rest of the window after a save rather than on its own before it.

`QProgressBar.setValue` repaints at once (`QWidget.repaint`) when the bar's look changes: during a save, before the
other changes were made, so the window was painted twice per save, the bar first and then the percentages and the
time around it, each pass going through the widgets under it. With updates off while the value changes, Qt only
marks the bar to be painted (`setUpdatesEnabled(True)` asks for an `update()`), in the window's one pass.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar


class ProgressBar(QProgressBar):
    def setValue(self, value: int) -> None:
        if value == self.value():
            return
        self.setUpdatesEnabled(False)
        try:
            super().setValue(value)
        finally:
            self.setUpdatesEnabled(True)
