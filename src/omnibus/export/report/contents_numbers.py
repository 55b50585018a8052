"""The page numbers of the report's contents, written in once the report is laid out.

WeasyPrint can print them itself (`target-counter()`), but it then lays out every page that uses one three times
and keeps books on every target while it paginates: 5% of the instructions of the full UNTOC report (valgrind).
Laying the contents out again afterwards, as a small document of their own, still cost 3.5% (a page of layout),
and a number in an absolutely positioned box of each entry 2% (23 more boxes to style and place).

So the report is laid out once, without the numbers; the page of every heading is read from the laid-out pages;
and each number is added to its entry's last line as one more text box, a copy of the text box that ends the line
(same font, size, baseline) with the number's text, shaped by Pango as WeasyPrint shapes text, and placed at the
end of the entry's padding box, where the stylesheet keeps room for it (`padding-inline-end` of `.toc-m` and
`.toc-s`): right, or left in a right-to-left report. That costs a few shapings of a few digits.

This reaches into WeasyPrint's laid-out boxes (version 70). Should an entry have no line to add its number to,
the whole report is laid out again with the numbers in its HTML (`data-page`, which the stylesheet prints in the
same place, `.toc-m[data-page]::after`); the tests check that both ways put every number in the same place.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from xml.etree.ElementTree import Element

from omnibus.export.report.laid_out import Box, Document, set_text, text_boxes

CONTENTS_ID = "contents"
"""The `id` of the report's `<nav>`: its links are the entries, its first page is where the search starts."""
NUMBER_INSET = 96 / 25.4
"""1 mm (in CSS pixels): how far from the end of its entry's padding box a number ends, as `inset-inline-end` of
`.toc-m[data-page]::after` in the stylesheet."""


def entries(root: Element) -> Iterator[Element]:
    """The links of the contents, in order."""
    for nav in root.iter("nav"):
        if nav.get("id") == CONTENTS_ID:
            yield from nav.iter("a")


def anchor_pages(document: Document) -> dict[str, int]:
    """Each anchor's page number (from 1), where it first appears."""
    pages: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for name in page.anchors:
            pages.setdefault(name, number)
    return pages


def last_lines(document: Document, links: list[Element]) -> dict[Element, tuple[Box, Box]]:
    """Each link's block box, and its last line box, by link: searched from the contents' first page to the
    page where the last link is found (the pages of the report after the contents are not walked)."""
    from weasyprint.formatting_structure.boxes import LineBox

    wanted = set(links)
    found: dict[Element, tuple[Box, Box]] = {}
    pages = document.pages
    start = next((i for i, page in enumerate(pages) if CONTENTS_ID in page.anchors), len(pages))
    for page in pages[start:]:
        for box in page._page_box.descendants():
            if box.element in wanted and box.element_tag == "a" and box.children:
                line = box.children[-1]
                if isinstance(line, LineBox):
                    found[box.element] = (box, line)  # a later part of an entry broken over pages wins
        if links[-1] in found:
            break
    return found


def add_number(block: Box, line: Box, text: str) -> bool:
    """Add `text` at the end of the entry laid out as `block`, on its last `line`; False when the line holds no
    text to copy the font from."""
    texts = text_boxes(line)
    if not texts:
        return False
    number = texts[-1].copy()
    set_text(number, text)
    if block.style["direction"] == "rtl":
        number.position_x = block.padding_box_x() + NUMBER_INSET
    else:
        number.position_x = block.padding_box_x() + block.padding_width() - NUMBER_INSET - number.width
    line.children = [*line.children, number]
    return True


def with_contents_numbers(document: Document, root: Element, lay_out: Callable[[Element], Document]) -> Document:
    """`document`, laid out from `root`, with each entry of its contents given its page number. `lay_out` lays
    out a tree with the report's stylesheets."""
    links = list(entries(root))
    if not links:
        return document
    pages = anchor_pages(document)
    targets = [pages.get((link.get("href") or "#")[1:]) for link in links]
    lines = last_lines(document, links)
    if None in targets or any(link not in lines for link in links):
        return lay_out(numbered_tree(root, pages))
    added = [add_number(*lines[link], str(page)) for link, page in zip(links, targets, strict=True)]
    return document if all(added) else lay_out(numbered_tree(root, pages))


def numbered_tree(root: Element, pages: Mapping[str, int]) -> Element:
    """A copy of `root` with each entry's page number in its HTML (none where its heading is on no page)."""
    numbered = copy.deepcopy(root)
    for link in entries(numbered):
        page = pages.get((link.get("href") or "#")[1:])
        if page is not None:
            link.set("data-page", str(page))
    return numbered
