"""The package viewer, as an official or the Secretariat uses it: open a file, read what it is, open its report,
import it. Every check is on what the window shows or what the Secretariat's database stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pyrage
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from omnibus.export.keys import format_fingerprint
from omnibus.model.catalogue import Catalogue
from omnibus.model.dates import format_moment
from omnibus.secretariat import trust
from omnibus.secretariat.db import PackageRow, open_session
from omnibus.secretariat.reference import State
from omnibus.secretariat.sample import (
    SamplePackage,
    build_sample_package,
    sample_questionnaire,
    sample_report,
    sample_signer,
)
from omnibus.secretariat.viewing import SecretariatSetup
from omnibus.ui.bidi import isolated
from omnibus.ui.i18n import Translations
from omnibus.ui.open_package import PackageOpener
from omnibus.ui.package_viewer import PackageViewer
from omnibus.ui.settings import Settings
from omnibus.ui.tasks import TaskRunner
from tests.secretariat import helpers

KENYA = State("KEN", "Kenya", "Africa", "Eastern Africa")
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def package() -> SamplePackage:
    return build_sample_package(KENYA, sample_signer(5, "KEN"), 5)


@pytest.fixture
def tasks():
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def show(qtbot, tasks, omnibus_home):
    """Opens a viewer on a file and waits until it has read it."""

    def open_viewer(path: Path, setup: SecretariatSetup | None = None, language: str = "en") -> PackageViewer:
        setup = setup or SecretariatSetup.find(omnibus_home)
        viewer = PackageViewer(path, setup, tasks, language, Catalogue.bundled())
        qtbot.addWidget(viewer)
        viewer.resize(1000, 700)
        viewer.show()
        qtbot.waitUntil(lambda: not viewer.busy, timeout=20000)
        return viewer

    return open_viewer


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _secretariat(home: Path, trusted: SamplePackage | None = None) -> None:
    with open_session(home / "secretariat.db", write=True) as session:
        if trusted is not None:
            trust.trust_key(session, format_fingerprint(trusted.signer.fingerprint), "KEN", "letter")
        session.commit()


class UrlCatcher(QObject):
    """Stands in for the system's PDF viewer: records what it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_good_package_shows_its_signer_contents_and_report(qtbot, show, tmp_path, package):
    viewer = show(_write(tmp_path, "KEN-2025.omnibus", package.data))
    assert viewer.headline.text().startswith("Nothing was altered")
    assert viewer.signer.text() == format_fingerprint(package.signer.fingerprint)
    assert viewer.trust.text() == "Trust not checked (no Secretariat database on this computer)"
    assert viewer.country.text() == "Kenya (KEN)"
    assert viewer.institution.text() == package.info.institution
    q = sample_questionnaire()
    assert viewer.questionnaire.text() == f"{q.text(q.document.title, 'en')} ({q.id}, version {q.version})"
    assert viewer.cycle.text() == "2025"
    assert viewer.made.text() == isolated(format_moment(package.info.created.astimezone(), "en"))
    assert viewer.status.text() == "Final"
    assert viewer.training.text() == "No: an official submission"
    assert viewer.import_button.isHidden() and viewer.decrypt_button.isHidden()
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, cast(Any, "open"))  # the stubs say bytes; PySide6 takes the name
    try:
        qtbot.mouseClick(viewer.open_report_button, LEFT)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(catcher.urls) == 1
    opened = Path(catcher.urls[0].toLocalFile())
    assert opened.name == "KEN-2025-report.pdf"
    assert opened.read_bytes() == sample_report()


def test_without_a_pdf_viewer_the_report_s_place_is_said(qtbot, show, tmp_path, package, monkeypatch):
    viewer = show(_write(tmp_path, "KEN.omnibus", package.data))
    said: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    qtbot.mouseClick(viewer.open_report_button, LEFT)
    assert len(said) == 1 and said[0].startswith("No PDF viewer opened it; the report is here: ")
    assert Path(said[0].split(": ", 1)[1]).read_bytes() == sample_report()


def test_the_report_is_saved_where_the_user_chooses(qtbot, show, tmp_path, package, monkeypatch):
    viewer = show(_write(tmp_path, "KEN.omnibus", package.data))
    target = tmp_path / "saved" / "report.pdf"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(parent, title, name, pattern):
        asked.append(name)
        return str(target), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(viewer.save_report_button, LEFT)
    assert asked == [str(tmp_path / "KEN-report.pdf")]
    assert target.read_bytes() == sample_report()


