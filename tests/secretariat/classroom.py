"""A classroom's hand-in folder for the tests of the class's results: packages as trainees' laptops write them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path, PurePath

import pytest

from omnibus.export.assessment_export import package_info, responses_bytes
from omnibus.export.keys import Signer
from omnibus.export.manifest import QUESTIONNAIRE_PREFIX, REPORT, RESPONSES
from omnibus.export.package import export_package
from omnibus.model.catalogue import Catalogue
from omnibus.model.sample_state import SAMPLE_STATE
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from omnibus.model.training_samples import complete_answers, half_answers
from tests.export.helpers import replace_member, unzip

REPORT_STUB = b"%PDF-1.4\n% the trainee's report\n"


@pytest.fixture
def trainee_service(tmp_path: Path) -> Iterator[AssessmentService]:
    store = Store.open(tmp_path / "trainer-home" / "assessments.db")
    yield AssessmentService(store, Catalogue.bundled(), "trainee", language="en")
    store.close()


def hand_in(service: AssessmentService, folder: Path, name: str, *, training: bool = True, final: bool = True,
             country: str = SAMPLE_STATE) -> Path:  # fmt: skip
    """What a trainee's laptop writes: a package signed with that laptop's own key (the report is a stub here)."""
    summary = service.create_assessment(
        "workshop-demo", cycle="2025", training=training, country=country, focal_point=name, allow_duplicate=True
    )
    answers = complete_answers("en") if final else half_answers("en")
    if not final:  # half done, and the first required question forgotten
        del answers["wd_optimal_implementation"]
    service.set_answers(summary.id, answers)
    if final:
        service.set_comment(summary.id, "wd_optimal_implementation", f"{name} explains the gap.")
        service.mark_final(summary.id)
    snapshot = service.snapshot(summary.id, "en", with_files=True)
    members = {RESPONSES: responses_bytes(snapshot), REPORT: REPORT_STUB}
    for source in snapshot.questionnaire.files:
        members[QUESTIONNAIRE_PREFIX + PurePath(source.name).name] = source.content
    return export_package(folder / f"{name}.omnibus", package_info(snapshot), members, Signer.generate())


@pytest.fixture
def classroom(trainee_service: AssessmentService, tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    for n in range(1, 18):
        hand_in(trainee_service, folder, f"Trainee {n:02d}")
    hand_in(trainee_service, folder, "Draft Trainee", final=False)
    hand_in(trainee_service, folder, "Real Official", training=False, country="KEN")
    tampered = hand_in(trainee_service, folder, "Tampered Trainee")
    data = tampered.read_bytes()
    responses = json.loads(dict(unzip(data))[RESPONSES])
    for answer in responses["answers"]:
        if answer["item_id"] == "wd_officials_trained":
            answer["value"] = 9999
    tampered.write_bytes(replace_member(data, RESPONSES, json.dumps(responses).encode()))
    (folder / "notes.omnibus").write_bytes(b"not a package at all")
    return folder
