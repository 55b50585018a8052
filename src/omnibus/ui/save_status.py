"""The status line's "Saved …" label: whether everything on screen is stored, what is kept as a draft, or that saving
failed.

A draft's message can be long (an author's constraint, a table's row and column): past `WIDEST` average characters, or
`SHARE` of the window, it is shortened with "…" and whole in the tooltip, so that the status line never widens the
window past a small screen.

It exists so the main window does not also keep the saving state (the last stored change, a failure) and its
wording. Its texts keep the window's translation context ("MainWindow"), as they were written there first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

from omnibus.ui.bidi import isolated
from omnibus.ui.steady_label import SteadyLabel

WIDEST = 110
"""The most average characters the save state takes on the status line; the rest is the message's."""
SHARE = 0.6
"""The largest share of the window's width the save state takes (at a large text size, on a small screen)."""


class SaveStatus:
    """What `label` says about saving; `drafts` gives the open assessment's drafts message ("" for none), `language`
    the interface language."""

    def __init__(self, drafts: Callable[[], str], language: Callable[[], str]) -> None:
        self.drafts = drafts
        self.language = language
        self.label = SteadyLabel()  # changes at every save: see steady_label.py
        self.label.setObjectName("saveStatus")  # aligned by the style sheet: `Qt` is not touched before the
        # first window is painted (its first use builds all of its enums: see i18n.py)
        self.saved_at: datetime | None = None  # the last stored change, shown in the current language
        self.failed = False

    def saved(self, when: datetime | None) -> None:
        """A change was stored (`when`), or the drafts on screen changed (None)."""
        if when is not None:
            self.saved_at, self.failed = when, False
        self.show()

    def storage_failed(self) -> None:
        self.failed = True
        self.show()

    def show(self) -> None:
        """ "Saved" only when everything on screen is stored; otherwise what is kept as a draft, and why. Re-read on a
        language change, so no word stays in English."""
        drafts = self.drafts()
        if self.failed:
            text = QCoreApplication.translate("MainWindow", "Not saved")
        elif drafts:
            text = drafts
        elif self.saved_at is not None:
            from omnibus.model.dates import format_saved  # not before the first save: see i18n.when

            text = QCoreApplication.translate("MainWindow", "Saved %1").replace(
                "%1", isolated(format_saved(self.saved_at, self.language()))
            )
        else:
            text = ""
        self.label.setText(self._fitted(text))
        self.label.setToolTip(text)
        self.label.setAccessibleName(text)

    def _fitted(self, text: str) -> str:
        """`text`, shortened at its end when it is wider than `WIDEST` average characters or than `SHARE` of the
        window."""
        metrics = self.label.fontMetrics()
        room = min(metrics.averageCharWidth() * WIDEST, int(self.label.window().width() * SHARE))
        if not text or metrics.horizontalAdvance(text) <= room:
            return text
        return metrics.elidedText(text, QtCore.Qt.TextElideMode.ElideRight, room)
