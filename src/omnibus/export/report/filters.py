"""The filters the report's templates call: strings made safe for CSS, and the direction of a text.

Every text in the report comes from a questionnaire or an answer; jinja2 escapes it for HTML, and `css_string`
makes it inert where it goes into CSS (the running header, written in a `<style>` element).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from markupsafe import Markup


def css_string(value: object) -> Markup:
    """`value` as a quoted CSS string in which every character but ASCII letters, digits and space is a
    hex escape, so no text can close the string, the rule or the `<style>` element."""
    out = ['"']
    for char in str(value):
        if (char.isascii() and char.isalnum()) or char == " ":
            out.append(char)
        else:
            out.append(f"\\{ord(char):x} ")  # the space ends the escape and is not printed
    out.append('"')
    return Markup("".join(out))


def text_direction(value: object) -> str:
    """`rtl` or `ltr` by the first letter with a strong direction (what `dir="auto"` does in browsers), so a
    French comment in an Arabic report, or an Arabic answer in an English one, keeps its punctuation in place."""
    for char in str(value):
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "auto"


def direction_attribute(value: object, document_direction: str) -> Markup:
    """` dir="rtl"` (or `ltr`) when `value` runs against the document's direction, else nothing: most answers
    run with the report, and an attribute on every paragraph costs WeasyPrint time for nothing."""
    direction = text_direction(value)
    if direction == "auto" or direction == document_direction:
        return Markup("")
    return Markup(f' dir="{direction}"')


FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolate(value: object) -> str:
    """`value` as a bidi isolate (what `<bdi>` or `dir="auto"` on its own element does): a Latin name in an
    Arabic report keeps its full stop at its own end ("J. Smith, Director.", not ".J. Smith, Director"), and
    an Arabic one in an English report likewise. Unicode's isolate controls rather than an element: they also
    work inside a text written as one string (a choice "Other: …"), cost WeasyPrint no box, and are not printed."""
    text = str(value)
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if text else text


def bullets(values: Iterable[str]) -> str:
    """Several short texts as one bulleted text, a line each (printed with `white-space: pre-line`): one
    paragraph instead of a list element, a list item and a marker box per line."""
    return "\n".join(f"• {value}" for value in values)
