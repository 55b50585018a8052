"""The guides (the respondent's and the trainer's), rendered from the bundled Markdown in the interface language;
a guide not written in that language is shown in English, and the window says so."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from omnibus.resources import resource
from omnibus.ui.follows_language import FollowsLanguage

Guide = Literal["respondent", "trainer"]


def guide_path(lang: str, guide: Guide = "respondent") -> Path | None:
    try:
        folder = resource("docs")
    except FileNotFoundError:
        return None
    for name in (f"{guide}-guide.{lang}.md", f"{guide}-guide.md"):
        if (folder / name).is_file():
            return folder / name
    return None


class GuideDialog(FollowsLanguage, QDialog):
    """Non-modal: the respondent (or the trainer) reads it beside the window."""

    def __init__(self, lang: str, parent: QWidget | None = None, guide: Guide = "respondent") -> None:
        super().__init__(parent)
        self.lang = lang
        self.guide = guide
        self.path: Path | None = None
        self.resize(760, 620)
        column = QVBoxLayout(self)
        self.fallback = QLabel()
        self.fallback.setObjectName("guideFallback")
        self.fallback.setWordWrap(True)
        column.addWidget(self.fallback)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # no network, ever
        self.browser.setOpenLinks(True)
        column.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        column.addWidget(buttons)
        self.load(lang)

    def load(self, lang: str) -> None:
        self.lang = lang
        self.path = guide_path(lang, self.guide)
        if self.path is not None:
            self.browser.setSearchPaths([str(self.path.parent)])
            self.browser.setMarkdown(self.path.read_text(encoding="utf-8"))
        self.retranslate()

    def in_english_instead(self) -> bool:
        """True when the guide is shown in English because it is not written in the interface language."""
        return self.path is not None and self.lang != "en" and self.path.name == f"{self.guide}-guide.md"

    def _texts(self) -> tuple[str, str, str]:
        """Title, the note shown when the guide falls back to English, and the message when it is missing."""
        if self.guide == "trainer":
            return (
                self.tr("Trainer's guide"),
                self.tr("The trainer's guide is not written in this language yet: it is shown in English."),
                self.tr("The trainer's guide is missing from this installation."),
            )
        return (
            self.tr("Respondent's guide"),
            self.tr("The respondent's guide is not written in this language yet: it is shown in English."),
            self.tr("The respondent's guide is missing from this installation."),
        )

    def retranslate(self) -> None:
        title, fallback, missing = self._texts()
        self.setWindowTitle(title)
        self.browser.setAccessibleName(title)
        self.fallback.setText(fallback)
        self.fallback.setVisible(self.in_english_instead())
        if self.path is None:
            self.browser.setPlainText(missing)
