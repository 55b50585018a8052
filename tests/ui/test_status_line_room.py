"""A long message on the status line (a storage error naming a deep folder, an author's long draft message) is
shortened to the room the line has, whole in its tooltip, and never widens the window past a 1366-pixel screen; the
core's part of it is in the interface language."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from omnibus.ui.bidi import PDI
from omnibus.ui.path_text import readable_path
from omnibus.ui.ports import StorageError
from tests.ui.conftest import create_assessment

DEEP = ("Ministère de la Justice — Direction des affaires criminelles et des grâces", "Questionnaire 2025", "omnibus")

CLAUSES = {
    "en": "is full; free some space and try again",
    "fr": "est plein ; libérez de la place et réessayez",
    "ar": "ممتلئ",
    "zh": "已满",
}


@pytest.fixture
def omnibus_home(tmp_path, monkeypatch):
    """A data folder deep in a ministry's shared drive: the database's path alone is wider than the window."""
    home = tmp_path.joinpath(*DEEP)
    home.mkdir(parents=True)
    monkeypatch.setenv("OMNIBUS_HOME", str(home))
    return home


def _disk_full() -> None:
    try:
        raise OSError(errno.ENOSPC, "No space left on device")
    except OSError:
        raise StorageError("the disk holding the database is full") from None  # as the store raises it


@pytest.mark.parametrize("language", ["en", "fr", "ar", "zh"])
def test_a_long_could_not_save_is_shortened_whole_in_its_tooltip_and_in_the_interface_language(
    qtbot, build_app, monkeypatch, language
):
    window = build_app(language)
    view = create_assessment(qtbot, window)
    service, aid, path = window.ctx.session.service, view.controller.id, window.ctx.session.path
    width = window.width()
    monkeypatch.setattr(service.store, "write", _disk_full)
    radio = view.section_page("choices").widgets["criminalised"].findChild(QRadioButton, "choice_not_in_place")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert "criminalised" not in service.answers(aid)
    line = window.status_message
    qtbot.waitUntil(lambda: readable_path(path) in line.text())
    assert CLAUSES[language] in line.text() and line.toolTip() == line.text() == line.accessibleName()
    if language != "en":
        assert "the disk" not in line.text() and "the disk" not in view.banner.text.text()  # no English left
        assert CLAUSES[language] in view.banner.text.text()
    shown = line.shown_text()
    assert shown != line.text() and shown.rstrip(PDI).endswith("…")  # shortened to its room, not cut mid-letter
    assert line.fontMetrics().horizontalAdvance(shown) <= line.contentsRect().width()
    assert window.width() == width and window.minimumSizeHint().width() <= 1366


def test_a_long_draft_message_does_not_widen_a_narrow_window(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    window.resize(760, 600)
    qtbot.waitUntil(lambda: window.width() < 1366)
    width = window.width()
    widget = view.section_page("sources").widgets["laws"]
    view.show_item("laws")
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    entry = widget.entries[0]
    qtbot.keyClicks(entry.fields["title"], "Penal Code of the Republic, as amended by the Act of 2019")
    qtbot.keyClicks(entry.fields["date"], "12/03/2010")
    entry.fields["date"].clearFocus()
    qtbot.waitUntil(lambda: "laws" in service.drafts(aid), timeout=3000)
    whole = "Citation 1: the date must be written year-month-day, e.g. 2010-03-12, not 12/03/2010 — kept as a draft"
    label = window.saved_label
    qtbot.waitUntil(lambda: label.toolTip() == whole)
    assert label.text() != whole and label.text().rstrip(PDI).endswith("…") and label.accessibleName() == whole
    assert label.width() <= 0.6 * width
    assert window.width() == width