def test_a_tampered_package_is_shown_as_altered_without_its_report(show, tmp_path, package):
    viewer = show(_write(tmp_path, "KEN.omnibus", helpers.tampered(package.data)))
    assert viewer.headline.text().startswith("Altered: this package is not as it was signed")
    assert "\u2066responses.json\u2069 has been altered" in viewer.detail.text()  # the name left to right
    assert viewer.trust.text() == "Not trusted: the package was altered"
    assert viewer.signer.text() == format_fingerprint(package.signer.fingerprint)
    assert viewer.open_report_button.isHidden() and viewer.save_report_button.isHidden()


def test_a_tampered_package_is_not_offered_for_import_at_the_secretariat(show, tmp_path, omnibus_home, package):
    _secretariat(omnibus_home, trusted=package)
    viewer = show(_write(tmp_path, "KEN.omnibus", helpers.tampered(package.data)))
    assert viewer.headline.text().startswith("Altered")
    assert viewer.import_button.isHidden()


@pytest.mark.parametrize("data", [b"PK\x03\x04 broken zip" * 50, b"\x00" * 3000, b""], ids=["zip", "zeros", "empty"])
def test_a_junk_file_is_shown_as_unreadable_in_words(show, tmp_path, data):
    viewer = show(_write(tmp_path, "junk.omnibus", data))
    assert viewer.headline.text() == "This file cannot be read as a response package."
    assert viewer.detail.text() and "Traceback" not in viewer.detail.text()
    assert viewer.signer.isHidden() and viewer.country.isHidden()
    assert viewer.open_report_button.isHidden() and viewer.import_button.isHidden()


def test_a_training_package_says_it_is_not_an_official_submission(show, tmp_path):
    training = build_sample_package(KENYA, sample_signer(5, "KEN"), 5, training=True)
    viewer = show(_write(tmp_path, "KEN-training.omnibus", training.data))
    assert viewer.headline.text().startswith("Nothing was altered")
    assert viewer.training.text() == "Yes: a training package, not an official submission"


def test_a_failure_while_reading_is_said_in_words_not_a_traceback(show, tmp_path, package, monkeypatch):
    import omnibus.secretariat.viewing

    def broken(*args, **kwargs):
        raise MemoryError("out of memory while reading the package")

    monkeypatch.setattr(omnibus.secretariat.viewing, "view_package", broken)
    viewer = show(_write(tmp_path, "KEN.omnibus", package.data))
    assert viewer.headline.text() == "This file cannot be read as a response package."
    assert viewer.detail.text() == "out of memory while reading the package"
    assert viewer.signer.isHidden() and viewer.open_report_button.isHidden()


def test_an_encrypted_package_says_so_and_nothing_else_without_the_secretariat_s_key(show, tmp_path, package):
    data, _identity = helpers.encrypted(package.data)
    viewer = show(_write(tmp_path, "KEN.omnibus.age", data))
    assert viewer.headline.text().startswith("This package is encrypted for the Secretariat")
    assert viewer.detail.text() == ""
    assert viewer.decrypt_button.isHidden() and viewer.open_report_button.isHidden()
    assert viewer.country.isHidden()


def test_the_secretariat_opens_an_encrypted_package_with_its_key(qtbot, show, tmp_path, omnibus_home, package):
    data, identity = helpers.encrypted(package.data)
    (omnibus_home / "secretariat-age-key.txt").write_text(f"{identity}\n")
    viewer = show(_write(tmp_path, "KEN.omnibus.age", data))
    assert "This installation has the Secretariat's key" in viewer.detail.text()
    assert viewer.decrypt_button.isVisible()
    qtbot.mouseClick(viewer.decrypt_button, LEFT)
    qtbot.waitUntil(lambda: not viewer.busy and viewer.view is not None and viewer.view.state != "encrypted")
    assert viewer.headline.text().startswith("Nothing was altered")
    assert viewer.country.text() == "Kenya (KEN)"
    assert viewer.open_report_button.isVisible()


def test_a_key_that_does_not_open_the_package_is_said(qtbot, show, tmp_path, omnibus_home, package):
    data, _identity = helpers.encrypted(package.data)
    (omnibus_home / "secretariat-age-key.txt").write_text(f"{pyrage.x25519.Identity.generate()}\n")
    viewer = show(_write(tmp_path, "KEN.omnibus.age", data))
    qtbot.mouseClick(viewer.decrypt_button, LEFT)
    qtbot.waitUntil(lambda: not viewer.busy and viewer.view is not None and bool(viewer.view.error))
    assert viewer.headline.text().startswith("This package is encrypted for the Secretariat")
    assert viewer.detail.text().startswith("It could not be opened with this installation's key")
    assert viewer.decrypt_button.isHidden()


