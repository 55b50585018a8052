"""Attaching a file that never ends (/dev/zero, a FIFO) or is too large: refused with the item's limit, unread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from omnibus.ui.edits import AttachmentAdd
from omnibus.ui.items import create_item_widget
from omnibus.ui.items.attachment import AttachmentWidget
from tests.support.endless import SOURCES, hostile_file

MB = 1024 * 1024


@pytest.mark.parametrize("source", SOURCES)
def test_endless_or_oversized_file_is_refused(qtbot, every_type, tmp_path, monkeypatch, source):
    widget = create_item_widget(every_type.items["files"], every_type, "en")
    assert isinstance(widget, AttachmentWidget)
    qtbot.addWidget(widget)
    widget.show()
    added: list[AttachmentAdd] = []
    widget.attachmentAdded.connect(added.append)
    with hostile_file(source, tmp_path / "law.pdf", 10 * MB) as file:
        monkeypatch.setattr("omnibus.ui.items.attachment.QFileDialog.getOpenFileName", lambda *a, **k: (str(file), ""))
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert added == []
    assert widget.message.isVisible() and widget.message.text() == "The file is larger than 10 MB."


def test_unreadable_file_is_refused(qtbot, every_type, tmp_path, monkeypatch):
    widget = create_item_widget(every_type.items["files"], every_type, "en")
    assert isinstance(widget, AttachmentWidget)
    qtbot.addWidget(widget)
    widget.show()
    (tmp_path / "folder.pdf").mkdir()
    monkeypatch.setattr(
        "omnibus.ui.items.attachment.QFileDialog.getOpenFileName", lambda *a, **k: (str(tmp_path / "folder.pdf"), "")
    )
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert widget.message.text() == "The file cannot be read: it is a folder, not a file"
