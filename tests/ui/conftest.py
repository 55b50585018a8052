"""GUI test fixtures: every test builds its own application state on a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from omnibus.ui.main_window import MainWindow

BuildApp = Callable[..., "MainWindow"]
"""`build_app`: the whole application in a language (and with a catalogue, a hand-in), shown and ready."""

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """`make test` compiles them first; a bare pytest run compiles what is missing or stale (it is quick)."""
    from omnibus.resources import resource
    from omnibus.tools.build_translations import compile_all

    compile_all(resource("translations"))


@pytest.fixture(scope="session")
def every_type():
    from omnibus.model.loader import load_questionnaire

    return load_questionnaire(FIXTURES / "every-type.yaml")


@pytest.fixture(autouse=True)
def omnibus_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("OMNIBUS_HOME", str(home))
    return home


@pytest.fixture
def other_laptop(qtbot, tmp_path):
    """Another computer in the room (a ministry's, a trainee's): its own data folder, database and signing key,
    the bundled questionnaires; closed (and its database) afterwards. Call it with the name of its data folder."""
    from PySide6.QtWidgets import QApplication

    from omnibus.model.catalogue import Catalogue
    from omnibus.ui.app import build_application, prepare_qt

    windows = []

    def build(name: str):
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        prepare_qt(app)
        window = build_application(tmp_path / name, language="en", catalogue=Catalogue.bundled())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.questionnaires is not None, timeout=10000)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()
        window.ctx.tasks.wait()
        if window.ctx.session is not None:
            window.ctx.session.close()


@pytest.fixture
def build_app(qtbot, omnibus_home):
    """Builds the whole application on the temporary data folder; closes it (and its database) afterwards."""
    from PySide6.QtWidgets import QApplication

    from omnibus.model.catalogue import Catalogue
    from omnibus.ui.app import build_application, prepare_qt

    windows = []

    def build(language: str = "en", **kwargs):
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        prepare_qt(app)
        kwargs.setdefault("catalogue", Catalogue((FIXTURES,)))
        window = build_application(omnibus_home, language=language, **kwargs)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        qtbot.waitUntil(lambda: window.questionnaires is not None, timeout=10000)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()
        window.ctx.tasks.wait()
        window.ctx.translations.install("en")
        if window.ctx.session is not None:
            window.ctx.session.close()
    windows.clear()
    __import__("gc").collect()  # free the closed windows here, on the GUI thread


def create_assessment(qtbot, window, country: str = "KEN", cycle: str = "2025"):
    """Fill in the start screen's form and start; returns the assessment view once it is shown."""
    form = window.start_page.form
    form.country.setCurrentIndex(form.country.findData(country))
    form.institution.setText("Ministry of Justice")
    form.focal_point.setText("A. Focal")
    form.cycle.setText(cycle)
    qtbot.mouseClick(form.start_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    return window.view


def answer_choice(qtbot, view, item_id: str, code: str) -> None:
    """Click a radio button of a choice item, as the respondent does."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QRadioButton

    widget = view.section_page(view.q.items[item_id].section.id).widgets[item_id]
    radio = widget.findChild(QRadioButton, f"choice_{code}")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def reopen_on_read_only_media(window, monkeypatch) -> None:
    """The window's database closed and opened again as if on a locked USB stick: its lock file cannot be made
    (root writes anywhere, so the lock is refused as the read-only medium would)."""
    import errno

    from omnibus.model.store.lock import FileLock, LockFileUnwritable

    database = window.ctx.session.path
    window.ctx.session.close()

    def read_only_media(_lock: FileLock) -> None:
        raise LockFileUnwritable(f"{database}: {errno.errorcode[errno.EROFS]}")

    monkeypatch.setattr(FileLock, "acquire", read_only_media)
    window.switch_database(database)
    assert window.ctx.session.store.read_only


def with_a_new_row(qtbot, view, item_id: str):
    """The table item `item_id` shown, with a row added by its Add button as a respondent does; its widget."""
    from PySide6.QtCore import Qt

    widget = view.section_page(view.q.items[item_id].section.id).widgets[item_id]
    view.show_item(item_id)
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    return widget


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Type into a table cell as a respondent does: the first key opens the cell's editor, Return closes it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    table.setCurrentCell(row, column)
    qtbot.keyClicks(table, text[0])
    qtbot.keyClicks(QApplication.focusWidget(), text[1:])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)  # the cell is closed before the next one


def answer_confirmation(qtbot, page, accept: bool) -> str:
    """Answer the confirmation box `page` has open (its accept or its Cancel button); returns the box's text."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: page.confirmation is not None and page.confirmation.isVisible())
    box = page.confirmation
    text = box.text()
    accepting = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    button = accepting[0] if accept else box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirmation is None)
    return text


def mark_final(qtbot, view) -> None:
    """On the review page: Mark as final, and confirm."""
    from PySide6.QtCore import Qt

    view.show_page(view.page_keys.index("review"))
    review = view.pages["review"]
    qtbot.mouseClick(review.final_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, review, accept=True)


@pytest.fixture
def translations(qapp):
    """The application's translations, for a test to install a language in; English again afterwards."""
    from omnibus.ui.i18n import Translations

    installed = Translations(qapp)
    yield installed
    installed.install("en")


def institutions_row(view) -> dict[str, str]:
    """The review page shown, and its institutions table's first row by column heading, as the focal point reads it."""
    from omnibus.ui.assessment.navigator import REVIEW

    view.show_page(view.page_keys.index(REVIEW))
    table = view.overview.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return {headers[c]: table.item(0, c).text() for c in range(table.columnCount())}
