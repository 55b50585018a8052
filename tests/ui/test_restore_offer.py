"""A damaged database at start: the window says so, lists the backups, and its button restores the newest."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from omnibus.model.catalogue import Catalogue
from omnibus.model.store import Store
from omnibus.ui.app import build_application, prepare_qt
from omnibus.ui.main_window import MainWindow
from omnibus.ui.restore_offer import RestoreOffer
from tests.ui.conftest import FIXTURES, answer_choice, create_assessment


def _damaged_with_a_backup(home):
    database = home / "assessments.db"
    store = Store.open(database)
    with store.write() as tx:
        tx.execute("CREATE TABLE probe (n INTEGER)")
        tx.execute("INSERT INTO probe VALUES (7)")
    made = store.backup("manual")
    store.close()
    today, yesterday = datetime.now(), datetime.now() - timedelta(days=1)
    backup = made.rename(made.with_name(made.name.replace(f"{today:%Y%m%d}", f"{yesterday:%Y%m%d}")))
    data = bytearray(database.read_bytes())
    data[8192:8200] = b"\xff" * 8  # page 3's header
    database.write_bytes(bytes(data))
    return database, backup


def _started_with_an_offer(qtbot, home, language: str) -> tuple[MainWindow, RestoreOffer]:
    """The window started on `home` in `language`, once it offers a backup: (window, offer)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    prepare_qt(app)
    window = build_application(home, language=language, catalogue=Catalogue((FIXTURES,)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoreOffer") is not None, timeout=10000)
    offer = window.findChild(QMessageBox, "restoreOffer")
    assert isinstance(offer, RestoreOffer)
    return window, offer


def test_a_damaged_database_is_offered_its_newest_backup(qtbot, omnibus_home):
    database, backup = _damaged_with_a_backup(omnibus_home)
    window, offer = _started_with_an_offer(qtbot, omnibus_home, "en")
    assert "is damaged" in offer.text() and backup.name in offer.informativeText()
    assert "omnibus restore " not in offer.text()  # the button is the way here
    assert window.ctx.session is None
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.session is not None and window.questionnaires is not None, timeout=10000)
    session = window.ctx.session
    assert session is not None
    with session.store.read() as tx:
        assert tx.execute("SELECT n FROM probe").fetchone()[0] == 7
    assert session.path == database
    window.ctx.tasks.wait()
    session.close()


def _pages_damaged_after_a_clean_close(home):
    """Backed up today and closed cleanly, then the pages of the profile and the assessments scribbled over (a
    failing disk): opening the file succeeds, and the damage is found when the start screen reads them."""
    database = home / "assessments.db"
    store = Store.open(database)
    with store.write() as tx:
        tx.execute("CREATE TABLE probe (n INTEGER)")
        tx.execute("INSERT INTO probe VALUES (7)")
    made = store.backup("manual")
    store.close()
    with sqlite3.connect(database) as probe:
        roots = [
            row[0]
            for row in probe.execute("SELECT rootpage FROM sqlite_master WHERE name IN ('profile', 'assessments')")
        ]
        size = probe.execute("PRAGMA page_size").fetchone()[0]
    probe.close()
    with database.open("r+b") as file:
        for root in roots:
            file.seek((root - 1) * size)
            file.write(b"\xa5" * size)
    return database, made


def test_a_page_found_damaged_by_the_start_screen_is_said_and_offered_its_backup(qtbot, omnibus_home):
    _database, backup = _pages_damaged_after_a_clean_close(omnibus_home)
    window, offer = _started_with_an_offer(qtbot, omnibus_home, "en")
    assert backup.name in offer.informativeText()
    assert window.ctx.session is None  # the damaged file is closed, so that the backup can replace it
    assert "Opening your assessments" not in window.opening.text()  # not left saying it is still opening
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.session is not None and window.questionnaires is not None, timeout=10000)
    session = window.ctx.session
    assert session is not None
    with session.store.read() as tx:
        assert tx.execute("SELECT n FROM probe").fetchone()[0] == 7
    assert window.start_page is not None and window.stack.currentWidget() is window.start_page
    window.ctx.tasks.wait()
    session.close()


def test_a_page_found_damaged_when_an_assessment_is_opened_is_offered_its_backup(qtbot, build_app, omnibus_home):
    """The start screen reads fine; the answers' page is what is damaged: opening the assessment says so and offers
    the newest backup, not a bare "Something went wrong"."""
    window = build_app()
    view = create_assessment(qtbot, window)
    aid = view.controller.id
    answer_choice(qtbot, view, "criminalised", "not_in_place")
    session = window.ctx.session
    backup = session.store.backup("manual")
    window.show_start()
    database = session.path
    session.close()
    with sqlite3.connect(database) as probe:
        root = probe.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
        size = probe.execute("PRAGMA page_size").fetchone()[0]
    probe.close()
    with database.open("r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\xa5" * size)
    window.switch_database(database)  # opened again, as at the next start: the damage is not read yet
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoreOffer") is not None, timeout=10000)
    offer = window.findChild(QMessageBox, "restoreOffer")
    assert isinstance(offer, RestoreOffer) and backup.name in offer.informativeText()
    assert window.ctx.session is None  # closed, so that the backup can replace the file
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.session is not None, timeout=10000)
    reopened = window.ctx.session
    assert reopened is not None
    assert reopened.service.answers(aid)["criminalised"].value == "not_in_place"
    assert window.stack.currentWidget() is window.start_page


def test_the_offer_is_worded_in_arabic_with_the_path_read_left_to_right(qtbot, omnibus_home):
    """The core's headline is English; the offer says what happened in the interface language, the database's path
    isolated left to right and broken only between folders, the core's words kept as details for whoever helps."""
    from omnibus.ui.path_text import readable_path

    database, backup = _damaged_with_a_backup(omnibus_home)
    window, offer = _started_with_an_offer(qtbot, omnibus_home, "ar")
    assert (
        offer.text()
        == "قاعدة البيانات %1 تالفة: لا يستطيع omnibus قراءتها كلها، لذا لا يمكن حفظ أي شيء آخر فيها.".replace(
            "%1", readable_path(database)
        )
    )
    assert "is damaged" in offer.detailedText() and backup.name in offer.informativeText()
    offer.close()
    window.ctx.translations.install("en")
