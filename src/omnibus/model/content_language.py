"""Which language a questionnaire is shown in: the respondent may read it in another language than the interface.

An Arabic-speaking official may want the Arabic interface and the French questionnaire, or the questionnaire may
not exist in the interface language at all. The same rule chooses the PDF report's language.
"""

from __future__ import annotations

from collections.abc import Sequence


def content_language(languages: Sequence[str], source_language: str, interface: str, chosen: str | None = None) -> str:
    """The language chosen for this questionnaire if it has it, else the interface language if it has it, else
    the questionnaire's source language."""
    for candidate in (chosen, interface):
        if candidate is not None and candidate in languages:
            return candidate
    return source_language
