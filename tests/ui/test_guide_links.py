"""Links in the guide window, in the bundle as in a checkout: a link to another document opens it in the window
(Back returns), a web address goes to the system's browser, and a document the installation does not carry is
named instead of an empty page. The window reads the documents from a folder laid out as the bundle lays them out
(`tests/packaging/bundle_layout.py`), so what passes here passes in the frozen application."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from omnibus.ui import help as help_module
from omnibus.ui.help import GuideDialog
from tests.packaging.bundle_layout import lay_out_bundle
from tests.ui.conftest import BuildApp


class Browser(QObject):
    """Stands in for the system's browser: the addresses handed to it."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def bundled_docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window finds its documents where the bundle puts them."""
    docs = lay_out_bundle(tmp_path) / "_bundled" / "docs"
    monkeypatch.setattr(help_module, "resource", lambda kind: docs.parent / kind)
    return docs


@pytest.fixture
def system_browser() -> Iterator[Browser]:
    browser = Browser()
    for scheme in ("http", "https"):
        # PySide6 6.11 accepts the slot name as text only, though its stubs ask for bytes.
        QDesktopServices.setUrlHandler(scheme, browser, "open")  # type: ignore[arg-type]
    yield browser
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def click_link(qtbot: QtBot, browser: QTextBrowser, href: str) -> None:
    """Click the first link to `href` in the document shown, where it is drawn."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor() and fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect().center())
                return
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href} in {browser.source().fileName()}")


def shown(guide: GuideDialog) -> str:
    return guide.browser.source().fileName()


def open_guide(qtbot: QtBot, build_app: BuildApp, lang: str) -> GuideDialog:
    """Training › Trainer's guide, in an interface in `lang`."""
    window = build_app(lang)
    window.training_menu.guide_action.trigger()
    guide = window.training_menu.guide
    assert guide is not None
    qtbot.waitExposed(guide)
    return guide


def test_a_link_to_another_document_opens_it_in_the_window_and_back_returns(
    qtbot: QtBot, build_app: BuildApp, bundled_docs: Path
) -> None:
    guide = open_guide(qtbot, build_app, "en")
    assert shown(guide) == "trainer-guide.md" and not guide.back.isEnabled()
    click_link(qtbot, guide.browser, "install.md")
    assert guide.browser.source().toLocalFile() == str(bundled_docs / "install.md")
    assert guide.browser.toPlainText().startswith("Installing omnibus")
    assert guide.back.isEnabled() and not guide.note.isVisible()
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert shown(guide) == "trainer-guide.md" and not guide.back.isEnabled()
    click_link(qtbot, guide.browser, "collaboration.md")
    assert shown(guide) == "collaboration.md"
    pictures = guide.browser.document()
    assert pictures.resource(1, QUrl("screenshots/collaboration-part.png")) is not None  # shown, as carried
    assert pictures.resource(1, QUrl("screenshots/not-there.png")) is None


def test_a_french_guide_leads_back_to_the_french_guide(qtbot: QtBot, build_app: BuildApp, bundled_docs: Path) -> None:
    guide = open_guide(qtbot, build_app, "fr")
    assert shown(guide) == "trainer-guide.fr.md"
    click_link(qtbot, guide.browser, "install.md")
    assert shown(guide) == "install.md"  # written in English only
    click_link(qtbot, guide.browser, "trainer-guide.md")
    assert shown(guide) == "trainer-guide.fr.md"


def test_a_web_address_goes_to_the_system_browser(
    qtbot: QtBot, build_app: BuildApp, bundled_docs: Path, system_browser: Browser
) -> None:
    guide = open_guide(qtbot, build_app, "en")
    click_link(qtbot, guide.browser, "install.md")
    click_link(qtbot, guide.browser, "https://jedisct1.github.io/minisign/")
    assert system_browser.opened == ["https://jedisct1.github.io/minisign/"]
    assert shown(guide) == "install.md" and not guide.note.isVisible()


def test_a_document_the_installation_lacks_is_named_not_shown_empty(
    qtbot: QtBot, build_app: BuildApp, bundled_docs: Path
) -> None:
    guide = open_guide(qtbot, build_app, "fr")
    for href in ("collaboration.md", "questionnaire-format.md", "translating.md"):
        click_link(qtbot, guide.browser, href)
    text = guide.browser.toPlainText()
    click_link(qtbot, guide.browser, "../translations/glossary.csv")
    assert shown(guide) == "translating.md" and guide.browser.toPlainText() == text
    assert guide.note.isVisible()
    assert guide.note.text() == "« \u2068glossary.csv\u2069 » ne fait pas partie de cette installation."
    qtbot.mouseClick(guide.back, Qt.MouseButton.LeftButton)
    assert shown(guide) == "questionnaire-format.md" and not guide.note.isVisible()
