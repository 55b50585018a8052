"""What the focal point reads when an assignment named no contact person: the answer, and the conflict view's
"theirs", are the ministry's, said as the institution alone, and the ministry laptop's login ("interior.officer")
is nowhere to be read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_contribution, read_assignment
from omnibus.ui.assessment.navigator import REVIEW
from omnibus.ui.collaboration.conflicts_dialog import ConflictsDialog
from tests.ui.conftest import create_assessment
from tests.ui.test_collaboration_window import assign_values_section, institution, open_file
from tests.ui.test_start_page import in_next_dialog, plain

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
    institution.set_answer(local, "cases", 15)
    view.controller.set_value("cases", 12)  # the focal point changed it too: a conflict
    contribution = institution.prepare_contribution(local)  # as its window writes it: nobody named
    path = tmp_path / "round-1.omnibus-contribution"
    path.write_bytes(build_contribution(contribution, Signer.generate()))
    said = open_file(qtbot, window, monkeypatch, path, "Yes", "OK")
    assert "1 answer taken, 1 conflict" in said[1]
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

    def read_theirs(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        shown.append(plain(dialog.theirs.who.text()))
        dialog.close()

    shown: list[str] = []
    view.show_page(view.page_keys.index(REVIEW))
    in_next_dialog(qtbot, read_theirs)
    qtbot.mouseClick(view.overview.conflicts, Qt.MouseButton.LeftButton)
    [who] = shown
    assert who.startswith("Given by Ministry of Interior, ") and who.endswith(", round 1"), who
