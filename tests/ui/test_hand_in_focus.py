"""Handing in with the keyboard: the buttons are disabled while the PDF report or the package is written, which
used to send the keyboard to the navigator's search field; it comes back to the button, and after a wrong
passphrase it is in the passphrase field, ready for another try."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.test_hand_in import finished_assessment


def test_the_report_button_keeps_the_keyboard_after_the_report_is_saved(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app()
    _view, page = finished_assessment(qtbot, window)
    target = tmp_path / "KEN.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.report_button.setFocus()
    qtbot.keyClick(page.report_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.focusWidget() is page.report_button


def test_after_a_wrong_passphrase_the_keyboard_is_in_the_passphrase_field(qtbot, build_app, tmp_path, monkeypatch):
    from omnibus.export.keys import KeyStore

    KeyStore(tmp_path / "home" / "keys").create("the right passphrase")
    window = build_app()
    _view, page = finished_assessment(qtbot, window)
    target = tmp_path / "KEN.omnibus"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClicks(page.key.passphrase, "not the right one")
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    assert "passphrase" in page.result.text() and not target.exists()
    assert window.focusWidget() is page.key.passphrase
    assert page.key.passphrase.selectedText() == "not the right one"  # typing replaces it

    page.key.passphrase.setText("the right passphrase")
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Saved:" in page.result.text(), timeout=30000)
    assert target.exists()
    # The passphrase is forgotten once used, which disables the package button: the report is the next step.
    assert not page.export_button.isEnabled() and window.focusWidget() is page.report_button
