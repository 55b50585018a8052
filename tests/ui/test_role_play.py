"""The trainer's guide's role play, step by step in the window, on two laptops (two data folders): the focal point
assigns sections of a training assessment of the fictional State, the Ministry of Interior opens its assignment,
answers, has a section signed off and writes its contribution; the focal point imports it, confirming the key,
settles the conflict staged on purpose, and reads the overview. Each step is asserted on what was stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from omnibus.model.catalogue import Catalogue
from omnibus.model.sample_state import SAMPLE_STATE
from omnibus.ui.assessment.navigator import REVIEW
from omnibus.ui.collaboration.assign_dialog import AssignDialog
from omnibus.ui.collaboration.conflicts_dialog import ConflictsDialog
from omnibus.ui.collaboration.sign_off_dialog import SignOffDialog
from omnibus.ui.main_window import MainWindow
from tests.ui.conftest import create_assessment
from tests.ui.test_start_page import in_next_dialog, plain
from tests.ui.test_trainer_kit import _tick_training

CLICK = Qt.MouseButton.LeftButton
FOCAL_PASSPHRASE = "the focal point's passphrase"
INTERIOR_PASSPHRASE = "the Interior's own passphrase"
SECTIONS = {"Ministry of Interior": "wd_tr_figures", "Ministry of Justice": "wd_pr_legislation"}


@pytest.fixture
def interior_laptop(other_laptop: Callable[[str], MainWindow]) -> MainWindow:
    """The Ministry of Interior's laptop: its own data folder, database and signing key."""
    return other_laptop("interior-home")


def assign_sections(qtbot, window: MainWindow, folder: Path) -> list[Path]:
    """File › Assign to institutions…: one file per ministry, the dialog kept open between them."""
    written: list[Path] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        for institution, section_id in SECTIONS.items():
            dialog.institution.clear()
            qtbot.keyClicks(dialog.institution, institution)
            section = next(n for n in dialog.sections() if n.data(0, Qt.ItemDataRole.UserRole)[1] == section_id)
            for other in dialog.sections():
                other.setCheckState(0, Qt.CheckState.Unchecked)
            dialog.parts.setCurrentItem(section)
            qtbot.keyClick(dialog.parts, Qt.Key.Key_Space)
            dialog.folder.setText(str(folder))
            dialog.passphrase.clear()
            qtbot.keyClicks(dialog.passphrase, FOCAL_PASSPHRASE)
            qtbot.mouseClick(dialog.write_button, CLICK)
        written.extend(dialog.written)
        dialog.close()

    in_next_dialog(qtbot, fill)
    window.assign_action.trigger()
    return written


