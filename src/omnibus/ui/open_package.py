"""Opening package files from outside the window: `omnibus FILE.omnibus`, a double-click, macOS's "open document".
(An assignment, contribution or receipt goes to the main window instead: `MainWindow.open_document`.)

Windows and Linux pass the double-clicked file as an argument (`omnibus.exe "%1"`); macOS sends the running
application a file-open event instead, which `PackageOpener` turns into a viewer window too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from omnibus.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from omnibus.model.catalogue import Catalogue
    from omnibus.secretariat.viewing import SecretariatSetup
    from omnibus.ui.i18n import Translations
    from omnibus.ui.package_viewer import PackageViewer
    from omnibus.ui.settings import Settings

PACKAGE_PATTERNS = "*.omnibus *.omnibus.age"
DOCUMENT_SUFFIXES = (".omnibus-assignment", ".omnibus-contribution", ".omnibus-receipt")
"""Opened in the main window rather than a viewer: assignments, contributions, the Secretariat's receipts."""


def secretariat_setup(home: Path, settings: Settings) -> SecretariatSetup:
    from omnibus.secretariat.viewing import SecretariatSetup

    return SecretariatSetup.find(home, settings.secretariat_database, settings.secretariat_identity)


class PackageOpener(QObject):
    """Opens viewer windows and keeps them alive; also answers the file-open events macOS sends."""

    def __init__(
        self,
        home: Path,
        settings: Settings,
        tasks: TaskRunner,
        translations: Translations,
        catalogue: Catalogue | None = None,
    ) -> None:
        super().__init__()
        self.home, self.settings, self.tasks, self.translations = home, settings, tasks, translations
        self.catalogue = catalogue
        """Names the questionnaire of a package by its title; the main window sets it once it has loaded."""
        self.viewers: list[PackageViewer] = []
        self.documents: Callable[[Path], None] | None = None
        """Where an assignment, contribution or receipt sent by macOS goes (the main window), if anywhere."""

    def open(self, path: Path) -> PackageViewer:
        from omnibus.ui.package_viewer import PackageViewer

        setup = secretariat_setup(self.home, self.settings)
        viewer = PackageViewer(path, setup, self.tasks, self.translations.language, self.catalogue, self.home)
        self.viewers = [v for v in self.viewers if v.isVisible()]
        self.viewers.append(viewer)
        viewer.show()
        return viewer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            path = Path(event.file())
            if self.documents is not None and path.name.lower().endswith(DOCUMENT_SUFFIXES):
                self.documents(path)
            else:
                self.open(path)
            return True
        return super().eventFilter(watched, event)


def run_viewer(path: Path) -> int:
    """`omnibus FILE.omnibus`: the viewer alone, in the interface language and text size of this installation."""
    from omnibus import paths
    from omnibus.model.catalogue import Catalogue
    from omnibus.ui.app import prepare_qt
    from omnibus.ui.i18n import Translations
    from omnibus.ui.main_window import apply_text_size
    from omnibus.ui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare_qt(app)
    home = paths.data_home()
    settings = Settings(home)
    translations = Translations(app)
    translations.install(settings.language)
    apply_text_size(settings.text_size)
    tasks = TaskRunner()
    opener = PackageOpener(home, settings, tasks, translations, Catalogue.bundled())
    app.installEventFilter(opener)
    opener.open(path)
    code = app.exec()
    tasks.wait()
    return int(code)
