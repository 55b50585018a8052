"""`ReportContext` to HTML (jinja2, autoescaped) to PDF/A-3u (WeasyPrint), with progress and a cache.

Exporting again after a change (measured in `bench/bench_report.py` on the full UNTOC assessment):
- Reused: the font configuration with the bundled faces loaded and the parsed stylesheets, kept for the life of
  the process (the first report in a process pays for them once), and the PDFs of the last few documents, keyed
  by a hash of their HTML: exporting again with nothing changed, or switching back to a language, costs only the
  context and the templating, a few milliseconds.
- Not reused: everything WeasyPrint does with a document (parsing, cascade, layout, drawing) is done for the
  whole document. WeasyPrint cannot lay out part of a document again, and the pages are tied together: the
  contents print the page of every section, every footer prints the page count, and a longer answer moves
  every page break after it. A changed answer therefore costs a full render.
- Not worth keeping: the context and the HTML, per section or whole, take a few milliseconds, well under 1% of
  a render, so they are rebuilt every time rather than cached.
"""

from __future__ import annotations

import gc
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.etree import ElementTree

import jinja2

from omnibus.export.report.assets import AssetFetcher, templates_folder
from omnibus.export.report.contents_numbers import with_contents_numbers
from omnibus.export.report.filters import bullets, css_string, direction_attribute, isolate
from omnibus.export.report.fonts import families_for, font_css
from omnibus.export.report.progress import Progress, weasyprint_progress
from omnibus.export.report.running import with_running
from omnibus.export.report.views import ReportContext

__all__ = ["PDF_VARIANT", "Progress", "RenderedPdf", "clear_cache", "css_string", "render_html", "render_pdf"]

PDF_VARIANT = "pdf/a-3u"
_CACHE_SIZE = 4
_RENDER_GC_THRESHOLD = 100_000
_lock = threading.Lock()
_pdf_cache: OrderedDict[str, bytes] = OrderedDict()


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_folder())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["css_string"] = css_string
    env.filters["dir_attr"] = direction_attribute
    env.filters["bullets"] = bullets
    env.filters["isolate"] = isolate
    return env


def watermark(context: ReportContext) -> str:
    """The word printed across every page: DRAFT, TRAINING, both, or nothing for a final submission."""
    words = []
    if context.status != "final":
        words.append(context.labels["mark_draft"])
    if context.training:
        words.append(context.labels["mark_training"])
    return " · ".join(words)


def render_html(context: ReportContext) -> str:
    """The report as one HTML document (what WeasyPrint lays out)."""
    mark = watermark(context)
    country = f"{context.country} — {mark}" if mark else context.country
    # One running header (country, then the questionnaire's title): each margin box is laid out on every page.
    header = f"{country} · {context.title}"
    template = _environment().get_template("report.html.j2")
    return template.render(c=context, watermark=mark, header=header)


@dataclass
class _Styles:
    font_config: Any
    stylesheet: Any


@lru_cache(maxsize=1)
def _styles() -> _Styles:
    """The stylesheet and the font configuration, made once per process."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    css = (templates_folder() / "report.css").read_text(encoding="utf-8")
    stylesheet = CSS(string=css, url_fetcher=AssetFetcher(), font_config=font_config)
    return _Styles(font_config, stylesheet)


@lru_cache(maxsize=16)
def _font_sheet(families: frozenset[str]) -> Any:
    """The `@font-face` rules and font lists for a set of bundled families, parsed (and the faces loaded into
    the shared font configuration) the first time a document needs that set."""
    from weasyprint import CSS

    return CSS(string=font_css(families), url_fetcher=AssetFetcher(), font_config=_styles().font_config)


def expected_pages(context: ReportContext) -> int:
    """A rough page count for progress: cover, contents, about five items a page, summaries."""
    items = sum(len(s.items) for m in context.modules for s in m.sections)
    return 4 + len(context.modules) + items // 5 + len(context.unanswered) // 25


_XHTML_START = "<!DOCTYPE html>\n<html "
"""How the report's template starts: a document type with no declarations in it, so no entity can be declared."""
_TREE_ONLY = frozenset({"html", "head", "table", "thead", "tbody", "tr"})
"""Elements whose whitespace between children the HTML5 parser drops (or moves) and the XML parser keeps."""


def xml_tree(html: str) -> ElementTree.Element | None:
    """The tree of a report written by the template, read by Python's XML parser (expat, in C); None for any
    other document, or one that is not well-formed XML (a control character in an answer, say).

    The template writes well-formed markup (void elements closed, every table with its `tbody`) so that its tree
    need not come from WeasyPrint's HTML5 parser, written in Python, which takes some 5% of a render. The tree is
    the same: elements, attributes and text, whitespace between the rows of a table or in the head aside, which
    lays out to nothing either way. Every text is escaped by the template and the document type declares
    nothing, so there is no entity to expand and nothing for the parser to fetch."""
    if not html.startswith(_XHTML_START) or "xmlns" in html:
        return None
    try:
        root = ElementTree.fromstring(html)
    except ElementTree.ParseError:
        return None
    for element in root.iter():
        if element.tag in _TREE_ONLY:
            if element.text is not None and not element.text.strip():
                element.text = None
            for child in element:
                if child.tail is not None and not child.tail.strip():
                    child.tail = None
    return root


