"""On the ministry's laptop, "Your part of the assessment" writes the deadline and the sign-off dates as the
interface language writes a date ("4 January 2027"), as the focal point's overview does, not in ISO form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from omnibus.model.dates import format_date
from omnibus.ui.assessment.navigator import REVIEW
from omnibus.ui.collaboration.assign_dialog import AssignDialog
from omnibus.ui.collaboration.part_panel import PartPanel
from omnibus.ui.collaboration.sign_off_dialog import SignOffDialog
from omnibus.ui.main_window import MainWindow
from tests.ui.test_assigned_part import focal_point, open_on
from tests.ui.test_collaboration_window import button
from tests.ui.test_role_play import FOCAL_PASSPHRASE
from tests.ui.test_start_page import in_next_dialog, plain

CLICK = Qt.MouseButton.LeftButton
DEADLINE = date(2027, 1, 4)


@pytest.fixture
def ministry_laptop(other_laptop: Callable[[str], MainWindow]) -> MainWindow:
    return other_laptop("ministry-home")


def _assign_with_deadline(qtbot, window: MainWindow, folder: Path) -> Path:
    written: list[Path] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        qtbot.keyClicks(dialog.institution, "Ministry of Interior")
        section = next(s for s in dialog.sections() if s.data(0, Qt.ItemDataRole.UserRole)[1] == "wd_tr_figures")
        dialog.parts.setCurrentItem(section)
        qtbot.keyClick(dialog.parts, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.has_deadline, CLICK)
        dialog.deadline.setDate(QDate(DEADLINE.year, DEADLINE.month, DEADLINE.day))
        dialog.folder.setText(str(folder))
        qtbot.keyClicks(dialog.passphrase, FOCAL_PASSPHRASE)
        qtbot.mouseClick(dialog.write_button, CLICK)
        written.extend(dialog.written)
        dialog.close()

    in_next_dialog(qtbot, fill)
    window.assign_action.trigger()
    [path] = written
    return path


def test_the_deadline_and_the_sign_off_are_dated_in_words(
    qtbot, build_app, ministry_laptop, tmp_path, monkeypatch
) -> None:
    focal = focal_point(qtbot, build_app)
    open_on(qtbot, ministry_laptop, _assign_with_deadline(qtbot, focal, tmp_path), monkeypatch)
    view = ministry_laptop.view
    assert view is not None
    ministry, local = ministry_laptop.ctx.session.service, view.controller.id
    assert ministry.assignment_copy(local).deadline == DEADLINE
    view.show_page(view.page_keys.index(REVIEW))
    panel = view.overview
    assert isinstance(panel, PartPanel)
    assert "Answer by 4 January 2027." in plain(panel.about.text())

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignOffDialog)
        qtbot.keyClicks(dialog.name, "M. Head")
        qtbot.keyClicks(dialog.function, "Head of unit")
        qtbot.mouseClick(button(dialog, "OK"), CLICK)

    in_next_dialog(qtbot, sign)
    qtbot.mouseClick(panel.sign_off, CLICK)
    [signed] = ministry.sign_offs(local)
    assert signed.name == "M. Head"
    shown = plain(panel.signed_label.text())
    assert f"M. Head, Head of unit, {format_date(signed.signed_on, 'en')}" in shown
    assert signed.signed_on.isoformat() not in shown
