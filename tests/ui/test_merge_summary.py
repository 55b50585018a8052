"""The summary shown after a contribution is merged counts in the focal point's language: "1 section approuvée",
not "1 sections approuvées". Each count has its own plural forms, so one, none and several all read correctly."""

from __future__ import annotations

from pathlib import Path

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_contribution, read_assignment
from omnibus.model.service import AssessmentService
from tests.ui.conftest import create_assessment
from tests.ui.test_collaboration_window import assign_values_section, institution, open_file

__all__ = ["institution"]  # the fixture, used by name


def _contribution(institution: AssessmentService, assignment_file: Path, folder: Path, signer: Signer) -> Path:
    """The institution answers one question and its head of unit signs the section off."""
    local = institution.open_assignment(read_assignment(assignment_file.read_bytes())).id
    institution.set_answer(local, "description", "Statistics are kept by the police.")
    institution.sign_off(local, "values", "M. Head", "Head of unit")
    path = folder / "round-1.omnibus-contribution"
    path.write_bytes(build_contribution(institution.prepare_contribution(local, "J. Doe"), signer))
    return path


def test_one_answer_and_one_sign_off_are_counted_in_the_singular_in_french(
    qtbot, build_app, institution, tmp_path, monkeypatch
) -> None:
    window = build_app("fr")
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    path = _contribution(institution, assign_values_section(qtbot, window, tmp_path), tmp_path, Signer.generate())
    said = open_file(qtbot, window, monkeypatch, path, "Oui", "OK")
    assert service.answer(aid, "description").value == "Statistics are kept by the police."
    assert [s.name for s in service.sign_offs(aid)] == ["M. Head"]
    assert said[1] == (
        "Contribution de Ministry of Interior, envoi 1 : 1 réponse reprise, 0 conflit à régler, 1 section approuvée."
    )


def test_several_answers_are_counted_in_the_plural_in_english(
    qtbot, build_app, institution, tmp_path, monkeypatch
) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    local = institution.open_assignment(read_assignment(assign_values_section(qtbot, window, tmp_path).read_bytes()))
    institution.set_answer(local.id, "description", "Kept by the police.")
    institution.set_answer(local.id, "cases", 15)
    path = tmp_path / "round-1.omnibus-contribution"
    path.write_bytes(build_contribution(institution.prepare_contribution(local.id, "J. Doe"), Signer.generate()))
    said = open_file(qtbot, window, monkeypatch, path, "Yes", "OK")
    assert service.answer(aid, "cases").value == 15
    assert "round 1: 2 answers taken, 0 conflicts to settle, 0 sections signed off." in said[1]
