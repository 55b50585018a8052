"""Countries by ISO 3166 alpha-3 code, named in the interface language (pycountry's gettext catalogues)."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry
from PySide6.QtCore import QCollator, QLocale

_GETTEXT_NAMES = {"zh": "zh_CN"}


@cache
def country_names(lang: str) -> tuple[tuple[str, str], ...]:
    """(alpha-3, name) for every country, sorted as a reader of `lang` expects."""
    try:
        catalogue: gettext.NullTranslations = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[_GETTEXT_NAMES.get(lang, lang)]
        )
    except OSError:
        catalogue = gettext.NullTranslations()
    translate = catalogue.gettext
    names = []
    for country in pycountry.countries:
        english = getattr(country, "common_name", None) or country.name
        local = translate(country.name)
        names.append((country.alpha_3, english if local == country.name else local))
    collator = QCollator(QLocale(lang))
    return tuple(sorted(names, key=lambda pair: collator.sortKey(pair[1])))


def country_name(code: str, lang: str) -> str:
    return dict(country_names(lang)).get(code, code)
