"""What the focal point reads when an assignment named no contact person: the answer is the ministry's, said as
the institution alone, and the ministry laptop's login ("interior.officer") is nowhere to be read."""

from __future__ import annotations

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_contribution, read_assignment
from tests.ui.conftest import create_assessment
from tests.ui.test_collaboration_window import assign_values_section, institution, open_file
from tests.ui.test_start_page import plain

__all__ = ["institution"]  # the fixture, used by name


def test_the_provenance_line_names_the_institution_not_the_ministrys_login(
    qtbot, build_app, institution, tmp_path, monkeypatch
) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    assignment_file = assign_values_section(qtbot, window, tmp_path, contact="")
    local = institution.open_assignment(read_assignment(assignment_file.read_bytes())).id
    institution.set_answer(local, "description", "Statistics are kept by the police.")
    contribution = institution.prepare_contribution(local)  # as its window writes it: nobody named
    path = tmp_path / "round-1.omnibus-contribution"
    path.write_bytes(build_contribution(contribution, Signer.generate()))
    said = open_file(qtbot, window, monkeypatch, path, "Yes", "OK")
    assert "1 answer taken" in said[1]
    stored, given = service.answer(aid, "description"), service.item_provenance(aid, "description")
    assert (stored.answered_by, stored.institution) == ("", "Ministry of Interior")
    assert (given.institution, given.person) == ("Ministry of Interior", "")

    qtbot.waitUntil(lambda: window.view is not view and window.view is not None, timeout=10000)
    view = window.view
    view.show_item("description")
    line = plain(view.section_page("values").widgets["description"].provenance.text())
    assert line.startswith("Answered by Ministry of Interior on "), line
    assert "interior.officer" not in line and "(" not in line
    assert "interior.officer" not in view.navigator.item_rows["description"].toolTip(0)
