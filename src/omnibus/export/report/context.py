"""From a questionnaire and its answers to `ReportContext`: a pure function, no files, no HTML."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from omnibus.export.keys import format_fingerprint
from omnibus.export.report.filters import isolate
from omnibus.export.report.labels import catalogue
from omnibus.export.report.values import (
    INDICATOR_MARKS,
    answer_view,
    indicator_mark,
    needs,
)
from omnibus.export.report.views import (
    Bar,
    Cover,
    CoverField,
    GapRow,
    ItemView,
    Mark,
    ModuleGaps,
    ModuleView,
    NeedCount,
    NeedView,
    ReportContext,
    SectionView,
    SignOffView,
    StatusCount,
    TaSummary,
    UnansweredRow,
)
from omnibus.model.collaboration import SignOff
from omnibus.model.countries import country_name
from omnibus.model.dates import format_date
from omnibus.model.progress import relevant_items
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary, Issue, Progress
from omnibus.model.references import shown
from omnibus.model.schema import TaNeedsItem
from omnibus.model.snapshot import AssessmentSnapshot
from omnibus.model.text import RIGHT_TO_LEFT

_NOTE_KINDS = frozenset({"constraint", "evidence", "invalid"})


def group_digits(digest: str) -> str:
    """A hex digest in groups of four, easier to compare by eye."""
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def _cover(
    q: Questionnaire,
    summary: AssessmentSummary,
    labels: Mapping[str, str],
    lang: str,
    country: str,
    today: date,
    package_hash: str | None,
    key_fingerprint: str | None,
    progress_text: str,
) -> Cover:
    status = labels["status_final"] if summary.status == "final" else labels["status_draft"]
    if summary.training:
        status = f"{status} — {labels['status_training']}"
    fields = [
        CoverField(labels["questionnaire"], q.text(q.document.title, lang)),
        CoverField(labels["edition"], labels["edition_value"].format(id=isolate(q.id), version=isolate(q.version))),
        CoverField(labels["cycle"], summary.cycle, "inserted"),
        CoverField(labels["status"], status),
        CoverField(labels["report_date"], format_date(today, lang)),
        CoverField(labels["last_updated"], format_date(summary.updated, lang)),
        CoverField(labels["focal_point"], summary.focal_point, "inserted"),
        CoverField(labels["institution"], summary.institution, "inserted"),
        CoverField(labels["progress"], progress_text),
    ]
    # The signer's key is printed exactly as the application and `omnibus verify` print it: the Secretariat
    # confirms it by letter or telephone, group for group.
    shown = (
        (labels["package_hash"], group_digits(package_hash) if package_hash else None),
        (labels["signer_key"], format_fingerprint(key_fingerprint) if key_fingerprint else None),
    )
    for label, digest in shown:
        if digest:
            fields.append(CoverField(label, digest, "digest"))
        else:
            fields.append(CoverField(label, labels["not_packaged"], "missing"))
    note = ""
    if q.translation_status(lang) == "working":
        note = labels["working_translation"].format(
            language=labels[f"language.{lang}"], source=labels[f"language.{q.source_language}"]
        )
    return Cover(
        country=country,
        title=labels["report_title"],
        subtitle=labels["report_subtitle"],
        status=status,
        fields=tuple(fields),
        translation_note=note,
    )


def _notes(issues: Iterable[Issue]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for issue in issues:
        if issue.kind in _NOTE_KINDS and issue.message not in found[issue.item_id]:
            found[issue.item_id].append(issue.message)
    return found


def _ta_summary(
    found: list[tuple[str, NeedView, str, str]], module_titles: Mapping[str, str], labels: Mapping[str, str]
) -> TaSummary:
    """`found`: (module id, need, type label, subtype label) for every need stated."""
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    per_subtype: dict[str, Counter[str]] = defaultdict(Counter)
    per_module: dict[str, Counter[str]] = defaultdict(Counter)
    for module_id, need, type_label, subtype_label in found:
        per_type[type_label][need.priority_code] += 1
        per_subtype[type_label][subtype_label] += 1
        per_module[module_id][need.priority_code] += 1

    def bar(label: str, counts: Counter[str]) -> Bar:
        # A need without a known priority counts as low, so every need shows in the chart.
        return Bar(label, counts["high"], counts["medium"], counts["low"] + counts[""])

    bars = sorted((bar(t, c) for t, c in per_type.items()), key=lambda b: (-b.total, -b.high, b.label))
    by_type: list[NeedCount] = []
    for b in bars:
        by_type.append(NeedCount(b.label, b.total, "type"))
        for subtype, count in sorted(per_subtype[b.label].items(), key=lambda kv: (-kv[1], kv[0])):
            if subtype:
                by_type.append(NeedCount(subtype, count, "subtype"))
    by_module = tuple(bar(module_titles[m], per_module[m]) for m in module_titles if m in per_module)
    return TaSummary(len(found), tuple(bars), tuple(by_type), by_module)


def build_report_context(
    questionnaire: Questionnaire,
    summary: AssessmentSummary,
    answers: Mapping[str, Answer],
    issues: Iterable[Issue],
    *,
    lang: str,
    package_hash: str | None,
    key_fingerprint: str | None,
    today: date | None = None,
    relevant: frozenset[str] | None = None,
    progress: Progress | None = None,
    contributors: Mapping[str, tuple[str, ...]] | None = None,
    sign_offs: Iterable[SignOff] = (),
) -> ReportContext:
    """Everything the report prints, in `lang`; `today` is the report's date (default: the current date).

    `package_hash` is the SHA-256 of responses.json and `key_fingerprint` the signer's canonical fingerprint
    (64 hex digits, `keys.fingerprint`), both in hex; None for a report outside a package.
    `relevant` and `progress` are the assessment's as the service worked them out (`report_context` passes a
    snapshot's); without them, relevance is derived the service's way and progress counted from the items shown.
    `contributors` names, per section id, the institutions whose contributions gave its answers, and `sign_offs`
    are the sections approved by a head of unit: each section shows both.
    """
    q = questionnaire
    labels = dict(catalogue(lang))
    signed = tuple(sign_offs)
    values = {item_id: a.value for item_id, a in answers.items() if item_id in q.items and not a.orphan}
    if relevant is None:
        relevant = relevant_items(q, answers)
    notes = _notes(issues)
    country = country_name(summary.country, lang)
    title = q.text(q.document.title, lang)

    modules: list[ModuleView] = []
    gap_modules: list[ModuleGaps] = []
    unanswered: list[UnansweredRow] = []
    ta_found: list[tuple[str, NeedView, str, str]] = []
    module_titles: dict[str, str] = {}
    answered_count = 0
    for m_index, module in enumerate(q.document.modules, start=1):
        module_title = q.text(module.title, lang)
        module_titles[module.id] = module_title
        sections: list[SectionView] = []
        status_counts: Counter[str] = Counter()
        gap_rows: list[GapRow] = []
        for s_index, section in enumerate(module.sections, start=1):
            section_title = q.text(section.title, lang)
            items: list[ItemView] = []
            for i_index, item in enumerate(section.items, start=1):
                if item.id not in relevant:
                    continue
                number = f"{m_index}.{s_index}.{i_index}"
                answer = answers.get(item.id)
                value = values.get(item.id)
                view = answer_view(item, value, q, lang, labels)
                label = q.text(item.label, lang)
                anchor = f"item-{item.id}"
                if view.kind == "empty":
                    unanswered.append(
                        UnansweredRow(number, label, f"{module_title} › {section_title}", item.required, anchor)
                    )
                else:
                    answered_count += 1
                if item.type == "indicator" and view.mark is not None:
                    code = str(value)
                    status_counts[code] += 1
                    if code in ("partially", "not_in_place"):
                        comment = answer.comment if answer else ""
                        gap_rows.append(GapRow(number, label, view.mark, comment, anchor))
                if isinstance(item, TaNeedsItem) and view.kind == "ta_needs":
                    for need in needs(item, value, q, lang, labels):
                        ta_found.append((module.id, need, need.type, need.subtype))
                items.append(
                    ItemView(
                        id=item.id,
                        number=number,
                        label=label,
                        required=item.required,
                        references=tuple(shown(r, lang) for r in item.references),
                        answer=view,
                        comment=answer.comment.strip() if answer else "",
                        notes=tuple(notes.get(item.id, ())),
                        carried_forward=bool(answer and answer.origin == "carried_forward" and not answer.confirmed),
                    )
                )
            if items:
                sections.append(
                    SectionView(
                        section.id,
                        f"section-{section.id}",
                        f"{m_index}.{s_index}",
                        section_title,
                        q.text(section.introduction, lang),
                        tuple(items),
                        (contributors or {}).get(section.id, ()),
                        tuple(
                            SignOffView(s.name, s.function, s.institution, format_date(s.signed_on, lang))
                            for s in signed
                            if s.section_id == section.id
                        ),
                    )
                )
        if sections:
            modules.append(
                ModuleView(
                    module.id,
                    f"module-{module.id}",
                    str(m_index),
                    module_title,
                    q.text(module.introduction, lang),
                    tuple(sections),
                )
            )
        if status_counts:
            counts = tuple(
                StatusCount(indicator_mark(code, labels), status_counts[code])
                for code in INDICATOR_MARKS
                if status_counts[code]
            )
            gap_modules.append(ModuleGaps(module_title, counts, tuple(gap_rows)))

    unanswered.sort(key=lambda row: not row.required)  # stable: questionnaire order within each group
    relevant_count = answered_count + len(unanswered)
    percent = 100 if relevant_count == 0 else round(100 * answered_count / relevant_count)
    if progress is not None:
        answered_count, relevant_count, percent = progress.answered, progress.relevant, progress.percent
    progress_text = labels["progress_value"].format(answered=answered_count, relevant=relevant_count, percent=percent)
    today = today or date.today()
    cover = _cover(q, summary, labels, lang, country, today, package_hash, key_fingerprint, progress_text)
    legend: tuple[Mark, ...] = tuple(indicator_mark(code, labels) for code in INDICATOR_MARKS)
    metadata = {
        "title": f"{labels['report_title']}: {title} — {country} — {summary.cycle}",
        "author": summary.institution or summary.focal_point,
        "description": f"{q.id} {q.version}; {summary.cycle}; {cover.status}",
        "keywords": ", ".join(filter(None, [q.id, summary.country, summary.cycle, summary.status])),
        "created": summary.created.date().isoformat(),
        "modified": summary.updated.date().isoformat(),
    }
    return ReportContext(
        lang=lang,
        direction="rtl" if lang in RIGHT_TO_LEFT else "ltr",
        labels=labels,
        title=title,
        country=country,
        status=summary.status,
        training=summary.training,
        cover=cover,
        modules=tuple(modules),
        gap_modules=tuple(gap_modules),
        ta=_ta_summary(ta_found, module_titles, labels),
        unanswered=tuple(unanswered),
        legend=legend,
        metadata=metadata,
    )


def report_context(
    snapshot: AssessmentSnapshot,
    *,
    package_hash: str | None,
    key_fingerprint: str | None,
    today: date | None = None,
) -> ReportContext:
    """The report of an assessment as one snapshot holds it, in the snapshot's language."""
    return build_report_context(
        snapshot.questionnaire,
        snapshot.summary,
        snapshot.answers,
        snapshot.issues,
        lang=snapshot.lang,
        package_hash=package_hash,
        key_fingerprint=key_fingerprint,
        today=today,
        relevant=snapshot.relevant,
        progress=snapshot.progress,
        contributors={
            section.id: snapshot.contributors(section.id) for _, section in snapshot.questionnaire.sections()
        },
        sign_offs=snapshot.sign_offs,
    )
