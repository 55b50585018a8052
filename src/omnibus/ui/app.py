"""Starting the desktop application: one factory builds everything on a data folder, so tests build a whole app.

window = build_application(tmp_path)          # a QApplication must exist
sys.exit(run_application())                   # what `omnibus` with no command does
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from omnibus import collector, paths
from omnibus.ui import folders
from omnibus.ui.context import AppContext, Startup
from omnibus.ui.fonts import with_bundled_fallbacks
from omnibus.ui.hand_in import HandIn
from omnibus.ui.i18n import Translations
from omnibus.ui.main_window import MainWindow, apply_text_size
from omnibus.ui.settings import Settings
from omnibus.ui.style import STYLE

if TYPE_CHECKING:
    from omnibus.model.catalogue import Catalogue


def prepare_qt(app: QApplication) -> None:
    """Style, palette, stylesheet and fonts: the same calm look on every platform, every script readable."""
    app.setApplicationName("omnibus")
    app.setOrganizationName("omnibus")
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2f6db5"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#2f5f9e"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE)
    app.setFont(with_bundled_fallbacks(app.font()))


def build_application(
    data_home: Path | None = None,
    *,
    catalogue: Catalogue | None = None,
    database: Path | None = None,
    language: str | None = None,
    hand_in: HandIn | None = None,
    document: Path | None = None,
) -> MainWindow:
    """The main window on `data_home` (default: the user's data folder), with everything it needs created here;
    `document` (an assignment, contribution or receipt) is opened once the assessments are loaded."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    collector.set_aside()  # the libraries loaded so far stay for good: no collection walks them again
    home = data_home or paths.data_home()
    home.mkdir(parents=True, exist_ok=True)
    settings = Settings(home)
    folders.remember_in(settings)
    translations = Translations(app)
    translations.install(language or settings.language)
    apply_text_size(settings.text_size)
    database = database or (Path(settings.database) if settings.database else home / "assessments.db")
    startup = Startup(database, home / "assessments.db", catalogue)
    ctx = AppContext(home, settings, translations, startup, hand_in=hand_in or HandIn(home))
    window = MainWindow(ctx)
    window.pending_document = document
    return window


def run_application(document: Path | None = None) -> int:
    """The desktop application; `document` (an assignment, contribution or receipt double-clicked) is opened as
    soon as the assessments are loaded."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    prepare_qt(app)
    window = build_application(document=document)
    app.installEventFilter(window.packages)  # macOS: a file double-clicked while omnibus runs
    window.show()
    code = app.exec()
    window.ctx.tasks.wait()
    if window.ctx.session is not None:
        window.ctx.session.close()
    return int(code)
