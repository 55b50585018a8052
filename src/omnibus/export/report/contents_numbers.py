"""The page numbers of the report's contents, written in once the report is laid out.

WeasyPrint can print them itself (`target-counter()`), but it then lays out every page that uses one three times
and keeps books on every target while it paginates (5% of the instructions of the full UNTOC report, measured
with valgrind). Instead the report is laid out once with the numbers left out, the page of every heading is read
from the laid-out pages, and the contents alone are laid out again, numbers written in, as a small document whose
pages take the place of the first ones: 2% fewer instructions than `target-counter()`, and 5 to 8% less time in
interleaved runs of `bench/bench_report.py`. Each number sits in an absolutely positioned box at the end of its
entry (the stylesheet's `.toc-m[data-page]::after`), so leaving it out moves nothing: the contents take the same
pages either way, which is checked, and the whole report is laid out again with its numbers should it ever differ.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any
from xml.etree.ElementTree import Element

CONTENTS_ID = "contents"
"""The `id` of the report's `<nav>`: its first page is where the contents start."""
RUNNING_ID = "running"
"""The `<style>` of the running header and footer, whose "page X of Y" needs the page count."""
COVER_PAGE_ID = "cover-page"
"""The `<style>` that keeps the header and footer off the cover, the document's first page."""

Document = Any
"""A laid-out WeasyPrint document (`weasyprint.document.Document`)."""


def anchor_pages(document: Document) -> dict[str, int]:
    """Each anchor's page number (from 1), where it first appears."""
    pages: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for name in page.anchors:
            pages.setdefault(name, number)
    return pages


def contents_span(document: Document) -> tuple[int, int] | None:
    """The index of the contents' first page and their number of pages; None without contents. The contents end
    where the next anchor is (the first module's heading, which starts a page)."""
    pages = document.pages
    start = next((i for i, page in enumerate(pages) if CONTENTS_ID in page.anchors), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(pages)) if pages[i].anchors), None)
    return None if end is None else (start, end - start)


def number_entries(nav: Element, pages: Mapping[str, int]) -> None:
    """Give each entry of the contents the page its link leads to (`data-page`, printed by the stylesheet)."""
    for link in nav.iter("a"):
        page = pages.get((link.get("href") or "#")[1:])
        if page is not None:
            link.set("data-page", str(page))


def contents_tree(root: Element, pages: Mapping[str, int], first_page: int, total: int) -> Element:
    """A document of the report's contents alone, numbered, that prints as pages `first_page`… of `total`."""
    html = Element(root.tag, root.attrib)
    head = copy.deepcopy(root.find("head"))
    body = root.find("body")
    if head is None or body is None:
        raise ValueError("not a report: no head or body")
    for style in head.iter("style"):
        if style.get("id") == RUNNING_ID:
            style.text = (style.text or "").replace("counter(pages)", f'"{total}"')
        elif style.get("id") == COVER_PAGE_ID:
            style.text = f"@page :first {{ counter-set: page {first_page}; }}"
    html.append(head)
    contents_body = Element("body", body.attrib)
    for child in body:
        if child.get("id") == CONTENTS_ID:
            nav = copy.deepcopy(child)
            number_entries(nav, pages)
            contents_body.append(nav)
        elif child.get("class") == "watermark":
            contents_body.append(copy.deepcopy(child))
    html.append(contents_body)
    return html


def with_contents_numbers(document: Document, root: Element, lay_out: Callable[[Element], Document]) -> Document:
    """`document` (laid out from `root`, its contents unnumbered) with numbered contents. `lay_out` lays out a tree
    with the report's stylesheets."""
    span = contents_span(document)
    if span is None:
        return document
    start, count = span
    pages = anchor_pages(document)
    contents = lay_out(contents_tree(root, pages, first_page=start + 1, total=len(document.pages)))
    if len(contents.pages) != count:  # never seen; the numbers would be wrong, so the report is laid out whole
        numbered = copy.deepcopy(root)
        for nav in numbered.iter("nav"):
            if nav.get("id") == CONTENTS_ID:
                number_entries(nav, pages)
        return lay_out(numbered)
    return document.copy([*document.pages[:start], *contents.pages, *document.pages[start + count :]])
