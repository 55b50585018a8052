"""The one place that says which CLDR locale writes each interface language's dates and numbers (through Babel).

Documents and the window follow the conventions of United Nations documents where CLDR offers a choice: English
as written internationally (CLDR's `en_001`: "4 December 2026"), and Western digits in Arabic, as the Organization's
Arabic documents print them. A language the application does not know is written the English way.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

LOCALES = {"en": "en_001", "fr": "fr", "es": "es", "ru": "ru", "zh": "zh", "ar": "ar"}
"""The CLDR locale of each UN language."""
NUMBERING = "latn"
"""Digits 0-9 in every language (Arabic included), whatever numbering system CLDR makes a locale's default."""


def base_language(lang: str) -> str:
    """ "fr" for "fr-CA" or "fr_CA"."""
    return lang.split("-")[0].split("_")[0].lower()


@cache
def locale_for(lang: str) -> Locale:
    """The CLDR locale that writes `lang`: a UN language's own, else the language's CLDR base locale, else English.
    Babel is imported on first use: starting the window or a command need not wait for it."""
    from babel import Locale, UnknownLocaleError

    base = base_language(lang)
    if base not in LOCALES and not (len(base) in (2, 3) and base.isalpha()):
        base = "en"  # "C" or "POSIX", a machine's locale that names no language
    try:
        return Locale.parse(LOCALES.get(base, base))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(LOCALES["en"])
