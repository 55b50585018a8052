"""PDF report: the full UNTOC needs assessment with every item answered with realistic text.

Figures (baselines measured in the same run):
- report_full: seconds to render the report; baseline: the same text as plain paragraphs, same fonts (target ≤ 1.3×)
- report_per_page: seconds per page of the report; baseline: seconds per page of the plain paragraphs
- report_reexport_unchanged: exporting again with nothing changed; baseline: the full render
- report_reexport_one_change: exporting again after changing one answer; baseline: the full render
"""

from __future__ import annotations

import html
import random
import time
from datetime import datetime
from typing import Any

from bench.common import median_seconds, report
from omnibus.export.report import build_report_context, clear_cache, render_report
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
    return build_report_context(
        q, summary(), answers, [], lang="en", package_hash="ab" * 32, key_fingerprint="RWQf6LRCGA9i53mlYecO4Iz"
    )


def plain_html(context: ReportContext) -> str:
    """The report's text, as plain paragraphs: the baseline of what WeasyPrint costs for this much text."""
    texts = [context.title, context.country]
    for module in context.modules:
        texts.append(module.title)
        for section in module.sections:
            texts.append(section.title)
            for item in section.items:
                a = item.answer
                texts += [item.number, item.label, "; ".join(item.references), item.comment, a.text]
                texts += [a.mark.word] if a.mark else []
                texts += list(a.choices)
                texts += [f"{c.title} {c.article} {c.date} {c.reference} {c.excerpt}" for c in a.citations]
                texts += [f"{n.type} › {n.subtype} {n.priority} {n.description}" for n in a.needs]
    body = "\n".join(f"<p>{html.escape(t)}</p>" for t in texts if t)
    return f'<html lang="en"><head><meta charset="utf-8"><title>plain</title></head><body>{body}</body></html>'


def main() -> None:
    q = load_questionnaire(resource("questionnaires") / "untoc-needs-assessment.yaml")
    answers = answers_for(q)
    context = context_for(q, answers)

    def full() -> bytes:
        clear_cache()
        return render_report(context)

    pages = render_pdf(render_html(context)).pages
    plain = plain_html(context)
    plain_pages = render_pdf(plain).pages
    full_s = median_seconds(full, repeat=3)
    plain_s = median_seconds(lambda: render_pdf(plain), repeat=3)
    report("report_full", full_s, "s", plain_s)
    report("report_per_page", full_s / pages, "s/page", plain_s / plain_pages)
    print(f"      ({pages} report pages for {len(q.items)} items; {plain_pages} pages of plain paragraphs)")

    clear_cache()
    render_report(context)
    start = time.perf_counter()
    render_report(context_for(q, answers))
    unchanged_s = time.perf_counter() - start
    report("report_reexport_unchanged", unchanged_s, "s", full_s)

    changed = dict(answers)
    first = next(iter(q.items))
    changed[first] = Answer(first, "no", comment="Changed after the consultation.")
    start = time.perf_counter()
    render_report(context_for(q, changed))
    one_change_s = time.perf_counter() - start
    report("report_reexport_one_change", one_change_s, "s", full_s)


if __name__ == "__main__":
    main()
