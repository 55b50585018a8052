"""Interface translations: complete in the five other UN languages, compiled, and the pseudo-locale works."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from omnibus.resources import resource
from omnibus.ui.i18n import PSEUDO, Translations


@pytest.mark.parametrize("lang", ["ar", "es", "fr", "ru", "zh"])
def test_every_interface_string_is_translated(lang):
    tree = ET.parse(resource("translations") / f"omnibus_{lang}.ts")
    unfinished = [
        m.findtext("source") for m in tree.iter("message") if m.find("translation[@type='unfinished']") is not None
    ]
    assert unfinished == []
    assert sum(1 for _ in tree.iter("message")) > 150


def test_compiled_translation_is_found_and_used(qapp):
    translations = Translations(qapp)
    try:
        assert translations.install("fr")
        assert QCoreApplication.translate("Answers", "In place") == "En place"
    finally:
        translations.install("en")


def test_pseudo_locale_stretches_and_mirrors(qapp):
    translations = Translations(qapp)
    try:
        translations.install(PSEUDO)
        assert QCoreApplication.translate("Answers", "Yes").startswith("⟦Yes")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        translations.install("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(("lang", "close", "cancel"), [("fr", "Fermer", "Annuler"), ("ar", "أغلق", "ألغِ")])
def test_qt_own_buttons_speak_the_interface_language(qtbot, build_app, lang, close, cancel):
    """Qt's standard buttons and file dialogs come with Qt's own translations (qtbase_xx.qm), loaded with ours."""
    from PySide6.QtWidgets import QDialogButtonBox

    window = build_app(language=lang)
    window.guide_action.trigger()
    buttons = window.guide.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == close
    window.guide.close()
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh", "ar"])
def test_qt_file_dialog_labels_speak_the_interface_language(qtbot, build_app, lang: str) -> None:
    """Qt's own file dialog: "Look in" and "Files of type" are missing from Qt's translations with their accelerators
    (`ui/qt_texts.py`); with ours, none of its labels is left in English."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    build_app(language=lang)
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert len(labels) >= 3
    english = {"&Look in:", "File &name:", "Files of &type:"}
    assert not english & set(labels), labels
