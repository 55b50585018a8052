"""`ReportContext` to HTML (jinja2, autoescaped) to PDF/A-3u (WeasyPrint), with progress and a cache.

What the cache can and cannot save (measured in `bench/bench_report.py`): WeasyPrint cannot lay out part of a
document again, and page numbers, the table of contents and `counter(pages)` tie every page to every other, so a
changed answer costs a full layout. What is kept between exports is everything that does not depend on the
answers: the parsed stylesheet and the loaded fonts (one `FontConfiguration`), and the PDF of the last few
documents, keyed by a hash of their HTML, so exporting again with nothing changed (or switching back to a
language) costs only the templating.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ClassVar

import jinja2
from markupsafe import Markup

from omnibus.export.report.assets import AssetFetcher, templates_folder
from omnibus.export.report.views import ReportContext

Progress = Callable[[float, str], None]

PDF_VARIANT = "pdf/a-3u"
_CACHE_SIZE = 4
_lock = threading.Lock()
_pdf_cache: OrderedDict[str, bytes] = OrderedDict()


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
    env.filters["textdir"] = text_direction
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
    header_right = f"{context.country} — {mark}" if mark else context.country
    template = _environment().get_template("report.html.j2")
    return template.render(c=context, watermark=mark, header_right=header_right)


@dataclass
class _Styles:
    font_config: Any
    stylesheet: Any


@lru_cache(maxsize=1)
def _styles() -> _Styles:
    """The stylesheet with its bundled fonts, parsed and loaded once per process."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    css = (templates_folder() / "report.css").read_text(encoding="utf-8")
    stylesheet = CSS(string=css, url_fetcher=AssetFetcher(), font_config=font_config)
    return _Styles(font_config, stylesheet)


class _ProgressHandler(logging.Handler):
    """Turns WeasyPrint's progress log lines (from the rendering thread only) into fractions."""

    STEPS: ClassVar[dict[str, float]] = {
        "Step 1": 0.06,
        "Step 2": 0.08,
        "Step 3": 0.10,
        "Step 4": 0.14,
        "Step 6": 0.88,
        "Step 7": 0.96,
    }

    def __init__(self, progress: Progress, expected_pages: int) -> None:
        super().__init__(logging.INFO)
        self.progress = progress
        self.expected_pages = max(1, expected_pages)
        self.thread = threading.get_ident()
        self.done = 0.0
        self.pages = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        message = record.getMessage()
        step = message[:6]
        if step == "Step 5":
            if "Page" in message and "up-to-date" not in message:
                self.pages += 1
                fraction = 0.15 + 0.70 * min(1.0, self.pages / self.expected_pages)
                self._report(fraction, "layout")
            return
        reached = self.STEPS.get(step)
        if reached is not None:
            self._report(reached, "pdf" if step in ("Step 6", "Step 7") else "prepare")

    def _report(self, fraction: float, stage: str) -> None:
        if fraction > self.done:
            self.done = fraction
            self.progress(fraction, stage)


@contextmanager
def _weasyprint_progress(progress: Progress | None, expected_pages: int) -> Iterator[None]:
    if progress is None:
        yield
        return
    from weasyprint import PROGRESS_LOGGER

    handler = _ProgressHandler(progress, expected_pages)
    level, propagate = PROGRESS_LOGGER.level, PROGRESS_LOGGER.propagate
    PROGRESS_LOGGER.addHandler(handler)
    PROGRESS_LOGGER.setLevel(logging.INFO)
    PROGRESS_LOGGER.propagate = False
    try:
        yield
    finally:
        PROGRESS_LOGGER.removeHandler(handler)
        PROGRESS_LOGGER.setLevel(level)
        PROGRESS_LOGGER.propagate = propagate


def expected_pages(context: ReportContext) -> int:
    """A rough page count for progress: cover, contents, about five items a page, summaries."""
    items = sum(len(s.items) for m in context.modules for s in m.sections)
    return 4 + len(context.modules) + items // 5 + len(context.unanswered) // 25


def _document(html: str, fetcher: AssetFetcher) -> Any:
    from weasyprint import HTML

    styles = _styles()
    return HTML(string=html, url_fetcher=fetcher, base_url=None).render(
        font_config=styles.font_config,
        stylesheets=[styles.stylesheet],
        pdf_variant=PDF_VARIANT,
    )


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    pages: int
    refused: tuple[str, ...]
    """URLs the document named that the fetcher refused (none for a report made by the templates)."""


def render_pdf(html: str, *, progress: Progress | None = None, pages_hint: int = 20) -> RenderedPdf:
    """Lay out `html` with the bundled stylesheet and write it as PDF/A-3u."""
    fetcher = AssetFetcher()
    with _lock, _weasyprint_progress(progress, pages_hint):
        document = _document(html, fetcher)
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
        cached = render_pdf(html, progress=progress, pages_hint=expected_pages(context)).pdf
        with _lock:
            _pdf_cache[key] = cached
            while len(_pdf_cache) > _CACHE_SIZE:
                _pdf_cache.popitem(last=False)
    report(1.0, "done")
    return cached


def clear_cache() -> None:
    with _lock:
        _pdf_cache.clear()
