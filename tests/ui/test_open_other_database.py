"""File › Open another database file… with a file that cannot be opened: the window says so in a message, and the
database in use, whose answers are all stored, is not said to have failed to save."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QRadioButton

from tests.ui.conftest import create_assessment


def test_a_file_that_cannot_be_opened_is_said_without_a_false_could_not_save(qtbot, build_app, tmp_path):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid, in_use = window.ctx.session.service, view.controller.id, window.ctx.session.path
    widget = view.section_page("choices").widgets["criminalised"]
    radio = widget.findChild(QRadioButton, "choice_not_in_place")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    other = tmp_path / "accounts.db"
    with sqlite3.connect(other) as foreign:
        foreign.execute("CREATE TABLE ledger (n INTEGER)")
    foreign.close()
    window.switch_database(other)  # what the menu does with the file chosen in its dialog
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "cannotOpen") is not None)
    message = window.findChild(QMessageBox, "cannotOpen")
    assert message.isVisible() and "not an omnibus database" in message.text()
    assert window.saved_label.text().startswith("Saved")  # not "Not saved": every answer is stored
    assert "Could not save" not in window.status_message.text()
    assert window.ctx.session.path == in_use
    assert window.ctx.session.service.answers(aid)["criminalised"].value == "not_in_place"
    assert service is window.ctx.session.service
    message.close()


def test_a_database_open_elsewhere_is_said_in_french_with_its_path(qtbot, build_app, tmp_path):
    """File › Open with a database another omnibus window holds: the reason is in the interface language, the
    core's English sentence kept as the details."""
    from omnibus.model.store import Store
    from omnibus.ui.path_text import readable_path

    window = build_app("fr")
    in_use = window.ctx.session.path
    other = tmp_path / "Ministère" / "assessments.db"
    other.parent.mkdir()
    with Store.open(other):
        window.switch_database(other)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "cannotOpen") is not None)
    message = window.findChild(QMessageBox, "cannotOpen")
    assert message.text() == (
        readable_path(other) + " est déjà ouvert dans une autre fenêtre ou commande omnibus ; fermez-la d’abord."
    )
    assert "already open" in message.detailedText()
    assert window.ctx.session.path == in_use
    message.close()
