"""Working together through the window, as a focal point does it: assign a section to an institution, merge its
signed contribution (confirming its key), see who gave the answer, settle a conflict, sign off a section and send a
reminder. Each step is asserted on what the service stored. The institution answers on its own database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QInputDialog, QMessageBox, QWidget

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_contribution, read_assignment
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from omnibus.ui.assessment.navigator import REVIEW
from omnibus.ui.collaboration.assign_dialog import AssignDialog
from omnibus.ui.collaboration.conflicts_dialog import ConflictsDialog
from omnibus.ui.collaboration.sign_off_dialog import SignOffDialog
from tests.ui.conftest import FIXTURES, create_assessment
from tests.ui.test_start_page import in_next_dialog, plain

PASSPHRASE = "the focal point's passphrase"
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def institution(tmp_path: Path) -> Iterator[AssessmentService]:
    """The Ministry of Interior's own laptop: its own database."""
    store = Store.open(tmp_path / "interior.db")
    yield AssessmentService(store, Catalogue((FIXTURES,)), "interior.officer")
    store.close()


def button(dialog: QWidget, text: str) -> QAbstractButton:
    buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton)}
    assert text in buttons, sorted(buttons)
    return buttons[text]


def write_first_section(qtbot, dialog, folder: Path) -> None:
    """In the assignment dialog: the Ministry of Interior, the first section ticked, `folder`, the passphrase, Write."""
    qtbot.keyClicks(dialog.institution, "Ministry of Interior")
    dialog.parts.setCurrentItem(dialog.sections()[0])
    qtbot.keyClick(dialog.parts, Qt.Key.Key_Space)
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.write_button, CLICK)


def assign_values_section(qtbot, window, folder: Path, contact: str = "J. Doe") -> Path:
    """File › Assign to institutions…: type the institution (and its contact person, if any), tick the section,
    write its file."""
    written: list[Path] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        qtbot.keyClicks(dialog.institution, "Ministry of Interior")
        if contact:
            qtbot.keyClicks(dialog.contact, contact)
        section = next(node for node in dialog.sections() if node.data(0, Qt.ItemDataRole.UserRole)[1] == "values")
        dialog.parts.setCurrentItem(section)
        qtbot.keyClick(dialog.parts, Qt.Key.Key_Space)  # ticks the section and every question in it
        qtbot.keyClicks(dialog.note, "Please answer by the end of the month.")
        dialog.folder.setText(str(folder))
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.mouseClick(dialog.write_button, CLICK)
        written.extend(dialog.written)
        dialog.close()

    in_next_dialog(qtbot, fill)
    window.assign_action.trigger()
    assert len(written) == 1
    return written[0]


def contribute(institution: AssessmentService, assignment_file: Path, folder: Path, signer: Signer, **answers) -> Path:
    """The institution opens the file, answers and sends its contribution (what its own window does)."""
    local = institution.open_assignment(read_assignment(assignment_file.read_bytes())).id
    for item_id, value in answers.items():
        institution.set_answer(local, item_id, value)
    path = folder / f"round-{len(list(folder.glob('round-*')))}.omnibus-contribution"
    path.write_bytes(build_contribution(institution.prepare_contribution(local, "J. Doe"), signer))
    return path


