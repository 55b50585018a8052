"""The guides (the respondent's and the trainer's), rendered from the bundled Markdown in the interface language;
a guide not written in that language is shown in English, and the window says so.

Links are followed here, through `omnibus.documents.resolve`, so that they lead to the same place in a checkout
and in the bundle: another bundled document opens in this window (Back returns), a web address opens in the
system's browser (this window never reaches the network itself), and a document the installation does not carry
is named in a note instead of showing an empty page."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from omnibus.documents import LinkKind, locate, resolve
from omnibus.resources import resource
from omnibus.ui import page_keys
from omnibus.ui.bidi import arrowed, isolated
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.guide_layout import fit_pictures, mirror_tables, wrap_lines

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
        self.missing: str | None = None  # the link last clicked that leads to no document of this installation
        self.resize(760, 620)
        column = QVBoxLayout(self)
        self.fallback = QLabel()
        self.fallback.setObjectName("guideFallback")
        self.fallback.setWordWrap(True)
        column.addWidget(self.fallback)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # the browser never loads a web page itself: see `follow`
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.sourceChanged.connect(self._shown)
        self.browser.viewport().installEventFilter(self)  # pictures follow the window's width: see `eventFilter`
        column.addWidget(self.browser)
        self.note = QLabel()
        self.note.setObjectName("guideNote")
        self.note.setWordWrap(True)
        self.note.hide()
        column.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.back = QPushButton()
        self.back.setEnabled(False)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        for key, slot in ((page_keys.BACK, self.browser.backward), (page_keys.FORWARD, self.browser.forward)):
            # from anywhere in the window, as in the assessment, and the same in every language: see page_keys
            QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        column.addWidget(buttons)
        self.load(lang)

    def load(self, lang: str) -> None:
        self.lang = lang
        self.path = guide_path(lang, self.guide)
        if self.path is not None:
            self.browser.setSource(QUrl.fromLocalFile(str(self.path)))
            self.browser.clearHistory()  # Back leads through the documents opened from this guide, not other ones
        self.retranslate()

    def follow(self, url: QUrl) -> None:
        """A link was clicked: show the document it names, or hand a web address to the system's browser."""
        if self.path is None:
            return  # nothing shown but the sentence saying the guide is missing
        folder = self.path.parent
        if url.isLocalFile():  # Qt resolved the link against the document shown
            link = locate(Path(url.toLocalFile()), folder, self.lang, url.fragment(), url.fileName())
        else:
            link = resolve(url.toString(), Path(self.browser.source().toLocalFile()), folder, self.lang)
        if link.kind is LinkKind.EXTERNAL:
            QDesktopServices.openUrl(url)
        elif link.kind is LinkKind.FILE and link.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(link.path)))
        elif link.kind is LinkKind.ANCHOR:
            self.browser.scrollToAnchor(link.fragment)
        elif link.kind is LinkKind.DOCUMENT and link.path is not None:
            target = QUrl.fromLocalFile(str(link.path))
            if link.fragment:
                target.setFragment(link.fragment)
            self.browser.setSource(target)
        else:
            self._show_missing(link.href)

    def _shown(self, url: QUrl) -> None:
        """A document is shown (opened, or returned to with Back): its lines fit the window and its tables read
        in its language's direction; the note about a missing document, which was about the one before, goes."""
        wrap_lines(self.browser.document())
        mirror_tables(self.browser.document())
        fit_pictures(self.browser.document(), self.browser.viewport().width())
        if url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())  # where it was before the lines were wrapped
        self._show_missing(None)

    def _show_missing(self, href: str | None) -> None:
        self.missing = href
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
        self.back.setText(arrowed(self.tr("Back"), False, self.isRightToLeft()))
        self.back.setAccessibleName(self.tr("Back"))
        self.back.setToolTip(self.tr("Previous document (Alt+Left)"))
        if self.missing is not None:
            self.note.setText(self.tr("“%1” is not part of this installation.").replace("%1", isolated(self.missing)))
        self.note.setVisible(self.missing is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            fit_pictures(self.browser.document(), self.browser.viewport().width())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.retranslate()
        super().changeEvent(event)
