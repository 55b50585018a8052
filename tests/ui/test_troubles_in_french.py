"""A respondent or trainer working in French or Arabic meets the store's troubles and the service's refusals in
that language: a file of another program opened as a database, a damaged backup chosen on the start screen, sample
assessments asked for on read-only media. The core's English sentence stays as the details of a message box, for
whoever helps; it is never put inside the translated sentence."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMessageBox, QWidget

from omnibus.ui.path_text import readable_path
from tests.ui.conftest import reopen_on_read_only_media
from tests.ui.test_start_page import click_button, in_next_dialog, plain


def test_a_file_of_another_program_is_said_in_arabic_with_the_core_words_as_details(qtbot, build_app, tmp_path):
    window = build_app("ar")
    in_use = window.ctx.session.path
    other = tmp_path / "accounts.db"
    with sqlite3.connect(other) as foreign:
        foreign.execute("CREATE TABLE ledger (n INTEGER)")
    foreign.close()
    window.switch_database(other)  # what File › Open does with the file chosen in its dialog
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "cannotOpen") is not None)
    message = window.findChild(QMessageBox, "cannotOpen")
    assert (
        message.text() == "الملف " + readable_path(other) + " ليس قاعدة بيانات omnibus (ملف برنامج آخر؟)؛ تُرك كما هو."
    )
    assert "not an omnibus database" not in message.text() and "left as it is" not in message.text()
    assert "not an omnibus database" in message.detailedText()
    assert window.ctx.session.path == in_use
    with sqlite3.connect(other) as untouched:  # the other program's file is left as it was
        assert [r[0] for r in untouched.execute("SELECT name FROM sqlite_master")] == ["ledger"]
    untouched.close()
    message.close()


def test_a_damaged_backup_chosen_on_the_start_screen_is_said_in_french(qtbot, build_app):
    window = build_app("fr")
    service = window.ctx.session.service
    kept = service.create_assessment("ui-every-type", country="KEN", cycle="2025").id
    service.set_answer(kept, "has_law", "yes")
    backup = window.ctx.session.store.backup("manual")
    backup.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)  # a page of the backup was lost on the stick
    window.start_page.reload()
    page = window.start_page

    def choose_the_backup(dialog: QWidget) -> None:
        listing = dialog.findChild(QListWidget, "backupList")
        assert listing is not None
        listing.setCurrentRow(0)
        click_button(qtbot, "Restaurer")(dialog)

    in_next_dialog(qtbot, choose_the_backup)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    said = plain(page.notice.text())
    assert said.startswith("Rien n'a été restauré : ")
    assert "n’est pas une sauvegarde intacte que cette version d’omnibus peut ouvrir" in said
    assert str(backup) in said
    for english in ("is damaged", "choose another backup", "not a backup", "database"):
        assert english not in said
    assert [s.id for s in service.list_assessments()] == [kept]  # the database is as it was
    assert service.answers(kept)["has_law"].value == "yes"


def test_samples_asked_for_on_read_only_media_are_refused_in_french(qtbot, build_app, monkeypatch):
    window = build_app("fr", catalogue=None)  # the bundled questionnaires, which the samples answer
    database = window.ctx.session.path
    reopen_on_read_only_media(window, monkeypatch)
    window.training_menu.sample_actions["empty"].trigger()  # Formation › Évaluations d’exemple › Vide
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "trainingRefused") is not None)
    message = window.findChild(QMessageBox, "trainingRefused")
    assert message.windowTitle() == "Les exemples n'ont pas pu être créés"
    assert message.text().startswith(readable_path(database) + " ne peut pas être modifié")
    for english in ("read-only media", "was not saved", "copy it to a folder"):
        assert english not in message.text()
    assert "read-only media" in message.detailedText()
    assert window.ctx.session.service.list_assessments() == []
    message.close()
