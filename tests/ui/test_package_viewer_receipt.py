"""The Secretariat imports a package in the viewer, then writes the signed receipt the State will import."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from omnibus.export import KeyStore
from omnibus.export.receipt import read_receipt
from omnibus.installation import installation_id
from omnibus.model.catalogue import Catalogue
from omnibus.secretariat.db import open_session
from omnibus.secretariat.sample import build_sample_package, sample_signer
from omnibus.secretariat.viewing import SecretariatSetup
from omnibus.ui.i18n import Translations
from omnibus.ui.package_viewer import PackageViewer
from omnibus.ui.tasks import TaskRunner
from tests.ui.test_package_viewer import KENYA

PASSPHRASE = "the Secretariat's passphrase"


def test_receipt_written_after_the_import(qtbot, tmp_path, omnibus_home, monkeypatch) -> None:
    package = build_sample_package(KENYA, sample_signer(5, "KEN"), 5)
    secretariat = KeyStore(omnibus_home / "keys", installation=installation_id()).create(PASSPHRASE)
    with open_session(omnibus_home / "secretariat.db", write=True) as session:
        session.commit()
    path = tmp_path / "KEN.omnibus"
    path.write_bytes(package.data)
    tasks = TaskRunner()
    viewer = PackageViewer(path, SecretariatSetup.find(omnibus_home), tasks, "en", Catalogue.bundled(), omnibus_home)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitUntil(lambda: not viewer.busy, timeout=20000)
    assert not viewer.receipt_button.isVisible()  # nothing decided yet
    qtbot.mouseClick(viewer.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.decision is not None, timeout=20000)
    assert viewer.receipt_button.isVisible()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("not the passphrase", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "out"))
    qtbot.mouseClick(viewer.receipt_button, Qt.MouseButton.LeftButton)
    held, refused = viewer.import_result.text().splitlines()
    assert held.startswith("Stored and held"), "what the import decided stays on the screen"
    assert refused.startswith("No receipt was written")
    assert not (tmp_path / "out").exists()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    qtbot.mouseClick(viewer.receipt_button, Qt.MouseButton.LeftButton)
    [written] = (tmp_path / "out").iterdir()
    receipt = read_receipt(written.read_bytes(), expected_key=secretariat.public_raw)
    assert (receipt.package_sha256, receipt.decision) == (hashlib.sha256(package.data).hexdigest(), "pending")
    assert "Receipt written" in viewer.import_result.text()
    tasks.wait()


def test_a_wrong_passphrase_is_said_in_the_interface_language(qtbot, qapp, tmp_path, omnibus_home, monkeypatch):
    """Not the key store's English sentence in an Arabic window: what went wrong and what to check, in Arabic."""
    package = build_sample_package(KENYA, sample_signer(5, "KEN"), 5)
    KeyStore(omnibus_home / "keys", installation=installation_id()).create(PASSPHRASE)
    with open_session(omnibus_home / "secretariat.db", write=True) as session:
        session.commit()
    path = tmp_path / "KEN.omnibus"
    path.write_bytes(package.data)
    translations = Translations(qapp)
    tasks = TaskRunner()
    try:
        translations.install("ar")
        viewer = PackageViewer(
            path, SecretariatSetup.find(omnibus_home), tasks, "ar", Catalogue.bundled(), omnibus_home
        )
        qtbot.addWidget(viewer)
        viewer.show()
        qtbot.waitUntil(lambda: not viewer.busy, timeout=20000)
        qtbot.mouseClick(viewer.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: viewer.decision is not None, timeout=20000)
        monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("not the passphrase", True))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "out"))
        qtbot.mouseClick(viewer.receipt_button, Qt.MouseButton.LeftButton)
        _held, refused = viewer.import_result.text().splitlines()
        assert refused == (
            "لم يصدر أي إيصال: عبارة المرور لا تفتح مفتاح التوقيع في هذا الحاسوب. تحقق من لغة لوحة المفاتيح ومن "
            "مفتاح الأحرف الكبيرة، ثم حاول مرة أخرى."
        )
        assert not (tmp_path / "out").exists()
    finally:
        translations.install("en")
        tasks.wait()
