"""File › Import a receipt from the Secretariat…: the receipt is verified, stored with its assessment and shown in
the assessment's band and on the start screen; an altered one or another assessment's is refused, nothing stored."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from omnibus.export import Signer
from omnibus.export.manifest import QuestionnaireRef
from omnibus.export.receipt import RECEIPT, Receipt, build_receipt
from omnibus.export.secretariat_key import RECEIPT_KEY_FILE
from tests.export.test_receipt import entries, replaced
from tests.ui.conftest import create_assessment
from tests.ui.test_start_page import click_button, in_next_dialog, plain, rows

WHEN = datetime(2026, 3, 31, 9, 30, tzinfo=UTC)


@pytest.fixture
def secretariat(omnibus_home: Path) -> Signer:
    signer = Signer.generate()
    (omnibus_home / RECEIPT_KEY_FILE).write_bytes(signer.minisign_key.to_file())
    return signer


def _receipt_file(folder: Path, signer: Signer, summary, digest: str, decision: str = "accepted") -> Path:
    receipt = Receipt(
        package_sha256=digest,
        file_name="KEN.omnibus",
        country=summary.country,
        questionnaire=QuestionnaireRef(id=summary.questionnaire_id, version="1", sha256="cd" * 32),
        reporting_cycle=summary.cycle,
        assessment_id=summary.id,
        received=WHEN,
        decision=decision,  # type: ignore[arg-type]
        reason="" if decision == "accepted" else "not signed by the key we know",
        issued=datetime.now(UTC),
    )
    path = folder / f"{len(list(folder.glob('*.omnibus-receipt')))}-{digest[:8]}.omnibus-receipt"
    path.write_bytes(build_receipt(receipt, signer))
    return path


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file dialog answers with `path`, as if the respondent had picked it."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def test_receipt_imported_from_the_file_menu(qtbot, build_app, secretariat, tmp_path, monkeypatch) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    service = window.ctx.session.service
    summary = view.controller.summary
    service.record_export(summary.id, "ab" * 32, "KEN-2025.omnibus")
    assert not window.receipt_band.isVisible()
    _choose(monkeypatch, _receipt_file(tmp_path, secretariat, summary, "ab" * 32))
    seen: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click_button(qtbot, "OK")(box)

    in_next_dialog(qtbot, answer)
    window.receipt_action.trigger()
    assert [r.decision for r in service.receipts(summary.id)] == ["accepted"]
    assert "Received by the Secretariat on" in seen[0] and ", accepted." in seen[0]
    assert window.receipt_band.isVisible() and "accepted" in window.receipt_band.text()
    window.home_action.trigger()
    assert ", accepted." in rows(window)[0].splitlines()[2]


def test_refused_receipts_store_nothing(qtbot, build_app, secretariat, tmp_path, monkeypatch) -> None:
    window = build_app()
    first = create_assessment(qtbot, window, cycle="2025").controller.summary
    window.home_action.trigger()
    second = create_assessment(qtbot, window, cycle="2026").controller.summary
    service = window.ctx.session.service
    service.record_export(first.id, "ab" * 32, "first.omnibus")
    service.record_export(second.id, "cd" * 32, "second.omnibus")
    cases = [
        (_receipt_file(tmp_path, secretariat, first, "ab" * 32), "another assessment"),  # the second is open
        (_receipt_file(tmp_path, Signer.generate(), second, "cd" * 32), "not signed with the Secretariat's key"),
        (_receipt_file(tmp_path, secretariat, second, "ee" * 32), "not made on this computer"),
    ]
    altered = tmp_path / "altered.omnibus-receipt"
    data = _receipt_file(tmp_path, secretariat, second, "cd" * 32).read_bytes()
    content = dict(entries(data))[RECEIPT].replace(b'"accepted"', b'"refused"')
    altered.write_bytes(replaced(data, RECEIPT, content))
    cases.append((altered, "altered"))
    for path, why in cases:
        _choose(monkeypatch, path)
        seen: list[str] = []

        def answer(box: QWidget, seen: list[str] = seen) -> None:
            assert isinstance(box, QMessageBox)
            seen.append(plain(box.text()))
            click_button(qtbot, "OK")(box)

        in_next_dialog(qtbot, answer)
        window.receipt_action.trigger()
        assert why in seen[0] and "Nothing was stored." in seen[0], (path.name, seen)
    assert service.receipts(first.id) == [] and service.receipts(second.id) == []
    assert not window.receipt_band.isVisible()
