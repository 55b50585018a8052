"""File › Assign to institutions… checks the folder before it records anything: an assignment recorded without its
file would be counted in the overview and reminded of, though the institution never received it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from omnibus.ui.collaboration.assign_dialog import AssignDialog
from tests.ui.conftest import create_assessment
from tests.ui.test_collaboration_window import CLICK, PASSPHRASE
from tests.ui.test_start_page import in_next_dialog


def _fill_and_write(qtbot, dialog: AssignDialog, folder: Path) -> None:
    dialog.institution.clear()
    qtbot.keyClicks(dialog.institution, "Ministry of Interior")
    section = next(node for node in dialog.sections() if node.data(0, Qt.ItemDataRole.UserRole)[1] == "values")
    if section.checkState(0) != Qt.CheckState.Checked:
        dialog.parts.setCurrentItem(section)
        qtbot.keyClick(dialog.parts, Qt.Key.Key_Space)
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(folder))
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.write_button, CLICK)


def test_a_folder_that_cannot_be_made_records_no_assignment(qtbot, build_app, tmp_path) -> None:
    window = build_app("fr")
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    (tmp_path / "a file").write_text("not a folder")
    missing = tmp_path / "a file" / "to-send"  # a folder cannot be made inside a file
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        _fill_and_write(qtbot, dialog, missing)
        seen.append(dialog.problem.text())
        assert dialog.written == []
        _fill_and_write(qtbot, dialog, tmp_path)  # the same, to a folder that exists
        assert len(dialog.written) == 1
        dialog.close()

    in_next_dialog(qtbot, fill)
    window.assign_action.trigger()
    assert seen[0].startswith("Le dossier") and "Rien n'a été enregistré." in seen[0] and "Errno" not in seen[0]
    [assignment] = service.assignments(aid)  # only the one whose file was written
    assert assignment.institution == "Ministry of Interior"
    assert len(list(tmp_path.glob("*.omnibus-assignment"))) == 1
