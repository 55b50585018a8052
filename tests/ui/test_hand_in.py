"""Handing in from the interface: the passphrase, the signed package, the PDF report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from omnibus.export.verify import verify_package
from tests.ui.conftest import answer_confirmation, create_assessment, mark_final


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
    assert page.key.repeat.isVisibleTo(page), "the first package asks for the new passphrase twice"
    assert not page.export_button.isEnabled()
    qtbot.keyClicks(page.key.passphrase, "a good passphrase")
    qtbot.keyClicks(page.key.repeat, "a good passphrase, mistyped")
    assert not page.export_button.isEnabled()
    page.key.repeat.clear()
    qtbot.keyClicks(page.key.repeat, "a good passphrase")
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved:" in page.result.text() or "could not" in page.result.text(), timeout=30000)
    assert "Saved:" in page.result.text(), page.result.text()
    verification = verify_package(target.read_bytes())
    assert verification.ok
    assert verification.manifest is not None and verification.manifest.status == "final"
    assert verification.signer_display in page.result.text()
    assert page.key.passphrase.text() == "" and not page.key.repeat.isVisibleTo(page)


def test_wrong_passphrase_is_said_plainly_and_nothing_written(qtbot, build_app, tmp_path, monkeypatch):
    from omnibus.export.keys import KeyStore

    KeyStore(window_home := tmp_path / "home" / "keys").create("the right passphrase")
    assert window_home.exists()
    window = build_app()
    _view, page = finished_assessment(qtbot, window)
    target = tmp_path / "KEN.omnibus"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not page.key.repeat.isVisibleTo(page)
    qtbot.keyClicks(page.key.passphrase, "not the right one")
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


def test_progress_is_a_busy_bar_while_the_pages_are_laid_out():
    from omnibus.ui.hand_in import percent_progress

    seen = []
    progress = percent_progress(lambda done, total, what: seen.append((done, total, what)))
    for fraction, stage in [(0.01, "prepare"), (0.1, "layout"), (0.85, "pdf"), (1.0, "done")]:
        progress(fraction, stage)
    assert seen == [(1, 100, "prepare"), (0, 0, "layout"), (85, 100, "pdf"), (100, 100, "done")]


def test_greyed_package_button_says_why(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("export"))
    page = view.pages["export"]
    assert not page.export_button.isEnabled()
    assert page.reason.isVisibleTo(page) and "marked as final" in page.reason.text()
    view.controller.set_value("criminalised", "in_place")
    view.controller.set_value("has_law", "no")
    mark_final(qtbot, view)
    assert "at least 8 characters" in page.reason.text()
    qtbot.keyClicks(page.key.passphrase, "a good passphrase")
    assert "same passphrase again" in page.reason.text() and not page.export_button.isEnabled()
    qtbot.keyClicks(page.key.repeat, "a good passphrase")
    assert page.export_button.isEnabled() and not page.reason.isVisibleTo(page)


def test_passphrase_can_be_shown_and_hidden(qtbot, build_app):
    window = build_app()
    _view, page = finished_assessment(qtbot, window)
    qtbot.keyClicks(page.key.passphrase, "secret words")
    assert page.key.passphrase.echoMode() == QLineEdit.EchoMode.Password
    page.key.show_passphrase.click()
    assert page.key.passphrase.echoMode() == page.key.repeat.echoMode() == QLineEdit.EchoMode.Normal
    page.key.show_passphrase.click()
    assert page.key.passphrase.echoMode() == page.key.repeat.echoMode() == QLineEdit.EchoMode.Password


def test_forgotten_passphrase_leads_to_a_new_key(qtbot, build_app, tmp_path, monkeypatch):
    from omnibus.export.keys import KeyStore

    keys = KeyStore(tmp_path / "home" / "keys")
    old = keys.create("the forgotten passphrase").fingerprint
    window = build_app()
    _view, page = finished_assessment(qtbot, window)
    assert page.key.forgotten.isVisibleTo(page) and "Nobody can recover it" in page.key.forgotten.text()
    assert "fingerprint" in page.key.forgotten.text()
    qtbot.mouseClick(page.key.new_key_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, page.key, accept=False)
    assert not page.key.repeat.isVisibleTo(page) and keys.fingerprint() == old, "Cancel keeps the key"
    qtbot.mouseClick(page.key.new_key_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, page.key, accept=True)
    assert page.key.repeat.isVisibleTo(page) and "new signing key" in page.key.key_note.text()
    assert keys.fingerprint() == old, "nothing is replaced before the package is made"
    target = tmp_path / "KEN.omnibus"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClicks(page.key.passphrase, "a new passphrase")
    qtbot.keyClicks(page.key.repeat, "a new passphrase")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    verification = verify_package(target.read_bytes())
    assert verification.ok and verification.signer_fingerprint != old
    assert keys.load("a new passphrase").fingerprint == verification.signer_fingerprint
    assert verification.signer_display in page.result.text() and "Secretariat" in page.result.text()
    assert not page.key.repeat.isVisibleTo(page), "the next package unlocks the new key"


def test_hand_in_page_says_how_much_of_a_final_assessment_is_answered(qtbot, build_app):
    window = build_app()
    view, page = finished_assessment(qtbot, window)
    progress = window.ctx.session.service.progress(view.controller.id)
    assert progress.percent < 50
    text = page.status.text()
    assert "complete" not in text
    assert "The assessment is final." in text
    assert f"{progress.answered} of {progress.relevant} questions answered ({progress.percent} %)" in text
    assert f"{progress.relevant - progress.answered} questions still unanswered, none of them required" in text


def test_wrong_passphrase_is_said_in_the_respondents_language(qtbot, build_app, tmp_path, monkeypatch):
    from omnibus.export.keys import KeyStore

    KeyStore(tmp_path / "home" / "keys").create("the right passphrase")
    window = build_app("fr")
    _view, page = finished_assessment(qtbot, window)
    target = tmp_path / "KEN.omnibus"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.keyClicks(page.key.passphrase, "not the right one")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    assert "phrase secrète" in page.result.text()
    assert "does not open" not in page.result.text() and "passphrase" not in page.result.text()
    assert not target.exists()


def test_file_names_and_folders_proposed(qtbot, build_app, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user" / ".config"))
    (tmp_path / "user" / "Documents").mkdir(parents=True)
    window = build_app()
    view = create_assessment(qtbot, window, cycle="2026")
    view.show_page(view.page_keys.index("export"))
    page = view.pages["export"]
    asked: list[str] = []
    chosen = tmp_path / "reports" / "chosen.pdf"
    chosen.parent.mkdir()

    def dialog(_parent, _title, directory, _filter):
        asked.append(directory)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    assert asked == [str(tmp_path / "user" / "Documents" / "KEN-ui-every-type-2026.pdf")]
    assert window.ctx.settings.last_folder == str(chosen.parent)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "" and len(asked) == 2, timeout=30000)
    assert asked[1] == str(chosen.parent / "KEN-ui-every-type-2026.pdf"), "the folder last used comes next"


def test_pdf_saved_after_packaging_shows_the_package_signature(qtbot, build_app, tmp_path, monkeypatch):
    from tests.export.report.conftest import flat, pdf_text

    window = build_app()
    view, page = finished_assessment(qtbot, window)
    package, pdf = tmp_path / "KEN.omnibus", tmp_path / "KEN.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))
    qtbot.keyClicks(page.key.passphrase, "a good passphrase")
    qtbot.keyClicks(page.key.repeat, "a good passphrase")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved:" in page.result.text(), timeout=30000)
    verification = verify_package(package.read_bytes())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), ""))
    page.result.clear()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    cover = flat(pdf_text(pdf, "-l", "1"))
    assert "Notyetpackaged" not in cover
    assert verification.signer_fingerprint is not None and verification.signer_fingerprint.upper() in cover
    view.show_page(view.page_keys.index("review"))
    qtbot.mouseClick(view.pages["review"].reopen_button, Qt.MouseButton.LeftButton)
    view.controller.set_value("liability", "yes")
    view.show_page(view.page_keys.index("export"))
    page.result.clear()
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.text() != "", timeout=30000)
    assert "Notyetpackaged" in flat(pdf_text(pdf, "-l", "1")), "changed answers are not those of the package"
