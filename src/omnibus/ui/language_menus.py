"""View › Language and View › Questionnaire language: one checkable entry per language, in its own name.

It exists so the main window does not also build and tick these two menus; the window gives it what to do when a
language is chosen, and titles the menus itself (their texts stay in the window's translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from omnibus.model.text import LANGUAGES
from omnibus.ui.i18n import NATIVE_NAMES

if TYPE_CHECKING:
    from omnibus.model.questionnaire import Questionnaire


def _language_actions(menu: QMenu, choose: Callable[[str], object]) -> dict[str, QAction]:
    group = QActionGroup(menu)
    actions: dict[str, QAction] = {}
    for lang in LANGUAGES:
        action = menu.addAction(NATIVE_NAMES[lang])
        action.triggered.connect(lambda _checked=False, lang=lang: choose(lang))
        action.setCheckable(True)
        group.addAction(action)
        actions[lang] = action
    return actions


class LanguageMenus:
    """The interface's language menu (`language`, the current one ticked) and the open questionnaire's
    (`content_language`, enabled only while an assessment is open), added to `parent`."""

    def __init__(
        self,
        parent: QMenu,
        current: str,
        set_language: Callable[[str], object],
        set_content_language: Callable[[str], object],
    ) -> None:
        self.language = parent.addMenu("")
        self.language_actions = _language_actions(self.language, set_language)
        for lang, action in self.language_actions.items():
            action.setChecked(lang == current)
        self.content_language = parent.addMenu("")
        self.content_language.setObjectName("contentLanguageMenu")
        self.content_language_actions = _language_actions(self.content_language, set_content_language)
        self.content_language.setEnabled(False)  # until an assessment is open

    def offer_content_languages(self, questionnaire: Questionnaire | None, shown: str) -> None:
        """View > Questionnaire language: the open questionnaire's languages, the one shown ticked."""
        self.content_language.setEnabled(questionnaire is not None)
        for lang, action in self.content_language_actions.items():
            action.setVisible(questionnaire is not None and lang in questionnaire.languages)
            action.setChecked(lang == shown)
