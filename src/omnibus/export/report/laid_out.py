"""Writing text into boxes WeasyPrint has already laid out (version 70), for what the report fills in after
layout: its contents' page numbers (`contents_numbers.py`) and its repeated footers (`running.py`). The one place
that reaches into WeasyPrint's text boxes; the tests of both compare the result with WeasyPrint's own layout."""

from __future__ import annotations

from typing import Any

Document = Any
"""A laid-out WeasyPrint document (`weasyprint.document.Document`)."""
Box = Any
"""A laid-out WeasyPrint box (`weasyprint.formatting_structure.boxes`)."""


def text_boxes(box: Box) -> list[Box]:
    """The text boxes inside `box`, in order."""
    from weasyprint.formatting_structure.boxes import TextBox

    return [child for child in box.descendants() if isinstance(child, TextBox)]


def set_text(box: Box, text: str) -> float:
    """Put `text` in the laid-out text box `box`, shaped by Pango in the box's font as WeasyPrint shapes text
    (same size, so the same height and baseline), its start where the box started; returns the box's former
    width, for the caller to align it."""
    from weasyprint.text.line_break import split_first_line

    layout, _length, _resume, width, _height, _baseline = split_first_line(text, box.style, None, None, 0)
    former: float = box.width
    box.text, box.pango_layout, box.width = text, layout, width
    return former
