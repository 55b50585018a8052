"""The notice on a carried-forward answer: still true? Confirm."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from omnibus.ui.follows_language import FollowsLanguage


class ConfirmRow(FollowsLanguage, QFrame):
    confirmed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("confirmRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.confirmed.emit)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setText(self.tr("Carried forward from the previous cycle. Is it still true?"))
        self.button.setText(self.tr("Confirm"))
