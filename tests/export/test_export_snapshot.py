"""A package is one reading of the assessment: edits made while it renders change nothing in it, and whatever
`verify` accepts the Secretariat imports."""

from __future__ import annotations

import hashlib
import random
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnibus.export.assessment_export import export_assessment
from omnibus.export.keys import Signer
from omnibus.export.responses import parse_responses
from omnibus.export.verify import open_package, verify_package
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService, ServiceError
from omnibus.model.store import Store
from omnibus.model.values import ValueRejected
from omnibus.secretariat.db import open_session
from omnibus.secretariat.importer import Importer
from omnibus.secretariat.sample_answers import sample_answers
from tests.support.answers import first_digest

CURRICULUM = b"%PDF-1.4 the curriculum as it stood"


@pytest.fixture
def service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AssessmentService]:
    monkeypatch.setenv("OMNIBUS_HOME", str(tmp_path / "home"))
    store = Store.open(tmp_path / "assessments.db")
    yield AssessmentService(store, Catalogue.bundled(), "tester")
    store.close()


def in_another_thread(work: Callable[[], object]) -> None:
    """Run `work` on another thread and wait for it, as the window's thread edits while a worker exports."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            work()
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
    sha = first_digest(digest.answer)
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


CATALOGUE = Catalogue.bundled()
WORKSHOP = CATALOGUE.find("workshop-demo")
FILES = (b"%PDF-1.4 first", b"%PDF-1.4 second", b"plain notes")
REQUIRED = {"wd_optimal_implementation": "in_place", "wd_institutions_exist": "yes", "wd_legislation_enacted": "no"}

items = st.sampled_from(sorted(WORKSHOP.items) if WORKSHOP else ["none"])
operations = st.lists(
    st.one_of(
        st.tuples(st.just("answer"), items, st.integers(0, 30)),
        st.tuples(st.just("clear"), items),
        st.tuples(st.just("draft"), items, st.text(alphabet="ab yz", max_size=8)),
        st.tuples(st.just("comment"), items, st.text(alphabet="ab yz", max_size=8)),
        st.tuples(st.just("confirm"), items),
        st.tuples(st.just("attach"), st.integers(0, len(FILES) - 1)),
        st.tuples(st.just("detach"), st.integers(0, len(FILES) - 1)),
        st.tuples(st.just("complete")),
        st.tuples(st.just("carry_forward")),
        st.tuples(st.just("final")),
        st.tuples(st.just("reopen")),
    ),
    max_size=14,
)


def apply(service: AssessmentService, aid: str, operation: tuple[Any, ...]) -> str:
    """Do what a respondent might; the assessment to go on with (another one after a carry-forward)."""
    assert WORKSHOP is not None
    kind, *args = operation
    if kind == "answer":
        value = sample_answers(WORKSHOP, random.Random(args[1]), asks_reporting=True).get(args[0])
        service.set_answer(aid, args[0], value)
    elif kind == "clear":
        service.clear_answer(aid, args[0])
    elif kind == "draft":
        service.save_draft(aid, args[0], args[1], "not a valid answer yet")
    elif kind == "comment":
        service.set_comment(aid, args[0], args[1])
    elif kind == "confirm":
        service.confirm(aid, args[0])
    elif kind == "attach":
        service.add_attachment(aid, "wd_curriculum_files", FILES[args[0]], f"file{args[0]}.pdf", "application/pdf")
    elif kind == "detach":
        service.remove_attachment(aid, "wd_curriculum_files", hashlib.sha256(FILES[args[0]]).hexdigest())
    elif kind == "complete":
        service.set_answers(aid, REQUIRED)
    elif kind == "carry_forward":
        return service.carry_forward(aid, service.proposed_cycle(aid)).id
    elif kind == "final":
        service.mark_final(aid)
    else:
        service.reopen(aid)
    return aid


SIGNER = Signer.generate()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_every_package_that_verifies_is_imported_by_the_secretariat(plan: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        store = Store.open(home / "assessments.db")
        try:
            service = AssessmentService(store, CATALOGUE, "tester")
            aid = service.create_assessment("workshop-demo", country="KEN", cycle="2026").id
            for operation in plan:
                try:
                    aid = apply(service, aid, operation)
                except (
                    ServiceError,
                    ValueRejected,
                ):  # refused (a final assessment, an incomplete one, a missing file): nothing changed
                    continue
            result = export_assessment(service, aid, home / "out.omnibus", SIGNER)
        finally:
            store.close()
        package = result.path.read_bytes()
        assert verify_package(package).ok
        outcome = secretariat_outcome(package, home)
        assert outcome.startswith(("accepted", "pending")), outcome
