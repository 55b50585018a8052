"""The fictional State of training workshops: a code no real State can ever have, and its name in six languages.

ISO 3166-1 leaves the alpha-3 codes AAA–AAZ, QMA–QZZ, XAA–XZZ and ZZA–ZZZ to its users: no country is ever given
one. "XEX" is among them and is not one of the user-assigned codes other systems have taken for themselves (XKX for
Kosovo; in travel documents XXA, XXB and XXC for stateless persons and refugees, and the all-X code for an
unspecified nationality). Its name says it is fictional in every language, so a report or package made for it
cannot be read as a real State's. Only training assessments may be made for it.
"""

from __future__ import annotations

SAMPLE_STATE = "XEX"
SAMPLE_STATE_NAMES = {
    "en": "Exemplia (fictional State)",
    "fr": "Exemplie (État fictif)",
    "es": "Exemplia (Estado ficticio)",
    "ru": "Экземплия (вымышленное государство)",
    "zh": "范例国（虚构国家）",
    "ar": "إكسمبليا (دولة افتراضية)",
}


def is_sample_state(code: str) -> bool:
    """True for the fictional State's code, in any case, with or without surrounding spaces."""
    return code.strip().upper() == SAMPLE_STATE


def sample_state_name(lang: str) -> str:
    """The fictional State's name in `lang` (English for a language it has no name in)."""
    return SAMPLE_STATE_NAMES.get(lang, SAMPLE_STATE_NAMES["en"])
