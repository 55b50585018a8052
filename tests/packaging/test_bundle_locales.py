"""The bundle carries the CLDR data of the locales omnibus writes with, and their parents (Babel reads a locale
through its language, then root): a locale missing there would write that language's dates the English way."""

from __future__ import annotations

import ast
from pathlib import Path

from omnibus.model.cldr import LOCALES
from omnibus.model.dates import LEVANT

SPEC = Path(__file__).parents[2] / "packaging" / "omnibus.spec"


def bundled_locales() -> set[str]:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "CLDR_LOCALES" for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, set)
            return {str(v) for v in value}
    raise AssertionError("packaging/omnibus.spec names no CLDR_LOCALES")


def test_every_locale_omnibus_writes_with_travels_with_its_parents() -> None:
    used = {*LOCALES.values(), LEVANT}
    needed = used | {locale.split("_")[0] for locale in used} | {"root"}
    assert needed <= bundled_locales()
