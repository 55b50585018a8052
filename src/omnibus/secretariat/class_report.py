"""The class's results as one PDF for the debriefing: who handed in and each package's problems, the answers side
by side, then the Secretariat's analysis of the class as the Secretariat's own report lays it out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from omnibus.export.files import atomic_write
from omnibus.export.report.filters import css_string
from omnibus.export.report.labels import catalogue
from omnibus.resources import resource
from omnibus.secretariat import report
from omnibus.secretariat.class_results import SERIOUS, ClassResults, answer_text, class_words, problem_text, questions
from omnibus.secretariat.pdf import render_pdf

CLASS_CSS = """
.class-results { page-break-after: always; page: class-results; }
.class-results table.handed-in { table-layout: fixed; }
.class-results table.handed-in th:nth-child(1) { width: 18%; }
.class-results table.handed-in th:nth-child(2) { width: 27%; }
.class-results table.handed-in th:nth-child(3) { width: 10%; }
.class-results td.file { font-size: 7.5pt; color: #444; overflow-wrap: anywhere; }
.class-results table.handed-in td:nth-child(3), .class-results table.handed-in th:nth-child(3) { white-space: nowrap; }
.class-results tr.serious td { color: #b71c1c; }
.class-results ul { margin: 0; padding-inline-start: 4mm; }
.class-results table.side-by-side th { width: 35%; background: none; font-weight: normal; color: #333; }
.class-results section.question { page-break-inside: avoid; }
"""


# The report's own fonts: a margin box does not inherit the body's, and the system's default draws Arabic poorly.
FOOT_FONTS = "NotoSans, NotoNaskhArabic, NotoSansSC, sans-serif"


@dataclass(frozen=True)
class _Row:
    who: str
    file: str
    status: str
    problems: tuple[str, ...]
    serious: bool


@dataclass(frozen=True)
class _Question:
    label: str
    answers: tuple[tuple[str, str], ...]


def summary_text(results: ClassResults) -> str:
    """ "20 files handed in: 18 readable training packages, 12 of them without problems." in the results' language."""
    counted = results.counted
    return class_words(results.lang)["summary"].format(
        files=len(results.handed_in), training=len(counted), clean=sum(1 for h in counted if not h.problems)
    )


def status_word(status: str, lang: str) -> str:
    words = class_words(lang)
    return words.get(status, status) if status in ("final", "draft") else status


def class_html(results: ClassResults) -> str:
    """The class's part of the document (a section to put before the analysis)."""
    lang = results.lang
    rows = [
        _Row(
            h.who,
            h.path.name,
            status_word(h.status, lang),
            tuple(problem_text(p, h.questionnaire, lang) for p in h.problems),
            any(p.kind in SERIOUS for p in h.problems),
        )
        for h in results.handed_in
    ]
    shown = [
        _Question(label, tuple((h.who, answer_text(h, item_id, lang)) for h in results.counted))
        for item_id, label in questions(results)
    ]
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource("secretariat/templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    return environment.get_template("class_results.html.j2").render(
        w=class_words(lang), summary=summary_text(results), rows=rows, questions=shown, analysis=results.analysis
    )


def render_class_report(results: ClassResults) -> bytes:
    """One PDF: the class's part, then the Secretariat's analysis of the class (its own HTML and stylesheet)."""
    lang = results.lang
    css = (resource("secretariat/templates") / "analysis.css").read_text(encoding="utf-8") + CLASS_CSS
    part = class_html(results)
    if results.analysis is None:
        direction = "rtl" if lang in report.RIGHT_TO_LEFT else "ltr"
        head = f'<!DOCTYPE html><html lang="{lang}" dir="{direction}"><head><meta charset="utf-8"></head>'
        html = f"{head}<body>{part}</body></html>"
        return render_pdf(html, css + report.page_css(lang) + class_page_css(lang))
    analysis_html = report.render_html(results.analysis)
    html = analysis_html.replace("<body>", "<body>" + part, 1)
    return render_pdf(html, css + report.page_css(lang) + class_page_css(lang))


def class_page_css(lang: str) -> str:
    """The class's pages name the class's results in their running head (the analysis's pages keep the analysis's
    own), and every page says it is a training document."""
    head = css_string(class_words(lang)["running_head"])
    return f"@page class-results {{ @top-right {{ content: {head}; }} }}\n" + training_page_css(lang)


def training_page_css(lang: str) -> str:
    """Every page says it is a training document, above its number, in the words of a training assessment's
    report: a page shown on its own at the debriefing cannot be taken for an official analysis."""
    page = catalogue(lang)
    number = f"{css_string(page['page_prefix'])} counter(page) {css_string(page['page_middle'])} counter(pages)"
    return (
        f'@page {{ @bottom-center {{ content: {css_string(page["page_training"])} "\\A" {number} '
        f"{css_string(page['page_suffix'])}; white-space: pre; color: #c62828; font-weight: bold;\n"
        f"  font-family: {FOOT_FONTS}; }} }}\n"
    )


def write_class_report(results: ClassResults, path: Path) -> Path:
    return atomic_write(Path(path), render_class_report(results))
