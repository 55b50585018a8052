"""A damaged database at start: the window says so, lists the backups, and its button restores the newest."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from omnibus.model.catalogue import Catalogue
from omnibus.model.store import Store
from omnibus.ui.app import build_application, prepare_qt
from omnibus.ui.restore_offer import RestoreOffer
from tests.ui.conftest import FIXTURES


def _damaged_with_a_backup(home):
    database = home / "assessments.db"
    store = Store.open(database)
    with store.write() as tx:
        tx.exec_driver_sql("CREATE TABLE probe (n INTEGER)")
        tx.exec_driver_sql("INSERT INTO probe VALUES (7)")
    made = store.backup("manual")
    store.close()
    today, yesterday = datetime.now(), datetime.now() - timedelta(days=1)
    backup = made.rename(made.with_name(made.name.replace(f"{today:%Y%m%d}", f"{yesterday:%Y%m%d}")))
    data = bytearray(database.read_bytes())
    data[8192:8200] = b"\xff" * 8  # page 3's header
    database.write_bytes(bytes(data))
    return database, backup


def test_a_damaged_database_is_offered_its_newest_backup(qtbot, omnibus_home):
    database, backup = _damaged_with_a_backup(omnibus_home)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    prepare_qt(app)
    window = build_application(omnibus_home, language="en", catalogue=Catalogue((FIXTURES,)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restoreOffer") is not None, timeout=10000)
    offer = window.findChild(QMessageBox, "restoreOffer")
    assert isinstance(offer, RestoreOffer)
    assert "is damaged" in offer.text() and backup.name in offer.informativeText()
    assert "omnibus restore " not in offer.text()  # the button is the way here
    assert window.ctx.session is None
    qtbot.mouseClick(offer.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ctx.session is not None and window.questionnaires is not None, timeout=10000)
    session = window.ctx.session
    assert session is not None
    with session.store.read() as tx:
        assert tx.exec_driver_sql("SELECT n FROM probe").scalar() == 7
    assert session.path == database
    window.ctx.tasks.wait()
    session.close()
