"""The main window's menu entries and their keys.

It exists because the keys are given in two steps a plain `QAction.setShortcut` call would not take: once the
window is painted (setting a shortcut makes PySide build every enum of `Qt`, 35-75 ms on a slow laptop, which would
otherwise hold up the first window), and, right to left, written into the entry's own text, where Qt draws them as
they are pressed ("Ctrl++", not "++Ctrl").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from omnibus.ui.bidi import with_shortcut

Key = str | QKeySequence.StandardKey


class MenuShortcuts:
    def __init__(self) -> None:
        self.entries: list[tuple[QAction, list[QKeySequence | QKeySequence.StandardKey]]] = []

    def add(self, menu: QMenu, slot: Callable[[], object], *keys: Key) -> QAction:
        """A new entry of `menu` calling `slot`, its text set by the window's `retranslate`, its keys by `give`."""
        action = menu.addAction("")
        action.triggered.connect(slot)
        self.entries.append((action, [QKeySequence.fromString(k) if isinstance(k, str) else k for k in keys]))
        return action

    def give(self) -> None:
        """Give every entry its keys (once the window is painted)."""
        for action, keys in self.entries:
            if len(keys) == 1:
                action.setShortcut(keys[0])
            elif keys:
                action.setShortcuts(keys)  # type: ignore[arg-type]

    def show_in_text(self, right_to_left: bool) -> None:
        """Right to left, each entry's first key in its text, which Qt then draws as it is (`with_shortcut`); left
        to right Qt adds and draws it itself (and a screen reader hears it once, as the entry's shortcut)."""
        if not right_to_left:
            return
        for action, keys in self.entries:
            if keys:
                shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
                action.setText(with_shortcut(action.text().partition("\t")[0], shown))
