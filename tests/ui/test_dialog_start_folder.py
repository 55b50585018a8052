"""The File menu's open dialogs start in a folder that exists (the one last used, Documents, else home): given a
Documents folder the profile does not have, Qt's dialog opened elsewhere with the English word "Documents" typed
as the file name, in a Spanish or Russian interface alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import create_assessment


def test_open_dialogs_start_in_a_folder_that_exists(qtbot, build_app, tmp_path, monkeypatch):
    home = tmp_path / "user"  # a profile without a Documents folder
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    window = build_app("es")
    create_assessment(qtbot, window)
    started_in: list[str] = []

    def cancelled(_parent, _title, directory, _kinds="", *args, **kwargs):
        started_in.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancelled)
    for action in (window.receipt_action, window.open_package_action, window.exchange_action):
        action.trigger()
    assert len(started_in) == 3
    assert [d for d in started_in if not Path(d).is_dir()] == []
    assert window.ctx.session.service.receipts(window.view.controller.id) == []  # cancelling imports nothing
