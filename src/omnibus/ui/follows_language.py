"""One mechanism for widgets that set their texts in the interface language: `FollowsLanguage`.

Switching language installs new translators and Qt sends `QEvent.LanguageChange` to every widget (see i18n.py);
a widget that inherits `FollowsLanguage` before its Qt class has its `retranslate()` called then, before Qt's own
handling, so it never repeats the event test itself. A plain Python mixin, like `InheritedTr`: PySide6 finds the
`changeEvent` override through the class's method resolution order, and a Python method costs nothing for the
other events (an event filter would be called for every paint and move of every widget it watches).
"""

from __future__ import annotations

from abc import abstractmethod
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Mixin = QWidget
    """For the type checker the mixin is a widget, so `super().changeEvent` is known; at run time it must stay a
    plain class, as PySide6 refuses two Qt bases in one class."""
else:
    _Mixin = object


class FollowsLanguage(_Mixin):
    """Put before the Qt class (`class Page(FollowsLanguage, QWidget)`) and define `retranslate()`."""

    @abstractmethod
    def retranslate(self) -> None:
        """Set every visible text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
