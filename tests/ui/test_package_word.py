"""In French the response package has one name, "paquet": the hand-in page called it "dossier de réponse" on its
button and "paquet" in the sentence beside it, and "dossier" is also what the interface calls a folder."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QAbstractButton, QLabel

from omnibus.resources import resource
from tests.ui.conftest import create_assessment


def test_every_french_sentence_about_a_package_calls_it_a_paquet():
    tree = ET.parse(resource("translations") / "omnibus_fr.ts")
    other = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        words = " ".join(t.text or "" for t in message.iter() if t.tag in ("translation", "numerusform"))
        if re.search(r"\bpackages?\b", source, re.IGNORECASE) and "paquet" not in words.lower():
            other.append(words)
    assert other == []


def test_the_french_hand_in_page_names_the_package_one_way(qtbot, build_app):
    window = build_app("fr")
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("export"))
    page = view.pages["export"]
    shown = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) if w.isVisibleTo(page)]
    assert any("paquet de réponse" in text for text in shown)
    assert [text for text in shown if "dossier" in text] == []
