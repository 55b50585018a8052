"""The running header and the "page X of Y" footer: laid out by WeasyPrint on one page, repeated on the others.

WeasyPrint computes the style of every margin box and lays out its text again on every page, as the page's own
counters and selectors may change it: 4% of the instructions of the full UNTOC report, more than any other part of
its layout (valgrind). In the report only the page number changes: the header is the same text on every page
but the cover, and the footer the same words around a different number.

So, before layout, the report's `<style id="running">` is narrowed to the second page (`@page :nth(2)`, the
first after the cover, which has no header or footer). Once the pages are laid out, the header and the footer of
that page are copied onto each later page, which have the same size and margins; each copy of the footer is
given its page's text (`data-footer` of the style element, `{page}` and `{pages}` filled in), shaped by Pango as
WeasyPrint shapes text, and centred where the original's text was centred.

This reaches into WeasyPrint's laid-out boxes (version 70). Whenever the laid-out pages are not what this
expects (another page size, another set of margin boxes, a footer that does not read as `data-footer` says),
the report is laid out again with its style as written: WeasyPrint's own margin boxes on every page. The tests
compare every page's header and footer both ways.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from xml.etree.ElementTree import Element

from omnibus.export.report.laid_out import Box, Document, set_text, text_boxes

RUNNING_ID = "running"
"""The `id` of the `<style>` with the running header and footer, one `@page` rule for every page."""
FOOTER_TEXT = "data-footer"
"""The attribute of that `<style>` holding the footer's text, with `{page}` and `{pages}` to fill in."""
_EVERY_PAGE = "@page {"
_SECOND_PAGE = "@page :nth(2) {"
_SECOND_PAGE_BOXES = (["@bottom-center", "@top-left"], ["@bottom-center", "@top-right"])
"""The margin boxes of the second page: the footer, and the header at the start of the line (right in Arabic)."""


def running_style(root: Element) -> Element | None:
    """The document's running `<style>`, when it is one this module can repeat."""
    for style in root.iter("style"):
        if (
            style.get("id") == RUNNING_ID
            and style.get(FOOTER_TEXT)
            and (style.text or "").lstrip().startswith(_EVERY_PAGE)
        ):
            return style
    return None


def second_page_only(style: Element) -> str:
    """Narrow the running style to the second page; returns its text as written, to restore."""
    written = style.text or ""
    style.text = written.replace(_EVERY_PAGE, _SECOND_PAGE, 1)
    return written


def footer_text(template: str, page: int, pages: int) -> str:
    return template.replace("{pages}", str(pages)).replace("{page}", str(page))


def _margin_boxes(page: Any) -> list[Box]:
    from weasyprint.formatting_structure.boxes import MarginBox

    return [box for box in page._page_box.children if isinstance(box, MarginBox)]


def _geometry(page: Any) -> tuple[float, ...]:
    box = page._page_box
    return (box.width, box.height, box.margin_top, box.margin_right, box.margin_bottom, box.margin_left)


def _only_text(box: Box) -> Box | None:
    texts = text_boxes(box)
    return texts[0] if len(texts) == 1 else None


def _with_text(footer: Box, text: str) -> Box:
    """A copy of the laid-out `footer` with `text` in place of its own, centred where its own was."""
    copied = footer.deepcopy()
    box = text_boxes(copied)[0]
    former = set_text(box, text)
    box.position_x += (former - box.width) / 2
    return copied


def repeated(document: Document, template: str) -> bool:
    """Copy the header and footer of the second page onto every later page; False, touching nothing, when the
    pages are not laid out as expected (see the module's docstring)."""
    pages = document.pages
    if any(_margin_boxes(pages[i]) for i in (0, *range(2, len(pages)))):
        return False
    if len(pages) < 2:
        return True  # the cover alone, which has neither
    second = _margin_boxes(pages[1])
    if sorted(box.at_keyword for box in second) not in _SECOND_PAGE_BOXES:
        return False
    header = next(box for box in second if box.at_keyword != "@bottom-center")
    footer = next(box for box in second if box.at_keyword == "@bottom-center")
    footer_box = _only_text(footer)
    if _only_text(header) is None or footer_box is None:
        return False
    if footer_box.text != footer_text(template, 2, len(pages)) or footer.style["text_align_all"] != "center":
        return False
    if any(_geometry(page) != _geometry(pages[1]) for page in pages[2:]):
        return False
    for number, page in enumerate(pages[2:], start=3):
        copies = (header.deepcopy(), _with_text(footer, footer_text(template, number, len(pages))))
        page._page_box.children = (*page._page_box.children, *copies)
    return True


def with_running(tree: Element, lay_out: Callable[[Element], Document]) -> Document:
    """`tree` laid out, its running header and footer laid out once and repeated (see the module's docstring)."""
    style = running_style(tree)
    if style is None:
        return lay_out(tree)
    written = second_page_only(style)
    document = lay_out(tree)
    style.text = written
    if repeated(document, style.get(FOOTER_TEXT) or ""):
        return document
    return lay_out(tree)
