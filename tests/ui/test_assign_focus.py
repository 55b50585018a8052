"""Assign to institutions… puts the keyboard where the next thing is typed: on the passphrase, selected, after a
wrong one (retyped without reaching for the mouse), and on the institution once a file is written, for the next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from omnibus.ui.collaboration.assign_dialog import AssignDialog
from tests.ui.conftest import create_assessment
from tests.ui.test_collaboration_window import CLICK, PASSPHRASE
from tests.ui.test_start_page import in_next_dialog


def test_the_keyboard_goes_back_to_the_passphrase_then_to_the_next_institution(qtbot, build_app, tmp_path) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        for institution, passphrase in (("Ministry of Interior", PASSPHRASE), ("Ministry of Health", "not the one")):
            qtbot.keyClicks(dialog.institution, institution)
            section = next(n for n in dialog.sections() if n.data(0, Qt.ItemDataRole.UserRole)[1] == "values")
            dialog.parts.setCurrentItem(section)
            qtbot.keyClick(dialog.parts, Qt.Key.Key_Space)
            dialog.folder.setText(str(tmp_path))
            dialog.passphrase.selectAll()
            qtbot.keyClicks(dialog.passphrase, passphrase)
            qtbot.mouseClick(dialog.write_button, CLICK)
            if passphrase == PASSPHRASE:  # written: the form is ready for the next institution
                qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.institution)
                seen.append(dialog.institution.text())
        qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.passphrase)  # refused: retype it
        seen.append(dialog.passphrase.selectedText())
        dialog.close()

    in_next_dialog(qtbot, fill)
    window.assign_action.trigger()
    assert seen == ["", "not the one"]
    [assignment] = service.assignments(aid)
    assert assignment.institution == "Ministry of Interior"
