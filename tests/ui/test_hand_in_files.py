"""Handing in without Qt: the names proposed for the files, and the package note a later PDF relies on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from omnibus.ui.hand_in import HandIn, default_file_name
from tests.export.report.conftest import flat, pdf_text


def quiet(_done: int, _total: int, _what: str) -> None:
    """Progress is not looked at here."""


@pytest.fixture
def service(tmp_path: Path) -> Iterator[AssessmentService]:
    store = Store.open(tmp_path / "assessments.db")
    yield AssessmentService(store, Catalogue.bundled(), "tester")
    store.close()


def final_demo(service: AssessmentService) -> str:
    q = Catalogue.bundled().find("workshop-demo")
    assert q is not None
    aid = service.create_assessment(q, country="KEN", cycle="2026").id
    service.set_answers(aid, {"wd_optimal_implementation": "in_place", "wd_institutions_exist": "no",
                              "wd_legislation_enacted": "no"})  # fmt: skip
    service.mark_final(aid)
    return aid


def test_file_names_say_whose_which_questionnaire_and_cycle() -> None:
    assert default_file_name("KEN", "untoc", "2026", False, ".pdf") == "KEN-untoc-2026.pdf"
    assert default_file_name("KEN", "untoc", "2026", True, ".omnibus") == "KEN-untoc-2026-training.omnibus"
    assert default_file_name("MEX", "untoc", "2026 / 27", False, ".pdf") == "MEX-untoc-2026_27.pdf", "no folders"
    assert default_file_name("MEX", "untoc", "", False, ".pdf") == "MEX-untoc-cycle.pdf"


def test_pdf_after_packaging_carries_the_signature_until_an_answer_changes(service, tmp_path):
    hand_in = HandIn(tmp_path / "home")
    aid = final_demo(service)
    result = hand_in.export(service, aid, tmp_path / "KEN.omnibus", "a good passphrase", "en", quiet)
    cover = flat(pdf_text(hand_in.report(service, aid, tmp_path / "after.pdf", "en", quiet), "-l", "1"))
    assert result.responses_sha256 in cover and result.signer_fingerprint.upper() in cover
    assert "Notyetpackaged" not in cover
    service.reopen(aid)
    cover = flat(pdf_text(hand_in.report(service, aid, tmp_path / "changed.pdf", "en", quiet), "-l", "1"))
    assert "Notyetpackaged" in cover and result.responses_sha256 not in cover


def test_a_damaged_package_note_only_loses_the_signature_details(service, tmp_path):
    hand_in = HandIn(tmp_path / "home")
    aid = final_demo(service)
    hand_in.export(service, aid, tmp_path / "KEN.omnibus", "a good passphrase", "en", quiet)
    (tmp_path / "home" / "packaged" / f"{aid}.json").write_text("{not json", encoding="utf-8")
    cover = flat(pdf_text(hand_in.report(service, aid, tmp_path / "after.pdf", "en", quiet), "-l", "1"))
    assert "Notyetpackaged" in cover
