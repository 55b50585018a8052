"""The analysis report as PDF: jinja2 (autoescaped) HTML with inline SVG charts, laid out by WeasyPrint.

Every number printed comes from the `Analysis` tables; the charts are drawn from the same tables.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from omnibus.export.files import atomic_write
from omnibus.resources import resource
from omnibus.secretariat.analysis import Analysis
from omnibus.secretariat.charts import figures
from omnibus.secretariat.pdf import render_pdf

TITLE = "Overview of technical assistance needs identified by States"
NEEDS_TABLES = ("needs_by_type", "needs_by_subtype", "needs_by_area", "needs_by_instrument", "needs_by_region")
REPORTING_TABLES = ("response_rates", "response_rates_by_region", "reporting_assistance", "non_responding")
GAP_TABLES = ("gaps_by_area", "gaps_by_region")


def _templates() -> Path:
    return resource("secretariat/templates")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_templates())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def render_html(analysis: Analysis) -> str:
    template = _environment().get_template("analysis.html.j2")
    return template.render(
        a=analysis,
        title=TITLE,
        figures=figures(analysis),
        needs_tables=(*NEEDS_TABLES, "needs_by_priority"),
        reporting_tables=REPORTING_TABLES,
        gap_tables=GAP_TABLES,
    )


def render_report(analysis: Analysis) -> bytes:
    css = (_templates() / "analysis.css").read_text(encoding="utf-8")
    return render_pdf(render_html(analysis), css)


def write_report(analysis: Analysis, path: Path) -> Path:
    return atomic_write(Path(path), render_report(analysis))
