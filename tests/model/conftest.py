"""Fixtures for the store and service tests: a fresh database in a temporary folder for every test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def q1() -> Questionnaire:
    """Edition 1.0 of a questionnaire with every item type, conditions, constraints and evidence rules."""
    return load_questionnaire(FIXTURES / "all-types-1.yaml")


@pytest.fixture(scope="session")
def q2() -> Questionnaire:
    """Edition 2.0: `old_notes` renamed `notes`, `cooperation` removed, `new_question` added."""
    return load_questionnaire(FIXTURES / "all-types-2.yaml")


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "assessments.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    if opened.is_open:
        opened.close()


@pytest.fixture
def catalogue() -> Catalogue:
    return Catalogue((FIXTURES,))


@pytest.fixture
def service(store: Store, catalogue: Catalogue) -> AssessmentService:
    return AssessmentService(store, catalogue, "tester", language="en")


@pytest.fixture
def aid(service: AssessmentService, q1: Questionnaire) -> str:
    return service.create_assessment(q1, country="KEN", cycle="2024", institution="Ministry of Justice").id


@pytest.fixture
def interior(tmp_path: Path, catalogue: Catalogue) -> Iterator[AssessmentService]:
    """A ministry's own database on a laptop whose login is `jdoe`, with no profile (a test module may define its
    own, with another login)."""
    service = AssessmentService(Store.open(tmp_path / "interior.db"), catalogue, "jdoe")
    yield service
    service.store.close()
