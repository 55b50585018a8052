"""The analysis report as PDF: jinja2 (autoescaped) HTML with charts drawn as HTML boxes, laid out by WeasyPrint.

Every number printed comes from the `Analysis` tables; the charts are drawn from the same tables.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from unicodedata import bidirectional

import jinja2
from markupsafe import Markup

from omnibus.export.files import atomic_write
from omnibus.export.report.filters import css_string
from omnibus.export.report.labels import catalogue
from omnibus.resources import resource
from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.charts import figures, region_figures
from omnibus.secretariat.labels import cell_text, column_heading, figure, words
from omnibus.secretariat.pdf import render_pdf

RIGHT_TO_LEFT = frozenset({"ar"})
NEEDS_TABLES = ("needs_by_type", "needs_by_subtype", "needs_by_area", "needs_by_instrument", "needs_by_region")
RATE_TABLES = ("response_rates_by_instrument", "response_rates", "response_rates_by_region")
REPORTING_TABLES = ("reporting_assistance", "non_responding")
WHO_ASKED_TABLES = ("states_by_need", "states_by_need_and_instrument", "general_requests")
GAP_TABLES = ("gaps_by_area", "gaps_by_region")


def _templates() -> Path:
    return resource("secretariat/templates")


@cache
def _environment(lang: str) -> jinja2.Environment:
    """One environment per language: its filters write column headings and numbers in that language."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_templates())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["heading"] = lambda column: column_heading(column, lang)
    environment.filters["figure"] = lambda value: figure(value, lang)
    environment.filters["cell"] = lambda value, column: _cell(cell_text(value, column, lang), lang)
    return environment


def _cell(text: str, lang: str) -> str | Markup:
    """A cell's text; in a right-to-left report, a cell with no right-to-left letter (a code, a figure, a date) is
    laid out left to right, so that a code wrapped after a hyphen keeps the hyphen at the end of its first line."""
    if lang.split("-")[0] not in RIGHT_TO_LEFT or any(bidirectional(c) in ("R", "AL") for c in text):
        return text
    return Markup('<span dir="ltr">{}</span>').format(text)


def render_html(analysis: Analysis) -> str:
    """The report in the analysis's language: its words, its way of writing numbers, its direction."""
    lang = analysis.lang
    template = _environment(lang).get_template("analysis.html.j2")
    return template.render(
        a=analysis,
        w=words(lang),
        title=words(lang)["title"],
        direction="rtl" if lang.split("-")[0] in RIGHT_TO_LEFT else "ltr",
        figures=figures(analysis),
        needs_tables=(*NEEDS_TABLES, "needs_by_priority"),
        rate_tables=RATE_TABLES,
        region_figures=region_figures(analysis),
        reporting_tables=REPORTING_TABLES,
        who_asked_tables=WHO_ASKED_TABLES,
        responses_tables=[t for t in analysis.tables if t.sheet],
        gap_tables=GAP_TABLES,
    )


def page_css(lang: str) -> str:
    """The page's running head and "Page n of m" in `lang` (CSS strings, so they are written in the stylesheet)."""
    page = catalogue(lang)
    number = f"{css_string(page['page_prefix'])} counter(page) {css_string(page['page_middle'])} counter(pages)"
    return (
        f"@page {{ @bottom-center {{ content: {number} {css_string(page['page_suffix'])}; }}\n"
        f"  @top-right {{ content: {css_string(words(lang)['running_head'])}; }} }}\n"
    )


def render_report(analysis: Analysis) -> bytes:
    css = (_templates() / "analysis.css").read_text(encoding="utf-8")
    return render_pdf(render_html(analysis), css + page_css(analysis.lang))


def write_report(analysis: Analysis, path: Path) -> Path:
    return atomic_write(Path(path), render_report(analysis))
