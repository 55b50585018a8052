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

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jinja2

from omnibus.collector import fewer_collections
from omnibus.export.report.assets import AssetFetcher, templates_folder
from omnibus.export.report.filters import bullets, css_string, direction_attribute, isolate
from omnibus.export.report.fonts import families_for, font_css
from omnibus.export.report.progress import Progress
from omnibus.export.report.views import ReportContext

__all__ = [
    "PDF_VARIANT",
    "Progress",
    "RenderedPdf",
    "clear_cache",
    "css_string",
    "lay_out",
    "render_html",
    "render_pdf",
]

PDF_VARIANT = "pdf/a-3u"
_CACHE_SIZE = 4
LAYOUT_STARTS = 0.1
PDF_STARTS = 0.85
"""Where the progress bar stands as layout and PDF writing start: on the full UNTOC report, layout takes about
three quarters of a render and writing the PDF most of the rest."""
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


def lay_out(html: str, fetcher: AssetFetcher) -> Any:
    """`html` laid out into pages with the report's stylesheets, through WeasyPrint's public API: the contents'
    page numbers (`target-counter()`) and the running header and footer (margin boxes) are WeasyPrint's own."""
    from weasyprint import HTML

    styles = _styles()
    stylesheets = [styles.stylesheet, _font_sheet(families_for(html))]
    document = HTML(string=html, base_url=None, url_fetcher=fetcher, media_type="print")
    return document.render(font_config=styles.font_config, stylesheets=stylesheets, pdf_variant=PDF_VARIANT)


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    pages: int
    refused: tuple[str, ...]
    """URLs the document named that the fetcher refused (none for a report made by the templates)."""


def render_pdf(html: str, *, progress: Progress | None = None) -> RenderedPdf:
    """Lay out `html` with the bundled stylesheet and write it as PDF/A-3u. `progress` hears of each stage as it
    starts: the layout takes most of the time, writing the PDF the rest."""
    report = progress or (lambda fraction, stage: None)
    fetcher = AssetFetcher()
    with _lock, fewer_collections():
        report(LAYOUT_STARTS, "layout")
        document = lay_out(html, fetcher)
        report(PDF_STARTS, "pdf")
        pdf: bytes = document.write_pdf(pdf_variant=PDF_VARIANT)
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
        cached = render_pdf(html, progress=progress).pdf
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
