"""What a respondent sees while the window opens: the first page at once, then the start screen, filled in one step
when the questionnaires were checked before (every start but the first after an update), the list first and the
form a moment later otherwise; the menus' keys once the start screen is on screen, and on the failure page too."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import FIXTURES


def _window(qtbot, omnibus_home):
    from omnibus.model.catalogue import Catalogue
    from omnibus.ui.app import build_application, prepare_qt

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    prepare_qt(app)
    window = build_application(omnibus_home, language="en", catalogue=Catalogue((FIXTURES,)))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _close(window) -> None:
    window.close()
    window.ctx.tasks.wait()
    if window.ctx.session is not None:
        window.ctx.session.close()


def _offered(window) -> list[str]:
    combo = window.start_page.form.questionnaire
    return [combo.itemText(n) for n in range(combo.count())]


def test_a_start_after_the_first_shows_the_form_filled_with_the_list(qtbot, omnibus_home):
    first = _window(qtbot, omnibus_home)
    qtbot.waitUntil(lambda: first.questionnaires is not None, timeout=10000)
    offered = _offered(first)
    _close(first)

    again = _window(qtbot, omnibus_home)
    seen: list[tuple[bool, list[str]]] = []

    def look() -> bool:
        if again.start_page is not None and not seen:
            seen.append((again.start_page.form.loading.isVisibleTo(again), _offered(again)))
        return bool(seen)

    qtbot.waitUntil(look, timeout=10000)
    assert seen == [(False, offered)], "the start screen appeared before its form was filled"
    _close(again)


def test_the_first_start_shows_the_list_then_fills_the_form(qtbot, omnibus_home, monkeypatch):
    from omnibus.ui.context import Startup

    checking = threading.Event()  # the checking of the questionnaires (seconds after an update) held until looked at
    check = Startup.load_questionnaires

    def slow_check(self, catalogue):
        checking.wait(10)
        return check(self, catalogue)

    monkeypatch.setattr(Startup, "load_questionnaires", slow_check)
    window = _window(qtbot, omnibus_home)  # nothing checked yet: the questionnaires are checked after the list shows
    qtbot.waitUntil(lambda: window.start_page is not None, timeout=10000)
    assert window.questionnaires is None and window.start_page.form.loading.isVisibleTo(window)
    assert window.ctx.catalogue is not None and window.ctx.catalogue.all_checked() is None
    checking.set()
    qtbot.waitUntil(lambda: window.questionnaires is not None, timeout=10000)
    assert _offered(window) and not window.start_page.form.loading.isVisibleTo(window)
    _close(window)


def test_the_menus_keys_work_once_the_start_screen_is_shown(qtbot, omnibus_home):
    window = _window(qtbot, omnibus_home)
    qtbot.waitUntil(lambda: window.settled, timeout=10000)
    assert not window.home_action.shortcut().isEmpty()
    assert window.questionnaires is not None and window.stack.currentWidget() is window.start_page
    size = QApplication.font().pointSize()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSize() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    _close(window)


def test_the_menus_keys_work_when_the_database_cannot_be_opened(qtbot, omnibus_home):
    (omnibus_home / "assessments.db").write_bytes(b"this is not a database, a file the respondent picked by mistake")
    window = _window(qtbot, omnibus_home)
    qtbot.waitUntil(lambda: window.opening.wordWrap(), timeout=10000)  # the message says why
    assert window.start_page is None
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    _close(window)
