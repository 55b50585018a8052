"""The respondent's guide, rendered from the bundled Markdown in the interface language (English otherwise)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from omnibus.resources import resource
from omnibus.ui.follows_language import FollowsLanguage


def guide_path(lang: str) -> Path | None:
    try:
        folder = resource("docs")
    except FileNotFoundError:
        return None
    for name in (f"respondent-guide.{lang}.md", "respondent-guide.md"):
        if (folder / name).is_file():
            return folder / name
    return None


class GuideDialog(FollowsLanguage, QDialog):
    """Non-modal: the respondent reads it beside the questionnaire."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.resize(760, 620)
        column = QVBoxLayout(self)
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
        path = guide_path(lang)
        if path is None:
            self.browser.setPlainText(self.tr("The respondent's guide is missing from this installation."))
        else:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Respondent's guide"))
        self.browser.setAccessibleName(self.tr("Respondent's guide"))
