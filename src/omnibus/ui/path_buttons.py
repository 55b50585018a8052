"""Two buttons beside a file the respondent must find afterwards (the package to send, the report to print): open
the folder that holds it, and copy its path.

A path read off the screen is easily mistyped by a tired official; the folder opened in the system's file manager,
or the path pasted into an e-mail, is not. The path copied is the file's own, without the breaks the label shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from omnibus.ui.follows_language import FollowsLanguage


class PathButtons(FollowsLanguage, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.path: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFolder")
        self.open_button.clicked.connect(self.open_folder)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyPath")
        self.copy_button.clicked.connect(self.copy_path)
        row.addWidget(self.open_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open the folder"))
        self.copy_button.setText(self.tr("Copy the path"))

    def show_path(self, path: Path | None) -> None:
        """Offer the buttons for `path` (None hides them)."""
        self.path = path
        self.setVisible(path is not None)
        if path is not None:
            self.open_button.setToolTip(str(path.parent))
            self.copy_button.setToolTip(str(path))

    def open_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def copy_path(self) -> None:
        if self.path is not None:
            QGuiApplication.clipboard().setText(str(self.path))