def html_from_tree(root: ElementTree.Element, fetcher: AssetFetcher) -> Any:
    """A WeasyPrint `HTML` document made from a tree already parsed."""
    import cssselect2
    from weasyprint import HTML

    # What `HTML.__init__` sets once its parser has made the tree (WeasyPrint 70; tests/export/report checks
    # that a report renders the same either way).
    document = HTML.__new__(HTML)
    document.base_url = None
    document.url_fetcher = fetcher
    document.media_type = "print"
    document.wrapper_element = cssselect2.ElementWrapper.from_html_root(root, content_language=None)
    document.etree_element = document.wrapper_element.etree_element
    return document


def parse_tree(html: str) -> ElementTree.Element:
    """`html`'s tree: the report's from `xml_tree`, anything else from WeasyPrint's own parser."""
    from weasyprint import HTML

    root = xml_tree(html)
    if root is None:
        parsed: ElementTree.Element = HTML(string=html, base_url=None).etree_element
        return parsed
    return root


def _document(html: str, fetcher: AssetFetcher) -> Any:
    """`html` laid out, its running header and footer repeated (see `running.py`) and its contents numbered (see
    `contents_numbers.py`)."""
    styles = _styles()
    stylesheets = [styles.stylesheet, _font_sheet(families_for(html))]

    def lay_out(tree: ElementTree.Element) -> Any:
        return html_from_tree(tree, fetcher).render(
            font_config=styles.font_config, stylesheets=stylesheets, pdf_variant=PDF_VARIANT
        )

    root = parse_tree(html)
    return with_contents_numbers(with_running(root, lay_out), root, lay_out)


class _DataOnce:
    """Mixed into each stream of a PDF about to be written: its bytes are made (and compressed) once."""

    @property
    def data(self) -> bytes:
        cached: bytes | None = self.__dict__.get("_omnibus_data")
        if cached is None:
            cached = self.__dict__["_omnibus_data"] = super().data  # type: ignore[misc]
        return cached


_data_once_classes: dict[type, type] = {}


def _streams_serialized_once(document: Any, pdf: Any) -> None:
    """WeasyPrint's `finisher`, called just before the PDF is written. PDF/A wants a file identifier, and pydyf
    makes it from an MD5 of every object's bytes, which it asks each object for a second time: every page and
    font stream would be compressed again (zlib at level 9), a few percent of a report. Each stream keeps the
    bytes it made the first time instead; the file is byte for byte the same."""
    import pydyf

    for pdf_object in pdf.objects:
        if isinstance(pdf_object, pydyf.Stream) and not isinstance(pdf_object, _DataOnce):
            cls = type(pdf_object)
            if cls not in _data_once_classes:
                _data_once_classes[cls] = type(f"DataOnce{cls.__name__}", (_DataOnce, cls), {})
            pdf_object.__class__ = _data_once_classes[cls]


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    pages: int
    refused: tuple[str, ...]
    """URLs the document named that the fetcher refused (none for a report made by the templates)."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cycle collector with a higher first threshold for the duration of a render.

    WeasyPrint makes and drops hundreds of thousands of small objects while it lays a document out; with the
    default threshold (700 allocations) the collector runs some two hundred times during one report, each time
    walking the boxes still in use: about a tenth of the render. Garbage is collected as usual afterwards."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], _RENDER_GC_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def render_pdf(html: str, *, progress: Progress | None = None, pages_hint: int = 20) -> RenderedPdf:
    """Lay out `html` with the bundled stylesheet and write it as PDF/A-3u."""
    fetcher = AssetFetcher()
    with _lock, weasyprint_progress(progress, pages_hint), fewer_collections():
        document = _document(html, fetcher)
        pdf: bytes = document.write_pdf(pdf_variant=PDF_VARIANT, finisher=_streams_serialized_once)
    return RenderedPdf(pdf, len(document.pages), tuple(fetcher.refused))


def render_report(context: ReportContext, *, progress: Progress | None = None) -> bytes:
    """The report as PDF/A-3u bytes. `progress(fraction, stage)` is called from this thread as work advances
    (stage: prepare, layout, pdf, done); the same report asked for again comes from the cache."""
    report = progress or (lambda fraction, stage: None)
    report(0.01, "prepare")
    html = render_html(context)
    key = hashlib.sha256(html.encode("utf-8")).hexdigest()
    with _lock:
        cached = _pdf_cache.get(key)
        if cached is not None:
            _pdf_cache.move_to_end(key)
    if cached is None:
        report(0.05, "prepare")
        cached = render_pdf(html, progress=progress, pages_hint=expected_pages(context)).pdf
        with _lock:
            _pdf_cache[key] = cached
            while len(_pdf_cache) > _CACHE_SIZE:
                _pdf_cache.popitem(last=False)
    report(1.0, "done")
    return cached


def clear_cache(*, styles: bool = False) -> None:
    """Forget the PDFs made so far; with `styles`, also the stylesheets and loaded fonts, as in a new process."""
    with _lock:
        _pdf_cache.clear()
        if styles:
            _font_sheet.cache_clear()
            _styles.cache_clear()
