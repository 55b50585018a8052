"""A path in a sentence breaks only after a folder separator and reads left to right in an Arabic sentence."""

from __future__ import annotations

from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from omnibus.ui.bidi import LRI, PDI
from omnibus.ui.path_text import NBSP, WORD_JOINER, ZWSP, readable_path

WINDOWS = r"C:\Users\amina.diallo\Documents\Rapports ministériels 2026\Questionnaire\KEN-2026.omnibus"
POSIX = "/home/amina/Documents/Rapports ministériels-2026/Questionnaire de la Convention/KEN-2026.omnibus"


def test_a_break_is_allowed_after_each_separator_and_the_path_is_isolated_left_to_right() -> None:
    assert readable_path("/home/amina/KEN.omnibus") == LRI + f"/{ZWSP}home/{ZWSP}amina/{ZWSP}KEN.omnibus" + PDI
    assert readable_path(r"C:\Rapports 2026\KEN-2026.omnibus") == (
        LRI + f"C:\\{ZWSP}Rapports{NBSP}2026\\{ZWSP}KEN-{WORD_JOINER}2026.omnibus" + PDI
    )


def _plain(text: str) -> str:
    return text.replace(ZWSP, "").replace(WORD_JOINER, "").replace(NBSP, " ")


def _lines(text: str, width: int) -> list[str]:
    """The lines a wrapped label makes of `text` at `width` pixels (Qt's layout of a word-wrapped label)."""
    app = QApplication.instance() or QApplication([])
    assert app is not None
    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_a_narrow_label_breaks_the_path_between_folders_not_inside_a_name(qtbot) -> None:
    text = "Saved: " + readable_path(POSIX)
    lines = _lines(text, 260)
    assert len(lines) > 1
    names = POSIX.split("/")
    for line in lines[:-1]:  # every line but the last ends just after a separator
        assert line.rstrip(ZWSP).endswith("/"), lines
    assert _plain("".join(lines))[len("Saved: ") + 1 : -1].split("/") == names
    before = _lines("Saved: " + LRI + POSIX + PDI, 260)
    assert any(not line.rstrip().endswith("/") for line in before[:-1])  # without the breaks: cut inside a name
