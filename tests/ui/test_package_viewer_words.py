"""The package viewer says in the interface language why a package could not be read or imported, or why no
receipt was written: none of the core's English sentences in a French window, which keeps them in a tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from omnibus.model.catalogue import Catalogue
from omnibus.secretariat.db import PackageRow, open_session
from omnibus.secretariat.sample import SamplePackage, build_sample_package, sample_signer
from omnibus.secretariat.viewing import SecretariatSetup
from omnibus.ui.i18n import Translations
from omnibus.ui.package_viewer import PackageViewer
from omnibus.ui.tasks import TaskRunner
from tests.ui.test_package_viewer import KENYA

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def package() -> SamplePackage:
    return build_sample_package(KENYA, sample_signer(5, "KEN"), 5)


@pytest.fixture
def french(qapp):
    translations = Translations(qapp)
    translations.install("fr")
    yield
    translations.install("en")


@pytest.fixture
def viewer_on(qtbot, omnibus_home, french):
    """A French viewer on `data`, with the Secretariat's database and data folder of `omnibus_home`."""
    tasks = TaskRunner()

    def open_viewer(path: Path, data: bytes) -> PackageViewer:
        path.write_bytes(data)
        setup = SecretariatSetup.find(omnibus_home)
        viewer = PackageViewer(path, setup, tasks, "fr", Catalogue.bundled(), omnibus_home)
        qtbot.addWidget(viewer)
        viewer.show()
        qtbot.waitUntil(lambda: not viewer.busy, timeout=20000)
        return viewer

    yield open_viewer
    tasks.wait()


def _database(home: Path) -> None:
    with open_session(home / "secretariat.db", write=True) as session:
        session.commit()


def test_an_unreadable_package_says_why_in_french(viewer_on, tmp_path):
    viewer = viewer_on(tmp_path / "junk.omnibus", b"PK\x03\x04 broken zip" * 50)
    assert viewer.headline.text() == "Ce fichier ne peut pas être lu comme un paquet de réponses."
    assert (
        viewer.detail.text()
        == "Raison : ce n’est pas un paquet de réponses, ou il est endommagé, incomplet ou modifié."
    )
    assert "zip" in viewer.detail.toolTip(), "the core's sentence, naming the detail, for whoever helps"


def test_an_import_the_secretariat_refuses_says_why_in_french(qtbot, viewer_on, tmp_path, omnibus_home, package):
    _database(omnibus_home)
    viewer = viewer_on(tmp_path / "KEN.omnibus", package.data)
    (omnibus_home / "secretariat.db").write_bytes(b"not a database any more" * 100)
    qtbot.mouseClick(viewer.import_button, LEFT)
    qtbot.waitUntil(lambda: viewer.import_result.text().startswith("Non importé"), timeout=20000)
    assert (
        viewer.import_result.text() == "Non importé : la base de données du Secrétariat ne peut être ni lue ni écrite"
    )
    assert viewer.import_result.toolTip() and viewer.import_result.toolTip() not in viewer.import_result.text()
    assert viewer.import_button.isEnabled()


def test_a_receipt_without_a_signing_key_says_why_in_french(
    qtbot, viewer_on, tmp_path, omnibus_home, package, monkeypatch
):
    _database(omnibus_home)
    viewer = viewer_on(tmp_path / "KEN.omnibus", package.data)
    qtbot.mouseClick(viewer.import_button, LEFT)
    qtbot.waitUntil(lambda: viewer.decision is not None, timeout=20000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("a passphrase of some length", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "out"))
    qtbot.mouseClick(viewer.receipt_button, LEFT)
    _held, refused = viewer.import_result.text().splitlines()
    assert refused == (
        "Aucun accusé de réception n'a été établi : il n’y a pas encore de clé de signature sur cet ordinateur"
    )
    assert "There is no signing key" in viewer.import_result.toolTip()
    assert not (tmp_path / "out").exists()
    with open_session(omnibus_home / "secretariat.db") as session:
        assert session.query(PackageRow).count() == 1, "the import stands; only the receipt was not written"


def test_trust_left_unchecked_by_an_unreadable_database_is_said_in_french(viewer_on, tmp_path, omnibus_home, package):
    (omnibus_home / "secretariat.db").write_bytes(b"this is not a database" * 100)
    viewer = viewer_on(tmp_path / "KEN.omnibus", package.data)
    assert viewer.trust.text() == "Confiance non vérifiée : la base de données du Secrétariat ne peut pas être lue"
    assert viewer.trust.toolTip(), "the database's own words, for whoever helps"
    assert viewer.trust.toolTip() not in viewer.trust.text()
