"""The mouse wheel scrolls the page; it changes a drop-down, spin box or date field only once that field has focus.

Qt's drop-downs and spin boxes take every turn of the wheel over them, even when the respondent never clicked
them: scrolling down a page rolled answers over (a technical-assistance need went from High to Low priority and
was saved, confirming a carried-forward answer nobody had looked at). A guarded field takes focus by click or Tab
only, not by the wheel (Qt's StrongFocus policy), and while it has no focus it ignores wheel events: Qt then
offers each one to the widgets around it, up to the scroll area of the page, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class WheelGuard(QObject):
    """An event filter, child of the field it guards (so it goes with it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # not handled here: Qt passes it on to the parent widgets
            return True  # and the field itself never sees it
        return False


def guard_wheel(*fields: QWidget) -> None:
    """Let the wheel change these fields only while they have the keyboard focus."""
    for field in fields:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(WheelGuard(field))
