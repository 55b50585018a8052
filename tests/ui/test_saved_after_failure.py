"""After a failed save (a full disk) the retry stores the answer: the status line no longer says it could not save."""

from __future__ import annotations

import errno

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from omnibus.ui.ports import StorageError
from tests.ui.conftest import create_assessment


def test_a_retried_save_clears_the_could_not_save_message(qtbot, build_app, monkeypatch):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    real_write = service.store.write

    def full_disk():
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise StorageError("the disk is full") from None  # as the store raises it

    monkeypatch.setattr(service.store, "write", full_disk)
    widget = view.section_page("choices").widgets["criminalised"]
    radio = widget.findChild(QRadioButton, "choice_not_in_place")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert "is full; free some space" in window.status_message.text()
    monkeypatch.setattr(service.store, "write", real_write)  # space was freed
    qtbot.mouseClick(view.banner.retry, Qt.MouseButton.LeftButton)
    assert service.answers(aid)["criminalised"].value == "not_in_place"
    assert window.saved_label.text().startswith("Saved")
    assert window.status_message.text() == ""  # "Could not save: …" beside "Saved …" contradicted it
