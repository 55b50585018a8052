"""The training workshops' sample assessments of the fictional State, made in the local store in one step.

Four stages of one questionnaire, so a trainer can show each step of the work: an empty assessment, a half
answered one with the mistakes trainees make (an indicator "partially in place" with no explanation, legislation
said to exist but not cited, a count that contradicts another answer, a follow-up question left out), a complete
one (final), and that one carried forward to the next cycle. They use the workshop questionnaire: it is short,
shows every item type, is fully written in the six UN languages, and its evidence rules and constraint are exactly
the mistakes above. Every sample is a training assessment of `sample_state.SAMPLE_STATE`; texts the trainee reads
are in the language asked for. Making them again returns the ones already there, so the trainer's button is safe
to press twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

from omnibus.model.records import AssessmentSummary, Json
from omnibus.model.sample_state import SAMPLE_STATE
from omnibus.model.service import AssessmentService

QUESTIONNAIRE = "workshop-demo"
Stage = Literal["empty", "half", "complete", "carried"]
STAGES: tuple[Stage, ...] = ("empty", "half", "complete", "carried")
CYCLES: dict[Stage, str] = {"complete": "2023", "carried": "2024", "half": "2025", "empty": "2026"}
"""One cycle per stage: an assessment is known by its country, questionnaire and cycle, and the complete one is
carried forward into the cycle after its own."""


@dataclass(frozen=True)
class Samples:
    """The four sample assessments, by stage."""

    by_stage: dict[Stage, AssessmentSummary]


@cache
def _texts() -> dict[str, Json]:
    data = (files("omnibus.model") / "data" / "training_samples.json").read_text(encoding="utf-8")
    loaded: dict[str, Json] = json.loads(data)
    return loaded


def sample_text(key: str, lang: str) -> str:
    """A text of the samples in `lang` (English where the language is not one of the six)."""
    entry = _texts()[key]
    assert isinstance(entry, dict)
    text = entry.get(lang, entry["en"])
    assert isinstance(text, str)
    return text


def complete_answers(lang: str) -> dict[str, Json]:
    """A full, consistent set of answers: every required question, every evidence rule met."""
    return {
        "wd_optimal_implementation": "partially",
        "wd_institutions_exist": "yes",
        "wd_institution_levels": {"selected": ["national", "provincial"]},
        "wd_main_institution": sample_text("main_institution", lang),
        "wd_targets": {"selected": ["judiciary", "prosecutors", "law_enforcement"]},
        "wd_ongoing_training": "partially",
        "wd_curriculum": sample_text("curriculum", lang),
        "wd_officials_trained": 240,
        "wd_donor_share": 35.5,
        "wd_last_multi_agency": "2023-03-14",
        "wd_courses": [
            {
                "course_title": sample_text("course", lang),
                "level": "national",
                "participants": 32,
                "duration_days": 2.5,
                "start_date": "2023-03-14",
                "multi_agency": "yes",
            }
        ],
        "wd_training_ta_needs": [
            {
                "type": "training",
                "subtype": "training.justice_officials",
                "priority": "high",
                "description": sample_text("need", lang),
            }
        ],
        "wd_legislation_enacted": "yes",
        "wd_legislation": [{"title": sample_text("law", lang), "article": "12", "date": "2019-06-01"}],
        "wd_police_approach": "both",
    }


def half_answers(lang: str) -> dict[str, Json]:
    """Half the work, with the usual mistakes: a gap not explained, legislation not cited, 0 officials trained
    although all receive ongoing training, the levels of the institutions not given."""
    return {
        "wd_optimal_implementation": "partially",
        "wd_institutions_exist": "yes",
        "wd_main_institution": sample_text("main_institution", lang),
        "wd_ongoing_training": "yes",
        "wd_officials_trained": 0,
        "wd_legislation_enacted": "yes",
    }


def make_samples(service: AssessmentService, lang: str) -> Samples:
    """The four sample assessments in this store, made where missing (texts in `lang`)."""
    existing = {
        s.cycle: s
        for s in service.list_assessments()
        if s.training and s.country == SAMPLE_STATE and s.questionnaire_id == QUESTIONNAIRE
    }
    made: dict[Stage, AssessmentSummary] = {}
    for stage in ("empty", "half", "complete", "carried"):
        found = existing.get(CYCLES[stage])
        made[stage] = found if found is not None else _make(service, stage, lang, made)
    return Samples(made)


def _make(
    service: AssessmentService, stage: Stage, lang: str, made: dict[Stage, AssessmentSummary]
) -> AssessmentSummary:
    if stage == "carried":
        return service.carry_forward(made["complete"].id, CYCLES[stage], allow_duplicate=True)
    summary = service.create_assessment(
        QUESTIONNAIRE,
        cycle=CYCLES[stage],
        training=True,
        country=SAMPLE_STATE,
        institution=sample_text("institution", lang),
        focal_point=sample_text("focal_point", lang),
        allow_duplicate=True,
    )
    if stage == "half":
        service.set_answers(summary.id, half_answers(lang))
    elif stage == "complete":
        service.set_answers(summary.id, complete_answers(lang))
        service.set_comment(summary.id, "wd_optimal_implementation", sample_text("gap_comment", lang))
        return service.mark_final(summary.id)
    return service.assessment(summary.id)
