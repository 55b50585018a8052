"""Sample assessments for the report tests: the fixture questionnaire with answers in several languages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from omnibus.model.loader import load_questionnaire
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, AssessmentSummary, Issue, Status

FIXTURES = Path(__file__).parent / "fixtures"

ARABIC_ANSWER = "تتولى النيابة العامة تنسيق التحقيقات في الجرائم المنظمة"
CHINESE_ANSWER = "国家检察院负责协调有组织犯罪调查"
FRENCH_COMMENT = "Loi n° 2019-12 relative à la lutte contre la criminalité organisée, déjà appliquée."
# A hash and a fingerprint as a package carries them; groups of digits alone at the start of either line of their
# cells (they would move to the end of a right-to-left line).
HASH = "9180f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a03091024122718806a5c4b3a2"
FINGERPRINT = "e640788eb748425871c3d2a90f1e6b5c40312719059382706f5e4d3c2b1a0f9e"


def fixture_questionnaire() -> Questionnaire:
    return load_questionnaire(FIXTURES / "report-fixture.yaml")


def summary(*, status: Status = "draft", training: bool = False, country: str = "FRA") -> AssessmentSummary:
    return AssessmentSummary(
        id="a1",
        questionnaire_id="report-fixture",
        questionnaire_version="2.1",
        questionnaire_hash="0" * 64,
        country=country,
        institution="Ministère de la Justice",
        focal_point="Amina Haddad",
        cycle="2025–2026",
        status=status,
        training=training,
        created=datetime(2025, 3, 1, 9, 0),
        updated=datetime(2025, 6, 30, 17, 45),
    )


def sample_values() -> dict[str, Any]:
    return {
        "crim_participation": "in_place",
        "crim_laundering": "partially",
        "crim_corruption": "not_in_place",
        "crim_obstruction": "unknown",
        "crim_laws": [
            {
                "title": "Loi n° 2019-12 relative à la criminalité organisée",
                "article": "12",
                "date": "2019-04-02",
                "reference": "Journal officiel n° 88",
                "excerpt": "Quiconque participe sciemment à un groupe criminel organisé est puni.",
            },
            {"title": "Code pénal", "article": "450-1"},
        ],
        "crim_cases": "yes",
        "crim_cases_count": 1234,
        "crim_training": "partially",
        "crim_budget": 12.5,
        "crim_since": "2019-04-02",
        "crim_level": "national",
        "crim_levels": {"selected": ["national", "other"], "other": "Regional task forces"},
        "crim_agency": ARABIC_ANSWER,
        "crim_notes": CHINESE_ANSWER + "\nSecond line of the description.",
        "coop_requests": [
            {"year": 2023, "answered": "yes", "level": "national"},
            {"year": 2024, "answered": "no", "level": "local"},
        ],
        "coop_files": [
            {"sha256": "ab" * 32, "name": "annual-report-2024.pdf", "media_type": "application/pdf", "size": 2_400_000},
            {"sha256": "cd" * 32, "name": "circular.docx", "media_type": "application/msword", "size": 18_000},
        ],
        "coop_needs": [
            {
                "type": "legislative",
                "subtype": "legislative.drafting",
                "priority": "high",
                "description": "Drafting of a law on witness protection.",
            },
            {
                "type": "legislative",
                "subtype": "legislative.review",
                "priority": "medium",
                "description": "Review of the criminal procedure code.",
            },
            {"type": "training", "subtype": "training.judges", "priority": "low", "description": "Judges' workshop."},
        ],
    }


def answers(values: dict[str, Any] | None = None, comments: dict[str, str] | None = None) -> dict[str, Answer]:
    values = sample_values() if values is None else values
    comments = {"crim_participation": FRENCH_COMMENT, "crim_laundering": "Only partly: no confiscation."} | (
        comments or {}
    )
    return {k: Answer(k, v, comment=comments.get(k, "")) for k, v in values.items()}


def issues() -> list[Issue]:
    return [Issue("crim_corruption", "evidence", "warning", "Please explain the gap in the comment.")]
