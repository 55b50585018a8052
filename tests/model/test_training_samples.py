"""The fictional State and the training samples: never a real State, four stages that load and check in every
language, made once however often the trainer asks."""

from __future__ import annotations

import pycountry
import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.countries import country_name, country_names, un_names
from omnibus.model.sample_state import SAMPLE_STATE, SAMPLE_STATE_NAMES, is_sample_state
from omnibus.model.service import AssessmentService
from omnibus.model.service_errors import InvalidProfile
from omnibus.model.store import Store
from omnibus.model.training_samples import CYCLES, STAGES, make_samples

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
USER_ASSIGNED_FIRST_LETTERS = ("AA", "QM", "QN", "QO", "QP", "QQ", "QR", "QS", "QT", "QU", "QV", "QW", "QX",
                               "QY", "QZ", "X", "ZZ")  # fmt: skip


@pytest.fixture
def bundled_service(store: Store) -> AssessmentService:
    return AssessmentService(store, Catalogue.bundled(), "trainer", language="en")


def test_the_sample_state_has_a_user_assigned_code_no_real_country_has() -> None:
    assert SAMPLE_STATE.startswith(USER_ASSIGNED_FIRST_LETTERS)
    assert SAMPLE_STATE != "XKX"  # Kosovo in many systems
    assert pycountry.countries.get(alpha_3=SAMPLE_STATE) is None
    assert SAMPLE_STATE not in un_names()
    assert SAMPLE_STATE not in {code for code, _ in country_names("en")}, "never offered for a real assessment"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sample_state_is_named_in_each_language_and_like_no_real_state(lang: str) -> None:
    name = country_name(SAMPLE_STATE, lang)
    assert name == SAMPLE_STATE_NAMES[lang]
    assert name not in {n for _, n in country_names(lang)}
    assert is_sample_state(" xex ")


def test_a_real_assessment_for_the_sample_state_is_refused(bundled_service: AssessmentService) -> None:
    with pytest.raises(InvalidProfile, match="fictional"):
        bundled_service.create_assessment("workshop-demo", country=SAMPLE_STATE, cycle="2025")
    assert bundled_service.list_assessments() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_four_samples_load_and_check_in_every_language(bundled_service: AssessmentService, lang: str) -> None:
    samples = make_samples(bundled_service, lang).by_stage
    assert set(samples) == set(STAGES)
    for stage, summary in samples.items():
        assert summary.training and summary.country == SAMPLE_STATE and summary.cycle == CYCLES[stage]
        bundled_service.status(summary.id, lang)  # every answer reads back and is checked in this language
    empty, half, complete, carried = (samples[s] for s in STAGES)
    assert bundled_service.answers(empty.id) == {}
    assert complete.status == "final"
    assert bundled_service.progress(complete.id).required_missing == 0
    problems = {i.item_id for i in bundled_service.issues(half.id, lang)}
    assert {"wd_optimal_implementation", "wd_legislation_enacted", "wd_officials_trained"} <= problems
    assert not {i.item_id for i in bundled_service.issues(complete.id, lang) if i.severity == "error"}
    carried_answers = bundled_service.answers(carried.id)
    assert carried_answers and all(a.origin == "carried_forward" for a in carried_answers.values())
    assert (
        carried_answers["wd_main_institution"].value
        == bundled_service.answers(complete.id)["wd_main_institution"].value
    )


def test_making_the_samples_again_returns_the_same_assessments(bundled_service: AssessmentService) -> None:
    first = make_samples(bundled_service, "en").by_stage
    again = make_samples(bundled_service, "fr").by_stage
    assert {s: a.id for s, a in first.items()} == {s: a.id for s, a in again.items()}
    assert len(bundled_service.list_assessments()) == 4
