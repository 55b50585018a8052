"""A file's path inside a sentence, readable however long the folders' names are.

A wrapped label breaks a word too long for its line wherever the line ends, so a path came out as
"C:\\Users\\amina\\Documents\\Rapports minist" / "ériels\\KEN-2026.omnibus", a folder's name cut in two. A
zero-width space after each separator lets the line break there, and a folder's own spaces and hyphens are made
unbreakable (a no-break space, a word joiner after the hyphen), so that it breaks there only; a single name wider
than the whole line is still cut, as nothing else can be done with it. The path is isolated left to right
(`bidi.left_to_right`), so that in an Arabic sentence its separators and its name stay in their order.

These invisible characters are for the eye only: whatever copies or opens the path takes it from the path itself (a
tooltip, a "Copy the path" button), never from the label's text.
"""

from __future__ import annotations

from pathlib import Path

from omnibus.ui.bidi import left_to_right

ZWSP, NBSP, WORD_JOINER = "\u200b", "\u00a0", "\u2060"
SEPARATORS = ("/", "\\")


def readable_path(path: str | Path) -> str:
    """`path` for a sentence: left to right, with a line break allowed after each separator and nowhere else."""
    text = str(path).replace(" ", NBSP).replace("-", "-" + WORD_JOINER)
    for separator in SEPARATORS:
        text = text.replace(separator, separator + ZWSP)
    return left_to_right(text)
