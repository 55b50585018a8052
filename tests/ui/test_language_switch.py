"""Switching the interface language from the menu changes every text on screen, including in widgets that were
built before the switch and are kept (menus, notices, a form already shown in another window)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from omnibus.ui.assessment.banner import StorageBanner, TrainingBand
from omnibus.ui.items.confirm import ConfirmRow
from tests.ui.conftest import create_assessment


def test_language_menu_retranslates_kept_and_rebuilt_widgets(qtbot, build_app) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("review"))
    kept: list[QWidget] = [StorageBanner(), TrainingBand(), ConfirmRow()]
    for widget in kept:
        qtbot.addWidget(widget)
    storage, training, confirm = kept
    assert isinstance(storage, StorageBanner) and isinstance(training, TrainingBand)
    assert isinstance(confirm, ConfirmRow)
    window.guide_action.trigger()
    assert window.guide is not None
    assert (storage.retry.text(), confirm.button.text()) == ("Try again", "Confirm")

    window.language_actions["fr"].trigger()

    qtbot.waitUntil(lambda: storage.retry.text() == "Réessayer")
    assert confirm.button.text() == "Confirmer"
    assert training.text() == "FORMATION — pas une soumission officielle"
    assert window.file_menu.title() == "&Fichier"
    assert window.guide.windowTitle() == "Guide du répondant"
    view = window.view
    assert view is not None
    assert view.pages["review"].heading.text() == "<h2>Vérifier et terminer</h2>"
    assert view.navigator.labels[0].text() == "Rechercher :"

    window.language_actions["en"].trigger()

    qtbot.waitUntil(lambda: storage.retry.text() == "Try again")
    assert (confirm.button.text(), training.text()) == ("Confirm", "TRAINING — not an official submission")
    assert window.file_menu.title() == "&File"
