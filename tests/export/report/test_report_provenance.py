"""The report names, under each section, the institutions that contributed answers to it and the sign-offs."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from tests.export.report.conftest import flat, pdf_text

from omnibus.export.report import render_report
from omnibus.export.report.context import report_context
from omnibus.model.catalogue import Catalogue
from omnibus.model.collaboration import ReceivedAssignment
from omnibus.model.dates import format_date
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store


@pytest.fixture
def merged(tmp_path: Path) -> tuple[AssessmentService, str]:
    """The focal point's assessment after the Ministry of Interior's contribution to one section, signed off."""
    focal = AssessmentService(Store.open(tmp_path / "focal.db"), Catalogue.bundled(), "focal")
    interior = AssessmentService(Store.open(tmp_path / "interior.db"), Catalogue.bundled(), "amina")
    aid = focal.create_assessment("workshop-demo", country="KEN", cycle="2025").id
    focal.set_answer(aid, "wd_institutions_exist", "yes")
    assignment = focal.assign(aid, "Ministry of Interior", sections=["wd_tr_figures"])
    local = interior.open_assignment(ReceivedAssignment(focal.assignment_contents(aid, assignment.id), "f0" * 32)).id
    interior.set_answer(local, "wd_officials_trained", 120)
    interior.sign_off(local, "wd_tr_figures", "A. Mwangi", "Head of unit", date(2025, 3, 1))
    contribution = replace(interior.prepare_contribution(local), fingerprint="a1" * 32, digest="d" * 64)
    focal.merge_contribution(aid, contribution, trust="a1" * 32)
    interior.store.close()
    return focal, aid


def test_each_section_names_its_contributors_and_sign_offs(merged: tuple[AssessmentService, str]) -> None:
    focal, aid = merged
    report = report_context(focal.snapshot(aid, "fr"), package_hash=None, key_fingerprint=None)
    sections = {s.id: s for m in report.modules for s in m.sections}
    assert sections["wd_tr_figures"].contributors == ("Ministry of Interior",)
    [signed] = sections["wd_tr_figures"].sign_offs
    assert (signed.name, signed.function, signed.institution, signed.date) == (
        "A. Mwangi",
        "Head of unit",
        "Ministry of Interior",
        "1 mars 2025",
    )
    assert sections["wd_tr_institutions"].contributors == () and sections["wd_tr_institutions"].sign_offs == ()
    focal.store.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_pdf_says_it_in_the_report_language(
    merged: tuple[AssessmentService, str], tmp_path: Path, lang: str
) -> None:
    focal, aid = merged
    report = report_context(focal.snapshot(aid, lang), package_hash=None, key_fingerprint=None)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_report(report))
    text = flat(pdf_text(pdf))
    assert flat(report.labels["contributed_by"]) in text and flat(report.labels["signed_off"]) in text
    assert "MinistryofInterior" in text and "A.Mwangi" in text
    # the date in the report's long form (pdftotext breaks an Arabic date around its digits: look for the month)
    assert {"en": "1March2025", "ar": "آذار/مارس"}[lang] in text and "2025-03-01" not in text
    focal.store.close()


@pytest.mark.parametrize(
    ("lang", "contributed", "signed"),
    [
        ("fr", r"Réponses fournies par\s:\sMinistry of Interior", r"Validé\s:\sA\. Mwangi, Head of unit"),
        ("zh", "答复提供方：Ministry of Interior", r"已核准：A\. Mwangi，Head of unit（Ministry of Interior），"),
    ],
)
def test_the_provenance_lines_are_punctuated_and_dated_as_the_language_writes(
    merged: tuple[AssessmentService, str], tmp_path: Path, lang: str, contributed: str, signed: str
) -> None:
    """French puts a space before the colon, Chinese writes a full-width colon; the date is the report's long form."""
    focal, aid = merged
    report = report_context(focal.snapshot(aid, lang), package_hash=None, key_fingerprint=None)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_report(report))
    text = pdf_text(pdf).replace("\u00a0", " ")
    assert re.search(contributed, text), text
    assert re.search(signed + ".*" + re.escape(format_date(date(2025, 3, 1), lang)), text), text
    focal.store.close()
