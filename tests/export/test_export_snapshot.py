"""A package is one reading of the assessment: edits made while it renders change nothing in it, and whatever
`verify` accepts the Secretariat imports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from omnibus.export.assessment_export import export_assessment
from omnibus.export.keys import Signer
from omnibus.export.responses import parse_responses
from omnibus.export.verify import open_package, verify_package
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from omnibus.secretariat.db import open_session
from omnibus.secretariat.importer import Importer

CURRICULUM = b"%PDF-1.4 the curriculum as it stood"


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AssessmentService]:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    store = Store.open(tmp_path / "assessments.db")
    yield AssessmentService(store, Catalogue.bundled(), "tester")
    store.close()


def in_another_thread(work: object) -> None:
    """Run `work` on another thread and wait for it, as the window's thread edits while a worker exports."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            work()  # type: ignore[operator]
        except BaseException as exc:  # reported on the test's thread
            failures.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert not failures, failures


def secretariat_outcome(package: bytes, folder: Path) -> str:
    path = folder / "inbox.omnibus"
    path.write_bytes(package)
    with open_session(folder / "secretariat.db", write=True) as session:
        (decision,) = Importer(session).import_files([path]).decisions
    return f"{decision.outcome}: {decision.category} {decision.reason}"


def test_edits_while_the_report_renders_do_not_reach_the_package(service: AssessmentService, tmp_path: Path) -> None:
    aid = service.create_assessment("workshop-demo", country="MEX", cycle="2026").id
    service.set_answers(aid, {"wd_optimal_implementation": "partially", "wd_curriculum": "Two modules a year."})
    digest = service.add_attachment(aid, "wd_curriculum_files", CURRICULUM, "curriculum.pdf", "application/pdf")
    assert digest.answer is not None and isinstance(digest.answer.value, list)
    sha = digest.answer.value[0]["sha256"]
    edited: list[str] = []

    def edit_once(fraction: float, message: str) -> None:
        if 0.05 < fraction < 0.9 and not edited:  # the PDF is rendering
            edited.append(message)

            def edit() -> None:
                service.remove_attachment(aid, "wd_curriculum_files", sha)
                service.set_answer(aid, "wd_curriculum", "Changed while the report was rendering.")

            in_another_thread(edit)

    result = export_assessment(service, aid, tmp_path / "out.omnibus", Signer.generate(), progress=edit_once)

    assert edited, "the report rendered without reporting progress"
    assert "wd_curriculum_files" not in service.answers(aid)  # the edits were stored
    package = result.path.read_bytes()
    assert verify_package(package).ok
    opened = open_package(package)
    assert opened.attachments == {sha: CURRICULUM}
    values = parse_responses(opened.responses).values()
    assert values["wd_curriculum"] == "Two modules a year."
    assert values["wd_curriculum_files"][0]["sha256"] == sha
    outcome = secretariat_outcome(package, tmp_path)
    assert outcome.startswith(("accepted", "pending")), outcome
