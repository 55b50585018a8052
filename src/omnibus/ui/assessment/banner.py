"""Plain, non-modal notices at the top of the assessment: the answer could not be saved (retry); a training one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from omnibus.ui.bidi import isolated
from omnibus.ui.follows_language import FollowsLanguage


class StorageBanner(FollowsLanguage, QFrame):
    retryRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("storageBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        self.text = QLabel(wordWrap=True)
        self.retry = QPushButton()
        self.retry.clicked.connect(self.retryRequested.emit)
        row.addWidget(self.text, 1)
        row.addWidget(self.retry)
        self.problem = ""
        self.read_only = False
        """The database is on read-only media: trying again cannot help, a copy that can be written does."""
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Try again"))
        if self.read_only:
            text = self.tr(
                "Your last change could not be saved: %1. This database is on read-only media: copy the database to "
                "a folder you can write to, then open the copy with “Open another database file…” in the File menu."
            )
        else:
            text = self.tr(
                "Your last change could not be saved: %1. It is still on the screen. Check that the disk or "
                "USB stick is connected and has free space, then press “Try again”."
            )
        self.text.setText(text.replace("%1", isolated(self.problem)))
        self.text.setAccessibleName(self.text.text())
        self.retry.setVisible(not self.read_only)

    def show_problem(self, problem: str) -> None:
        self.problem = problem
        self.retranslate()
        self.show()


class TrainingBand(FollowsLanguage, QLabel):
    """Always on screen while a training assessment is open, so nobody takes it for the real submission."""

    def __init__(self) -> None:
        super().__init__(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.setObjectName("trainingBand")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("TRAINING — not an official submission"))
        self.setAccessibleName(self.text())