def test_the_role_play_of_the_trainer_guide(qtbot, build_app, interior_laptop, tmp_path, monkeypatch) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    # 1. The focal point starts a training assessment of the fictional State and assigns two sections.
    focal = build_app(catalogue=Catalogue.bundled())
    form = focal.start_page.form
    _tick_training(qtbot, form)
    form.questionnaire.setCurrentIndex(
        form.questionnaire.findText("Workshop demonstration", Qt.MatchFlag.MatchStartsWith)
    )
    view = create_assessment(qtbot, focal, country=SAMPLE_STATE)
    service, aid = focal.ctx.session.service, view.controller.id
    assert service.assessment(aid).questionnaire_id == "workshop-demo"
    view.controller.set_value("wd_officials_trained", 40)
    files = assign_sections(qtbot, focal, stick)
    assert len(files) == 2
    assert {(a.institution, a.sections) for a in service.assignments(aid)} == {
        (name, (section,)) for name, section in SECTIONS.items()
    }
    # 2. A conflict staged on purpose: the focal point changes an answer the Interior answers too.
    view.controller.set_value("wd_officials_trained", 45)

    # 3. The Interior opens its assignment on its own laptop and answers.
    interior_file = next(f for f in files if "Interior" in f.name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(interior_file), ""))
    interior_laptop.exchange_action.trigger()
    qtbot.waitUntil(lambda: interior_laptop.view is not None, timeout=10000)
    mview = interior_laptop.view
    ministry, local = interior_laptop.ctx.session.service, mview.controller.id
    assert ministry.assessment(local).training and mview.training_band.isVisible()
    assert ministry.answer(local, "wd_officials_trained").value == 40, "what the focal point had when assigning"
    mview.controller.set_value("wd_officials_trained", 52)
    mview.controller.set_value("wd_donor_share", 12.5)

    # 4. Its head of unit signs off the section, on the review page.
    mview.show_page(mview.page_keys.index(REVIEW))

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignOffDialog)
        dialog.section.setCurrentIndex(dialog.section.findData("wd_tr_figures"))
        qtbot.keyClicks(dialog.name, "H. Interior")
        qtbot.keyClicks(dialog.function, "Head of unit")
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)

    in_next_dialog(qtbot, sign)
    qtbot.mouseClick(mview.overview.sign_off, CLICK)
    assert [s.section_id for s in ministry.sign_offs(local)] == ["wd_tr_figures"]

    # 5. It writes its contribution with its own key; the message gives the fingerprint to read aloud.
    back = tmp_path / "usb-back"
    back.mkdir()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (INTERIOR_PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(back))
    said: list[str] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(plain(box.text()))
        box.accept()

    in_next_dialog(qtbot, note)
    interior_laptop.contribute_action.trigger()
    [contribution] = list(back.iterdir())
    fingerprint = interior_laptop.ctx.hand_in.fingerprint()
    assert fingerprint and fingerprint in said[0]
    assert fingerprint != focal.ctx.hand_in.fingerprint(), "each laptop signs with its own key"

    # 6. The focal point imports it, comparing the fingerprint before answering Yes.
    boxes = import_confirming_the_key(qtbot, focal, contribution, monkeypatch)
    assert fingerprint in boxes[0]
    assert "1 answer taken, 1 conflict to settle, 1 section signed off" in boxes[1]
    assert service.answer(aid, "wd_donor_share").value == 12.5
    assert [s.section_id for s in service.sign_offs(aid)] == ["wd_tr_figures"]

    # 7. The conflict: the focal point's 45 beside the Interior's 52; the focal point takes theirs.
    qtbot.waitUntil(lambda: focal.view is not None and focal.view is not view, timeout=10000)
    fview = focal.view
    fview.show_page(fview.page_keys.index(REVIEW))
    overview = fview.overview
    assert overview is not None and overview.conflicts.isEnabled()

    def settle(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        assert "45" in dialog.mine.what.text() and "52" in dialog.theirs.what.text()
        qtbot.mouseClick(dialog.take, CLICK)
        dialog.close()

    in_next_dialog(qtbot, settle)
    qtbot.mouseClick(overview.conflicts, CLICK)
    assert service.answer(aid, "wd_officials_trained").value == 52 and service.conflicts(aid) == []

    # 8. The overview: per ministry, what was assigned, answered (by it, and by others), signed off.
    table = overview.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert set(rows) == set(SECTIONS)
    columns = {table.horizontalHeaderItem(c).text(): c for c in range(table.columnCount())}
    shown = {name: table.item(rows["Ministry of Interior"], c).text() for name, c in columns.items()}
    assert [shown[c] for c in ("Answered", "Answered by others", "Needing attention", "Signed off")] == [
        "2",
        "0",
        "0",
        "1",
    ]


def import_confirming_the_key(qtbot, focal: MainWindow, contribution: Path, monkeypatch) -> list[str]:
    """File › Open assignment / contribution… on `contribution`, answering Yes to the new key's fingerprint; the
    texts of the two boxes shown (the fingerprint's, then the summary of the merge)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(contribution), ""))
    boxes: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        boxes.append(plain(box.text()))
        if len(boxes) == 1:
            in_next_dialog(qtbot, answer)
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), CLICK)
        else:
            box.accept()

    in_next_dialog(qtbot, answer)
    focal.exchange_action.trigger()
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=10000)
    return boxes
