"""A section's introduction reads as its author wrote it: apostrophes and other marks shown, not their escapes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import create_assessment


def shown_text(label: QLabel) -> str:
    """What the label puts on screen, read the way QLabel reads its text (rich text, or plain)."""
    text, kind = label.text(), label.textFormat()
    rich = kind == Qt.TextFormat.RichText or (kind == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    document = QTextDocument()
    if rich:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document.toPlainText()


def test_section_introduction_shows_apostrophes_as_written(qtbot, build_app) -> None:
    window = build_app(language="fr")
    view = create_assessment(qtbot, window)
    intro = view.section_page("choices").intro
    assert intro.isVisible()
    assert shown_text(intro) == "Réponses à options fixes, dans les mots de l'État."
