"""PDF report: the full UNTOC needs assessment with every item answered with realistic text.

Figures (medians; every baseline is measured in the same run):
- report_full: seconds to render the report (templating, layout, PDF/A-3u), its stylesheet and fonts already loaded
  as in a running application; baseline: the report's own text as plain paragraphs (`plain_html`). Target ≤ 1.3×.
- report_per_page: seconds per page, report and plain paragraphs.
- report_reexport_unchanged: exporting again with nothing changed (the PDF comes from the cache); baseline: the
  full render.
- report_reexport_one_change: exporting again after changing one answer (a different one each time); baseline: the
  full render. Expect about 1.0×: WeasyPrint lays the whole document out again (see `render.py` for why); what is
  not redone is the font and stylesheet loading, and the context and HTML cost only milliseconds (printed below).
- report_first_in_process: the first report after the application starts (stylesheet parsed, fonts loaded);
  baseline: the full render with both kept from an earlier report.

`python -m bench.instructions bench_report` counts report_full and its baseline in instructions instead.
"""

from __future__ import annotations

import html
import itertools
import random
import statistics
import time
from collections.abc import Callable
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

from bench.common import median_seconds, report
from omnibus.collector import fewer_collections
from omnibus.export.report import build_report_context, clear_cache, render_report
from omnibus.export.report.assets import AssetFetcher
from omnibus.export.report.fonts import families_for, font_css
from omnibus.export.report.render import render_html, render_pdf
from omnibus.export.report.views import ReportContext
from omnibus.model.loader import load_questionnaire
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary
from omnibus.model.schema import Item, MultipleChoiceItem, SingleChoiceItem, TableItem, TaNeedsItem
from omnibus.resources import resource

SENTENCES = [
    "The National Police Academy runs a twelve-week course on the investigation of organized crime for detectives.",
    "Prosecutors attend an annual seminar organized by the Office of the Prosecutor General with UNODC support.",
    "The Ministry of Justice publishes statistics on convictions for organized crime offences every year.",
    "A joint task force of police, customs and the financial intelligence unit meets monthly.",
    "Training materials were revised in 2023 to cover cybercrime and the use of electronic evidence.",
    "Civil society organizations provide assistance to victims of trafficking in three provinces.",
    "Coordination between agencies remains informal and depends on personal contacts.",
    "The curriculum covers financial investigations, asset recovery, witness protection and mutual legal assistance.",
    "Research on the root causes of organized crime is carried out by the University Institute of Criminology.",
    "Funding for the programme is secured until the end of the current budget cycle only.",
    "The draft national strategy against organized crime was submitted to the Council of Ministers in March.",
    "Data are collected by each agency separately and are not yet consolidated at national level.",
]
COMMENTS = [
    "Based on the annual report of the Ministry of Interior (2024), chapter 3.",
    "Confirmed by the Office of the Prosecutor General during the consultation of 12 May.",
    "Partly implemented: the regulation exists but has not yet been applied in practice.",
    "",
    "",
]


def _text(rng: random.Random, sentences: int) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(sentences))


