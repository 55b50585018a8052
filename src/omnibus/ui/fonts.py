"""Real glyphs in all six languages on any computer: the report's bundled Noto faces, given to Qt at start-up.

A machine may have no Chinese or Arabic font (a Debian desktop with DejaVu alone, an old Windows without the
East Asian fonts): the Chinese interface, "中文" in the language menu and italic Arabic in the guide would be
empty boxes. The application font keeps the system's family first (the look users know) and lists the bundled
families after it, which Qt searches in order for any character the system's family lacks.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from omnibus.resources import resource

# Latin and Cyrillic first: a computer with no fonts at all matches its default family to the first face given.
BUNDLED_FACES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansSC-Regular.otf",
    "NotoSansSC-Bold.otf",
    "NotoSansSymbols2-Regular.ttf",
)


@cache
def bundled_families() -> tuple[str, ...]:
    """Registers the bundled faces with Qt once; their families, in the order they are searched."""
    folder = resource("export/report") / "fonts"
    families: list[str] = []
    for face in BUNDLED_FACES:
        font_id = QFontDatabase.addApplicationFont(str(folder / face))
        families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    return tuple(families)


def with_bundled_fallbacks(font: QFont) -> QFont:
    """`font` with the bundled families after its own: same look, every script covered."""
    covered = QFont(font)
    own = [f for f in font.families() if f not in bundled_families()] or [font.family()]
    covered.setFamilies([*own, *bundled_families()])
    return covered
