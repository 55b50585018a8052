"""Which language the questionnaire is shown in, said under the assessment's header.

Two notes, each shown only when it applies: the questionnaire has no translation into the interface language (said
once, with a button for each language it has, until the respondent chooses one or closes the note), and the text
shown is a working translation, not the authoritative text (always, so nobody quotes it as official).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omnibus.model.questionnaire import Questionnaire
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.i18n import NATIVE_NAMES
from omnibus.ui.language_names import language_name


class LanguageBanner(FollowsLanguage, QFrame):
    languageChosen = Signal(str)
    dismissed = Signal()

    def __init__(self, questionnaire: Questionnaire, interface: str, content: str, offer: bool) -> None:
        """`offer`: say that the interface language has no translation (when it has none) and offer the others."""
        super().__init__()
        self.setObjectName("languageBanner")
        self.q, self.interface, self.content = questionnaire, interface, content
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 12, 6)
        self.missing = QWidget()
        row = QHBoxLayout(self.missing)
        row.setContentsMargins(0, 0, 0, 0)
        self.missing_text = QLabel(wordWrap=True)
        self.missing_text.setObjectName("missingTranslation")
        row.addWidget(self.missing_text, 1)
        self.choices: dict[str, QPushButton] = {}
        for lang in questionnaire.languages:
            button = QPushButton(NATIVE_NAMES.get(lang, lang))
            button.setObjectName(f"contentLanguage_{lang}")
            button.clicked.connect(lambda _checked=False, lang=lang: self.languageChosen.emit(lang))
            row.addWidget(button)
            self.choices[lang] = button
        self.close_button = QPushButton()
        self.close_button.setObjectName("dismissLanguageNote")
        self.close_button.clicked.connect(self._dismiss)
        row.addWidget(self.close_button)
        column.addWidget(self.missing)
        self.working = QLabel(wordWrap=True)
        self.working.setObjectName("workingTranslation")
        column.addWidget(self.working)
        self.missing.setVisible(offer and interface not in questionnaire.languages)
        self.working.setVisible(questionnaire.translation_status(content) == "working")
        if self.missing.isHidden() and self.working.isHidden():
            self.hide()  # never show() here: a widget without its parent yet would open as a window of its own
        self.retranslate()

    def retranslate(self) -> None:
        self.missing_text.setText(
            self.tr("This questionnaire has no %1 translation; it is shown in %2. It exists in:")
            .replace("%1", language_name(self.interface))
            .replace("%2", language_name(self.content))
        )
        self.close_button.setText(self.tr("Close"))
        self.working.setText(
            self.tr("The %1 text of this questionnaire is a working translation; the %2 text is authoritative.")
            .replace("%1", language_name(self.content))
            .replace("%2", language_name(self.q.source_language))
        )
        for label in (self.missing_text, self.working):
            label.setAccessibleName(label.text())

    def _dismiss(self) -> None:
        self.missing.hide()
        self.setVisible(not self.working.isHidden())
        self.dismissed.emit()