def value_for(q: Questionnaire, item: Item, rng: random.Random) -> Any:
    kind = item.type
    if kind == "indicator":
        return rng.choice(["in_place", "partially", "partially", "not_in_place", "unknown"])
    if kind == "yes_no":
        return rng.choice(["yes", "yes", "yes", "no", "unknown"])
    if kind == "yes_no_partial":
        return rng.choice(["yes", "partially", "no"])
    if isinstance(item, SingleChoiceItem):
        return rng.choice(q.codes(item))
    if isinstance(item, MultipleChoiceItem):
        codes = list(q.codes(item))
        chosen = rng.sample(codes, k=min(len(codes), rng.randint(1, 3)))
        return {"selected": chosen, "other": "Regional coordination bodies" if item.allow_other else ""}
    if kind == "text":
        return "Office of the Prosecutor General, Organized Crime Unit"
    if kind == "long_text":
        return _text(rng, rng.randint(2, 5)) + "\n" + _text(rng, rng.randint(1, 3))
    if kind == "integer":
        return rng.randint(1, 5000)
    if kind == "decimal":
        return round(rng.uniform(1, 1000), 2)
    if kind == "date":
        return "2021-06-15"
    if kind == "legislation":
        return [
            {
                "title": "Law No. 12/2019 on the Prevention and Suppression of Organized Crime",
                "article": str(rng.randint(1, 60)),
                "date": "2019-04-02",
                "reference": "Official Gazette No. 88 of 10 April 2019",
                "excerpt": "Any person who intentionally takes an active part in the criminal activities of an "
                "organized criminal group shall be punished by imprisonment of five to ten years.",
            },
            {"title": "Criminal Procedure Code", "article": "212-215", "date": "2011-01-01"},
        ]
    if kind == "attachment":
        return [
            {"sha256": "ab" * 32, "name": "annual-report-2024.pdf", "media_type": "application/pdf", "size": 2_400_000}
        ]
    if isinstance(item, TableItem):
        return [{c.id: "2024" for c in item.columns}, {c.id: "2023" for c in item.columns}]
    if isinstance(item, TaNeedsItem):
        needs = []
        for _ in range(rng.randint(2, 4)):
            kind_choice = rng.choice(q.taxonomy(item))
            subtype = rng.choice(kind_choice.subtypes).code if kind_choice.subtypes else ""
            needs.append(
                {
                    "type": kind_choice.code,
                    "subtype": subtype,
                    "priority": rng.choice(["high", "medium", "low"]),
                    "description": _text(rng, 2),
                }
            )
        return needs
    return _text(rng, 1)


def answers_for(q: Questionnaire, seed: int = 7) -> dict[str, Answer]:
    rng = random.Random(seed)
    found = {}
    for item_id, info in q.items.items():
        found[item_id] = Answer(item_id, value_for(q, info.item, rng), comment=rng.choice(COMMENTS))
    # Answer every gate so that every item is relevant.
    for item_id in q.items:
        if q.items[item_id].item.type in ("yes_no", "yes_no_partial") and any(
            item_id in (info.item.relevant or "") for info in q.items.values()
        ):
            found[item_id] = Answer(item_id, "yes")
    return found


def summary() -> AssessmentSummary:
    return AssessmentSummary(
        id="bench",
        questionnaire_id="untoc-needs-assessment",
        questionnaire_version="1.0",
        questionnaire_hash="0" * 64,
        country="KEN",
        institution="Office of the Attorney General and Department of Justice",
        focal_point="Jane Wanjiru",
        cycle="2025–2026",
        status="final",
        training=False,
        created=datetime(2025, 3, 1),
        updated=datetime(2025, 6, 30),
    )


def context_for(q: Questionnaire, answers: dict[str, Answer]) -> ReportContext:
    return build_report_context(q, summary(), answers, [], lang="en", package_hash="ab" * 32, key_fingerprint="cd" * 32)


_INLINE = frozenset({"a", "b", "span", "br", "td", "th"})
_SKIPPED = frozenset({"head", "style", "title", "svg"})
_BLOCK_LINKS = frozenset({"toc-m", "toc-s", "unanswered"})
"""Classes of the links the report's stylesheet shows as blocks (entries of the contents and unanswered list)."""


class _Paragraphs(HTMLParser):
    """The text of an HTML document, one string per block element (inline elements and table cells joined)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._current: list[str] = []
        self._skipping = 0
        self._links: list[bool] = []  # for each open <a>: whether it is a block

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        if text:
            self.found.append(text)
        self._current.clear()

    def _is_block(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag == "a":
            self._links.append(dict(attrs).get("class") in _BLOCK_LINKS)
            return self._links[-1]
        return tag not in _INLINE

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif self._is_block(tag, attrs):
            self._flush()
        else:
            self._current.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping -= 1
            return
        block = self._links.pop() if tag == "a" and self._links else tag not in _INLINE
        if block:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


PLAIN_CSS = """
@page { size: A4; margin: 24mm 18mm 20mm 18mm; }
html { font-size: 9.5pt; line-height: 1.45; }
p { margin: 0 0 2mm 0; }
"""


def plain_html(report_html: str) -> str:
    """The baseline document: every text the report's HTML holds (cover, contents titles, every answer, the
    summaries, the unanswered list), each paragraph, heading, list item or table row of the report as one `<p>`
    and nothing else: no classes, marks, tables, floats, links, SVG, running header or footer, contents page
    numbers or bookmarks. Rendered with `plain_renderer`: the report's page size, margins and base font size and
    the same bundled `@font-face` faces the report declares for this text, as plain PDF."""
    parser = _Paragraphs()
    parser.feed(report_html)
    parser.close()
    body = "\n".join(f"<p>{html.escape(text)}</p>" for text in parser.found)
    return f'<html lang="en"><head><meta charset="utf-8"><title>plain</title></head><body>{body}</body></html>'


def plain_renderer(document: str) -> Callable[[], tuple[bytes, int]]:
    """Renders `document` with WeasyPrint (PDF bytes, pages) in the report's conditions: its stylesheet parsed and
    its fonts loaded here, once, as the report's are kept loaded in a running application, and the cycle
    collector set as the report sets it while rendering."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    font_config = FontConfiguration()
    css = PLAIN_CSS + font_css(families_for(document))
    stylesheet = CSS(string=css, url_fetcher=AssetFetcher(), font_config=font_config)

    def render() -> tuple[bytes, int]:
        with fewer_collections():
            rendered = HTML(string=document, url_fetcher=AssetFetcher()).render(
                font_config=font_config, stylesheets=[stylesheet]
            )
            return rendered.write_pdf(), len(rendered.pages)

    return render


