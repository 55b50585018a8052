"""The trainer's view of a class: twenty packages in a folder, one altered, one a draft, one a real submission;
each is named with the right problem, the rest are compared and analysed by the Secretariat's code."""

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
from omnibus.secretariat.class_report import render_class_report, summary_text
from omnibus.secretariat.class_results import read_class
from tests.export.helpers import replace_member, unzip

REPORT_STUB = b"%PDF-1.4\n% the trainee's report\n"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[AssessmentService]:
    store = Store.open(tmp_path / "trainer-home" / "assessments.db")
    yield AssessmentService(store, Catalogue.bundled(), "trainee", language="en")
    store.close()


def _hand_in(service: AssessmentService, folder: Path, name: str, *, training: bool = True, final: bool = True,
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
def classroom(service: AssessmentService, tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    for n in range(1, 18):
        _hand_in(service, folder, f"Trainee {n:02d}")
    _hand_in(service, folder, "Draft Trainee", final=False)
    _hand_in(service, folder, "Real Official", training=False, country="KEN")
    tampered = _hand_in(service, folder, "Tampered Trainee")
    data = tampered.read_bytes()
    responses = json.loads(dict(unzip(data))[RESPONSES])
    for answer in responses["answers"]:
        if answer["item_id"] == "wd_officials_trained":
            answer["value"] = 9999
    tampered.write_bytes(replace_member(data, RESPONSES, json.dumps(responses).encode()))
    (folder / "notes.omnibus").write_bytes(b"not a package at all")
    return folder


def test_each_package_is_named_with_its_problems(classroom: Path) -> None:
    results = read_class(classroom, "en")
    by_who = {h.who: h for h in results.handed_in}
    assert len(results.handed_in) == 21
    assert [p.kind for p in by_who["Tampered Trainee"].problems] == ["tampered"]
    assert [p.kind for p in by_who["Real Official"].problems] == ["not_training"]
    assert [p.kind for p in by_who["notes.omnibus"].problems] == ["unreadable"]
    assert sorted((p.kind, p.item_id) for p in by_who["Draft Trainee"].problems) == [
        ("constraint", "wd_officials_trained"),
        ("draft", ""),
        ("evidence", "wd_legislation_enacted"),
        ("required", "wd_optimal_implementation"),
    ]
    for n in range(1, 18):
        assert by_who[f"Trainee {n:02d}"].problems == ()
    assert {h.who for h in results.counted} == {f"Trainee {n:02d}" for n in range(1, 18)} | {"Draft Trainee"}
    assert summary_text(results) == "21 files handed in: 18 readable training packages, 17 of them without problems."


def test_the_secretariat_analysis_counts_every_trainee_and_no_real_submission(classroom: Path) -> None:
    analysis = read_class(classroom, "en").analysis
    assert analysis is not None
    assert analysis.include_training
    assert analysis.packages_counted == 18, "every trainee counts, although all answer for the same State and cycle"
    assert analysis.table("needs_by_type").column("requests") == (17,), "the one need of each final package"


def test_the_debriefing_pdf_says_the_right_thing_about_each_package(classroom: Path, tmp_path: Path) -> None:
    import subprocess

    pdf = tmp_path / "class.pdf"
    pdf.write_bytes(render_class_report(read_class(classroom, "en")))
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())  # fmt: skip
    assert "Results of the class" in text
    assert "altered after it was signed, or damaged" in text
    assert "not a training package: a real submission" in text
    assert "a draft: not marked final before handing in" in text
    assert "required question not answered: Measures are taken conducive" in text
    assert "National Judicial and Police Training Academy" in text  # the answers side by side
    assert "The Secretariat's analysis of the class" in text
