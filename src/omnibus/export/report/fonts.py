"""Which bundled fonts a report declares: only the families whose scripts occur in its text.

The bundled faces weigh 3.7 MB, 3.1 MB of it the Chinese subset. Each `@font-face` WeasyPrint reads is fetched,
written to a temporary folder and registered with Fontconfig, which also drops Pango's font caches; an English
report has no use for the Arabic or Chinese faces, so it does not declare them. Noto Sans and the symbols of the
marks (●, ◐, ✓ …) are always declared: every report prints Latin digits and the legend of marks.

`font_css(families)` is the stylesheet for one set of families: the `@font-face` rules and the `font-family`
list of the document, in the order each report language wants (Arabic first in an Arabic report, so digits and
punctuation take the Arabic face). The renderer parses it once per set and keeps it with its fonts loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from omnibus.export.report.assets import SCHEME


@dataclass(frozen=True)
class Family:
    key: str
    name: str
    files: tuple[tuple[int, str], ...]
    """(font-weight, file under `fonts/`) for each face."""
    needed_by: re.Pattern[str] | None
    """The characters that call for this family; None: always declared."""


SANS = Family("sans", "Report Sans", ((400, "NotoSans-Regular.ttf"), (700, "NotoSans-Bold.ttf")), None)
ARABIC = Family(
    "arabic",
    "Report Arabic",
    ((400, "NotoNaskhArabic-Regular.ttf"), (700, "NotoNaskhArabic-Bold.ttf")),
    re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
)
CJK = Family(
    "cjk",
    "Report CJK",
    ((400, "NotoSansSC-Regular.otf"), (700, "NotoSansSC-Bold.otf")),
    re.compile(
        "[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
    ),
)
# One regular face for both weights: marks are bold, and the symbols have no bold of their own.
SYMBOLS = Family(
    "symbols", "Report Symbols", ((400, "NotoSansSymbols2-Regular.ttf"), (700, "NotoSansSymbols2-Regular.ttf")), None
)
FAMILIES: tuple[Family, ...] = (SANS, ARABIC, CJK, SYMBOLS)

_ORDERS: dict[str, tuple[Family, ...]] = {
    "": (SANS, ARABIC, CJK, SYMBOLS),
    "ar": (ARABIC, SANS, CJK, SYMBOLS),
    "zh": (SANS, CJK, ARABIC, SYMBOLS),
}


def families_for(text: str) -> frozenset[str]:
    """The keys of the families `text` needs (always Noto Sans and the symbols)."""
    return frozenset(f.key for f in FAMILIES if f.needed_by is None or f.needed_by.search(text))


def font_css(keys: frozenset[str]) -> str:
    """`@font-face` rules for the families in `keys` and the document's `font-family` list for each language."""
    rules = []
    for family in FAMILIES:
        if family.key in keys:
            for weight, file in family.files:
                rules.append(
                    f'@font-face {{ font-family: "{family.name}"; font-weight: {weight}; '
                    f'src: url("{SCHEME}fonts/{file}"); }}'
                )
    for lang, order in _ORDERS.items():
        names = ", ".join(f'"{f.name}"' for f in order if f.key in keys)
        rules.append(f"html{f':lang({lang})' if lang else ''} {{ font-family: {names}; }}")
    return "\n".join(rules)