def _interleaved(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median wall-clock seconds of each run, the runs taken in turn (one warm-up round first), so that a burst of
    load on a shared machine falls on all of them rather than on whichever was being timed."""
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for round_ in range(repeat + 1):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            if round_:
                samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


INSTRUCTION_RUNS = ("plain", "report_full")
"""For `bench/instructions.py`: the baseline first."""


def instruction_runs() -> dict[str, Callable[[Callable[[], Any]], object]]:
    """The full render and its plain-paragraph baseline, each counting only the render (see `bench/instructions.py`)."""
    q = load_questionnaire(resource("questionnaires") / "untoc-needs-assessment.yaml")
    context = context_for(q, answers_for(q))
    plain = plain_renderer(plain_html(render_html(context)))

    def run_plain(measure: Callable[[], Any]) -> None:
        with measure():
            plain()

    def run_full(measure: Callable[[], Any]) -> None:
        clear_cache()
        with measure():
            render_report(context)

    return {"plain": run_plain, "report_full": run_full}


def main() -> None:
    q = load_questionnaire(resource("questionnaires") / "untoc-needs-assessment.yaml")
    answers = answers_for(q)
    context = context_for(q, answers)
    report_html = render_html(context)
    plain = plain_renderer(plain_html(report_html))
    pages = render_pdf(report_html).pages
    plain_pages = plain()[1]

    def full() -> bytes:
        clear_cache()
        return render_report(context)

    # A different answer each time (spread over the questionnaire), so that no export comes from the cache.
    item_ids = list(q.items)
    changes = itertools.cycle(item_ids[i * len(item_ids) // 7] for i in range(7))

    def one_change() -> bytes:
        item_id = next(changes)
        changed = dict(answers)
        changed[item_id] = Answer(item_id, answers[item_id].value, comment=f"Changed after consultation ({item_id}).")
        return render_report(context_for(q, changed))

    def first_in_process() -> bytes:
        clear_cache(styles=True)
        return render_report(context)

    timed = _interleaved({"full": full, "plain": plain, "one_change": one_change, "first": first_in_process}, repeat=7)
    full_s = timed["full"]
    report("report_full", full_s, "s", timed["plain"])
    report("report_per_page", full_s / pages, "s/page", timed["plain"] / plain_pages)
    print(f"      ({pages} report pages for {len(q.items)} items; {plain_pages} pages of plain paragraphs)")

    clear_cache()
    render_report(context)
    unchanged_s = median_seconds(lambda: render_report(context_for(q, answers)), repeat=5, warmup=0)
    report("report_reexport_unchanged", unchanged_s, "s", full_s)
    report("report_reexport_one_change", timed["one_change"], "s", full_s)
    report("report_first_in_process", timed["first"], "s", full_s)
    context_s = median_seconds(lambda: context_for(q, answers), repeat=9)
    html_s = median_seconds(lambda: render_html(context), repeat=9)
    print(
        f"      (redone on every change besides the render: context {1000 * context_s:.1f} ms, "
        f"HTML {1000 * html_s:.1f} ms)"
    )


if __name__ == "__main__":
    main()
