"""Handing in from the interface: the passphrase, the signed package, the PDF report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from omnibus.export.verify import verify_package
from tests.ui.conftest import create_assessment, mark_final


def finished_assessment(qtbot, window):
    view = create_assessment(qtbot, window)
    view.controller.set_value("criminalised", "in_place")
    view.controller.set_value("has_law", "no")
    mark_final(qtbot, view)
    view.show_page(view.page_keys.index("export"))
    return view, view.pages["export"]


def test_package_is_signed_with_a_new_key_and_verifies(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app()
    _view, page = finished_assessment(qtbot, window)
    target = tmp_path / "KEN.omnibus"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.repeat.isVisibleTo(page), "the first package asks for the new passphrase twice"
    assert not page.export_button.isEnabled()
    qtbot.keyClicks(page.passphrase, "a good passphrase")
    qtbot.keyClicks(page.repeat, "a good passphrase, mistyped")
    assert not page.export_button.isEnabled()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "a good passphrase")
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved:" in page.result.text() or "could not" in page.result.text(), timeout=30000)
    assert "Saved:" in page.result.text(), page.result.text()
    verification = verify_package(target.read_bytes())
    assert verification.ok
    assert verification.manifest is not None and verification.manifest.status == "final"
    assert verification.signer_display in page.result.text()
    assert page.passphrase.text() == "" and not page.repeat.isVisibleTo(page)


def test_wrong_passphrase_is_said_plainly_and_nothing_written(qtbot, build_app, tmp_path, monkeypatch):
    from omnibus.export.keys import KeyStore

    KeyStore(window_home := tmp_path / "home" / "keys").create("the right passphrase")
    assert window_home.exists()
    window = build_app()
    _view, page = finished_assessment(qtbot, window)
    target = tmp_path / "KEN.omnibus"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not page.repeat.isVisibleTo(page)
    qtbot.keyClicks(page.passphrase, "not the right one")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    assert "could not be created" in page.result.text() and "passphrase" in page.result.text().lower()
    assert not target.exists()


def test_pdf_report_can_be_saved_from_a_draft(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app()
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("export"))
    page = view.pages["export"]
    target = tmp_path / "KEN.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
