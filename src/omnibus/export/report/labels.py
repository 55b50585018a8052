"""Every word the report prints that does not come from the questionnaire or the answers, in the six UN languages.

The words live in `labels.json` beside this module (data for translators, not code). English is the reference:
every other catalogue has exactly its keys (a test checks it). `{…}` fields are filled with `str.format`. The
Chinese catalogue's characters are added to the bundled CJK font subset by `omnibus.tools.make_fonts`, so re-run
it after changing Chinese labels.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from omnibus.model.text import Language

LANGUAGES: tuple[Language, ...] = ("ar", "en", "es", "fr", "ru", "zh")


def _load() -> Mapping[str, Mapping[str, str]]:
    raw = json.loads(Path(__file__).with_name("labels.json").read_text(encoding="utf-8"))
    return MappingProxyType({lang: MappingProxyType(dict(raw[lang])) for lang in LANGUAGES})


CATALOGUES: Mapping[str, Mapping[str, str]] = _load()


def catalogue(lang: str) -> Mapping[str, str]:
    """The labels in `lang`; English for a language the report does not know."""
    return CATALOGUES.get(lang, CATALOGUES["en"])
