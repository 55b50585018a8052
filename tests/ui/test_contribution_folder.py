"""On the ministry's laptop, Write contribution for the focal point… into a folder that cannot be made or written to
counts no round (a round without its file would look sent) and says why in words, not an operating system error."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from omnibus.ui.assessment.navigator import REVIEW
from omnibus.ui.collaboration.part_panel import PartPanel
from omnibus.ui.main_window import MainWindow
from tests.ui.test_assigned_part import assign, focal_point, open_on
from tests.ui.test_collaboration_window import CLICK
from tests.ui.test_role_play import INTERIOR_PASSPHRASE
from tests.ui.test_start_page import in_next_dialog, plain


@pytest.fixture
def ministry_laptop(other_laptop: Callable[[str], MainWindow]) -> MainWindow:
    return other_laptop("ministry-home")


def test_no_round_is_counted_when_the_folder_cannot_be_written(
    qtbot, build_app, ministry_laptop, tmp_path, monkeypatch
) -> None:
    focal = focal_point(qtbot, build_app)
    open_on(
        qtbot, ministry_laptop, assign(qtbot, focal, tmp_path, "Ministry of Interior", "", "wd_tr_figures"), monkeypatch
    )
    view = ministry_laptop.view
    assert view is not None
    ministry, local = ministry_laptop.ctx.session.service, view.controller.id
    view.show_page(view.page_keys.index(REVIEW))
    panel = view.overview
    assert isinstance(panel, PartPanel)
    (tmp_path / "a file").write_text("not a folder")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (INTERIOR_PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "a file" / "out"))
    said: list[str] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(plain(box.text()))
        box.accept()

    in_next_dialog(qtbot, note)
    qtbot.mouseClick(panel.contribute, CLICK)
    assert ministry.assignment_copy(local).last_round == 0
    assert said and "cannot be made or written to" in said[0] and "Errno" not in said[0]
    assert "No contribution written yet." in panel.about.text()
