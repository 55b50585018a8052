"""Text of one direction inside a sentence of the other, kept whole and in its place (Unicode isolates, UAX #9).

In an Arabic sentence a path such as `/home/amina/KEN.omnibus` would otherwise show its leading slash at its end,
an English title followed by the cycle would swap places with it, and an error message's punctuation would jump.
"""

from __future__ import annotations

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def left_to_right(text: str) -> str:
    """A path, a file name or a key fingerprint: read left to right in every interface language."""
    return LRI + text + PDI


def isolated(text: str) -> str:
    """A title, a name or a message from elsewhere: in the direction of its own first letter."""
    return FSI + text + PDI


def arrowed(word: str, forward: bool, right_to_left: bool) -> str:
    """A page button's text with its arrow: "‹ Back" and "Next ›" left to right; right to left the pages turn
    the other way, so Back points right from the right of its word and Next left from the left of its word.

    The text is laid out left to right whatever the paragraph's direction: an arrow glyph among Arabic letters
    otherwise takes its side and its mirroring from the bidi algorithm, and came out on the wrong side."""
    points_left = forward == right_to_left
    return left_to_right(f"‹ {word}" if points_left else f"{word} ›")


def with_shortcut(text: str, shortcut: str) -> str:
    """A menu entry's text and its shortcut, which Qt's menus draw after the tab, kept left to right: in an Arabic
    menu "Ctrl++" otherwise took the paragraph's direction and read "++Ctrl"."""
    return f"{text}\t{left_to_right(shortcut)}" if shortcut else text
