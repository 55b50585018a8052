"""What the focal point reads after colleagues in other ministries contribute: who answered (its own answers under
its name, not the computer's login), what each institution answered itself (the overview counts the focal point's
answers apart) and what a merge changed (a sign-off sent again is not counted again)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_contribution, read_assignment
from tests.ui.conftest import create_assessment, institutions_row
from tests.ui.test_collaboration_window import assign_values_section, institution, open_file

__all__ = ["institution"]  # the fixture, used by name


def _type_number(qtbot, view, item_id: str, text: str) -> None:
    """Type a number into a question and press Return, as the focal point does."""
    view.show_item(item_id)
    widget = view.section_page("values").widgets[item_id]
    qtbot.keyClicks(widget.line, text)
    qtbot.keyClick(widget.line, Qt.Key.Key_Return)


def test_an_answer_typed_in_the_window_is_recorded_under_the_focal_points_name(qtbot, build_app) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)  # the form names the focal point "A. Focal"
    service, aid = window.ctx.session.service, view.controller.id
    _type_number(qtbot, view, "cases", "12")
    qtbot.waitUntil(lambda: service.answer(aid, "cases") is not None, timeout=3000)
    assert service.answer(aid, "cases").answered_by == "A. Focal"
    assert service.item_provenance(aid, "cases").person == "A. Focal"


def test_the_overview_counts_what_the_institution_answered_and_a_resent_sign_off_once(
    qtbot, build_app, institution, tmp_path, monkeypatch
) -> None:
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    assignment_file = assign_values_section(qtbot, window, tmp_path)
    signer = Signer.generate()
    local = institution.open_assignment(read_assignment(assignment_file.read_bytes())).id
    institution.set_answer(local, "description", "Statistics are kept by the police.")
    institution.sign_off(local, "values", "M. Head", "Head of unit")
    first = tmp_path / "round-1.omnibus-contribution"
    first.write_bytes(build_contribution(institution.prepare_contribution(local, "J. Doe"), signer))
    said = open_file(qtbot, window, monkeypatch, first, "Yes", "OK")
    assert said[1].endswith("1 answer taken, 0 conflicts to settle, 1 section signed off.")
    qtbot.waitUntil(lambda: window.view is not view and window.view is not None, timeout=10000)
    view = window.view

    _type_number(qtbot, view, "cases", "12")  # the focal point answers one of the institution's questions itself
    qtbot.waitUntil(lambda: service.answer(aid, "cases") is not None, timeout=3000)
    institution.set_answer(local, "budget", 1500)
    second = tmp_path / "round-2.omnibus-contribution"
    second.write_bytes(build_contribution(institution.prepare_contribution(local, "J. Doe"), signer))
    said = open_file(qtbot, window, monkeypatch, second, "OK")
    assert said[0].endswith("1 answer taken, 0 conflicts to settle, 0 sections signed off.")  # sent again
    assert [(s.section_id, s.name) for s in service.sign_offs(aid)] == [("values", "M. Head")]

    qtbot.waitUntil(lambda: window.view is not view and window.view is not None, timeout=10000)
    view = window.view
    row = institutions_row(view)
    assert (row["Assigned"], row["Answered"], row["Answered by others"]) == ("4", "2", "1")
    [overview] = service.institution_overview(aid)
    assert (overview.answered, overview.answered_by_others) == (2, 1)
