"""Help › About in Arabic reads right to left: the program's name and version, kept whole, open the sentence at the
right, and its full stop closes it at the left (the Latin name used to turn the whole sentence left to right)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from omnibus import __version__


def drawn_x(label: QLabel, position: int) -> float:
    """Where the label's own layout (direction taken from the text, as QLabel does) draws a character."""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine().setLineWidth(100000)
    layout.endLayout()
    (run,) = layout.glyphRuns(position, 1)
    return run.positions()[0].x()


def test_the_about_box_reads_right_to_left_in_arabic(qtbot, build_app):
    window = build_app("ar")
    seen: list[tuple[str, float, float]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            label = next(w for w in box.findChildren(QLabel) if w.text() == box.text())
            text = label.text()
            seen.append((text, drawn_x(label, text.index("omnibus")), drawn_x(label, text.index("تسلّمها"))))
            box.accept()

    QTimer.singleShot(0, read_and_close)
    window.about_action.trigger()
    [(text, name_x, last_word_x)] = seen
    assert f"omnibus {__version__}" in text
    assert name_x > last_word_x  # right to left: the name opens the sentence at the right
