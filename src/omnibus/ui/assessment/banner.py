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
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.retry.setText(self.tr("Try again"))
        self.text.setText(
            self.tr(
                "Your last change could not be saved: %1. It is still on the screen. Check that the disk or "
                "USB stick is connected and has free space, then press “Try again”."
            ).replace("%1", isolated(self.problem))
        )
        self.text.setAccessibleName(self.text.text())

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
