"""The status document of an assessment: what `omnibus status --json` prints, a stable contract (docs/cli.md).

Format 1. Keys are only ever added, never renamed or removed, within a format number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary, Draft, Issue
from omnibus.model.schema import ChoiceSource, MultipleChoiceItem, TableItem, TaNeedsItem
from omnibus.model.snapshot import AssessmentSnapshot

if TYPE_CHECKING:
    from omnibus.model.collaboration import Provenance, SignOff

FORMAT = 1


def report(snapshot: AssessmentSnapshot) -> dict[str, Any]:
    """The status document of the assessment as the snapshot holds it."""
    questionnaire, answers, drafts, relevant = (
        snapshot.questionnaire,
        snapshot.answers,
        snapshot.drafts,
        snapshot.relevant,
    )
    done = snapshot.progress
    by_item: dict[str, list[Issue]] = {}
    all_issues = snapshot.issues
    for issue in all_issues:
        by_item.setdefault(issue.item_id, []).append(issue)
    errors = sum(1 for i in all_issues if i.severity == "error")
    items = [
        _item(questionnaire, item_id, answers.get(item_id), item_id in relevant, by_item.get(item_id, []))
        | {
            "draft": _draft(drafts.get(item_id)),
            "provenance": provenance_json(snapshot.provenance.get(item_id)),
            "in_part": snapshot.in_part(item_id),
        }
        for item_id in questionnaire.items
    ]
    orphans = [
        {"id": item_id, "issues": [_issue(i) for i in by_item.get(item_id, [])]}
        for item_id in answers
        if item_id not in questionnaire.items
    ]
    return {
        "format": FORMAT,
        "assessment": assessment_json(snapshot.summary),
        "progress": {
            "relevant": done.relevant,
            "answered": done.answered,
            "required_missing": done.required_missing,
            "percent": done.percent,
            "sections": [
                {
                    "module": s.module_id,
                    "section": s.section_id,
                    "relevant": s.relevant,
                    "answered": s.answered,
                    "required_missing": s.required_missing,
                    "issues": s.issues,
                    "percent": s.percent,
                    "applies": s.applies,
                }
                for s in done.sections
            ],
        },
        "issues": {"errors": errors, "warnings": len(all_issues) - errors},
        "drafts": sum(1 for item_id in drafts if item_id in questionnaire.items),
        "can_finalize": errors == 0,
        "items": items,
        "orphans": orphans,
        "sign_offs": [sign_off_json(s) for s in snapshot.sign_offs],
        "part": None if snapshot.part is None else list(snapshot.part),
    }


def _draft(draft: Draft | None) -> dict[str, Any] | None:
    """Input kept as typed while it is not a valid answer (never exported); None when the item has none."""
    if draft is None:
        return None
    saved = draft.saved_at.isoformat() if draft.saved_at is not None else None
    return {"value": draft.value, "problem": draft.problem, "where": list(draft.where), "saved": saved}


def _issue(issue: Issue) -> dict[str, Any]:
    return {"kind": issue.kind, "severity": issue.severity, "message": issue.message, "needs": list(issue.needs)}


def _item(
    questionnaire: Questionnaire, item_id: str, answer: Answer | None, relevant: bool, issues: list[Issue]
) -> dict[str, Any]:
    info = questionnaire.items[item_id]
    item = info.item
    entry: dict[str, Any] = {
        "id": item_id,
        "type": item.type,
        "module": info.module.id,
        "section": info.section.id,
        "required": item.required,
        "relevant": relevant,
        "answered": answer is not None and answer.value is not None,
        "confirmed": answer.confirmed if answer is not None and answer.value is not None else None,
        "issues": [_issue(i) for i in issues],
    }
    codes = questionnaire.codes(item)
    if codes:
        entry["choices"] = list(codes)
        if isinstance(item, MultipleChoiceItem):
            entry["allow_other"] = item.allow_other
    elif isinstance(item, ChoiceSource):  # pragma: no cover - a choice item always has codes
        entry["choices"] = []
    if isinstance(item, TableItem):
        entry["columns"] = [
            {
                "id": c.id,
                "type": c.type,
                "required": c.required,
                "choices": [ch.code for ch in questionnaire.choices(c)]
                if c.type == "single_choice"
                else (["yes", "no", "unknown"] if c.type == "yes_no" else None),
            }
            for c in item.columns
        ]
    if isinstance(item, TaNeedsItem):
        entry["taxonomy"] = [
            {"type": c.code, "subtypes": [s.code for s in c.subtypes]} for c in questionnaire.taxonomy(item)
        ]
    return entry


def assessment_json(summary: AssessmentSummary) -> dict[str, Any]:
    """An assessment's summary as the JSON documents of the command line give it (`status`, `list`, `compare`)."""
    return {
        "id": summary.id,
        "questionnaire": {
            "id": summary.questionnaire_id,
            "version": summary.questionnaire_version,
            "sha256": summary.questionnaire_hash,
        },
        "country": summary.country,
        "institution": summary.institution,
        "focal_point": summary.focal_point,
        "cycle": summary.cycle,
        "status": summary.status,
        "training": summary.training,
        "created": summary.created.isoformat(),
        "updated": summary.updated.isoformat(),
        "carried_from": summary.carried_from,
    }


def provenance_json(provenance: Provenance | None) -> dict[str, Any] | None:
    """Who gave an item's answer and who accepted it (`status --json`, format 1 extended); None without an answer."""
    if provenance is None:
        return None
    return {
        "institution": provenance.institution,
        "person": provenance.person,
        "given": provenance.given_at.isoformat() if provenance.given_at else None,
        "accepted_by": provenance.accepted_by,
        "accepted": provenance.accepted_at.isoformat() if provenance.accepted_at else None,
        "fingerprint": provenance.fingerprint,
        "contribution": provenance.contribution_id,
        "round": provenance.round,
    }


def sign_off_json(signed: SignOff) -> dict[str, Any]:
    return {
        "section": signed.section_id,
        "institution": signed.institution,
        "name": signed.name,
        "function": signed.function,
        "date": signed.signed_on.isoformat(),
    }
