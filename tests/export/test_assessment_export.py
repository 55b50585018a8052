"""Handing in an assessment: service → signed package (and report) → what the Secretariat reads back."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest

from omnibus.cli import main
from omnibus.export.assessment_export import export_assessment
from omnibus.export.keys import Signer
from omnibus.export.responses import parse_responses
from omnibus.export.verify import load_package_file, open_package
from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from omnibus.secretariat.sample_answers import sample_answers


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AssessmentService]:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    store = Store.open(tmp_path / "assessments.db")
    yield AssessmentService(store, Catalogue.bundled(), "tester")
    store.close()


def answered_demo(service: AssessmentService) -> str:
    q = Catalogue.bundled().find("workshop-demo")
    assert q is not None
    aid = service.create_assessment(q, country="MEX", cycle="2026", institution="Fiscalía General").id
    for attempt in range(50):  # the sample generator may draw a date outside an item's bounds: try another seed
        try:
            service.set_answers(aid, sample_answers(q, random.Random(attempt), asks_reporting=True))
            break
        except Exception:
            continue
    service.add_attachment(aid, "wd_curriculum_files", b"%PDF-1.4 curriculum", "curriculum.pdf", "application/pdf")
    service.set_comment(aid, "wd_optimal_implementation", "Agreements with two neighbouring States.")
    return aid


def test_exported_package_verifies_and_carries_every_answer(service: AssessmentService, tmp_path: Path) -> None:
    aid = answered_demo(service)
    signer = Signer.generate()
    steps: list[float] = []
    result = export_assessment(
        service, aid, tmp_path / "out.omnibus", signer, lang="ar", progress=lambda f, _m: steps.append(f)
    )
    assert steps[0] == 0.0 and steps[-1] == 1.0 and steps == sorted(steps)
    opened = open_package(result.path.read_bytes())
    manifest = opened.manifest
    assert (manifest.country, manifest.reporting_cycle, manifest.status) == ("MEX", "2026", "draft")
    assert manifest.signer == signer.fingerprint == result.signer_fingerprint
    responses = parse_responses(opened.responses)
    stored = {item: a.value for item, a in service.answers(aid).items()}
    assert responses.values() == stored
    assert responses.relevant_items == tuple(sorted(service.relevant(aid)))
    comment = next(a.comment for a in responses.answers if a.item_id == "wd_optimal_implementation")
    assert comment == "Agreements with two neighbouring States."
    files = opened.questionnaires
    main_file = next(name for name, data in files.items() if b"kind: questionnaire" in data)
    q = load_questionnaire_bytes(files[main_file], main_file, files.get)
    assert q.content_hash == manifest.questionnaire.sha256
    (digest,) = opened.attachments
    assert opened.attachments[digest] == b"%PDF-1.4 curriculum"
    assert opened.report.startswith(b"%PDF")


def test_export_encrypts_to_the_secretariat(service: AssessmentService, tmp_path: Path) -> None:
    aid = answered_demo(service)
    identity = pyrage.x25519.Identity.generate()
    result = export_assessment(
        service, aid, tmp_path / "out.omnibus", Signer.generate(), recipients=[str(identity.to_public())]
    )
    assert result.encrypted and result.path.name.endswith(".omnibus.age")
    data, encrypted = load_package_file(result.path, [identity])
    assert encrypted and open_package(data).manifest.country == "MEX"


def test_cli_export_report_and_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", "a long enough passphrase")
    db = str(tmp_path / "a.db")
    assert main(["new", "--questionnaire", "workshop-demo", "--country", "KEN", "--cycle", "2026", "--db", db]) == 0
    aid = capsys.readouterr().out.strip()
    package = tmp_path / "KEN.omnibus"
    assert main(["export", aid[:8], "--out", str(package), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "Signed by SHA256:" in out
    assert main(["verify", str(package)]) == 0
    assert "VERIFIED" in capsys.readouterr().out
    assert main(["report", aid, "--out", str(tmp_path / "r.pdf"), "--lang", "fr", "--db", db]) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setenv("OMNIBUS_PASSPHRASE", "the wrong passphrase!")
    assert main(["export", aid, "--out", str(tmp_path / "again.omnibus"), "--db", db]) == 1
    assert "passphrase" in capsys.readouterr().err.lower()
    assert not (tmp_path / "again.omnibus").exists()


def test_the_package_names_the_focal_point_who_answered_not_the_login(
    service: AssessmentService, tmp_path: Path
) -> None:
    """The Secretariat reads who answered in the package: the focal point the assessment names, not "tester"."""
    q = Catalogue.bundled().find("workshop-demo")
    assert q is not None
    aid = service.create_assessment(
        q, country="MEX", cycle="2026", institution="Fiscalía General", focal_point="A. Diallo"
    ).id
    service.set_answer(aid, "wd_institutions_exist", "yes")
    service.set_comment(aid, "wd_optimal_implementation", "Agreements with two neighbouring States.")
    result = export_assessment(service, aid, tmp_path / "out.omnibus", Signer.generate())
    answers = parse_responses(open_package(result.path.read_bytes()).responses).answers
    assert {a.item_id: a.answered_by for a in answers} == {
        "wd_institutions_exist": "A. Diallo",
        "wd_optimal_implementation": "A. Diallo",
    }
