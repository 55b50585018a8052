"""Interface translations: our .qm files, Qt's own `qtbase_xx`, layout direction, and a pseudo-locale.

Switching language installs new translators; Qt then sends `QEvent.LanguageChange` to every widget, and each
widget re-reads its strings in `retranslate()` (widgets inherit `FollowsLanguage` for that, see follows_language.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from omnibus.model.text import LANGUAGES, RIGHT_TO_LEFT
from omnibus.resources import resource
from omnibus.ui.bidi import isolated

NATIVE_NAMES: dict[str, str] = {
    "ar": "العربية",
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
    "zh": "中文",
}
PSEUDO = "pseudo"
"""A fake language: every string stretched and wrapped, laid out right to left, to catch clipping early."""

_QT_NAMES = {"zh": "zh_CN"}
_LOCALES = {"ar": "ar", "en": "en_GB", "es": "es_ES", "fr": "fr_FR", "ru": "ru_RU", "zh": "zh_CN"}


def translations_folder() -> Path | None:
    try:
        return resource("translations")
    except FileNotFoundError:
        return None


def interface_language() -> str:
    """The language the window speaks now ("en", "ar"…): `Translations.install` makes it Qt's default locale."""
    return QLocale().name().split("_")[0]


def when(moment: datetime) -> str:
    """A moment as the window shows it in a sentence: local date and time in the interface's language ("4 December
    2026, 21:45"), isolated so that an Arabic sentence keeps the date's own order."""
    from omnibus.model.dates import format_moment  # here: the first window is painted without the calendars

    return isolated(format_moment(moment.astimezone(), interface_language()))


class PseudoTranslator(QTranslator):
    """Makes every translatable string a third longer and bracketed, so truncation is visible at a glance."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source or source.startswith("&&"):
            return source
        return "⟦" + source + " ·" + "~" * max(2, len(source) // 3) + "⟧"

    def isEmpty(self) -> bool:
        return False


class Translations:
    """Holds the installed translators; one per application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self.right_to_left = False  # set before the translators, whose installing retranslates the windows
        self._installed: list[QTranslator] = []

    def install(self, lang: str) -> bool:
        """Switch the interface to `lang`; True when our own translation for it was found (English needs none)."""
        rtl = self.right_to_left = lang in RIGHT_TO_LEFT or lang == PSEUDO
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        found = lang == "en"
        if lang == PSEUDO:
            self._add(PseudoTranslator(self.app))
            found = True
        elif lang in LANGUAGES:
            folder = translations_folder()
            ours = QTranslator(self.app)
            if folder is not None and ours.load(f"omnibus_{lang}", str(folder)):
                self._add(ours)
                found = True
            qt = QTranslator(self.app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{_QT_NAMES.get(lang, lang)}", qt_folder):
                self._add(qt)
        self.language = lang if lang in LANGUAGES else "en"
        QLocale.setDefault(QLocale(_LOCALES.get(self.language, "en_GB")))
        # Compared as a bool first, and `Qt` reached through its module: the first touch of `Qt` builds all of its
        # Python enums (35-75 ms), which a left-to-right start-up can then do after the first window is painted.
        if isinstance(self.app, QApplication) and rtl != QApplication.isRightToLeft():
            direction = QtCore.Qt.LayoutDirection
            self.app.setLayoutDirection(direction.RightToLeft if rtl else direction.LeftToRight)
        return found

    def _add(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)
