"""An attached file listed in an Arabic interface reads as its name, then its size: the name's extension stays with
the name instead of being thrown past the size in brackets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import create_assessment
from tests.ui.test_about_direction import drawn_x
from tests.ui.test_bidi import x_of

NAME = "منهج التدريب 2025.pdf"


def test_an_arabic_file_name_keeps_its_extension_beside_it(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app("ar")
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    (tmp_path / NAME).write_bytes(b"%PDF-1.4 curriculum")
    monkeypatch.setattr(
        "omnibus.ui.items.attachment.QFileDialog.getOpenFileName", lambda *a, **k: (str(tmp_path / NAME), "")
    )
    view.show_item("files")
    widget = view.section_page("sources").widgets["files"]
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.files.count() == 1, timeout=3000)
    assert [f["name"] for f in service.answers(aid)["files"].value] == [NAME]

    text = widget.files.item(0).text()
    font = QApplication.font()
    assert text.endswith("(19 بايت)")  # the file's 19 bytes, in Arabic
    size = x_of(text, text.rindex("19"), font)  # right to left: the size is drawn left of the whole name
    assert all(x_of(text, text.index(NAME) + n, font) > size for n in (0, NAME.index("2025"), NAME.index("pdf")))


def test_an_attached_files_size_is_written_in_the_interface_language(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app("fr")
    view = create_assessment(qtbot, window)
    (tmp_path / "circulaire.pdf").write_bytes(b"%PDF-1.4 " + b"x" * 100_000)  # 97,7 Ko
    monkeypatch.setattr(
        "omnibus.ui.items.attachment.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(tmp_path / "circulaire.pdf"), ""),
    )
    view.show_item("files")
    widget = view.section_page("sources").widgets["files"]
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.files.count() == 1, timeout=3000)
    assert widget.files.item(0).text().endswith("(97,7 Ko)")


def test_a_file_attached_twice_is_named_in_a_sentence_that_reads_right_to_left(qtbot, build_app, tmp_path, monkeypatch):
    window = build_app("ar")
    view = create_assessment(qtbot, window)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 annual report")
    monkeypatch.setattr(
        "omnibus.ui.items.attachment.QFileDialog.getOpenFileName", lambda *a, **k: (str(tmp_path / "report.pdf"), "")
    )
    view.show_item("files")
    widget = view.section_page("sources").widgets["files"]
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.files.count() == 1, timeout=3000)
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)  # the same file again: refused
    qtbot.waitUntil(lambda: widget.message.isVisible(), timeout=3000)
    text = widget.message.text()
    assert "report.pdf" in text and "بالفعل" in text
    # The Latin name must not turn the Arabic sentence left to right: it opens the sentence, at the right.
    assert drawn_x(widget.message, text.index("report.pdf")) > drawn_x(widget.message, text.index("بالفعل"))
