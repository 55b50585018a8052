"""After the package is saved, its folder can be opened and its path copied, whole: a path read off the screen is
easily mistyped. A package that cannot be written says why in the interface language."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog

from omnibus.ui.path_text import readable_path
from tests.ui.test_hand_in import finished_assessment


def _export(qtbot, page, monkeypatch, target) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClicks(page.key.passphrase, "a good passphrase")
    qtbot.keyClicks(page.key.repeat, "a good passphrase")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)


def test_the_saved_package_offers_its_folder_and_its_path(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app()
    _view, page = finished_assessment(qtbot, window)
    folder = tmp_path / "Rapports ministériels 2026" / "Convention-contre-la-criminalité"
    folder.mkdir(parents=True)
    target = folder / "KEN-2026.omnibus"
    assert not page.saved_file.isVisibleTo(page)
    _export(qtbot, page, monkeypatch, target)
    assert target.exists() and readable_path(target) in page.result.text()
    assert page.saved_file.isVisibleTo(page)
    qtbot.mouseClick(page.saved_file.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(target)  # the path itself, without the breaks shown
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:  # the file manager is not started in a test
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    qtbot.mouseClick(page.saved_file.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(folder)]


def test_a_package_that_cannot_be_written_says_why_in_french(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app("fr")
    _view, page = finished_assessment(qtbot, window)
    target = tmp_path / "KEN-2026.omnibus"
    target.mkdir()  # a folder of that name is in the way
    _export(qtbot, page, monkeypatch, target)
    assert "c’est un dossier, pas un fichier" in page.result.text(), page.result.text()
    assert "directory" not in page.result.text().lower()
    assert not page.saved_file.isVisibleTo(page)
