"""Refusals of working together and of the Secretariat's receipts, said in the official's language: each kind
has its French and Arabic sentence in the window (not the core's English), and a new kind without one fails here."""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import get_args

import pytest

from omnibus.export.receipt import ReceiptProblem
from omnibus.model.collaboration import CollaborationRefused, UnknownInstitutionKey
from omnibus.model.messages import Msg
from omnibus.model.service_receipts import RefusalKind
from omnibus.ui.collaboration.refusal_text import WORDED, collaboration_refusal
from omnibus.ui.receipt_text import refusal_sentence

MODEL = Path(__file__).resolve().parents[2] / "src" / "omnibus" / "model"
FINGERPRINT = "5e1f09a2" * 8
ARABIC = re.compile("[\u0600-\u06ff]")


def refused(msg: Msg) -> CollaborationRefused:
    """The refusal with a value for each of its fields, as the core raises it."""
    fields = {name: f"«{name}»" for _text, name, _spec, _conv in string.Formatter().parse(msg.value) if name}
    if "fingerprint" in fields:
        fields["fingerprint"] = FINGERPRINT
        institution = fields.pop("institution")
        return UnknownInstitutionKey(msg, institution, **{**fields, "trusted": "ab" * 32})
    numbered: dict[str, object] = {name: 7 if name in ("round", "newest") else value for name, value in fields.items()}
    return CollaborationRefused(msg, **numbered)


def raised_in_the_model() -> set[Msg]:
    """Every Msg the core raises as a collaboration refusal (read from its source, so a new one is seen)."""
    raised = re.compile(r"(?:CollaborationRefused|UnknownInstitutionKey)\(\s*Msg\.([A-Z_]+)")
    return {Msg[name] for path in MODEL.rglob("*.py") for name in raised.findall(path.read_text(encoding="utf-8"))}


def test_every_collaboration_refusal_has_the_windows_wording() -> None:
    working_together = list(Msg)[list(Msg).index(Msg.ASSIGN_NOTHING) :]
    assert raised_in_the_model() <= WORDED
    assert set(working_together) <= WORDED


WORDED_BY_NAME = sorted(WORDED, key=lambda msg: msg.name)


@pytest.mark.parametrize("msg", WORDED_BY_NAME, ids=[msg.name for msg in WORDED_BY_NAME])
def test_collaboration_refusals_in_french_and_arabic(translations, msg: Msg) -> None:
    exc = refused(msg)
    english = collaboration_refusal(exc)
    assert english != str(exc)  # the window's sentence, from the Msg
    translations.install("fr")
    french = collaboration_refusal(exc)
    translations.install("ar")
    arabic = collaboration_refusal(exc)
    assert french != english and arabic != english and ARABIC.search(arabic)
    for value in exc.fields.values():  # every name and number the English shows is still there
        shown = str(value) if str(value) != FINGERPRINT else "5E1F 09A2"
        if shown in english:
            assert shown in french and shown in arabic, (shown, french, arabic)


def test_any_other_error_keeps_its_words(translations) -> None:
    translations.install("fr")
    assert "disk full" in collaboration_refusal(OSError("disk full"))


RECEIPT_KINDS = (*get_args(ReceiptProblem), *get_args(RefusalKind))


def test_every_receipt_refusal_has_its_own_sentence() -> None:
    fallback = refusal_sentence("unreadable")
    worded = {kind: refusal_sentence(kind) for kind in RECEIPT_KINDS if kind != "unreadable"}
    assert fallback not in worded.values() and len(set(worded.values())) == len(worded)


@pytest.mark.parametrize("kind", RECEIPT_KINDS)
def test_receipt_refusals_in_french_and_arabic(translations, kind: str) -> None:
    english = refusal_sentence(kind)
    translations.install("fr")
    french = refusal_sentence(kind)
    translations.install("ar")
    arabic = refusal_sentence(kind)
    assert french != english and arabic != english and ARABIC.search(arabic)


@pytest.mark.parametrize(("language", "expected"), [("fr", "mais l'envoi 2 a déjà été importé"), ("ar", "الجولة 2")])
def test_the_window_says_why_a_contribution_is_refused_in_its_language(
    qtbot, build_app, omnibus_home, tmp_path, language: str, expected: str
) -> None:
    """An older round double-clicked after a newer one: refused in French (Arabic), nothing stored."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from omnibus.export import Signer
    from omnibus.export.collaboration_files import read_contribution
    from omnibus.model.catalogue import Catalogue
    from omnibus.model.service import AssessmentService
    from omnibus.model.store import Store
    from tests.ui.conftest import FIXTURES
    from tests.ui.test_collaboration_window import contribute
    from tests.ui.test_open_document import assignment_for_interior

    store = Store.open(omnibus_home / "assessments.db")
    focal = AssessmentService(store, Catalogue((FIXTURES,)), "focal.point")
    focal_id, assignment_file = assignment_for_interior(focal, tmp_path)
    institution_store = Store.open(tmp_path / "interior.db")
    institution = AssessmentService(institution_store, Catalogue((FIXTURES,)), "interior.officer")
    signer = Signer.generate()
    first = contribute(institution, assignment_file, tmp_path, signer, description="First words.")
    [local] = institution.list_assessments()
    institution.set_answer(local.id, "description", "Second words.")
    second = read_contribution(contribute(institution, assignment_file, tmp_path, signer).read_bytes())
    institution_store.close()
    focal.merge_contribution(focal_id, second, trust=second.fingerprint)
    store.close()

    said: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    window = build_app(language, document=first)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20000)
    assert expected in said[0] and "already imported" not in said[0]
    assert window.ctx.session.service.answer(focal_id, "description").value == "Second words."


def test_a_changed_key_is_shown_as_changed_and_no_merges_nothing(qtbot, build_app, omnibus_home, tmp_path) -> None:
    """The institution's next round signed by another key: the French window says which key was trusted and
    which one signed, and answering No stores nothing."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from omnibus.export import Signer
    from omnibus.export.collaboration_files import read_contribution
    from omnibus.export.keys import format_fingerprint
    from omnibus.model.catalogue import Catalogue
    from omnibus.model.service import AssessmentService
    from omnibus.model.store import Store
    from tests.ui.conftest import FIXTURES
    from tests.ui.test_collaboration_window import contribute
    from tests.ui.test_open_document import assignment_for_interior

    store = Store.open(omnibus_home / "assessments.db")
    focal = AssessmentService(store, Catalogue((FIXTURES,)), "focal.point")
    focal_id, assignment_file = assignment_for_interior(focal, tmp_path)
    institution_store = Store.open(tmp_path / "interior.db")
    institution = AssessmentService(institution_store, Catalogue((FIXTURES,)), "interior.officer")
    trusted, other = Signer.generate(), Signer.generate()
    first = read_contribution(
        contribute(institution, assignment_file, tmp_path, trusted, description="First.").read_bytes()
    )
    focal.merge_contribution(focal_id, first, trust=first.fingerprint)
    [local] = institution.list_assessments()
    institution.set_answer(local.id, "description", "Signed by another key.")
    second = contribute(institution, assignment_file, tmp_path, other)
    institution_store.close()
    store.close()

    said: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            said.append(box.text())
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    window = build_app("fr", document=second)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20000)
    new_key = read_contribution(second.read_bytes()).fingerprint
    assert "mais la clé de confiance de" in said[0] and "nouvelle clé" in said[0]
    assert format_fingerprint(new_key) in said[0] and format_fingerprint(first.fingerprint) in said[0]
    assert window.ctx.session.service.answer(focal_id, "description").value == "First."
