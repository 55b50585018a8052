"""The six UN languages named in the interface language, for sentences such as "the French text is …".

The menus show each language in its own script (`NATIVE_NAMES`); inside a sentence the name must be in the
sentence's language, in the form that fits its phrases (translators choose it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def language_name(lang: str) -> str:
    """`lang`'s name in the interface language."""
    names = {
        "ar": QCoreApplication.translate("LanguageNames", "Arabic"),
        "en": QCoreApplication.translate("LanguageNames", "English"),
        "es": QCoreApplication.translate("LanguageNames", "Spanish"),
        "fr": QCoreApplication.translate("LanguageNames", "French"),
        "ru": QCoreApplication.translate("LanguageNames", "Russian"),
        "zh": QCoreApplication.translate("LanguageNames", "Chinese"),
    }
    return names.get(lang, lang)
