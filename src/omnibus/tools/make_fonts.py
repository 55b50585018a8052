"""Rebuild the report's bundled fonts: subsets of Noto fonts from Debian packages, with their licence.

    apt-get install fonts-noto-core fonts-noto-cjk
    python -m omnibus.tools.make_fonts [--source /usr/share/fonts] [--out src/omnibus/export/report/fonts]

The report must print every UN language on a machine with no fonts installed, without carrying 60 MB of CJK
fonts, so each font is cut down to what the report needs:

- Noto Sans (regular, bold): Latin with its extensions, Greek, Cyrillic, punctuation and currency signs.
- Noto Naskh Arabic (regular, bold): the Arabic blocks and presentation forms, with every OpenType feature.
- Noto Sans Symbols 2 (regular): the few marks the report uses for answers (●, ◐, ○, ✓, ✗ …).
- Noto Sans CJK SC (regular, bold): the 3,755 level-1 hanzi of GB 2312 (the common characters), CJK and
  full-width punctuation, the characters of the report's Chinese labels and of the Chinese country names.
  A rarer character in an answer falls back to whatever font the machine has, or prints as a missing glyph.

The subsets keep their OpenType layout features (shaping of Arabic needs them) and drop hinting. All are under the
SIL Open Font License 1.1, which has no reserved font name for Noto; `OFL.txt` is written next to them.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve()
DEFAULT_OUT = HERE.parents[1] / "export" / "report" / "fonts"
DEFAULT_SOURCE = Path("/usr/share/fonts")
LICENCE_SOURCE = Path("/usr/share/doc/fonts-noto-core/copyright")

Ranges = list[tuple[int, int]]

LATIN_GREEK_CYRILLIC: Ranges = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x0259, 0x0259),
    (0x02B0, 0x02FF),  # spacing modifier letters
    (0x0300, 0x036F),  # combining diacritical marks
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic and its supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x206F),  # general punctuation
    (0x20A0, 0x20CF),  # currency symbols
    (0x2100, 0x214F),  # letterlike symbols (№, ™)
    (0x2190, 0x2199),  # arrows
    (0x2212, 0x2212),  # minus sign
    (0xFB00, 0xFB06),  # Latin ligatures
    (0xFEFF, 0xFEFF),
    (0xFFFD, 0xFFFD),
]
ARABIC: Ranges = [
    (0x0020, 0x0040),  # space, digits and ASCII punctuation as the Arabic font draws them
    (0x00A0, 0x00A0),
    (0x00AB, 0x00AB),
    (0x00BB, 0x00BB),
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0x200B, 0x200F),  # zero-width joiners and direction marks
    (0x2010, 0x2027),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
    (0xFB50, 0xFDFF),  # presentation forms A
    (0xFE70, 0xFEFF),  # presentation forms B
]
SYMBOLS = "●◐○◑◒◔◕◌■□▪▫✓✔✗✘–?"
BASIC: Ranges = [(0x0020, 0x007E), (0x00A0, 0x00A0)]
CJK_PUNCTUATION: Ranges = [
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF01, 0xFF5E),  # full-width forms
    (0x2018, 0x201D),
    (0x2014, 0x2014),
    (0x2026, 0x2026),
    (0x00B7, 0x00B7),
]


def codepoints(ranges: Ranges) -> set[int]:
    return {c for start, end in ranges for c in range(start, end + 1)}


def gb2312_level1() -> set[int]:
    """The 3,755 common hanzi of GB 2312 (rows 16 to 55), in frequency-of-use order of the standard."""
    found: set[int] = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


def chinese_report_text() -> set[int]:
    """Characters of the reports' Chinese labels (the State's and the Secretariat's), of country names in Chinese,
    and the CJK characters of the bundled questionnaires and the Chinese guide (a rarer one such as 攸, in 利益攸关方,
    "stakeholders", is outside the common hanzi and would print as a missing glyph)."""
    from omnibus.export.report.labels import catalogue
    from omnibus.secretariat.labels import words

    text = "".join(catalogue("zh").values()) + "".join(words("zh").values())
    text += "".join(c for path in bundled_chinese_sources() for c in path.read_text(encoding="utf-8") if c >= "\u2e80")
    try:
        import gettext

        import pycountry

        zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
        text += "".join(zh.gettext(c.name) for c in pycountry.countries)
    except (ImportError, OSError):
        pass
    return {ord(c) for c in text}


def bundled_chinese_sources() -> list[Path]:
    """The files whose Chinese the application shows: the bundled questionnaires and lists, the Chinese guide."""
    root = HERE.parents[3]
    return [*sorted((root / "questionnaires").glob("*.yaml")), root / "docs" / "respondent-guide.zh.md"]


def make_subset(font: TTFont, unicodes: Iterable[int], out: Path) -> int:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = False
    options.glyph_names = False
    font.recalcTimestamp = False  # the same sources give the same bytes
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes))
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    out.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def cjk_face(path: Path, family: str) -> TTFont:
    collection = TTCollection(str(path))
    for font in collection.fonts:
        if font["name"].getDebugName(1) == family:
            return font
    raise SystemExit(f"{path} holds no face named {family!r}")


def licence_text() -> str:
    """The OFL 1.1, as Debian ships it in the Noto packages' copyright file, with the fonts' copyright lines."""
    header = (
        "The fonts in this folder are subsets of Noto fonts (Noto Sans, Noto Naskh Arabic, Noto Sans Symbols 2,\n"
        "Noto Sans CJK SC), made by src/omnibus/tools/make_fonts.py from the Debian packages fonts-noto-core and\n"
        "fonts-noto-cjk.\n\n"
        "Copyright 2010-2020 Google Inc. and Google LLC; Copyright 2014-2021 Adobe (http://www.adobe.com/),\n"
        "with Reserved Font Name 'Source' (for Noto Sans CJK, which is derived from Source Han Sans).\n\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at: https://openfontlicense.org\n\n"
        "-----------------------------------------------------------\n"
        "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007\n"
        "-----------------------------------------------------------\n\n"
    )
    lines = LICENCE_SOURCE.read_text(encoding="utf-8").splitlines()
    start = max(i for i, line in enumerate(lines) if line == "License: OFL-1.1")
    body: list[str] = []
    for line in lines[start + 1 :]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    return header + "\n".join(body).strip() + "\n"


def build(source: Path, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    truetype = source / "truetype" / "noto"
    opentype = source / "opentype" / "noto"
    sizes: dict[str, int] = {}
    latin = codepoints(LATIN_GREEK_CYRILLIC)
    for weight in ("Regular", "Bold"):
        name = f"NotoSans-{weight}.ttf"
        sizes[name] = make_subset(TTFont(truetype / name), latin, out / name)
        name = f"NotoNaskhArabic-{weight}.ttf"
        sizes[name] = make_subset(TTFont(truetype / name), codepoints(ARABIC), out / name)
    name = "NotoSansSymbols2-Regular.ttf"
    sizes[name] = make_subset(TTFont(truetype / name), {ord(c) for c in SYMBOLS}, out / name)
    # ASCII stays in: Pango draws a space between two hanzi with the hanzi's font.
    hanzi = gb2312_level1() | codepoints(CJK_PUNCTUATION) | chinese_report_text() | codepoints(BASIC)
    for weight in ("Regular", "Bold"):
        face = cjk_face(opentype / f"NotoSansCJK-{weight}.ttc", "Noto Sans CJK SC")
        name = f"NotoSansSC-{weight}.otf"
        sizes[name] = make_subset(face, hanzi, out / name)
    (out / "OFL.txt").write_text(licence_text(), encoding="utf-8")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="where Debian installs fonts")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    sizes = build(args.source, args.out)
    for name, size in sizes.items():
        print(f"{name:32} {size / 1024:8.0f} KiB")
    print(f"{'total':32} {sum(sizes.values()) / 1024:8.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
