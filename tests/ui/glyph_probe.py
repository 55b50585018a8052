"""Run by test_fonts.py in a process whose Fontconfig knows no font at all: prints, as JSON, the fonts Qt knows and
every string of the interface (each language's translations, the language names, Qt's own buttons, the guide) that
does not render with real glyphs in the font the application uses for it."""

from __future__ import annotations

import json
import os
import unicodedata
import xml.etree.ElementTree as ET

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from omnibus.model.text import LANGUAGES
from omnibus.resources import resource
from omnibus.ui.app import prepare_qt
from omnibus.ui.help import GuideDialog
from omnibus.ui.i18n import NATIVE_NAMES, Translations


def visible(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Mn"))


def blanks(text: str, font: QFont) -> list[str]:
    """The characters of `text` without a glyph: absent from the font and its fallbacks, or drawn as glyph 0."""
    metrics = QFontMetrics(font)
    absent = [c for c in visible(text) if not metrics.inFontUcs4(ord(c))]
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine().setLineWidth(100000)
    layout.endLayout()
    drawn = [i for run in layout.glyphRuns() for i in run.glyphIndexes()]
    if 0 in drawn or (visible(text) and not drawn):
        absent.append("glyph 0")
    return absent


def interface_strings(lang: str) -> list[str]:
    tree = ET.parse(resource("translations") / f"omnibus_{lang}.ts")
    found = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None, ET.tostring(message, encoding="unicode")
        found.append("".join(translation.itertext()))
    return found


def main() -> None:
    app = QApplication([])
    prepare_qt(app)
    translations = Translations(app)
    problems: list[dict[str, object]] = []
    menu_font = QMenu().font()
    bold = QFont(app.font())
    bold.setBold(True)
    for lang in LANGUAGES:
        translations.install(lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        texts = [*(interface_strings(lang) if lang != "en" else []), *(b.text() for b in buttons.buttons())]
        for text in texts:
            for font in (app.font(), bold):
                if missing := blanks(text, font):
                    problems.append({"lang": lang, "text": text, "missing": missing})
        for name in NATIVE_NAMES.values():
            if missing := blanks(name, menu_font):
                problems.append({"lang": lang, "text": name, "missing": missing, "where": "language menu"})
        guide = GuideDialog(lang)
        document = guide.browser.document()
        document.setTextWidth(700)
        document.size()  # lays the whole guide out
        block, italic = document.begin(), 0
        while block.isValid():
            drawn = [i for run in block.layout().glyphRuns() for i in run.glyphIndexes()]
            if 0 in drawn:
                problems.append({"lang": lang, "text": block.text(), "missing": ["glyph 0"], "where": "guide"})
            fragments = block.begin()
            while not fragments.atEnd():
                italic += fragments.fragment().charFormat().fontItalic()
                fragments += 1
            block = block.next()
        if lang == "ar" and italic == 0:
            problems.append({"lang": lang, "text": "(the Arabic guide has no italic text left to check)"})
        guide.deleteLater()
    print(json.dumps({"families": QFontDatabase.families(), "fontconfig": os.environ.get("FONTCONFIG_FILE"),
                      "problems": problems}))  # fmt: skip


if __name__ == "__main__":
    main()
