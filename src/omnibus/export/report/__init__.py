"""The PDF report a country signs off and archives: cover, contents, every answer, gap and assistance summaries.

    context = build_report_context(questionnaire, summary, answers, issues, lang="fr",
                                   package_hash=None, key_fingerprint=None)
    pdf = render_report(context, progress=lambda fraction, stage: ...)

`build_report_context` is pure (questionnaire and answers in, typed records in one language out);
`render_report` makes PDF/A-3u bytes with jinja2 and WeasyPrint, using only the bundled fonts and templates.
"""

from omnibus.export.report.context import build_report_context
from omnibus.export.report.labels import CATALOGUES, catalogue
from omnibus.export.report.render import Progress, clear_cache, render_html, render_report
from omnibus.export.report.views import ReportContext
from omnibus.model.countries import country_name

__all__ = [
    "CATALOGUES",
    "Progress",
    "ReportContext",
    "build_report_context",
    "catalogue",
    "clear_cache",
    "country_name",
    "render_html",
    "render_report",
]