def open_file(qtbot, window, monkeypatch, path: Path, *answers: str) -> list[str]:
    """File › Open assignment / contribution… with `path` chosen; each dialog that opens is answered in turn."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    said: list[str] = []
    remaining = list(answers)

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(plain(box.text()))
        choice = remaining.pop(0)
        if remaining:
            in_next_dialog(qtbot, answer)
        qtbot.mouseClick(button(box, choice), CLICK)

    in_next_dialog(qtbot, answer)
    window.exchange_action.trigger()
    qtbot.waitUntil(lambda: not remaining, timeout=5000)
    return said


def test_assign_merge_settle_sign_off_remind(qtbot, build_app, institution, tmp_path, monkeypatch) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    assignment_file = assign_values_section(qtbot, window, tmp_path)
    [assignment] = service.assignments(aid)
    assert (assignment.institution, assignment.contact, assignment.sections) == (
        "Ministry of Interior",
        "J. Doe",
        ("values",),
    )
    assert assignment.note == "Please answer by the end of the month."

    signer = Signer.generate()
    first = contribute(institution, assignment_file, tmp_path, signer, description="Statistics are kept by the police.")
    said = open_file(qtbot, window, monkeypatch, first, "Yes", "OK")
    assert "Ministry of Interior" in said[0] and "SHA256:" in said[0]  # the fingerprint to compare, then the result
    assert "1 answer taken, 0 conflicts" in said[1]
    assert service.answer(aid, "description").value == "Statistics are kept by the police."
    assert service.item_provenance(aid, "description").institution == "Ministry of Interior"
    qtbot.waitUntil(lambda: window.view is not view and window.view is not None, timeout=10000)
    view = window.view
    view.show_item("description")
    widget = view.section_page("values").widgets["description"]
    assert widget.provenance.isVisible() and "Ministry of Interior" in plain(widget.provenance.text())
    assert view.navigator.item_rows["description"].text(1) == "MI"
    assert "Ministry of Interior" in view.navigator.item_rows["description"].toolTip(0)

    view.controller.set_value("cases", 12)  # the focal point changes a question the institution also answers
    second = contribute(institution, assignment_file, tmp_path, signer, cases=15)
    said = open_file(qtbot, window, monkeypatch, second, "OK")
    assert "1 conflict to settle" in said[0]
    qtbot.waitUntil(lambda: window.view is not view and window.view is not None, timeout=10000)
    view = window.view
    view.show_page(view.page_keys.index(REVIEW))
    overview = view.overview
    assert overview is not None and overview.table.item(0, 0).text() == "Ministry of Interior"

    def settle(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        assert "12" in dialog.mine.what.text() and "15" in dialog.theirs.what.text()
        assert "Ministry of Interior" in plain(dialog.theirs.who.text())
        qtbot.mouseClick(dialog.take, CLICK)
        assert dialog.none_left.isVisible()
        dialog.close()

    in_next_dialog(qtbot, settle)
    qtbot.mouseClick(overview.conflicts, CLICK)
    assert service.answer(aid, "cases").value == 15 and service.conflicts(aid) == []

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignOffDialog)
        dialog.section.setCurrentIndex(dialog.section.findData("values"))
        qtbot.keyClicks(dialog.name, "M. Head")
        qtbot.keyClicks(dialog.function, "Head of unit")
        qtbot.mouseClick(button(dialog, "OK"), CLICK)

    in_next_dialog(qtbot, sign)
    qtbot.mouseClick(overview.sign_off, CLICK)
    [signed] = service.sign_offs(aid)
    assert (signed.section_id, signed.name, signed.function) == ("values", "M. Head", "Head of unit")

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "reminders"))
    overview.table.selectRow(0)
    qtbot.mouseClick(overview.remind, CLICK)
    reminder = service.assignments(aid)[-1]
    assert reminder.reminder_of == assignment.id and "description" not in reminder.items
    assert list((tmp_path / "reminders").iterdir())
    assert "Reminder for" in plain(overview.said.text())


def test_assign_refuses_without_a_part_a_name_or_the_passphrase(qtbot, build_app, tmp_path) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    service = window.ctx.session.service
    q, hand_in, database = view.controller.questionnaire, window.ctx.hand_in, window.ctx.session.path
    dialog = AssignDialog(service, view.controller.id, q, "en", hand_in, database=database)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    qtbot.mouseClick(dialog.write_button, CLICK)
    assert "institution's name" in dialog.problem.text()
    qtbot.keyClicks(dialog.institution, "Ministry of Justice")
    qtbot.mouseClick(dialog.write_button, CLICK)
    assert "Tick at least one" in dialog.problem.text()
    window.ctx.hand_in.signer(PASSPHRASE)  # this computer's key exists; a wrong passphrase records nothing
    dialog.parts.setCurrentItem(dialog.sections()[0])
    qtbot.keyClick(dialog.parts, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.write_button, CLICK)
    assert "does not open your signing key" in dialog.problem.text()
    assert service.assignments(view.controller.id) == [] and not list(tmp_path.glob("*.omnibus-assignment"))


def test_an_unconfirmed_key_merges_nothing(qtbot, build_app, institution, tmp_path, monkeypatch) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    assignment_file = assign_values_section(qtbot, window, tmp_path)
    contribution = contribute(institution, assignment_file, tmp_path, Signer.generate(), description="Text")
    open_file(qtbot, window, monkeypatch, contribution, "No")
    assert service.answer(aid, "description") is None and service.item_provenance(aid, "description") is None
    altered = tmp_path / "altered.omnibus-contribution"
    altered.write_bytes(contribution.read_bytes()[:-40] + bytes(40))
    said = open_file(qtbot, window, monkeypatch, altered, "OK")
    assert "Nothing was stored" in said[0]
    assert service.answer(aid, "description") is None


def test_the_institution_opens_its_assignment_and_sends_a_round(
    qtbot, build_app, institution, tmp_path, monkeypatch
) -> None:
    """On the institution's laptop (here a second data folder): File › Open assignment… shows its own assessment
    of the assigned part; File › Write contribution… writes the round the focal point imports."""
    from omnibus.export.collaboration_files import build_assignment, read_contribution

    focal_id = institution.create_assessment("ui-every-type", country="KEN", cycle="2025").id
    assignment = institution.assign(focal_id, "Ministry of Interior", sections=["values"])
    focal_key = Signer.generate()
    assignment_file = tmp_path / "to-interior.omnibus-assignment"
    assignment_file.write_bytes(build_assignment(institution.assignment_contents(focal_id, assignment.id), focal_key))

    window = build_app()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(assignment_file), ""))
    window.exchange_action.trigger()
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    service, local = window.ctx.session.service, window.view.controller.id
    copy = service.assignment_copy(local)
    assert copy is not None and copy.institution == "Ministry of Interior" and copy.source_assessment_id == focal_id
    window.view.controller.set_value("cases", 7)

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "outbox"))
    said: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(plain(box.text()))
        qtbot.mouseClick(button(box, "OK"), CLICK)

    in_next_dialog(qtbot, answer)
    window.contribute_action.trigger()
    [written] = (tmp_path / "outbox").iterdir()
    contribution = read_contribution(written.read_bytes())
    assert contribution.answers["cases"].value == 7 and contribution.round == 1
    assert "SHA256:" in said[0]
