"""The questionnaire's language apart from the interface's: chosen per assessment, remembered, said in a banner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from omnibus.ui.assessment.language_banner import LanguageBanner
from tests.ui.conftest import create_assessment


def banner(window) -> LanguageBanner:
    found = window.view.findChild(LanguageBanner)
    assert found is not None
    return found


def shown(widget) -> bool:
    return widget.isVisibleTo(widget.window())


def module_title(window) -> str:
    return window.view.navigator.tree.topLevelItem(0).text(0)


def reopen(qtbot, window) -> None:
    window.show_start()
    qtbot.mouseClick(window.start_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.view, timeout=10000)


def test_by_default_the_questionnaire_follows_the_interface_language_and_says_it_is_a_working_translation(
    qtbot, build_app
):
    window = build_app("ar")
    create_assessment(qtbot, window)
    assert module_title(window) == "التدابير العامة"
    note = banner(window)
    assert shown(note) and not shown(note.missing)
    assert (
        note.working.text()
        == "نص هذا الاستبيان باللغة العربية ترجمة غير رسمية؛ والنص باللغة الإنكليزية هو النص المعتمد."
    )
    assert window.view.controller.id and window.ctx.settings.content_language(window.view.controller.id) is None


def test_an_arabic_interface_with_the_english_questionnaire_from_the_view_menu(qtbot, build_app):
    window = build_app("ar")
    view = create_assessment(qtbot, window)
    assert window.content_language_menu.isEnabled()
    assert [a.text() for a in window.content_language_menu.actions() if a.isVisible()] == [
        "العربية",
        "English",
        "Français",
    ]
    window.content_language_actions["en"].trigger()
    assert window.ctx.settings.content_language(view.controller.id) == "en"
    assert module_title(window) == "General measures"
    assert window.view.next_button.accessibleName() == "التالي"  # the interface stays Arabic
    assert not shown(banner(window))  # English is the authoritative text: nothing to say
    assert window.content_language_actions["en"].isChecked()
    window.view.show_page(window.view.page_keys.index("export"))
    assert window.view.pages["export"].lang == "en"  # the report is printed in the questionnaire's language
    reopen(qtbot, window)
    assert module_title(window) == "General measures"


def test_an_interface_language_without_a_translation_is_said_once_with_the_languages_that_exist(qtbot, build_app):
    window = build_app("ru")
    view = create_assessment(qtbot, window)
    note = banner(window)
    assert shown(note.missing) and shown(note.working) is False  # shown in English, the source language
    assert (
        note.missing_text.text()
        == "Этого вопросника нет на русском языке; он показан на английском языке. Он существует на языках:"
    )
    assert [b.text() for b in note.missing.findChildren(QPushButton) if b.objectName().startswith("content")] == [
        "English",
        "Français",
        "العربية",
    ]
    qtbot.mouseClick(note.choices["fr"], Qt.MouseButton.LeftButton)
    assert window.ctx.settings.content_language(view.controller.id) == "fr"
    assert module_title(window) == "Mesures générales"
    note = banner(window)
    assert not shown(note.missing)  # the respondent chose: not said again
    assert shown(note.working) and "французском" in note.working.text()


def test_closing_the_note_is_remembered_for_that_questionnaire_and_interface_language(qtbot, build_app):
    window = build_app("ru")
    create_assessment(qtbot, window)
    qtbot.mouseClick(banner(window).close_button, Qt.MouseButton.LeftButton)
    assert not shown(banner(window))
    assert window.ctx.settings.language_note_closed("ui-every-type", "ru")
    reopen(qtbot, window)
    assert not shown(banner(window)) and module_title(window) == "General measures"


def test_the_menu_is_off_on_the_start_screen(qtbot, build_app):
    window = build_app("en")
    assert not window.content_language_menu.isEnabled()
    create_assessment(qtbot, window)
    assert window.content_language_menu.isEnabled()
    window.show_start()
    assert not window.content_language_menu.isEnabled()


def test_the_working_translation_note_speaks_every_interface_language(qtbot, build_app):
    window = build_app("fr")
    create_assessment(qtbot, window)
    assert banner(window).working.text() == (
        "Le texte de ce questionnaire en français est une traduction non officielle ; le texte en anglais fait foi."
    )
    assert isinstance(banner(window).working, QLabel)