def test_the_secretariat_sees_its_trust_and_imports_the_package(qtbot, show, tmp_path, omnibus_home, package):
    _secretariat(omnibus_home, trusted=package)
    viewer = show(_write(tmp_path, "KEN.omnibus", package.data))
    assert viewer.trust.text() == "Trusted: the Secretariat has confirmed this key for Kenya"
    assert viewer.import_button.isVisible()
    qtbot.mouseClick(viewer.import_button, LEFT)
    qtbot.waitUntil(lambda: viewer.decision is not None, timeout=20000)
    assert viewer.import_result.text() == "Imported: this is now the current package of Kenya for this cycle."
    assert not viewer.import_button.isEnabled()
    with open_session(omnibus_home / "secretariat.db") as session:
        rows = session.scalars(select(PackageRow)).all()
        assert [(r.country, r.state, r.file_name, r.data) for r in rows] == [
            ("KEN", "accepted", "KEN.omnibus", package.data)
        ]


def test_a_package_by_an_unconfirmed_key_is_held_on_import(qtbot, show, tmp_path, omnibus_home, package):
    _secretariat(omnibus_home)
    viewer = show(_write(tmp_path, "KEN.omnibus", package.data))
    assert viewer.trust.text() == "Not trusted yet: the Secretariat has not confirmed any key for Kenya"
    qtbot.mouseClick(viewer.import_button, LEFT)
    qtbot.waitUntil(lambda: viewer.decision is not None, timeout=20000)
    assert viewer.import_result.text() == "Stored and held: it counts once the signing key is confirmed for Kenya."
    with open_session(omnibus_home / "secretariat.db") as session:
        assert [r.state for r in session.scalars(select(PackageRow))] == ["pending"]


def _import_in_viewer(qtbot, show, path: Path) -> PackageViewer:
    viewer = show(path)
    qtbot.mouseClick(viewer.import_button, LEFT)
    qtbot.waitUntil(lambda: viewer.decision is not None, timeout=20000)
    return viewer


def test_a_package_already_stored_and_held_says_it_is_held(qtbot, show, tmp_path, omnibus_home, package):
    """ "Nothing changed" alone reads as "it counts": the stored copy is held until its key is confirmed."""
    _secretariat(omnibus_home)
    _import_in_viewer(qtbot, show, _write(tmp_path, "KEN.omnibus", package.data))
    again = _import_in_viewer(qtbot, show, _write(tmp_path, "KEN-again.omnibus", package.data))
    assert again.import_result.text() == (
        "Already stored, and held: it counts once the signing key is confirmed for Kenya. Nothing changed."
    )
    with open_session(omnibus_home / "secretariat.db") as session:
        assert [(r.state, r.file_name) for r in session.scalars(select(PackageRow))] == [("pending", "KEN.omnibus")]


def test_a_package_already_stored_as_history_says_so(qtbot, show, tmp_path, omnibus_home, package):
    _secretariat(omnibus_home, trusted=package)
    newer = helpers.resubmission(package, 5, days=10, variant=1)
    _import_in_viewer(qtbot, show, _write(tmp_path, "KEN.omnibus", package.data))
    _import_in_viewer(qtbot, show, _write(tmp_path, "KEN-newer.omnibus", newer.data))
    again = _import_in_viewer(qtbot, show, _write(tmp_path, "KEN-again.omnibus", package.data))
    assert again.import_result.text() == (
        "Already stored, as history: a newer package of Kenya for this cycle is stored. Nothing changed."
    )
    with open_session(omnibus_home / "secretariat.db") as session:
        rows = session.scalars(select(PackageRow).order_by(PackageRow.id)).all()
        assert [(r.state, r.file_name) for r in rows] == [
            ("superseded", "KEN.omnibus"),
            ("accepted", "KEN-newer.omnibus"),
        ]


def test_a_package_already_stored_and_counted_says_nothing_changed(qtbot, show, tmp_path, omnibus_home, package):
    _secretariat(omnibus_home, trusted=package)
    _import_in_viewer(qtbot, show, _write(tmp_path, "KEN.omnibus", package.data))
    again = _import_in_viewer(qtbot, show, _write(tmp_path, "KEN-again.omnibus", package.data))
    assert again.import_result.text() == "Already stored: nothing changed."


