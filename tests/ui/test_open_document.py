"""A double-clicked assignment or contribution (`omnibus FILE…`): the window starts and opens it as File › Open
assignment / contribution… does — the institution sees its own assessment, the focal point's assessment gets the
contribution merged after confirming the institution's key. Asserted on what the service stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_assignment
from omnibus.export.receipt import RECEIPT_SUFFIX
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from tests.ui.conftest import FIXTURES
from tests.ui.test_collaboration_window import CLICK, button, contribute
from tests.ui.test_receipt_import import _receipt_file as receipt_file
from tests.ui.test_receipt_import import secretariat as secretariat_key
from tests.ui.test_start_page import plain

secretariat = secretariat_key  # the fixture: the Secretariat's key installed in the data folder


@pytest.fixture
def institution(tmp_path: Path) -> Iterator[AssessmentService]:
    store = Store.open(tmp_path / "interior.db")
    yield AssessmentService(store, Catalogue((FIXTURES,)), "interior.officer")
    store.close()


def answer_boxes(qtbot, said: list[str], *choices: str) -> None:
    """Answer the message boxes the window is about to show, in turn (the window may still be starting)."""
    remaining = list(choices)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(plain(box.text()))
            qtbot.mouseClick(button(box, remaining.pop(0)), CLICK)
        if remaining:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def assignment_for_interior(service: AssessmentService, folder: Path) -> tuple[str, Path]:
    """The focal point's assessment and the assignment file it wrote for the Ministry of Interior."""
    focal_id = service.create_assessment("ui-every-type", country="KEN", cycle="2025").id
    assignment = service.assign(focal_id, "Ministry of Interior", contact="J. Doe", sections=["values"])
    path = folder / "to-interior.omnibus-assignment"
    path.write_bytes(build_assignment(service.assignment_contents(focal_id, assignment.id), Signer.generate()))
    return focal_id, path


def test_started_with_an_assignment_the_institution_sees_its_assessment(
    qtbot, build_app, institution, tmp_path
) -> None:
    focal_id, assignment_file = assignment_for_interior(institution, tmp_path)
    window = build_app(document=assignment_file)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    service, local = window.ctx.session.service, window.view.controller.id
    copy = service.assignment_copy(local)
    assert copy is not None and copy.institution == "Ministry of Interior" and copy.source_assessment_id == focal_id
    assert [a.id for a in service.list_assessments()] == [local]
    assert window.view.page_keys[window.view.current] == "values"  # its part first, not the questionnaire's start
    assert window.pending_document is None


def test_started_with_a_contribution_the_focal_point_merges_it(
    qtbot, build_app, institution, omnibus_home, tmp_path
) -> None:
    store = Store.open(omnibus_home / "assessments.db")  # the focal point's database, before the double-click
    focal = AssessmentService(store, Catalogue((FIXTURES,)), "focal.point")
    focal_id, assignment_file = assignment_for_interior(focal, tmp_path)
    store.close()
    answered = contribute(institution, assignment_file, tmp_path, Signer.generate(), description="Kept by police.")

    said: list[str] = []
    answer_boxes(qtbot, said, "Yes", "OK")  # the key's fingerprint compared, then the summary
    window = build_app(document=answered)
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20000)
    assert "Ministry of Interior" in said[0] and "SHA256:" in said[0]
    assert "1 answer taken" in said[1]
    service = window.ctx.session.service
    assert service.answer(focal_id, "description").value == "Kept by police."
    provenance = service.item_provenance(focal_id, "description")
    assert provenance is not None and provenance.institution == "Ministry of Interior"
    qtbot.waitUntil(lambda: window.view is not None and window.view.controller.id == focal_id, timeout=10000)


def test_started_with_a_receipt_it_is_stored_with_its_assessment(
    qtbot, build_app, secretariat, omnibus_home, tmp_path
) -> None:
    store = Store.open(omnibus_home / "assessments.db")
    country = AssessmentService(store, Catalogue((FIXTURES,)), "focal.point")
    summary = country.create_assessment("ui-every-type", country="KEN", cycle="2025")
    country.record_export(summary.id, "ab" * 32, "KEN-2025.omnibus")
    store.close()
    receipt = receipt_file(tmp_path, secretariat, summary, "ab" * 32)

    said: list[str] = []
    answer_boxes(qtbot, said, "OK")
    window = build_app(document=receipt)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20000)
    assert "Received by the Secretariat on" in said[0] and "accepted" in said[0]
    [stored] = window.ctx.session.service.receipts(summary.id)
    assert stored.decision == "accepted" and stored.package_sha256 == "ab" * 32


def test_started_with_a_damaged_receipt_nothing_is_stored(qtbot, build_app, secretariat, tmp_path) -> None:
    receipt = tmp_path / f"KEN-2025{RECEIPT_SUFFIX}"
    receipt.write_bytes(b"not a receipt")
    said: list[str] = []
    answer_boxes(qtbot, said, "OK")
    window = build_app(document=receipt)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20000)
    assert "not a receipt from the Secretariat" in said[0] and "Nothing was stored" in said[0]
    assert window.ctx.session.service.list_assessments() == []
