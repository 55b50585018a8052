"""Text in the six UN languages, with fallback to a questionnaire's source language."""

from __future__ import annotations

from typing import Literal, TypeAlias, get_args

Language: TypeAlias = Literal["ar", "en", "es", "fr", "ru", "zh"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})

LocalizedText: TypeAlias = str | dict[Language, str]
"""A plain string is text in the questionnaire's source language; a mapping gives it per language."""


def localize(text: LocalizedText | None, lang: str, source_language: str) -> str:
    """The text in `lang`, else in the source language, else in any language it has."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for candidate in (lang, source_language):
        if candidate in text:
            return text[candidate]
    return next(iter(text.values()), "")


def has_language(text: LocalizedText | None, lang: str, source_language: str) -> bool:
    """Whether `text` is written in `lang` (a plain string counts only for the source language)."""
    if text is None:
        return True
    if isinstance(text, str):
        return lang == source_language
    return lang in text