def test_an_import_that_fails_is_said_and_can_be_tried_again(qtbot, show, tmp_path, omnibus_home, package):
    _secretariat(omnibus_home, trusted=package)
    viewer = show(_write(tmp_path, "KEN.omnibus", package.data))
    (omnibus_home / "secretariat.db").write_bytes(b"not a database any more" * 100)
    qtbot.mouseClick(viewer.import_button, LEFT)
    qtbot.waitUntil(lambda: viewer.import_result.text().startswith("Not imported:"), timeout=20000)
    assert viewer.import_button.isEnabled()


def test_in_arabic_the_viewer_speaks_arabic_right_to_left(qapp, show, tmp_path, package):
    translations = Translations(qapp)
    try:
        translations.install("ar")
        viewer = show(_write(tmp_path, "KEN.omnibus", package.data), language="ar")
        assert viewer.isRightToLeft()
        assert viewer.country.text() == "كينيا (KEN)"
        assert viewer.headline.text() == "لم يُغيَّر شيء: الحزمة موقَّعة، وكل ملف فيها مطابق تمامًا لما وُقِّع."
        assert viewer.signer.text() == format_fingerprint(package.signer.fingerprint)
    finally:
        translations.install("en")


def test_file_open_package_in_the_main_window_opens_the_viewer(qtbot, build_app, tmp_path, package, monkeypatch):
    window = build_app()
    path = _write(tmp_path, "KEN.omnibus", package.data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    window.open_package_action.trigger()
    assert len(window.packages.viewers) == 1
    viewer = window.packages.viewers[0]
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: not viewer.busy, timeout=20000)
    assert viewer.isVisible() and viewer.path == path
    assert viewer.country.text() == "Kenya (KEN)"
    assert package.info.questionnaire.id in viewer.questionnaire.text()


def test_a_file_open_event_from_the_system_opens_the_viewer(qapp, qtbot, tasks, tmp_path, omnibus_home, package):
    opener = PackageOpener(omnibus_home, Settings(omnibus_home), tasks, Translations(qapp))
    qapp.installEventFilter(opener)
    try:
        path = _write(tmp_path, "KEN.omnibus", package.data)
        QApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
    finally:
        qapp.removeEventFilter(opener)
    assert [viewer.path for viewer in opener.viewers] == [path]
    qtbot.addWidget(opener.viewers[0])
    qtbot.waitUntil(lambda: not opener.viewers[0].busy, timeout=20000)
    assert opener.viewers[0].headline.text().startswith("Nothing was altered")


def test_the_secretariat_s_files_named_in_the_settings_are_used(qapp, qtbot, tasks, tmp_path, omnibus_home, package):
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    _secretariat(elsewhere, trusted=package)
    (elsewhere / "key.txt").write_text(f"{pyrage.x25519.Identity.generate()}\n")
    (omnibus_home / "settings.ini").write_text(
        f"[secretariat]\ndatabase={(elsewhere / 'secretariat.db').as_posix()}\nidentity={(elsewhere / 'key.txt').as_posix()}\n"
    )
    opener = PackageOpener(omnibus_home, Settings(omnibus_home), tasks, Translations(qapp))
    viewer = opener.open(_write(tmp_path, "KEN.omnibus", package.data))
    qtbot.addWidget(viewer)
    qtbot.waitUntil(lambda: not viewer.busy, timeout=20000)
    assert viewer.setup == SecretariatSetup(elsewhere / "secretariat.db", elsewhere / "key.txt")
    assert viewer.trust.text() == "Trusted: the Secretariat has confirmed this key for Kenya"


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh", "ar"])
def test_when_the_package_was_made_is_written_in_the_viewer_s_language(show, tmp_path, package, lang):
    viewer = show(_write(tmp_path, "KEN-2025.omnibus", package.data), language=lang)
    made = package.info.created.astimezone()
    assert viewer.made.text() == isolated(format_moment(made, lang))
    assert f"{made:%Y-%m-%d}" not in viewer.made.text() and str(made.year) in viewer.made.text()


def test_in_french_what_was_altered_is_said_in_french(qapp, show, tmp_path, package):
    """The reasons under "Modifié" are French, the file's name kept as it is; none of `omnibus verify`'s English."""
    translations = Translations(qapp)
    try:
        translations.install("fr")
        viewer = show(_write(tmp_path, "KEN.omnibus", helpers.tampered(package.data)), language="fr")
        assert viewer.headline.text().startswith("Modifié : ce paquet n'est plus tel qu'il a été signé")
        detail = viewer.detail.text().translate(dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e")))
        assert detail == "• responses.json a été modifié : ce n’est pas le fichier qui a été signé."
        for english in ("has been altered", "signed manifest", "SHA-256"):
            assert english not in detail
    finally:
        translations.install("en")
