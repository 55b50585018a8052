"""What the focal point reads in the overview per institution when it assigned answers carried forward from the
earlier cycle: the one the ministry confirmed is the ministry's answer, the one it left as it came is still to be
confirmed (its own column), and neither is counted as answered by others."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_assignment, build_contribution, read_assignment, read_contribution
from tests.ui.conftest import create_assessment, institutions_row
from tests.ui.test_collaboration_window import (
    CLICK,
    PASSPHRASE,
    assign_values_section,
    button,
    institution,
    open_file,
)
from tests.ui.test_start_page import in_next_dialog
from tests.ui.test_working_together_counts import _type_number

__all__ = ["institution"]  # the fixture, used by name


def _carry_forward(qtbot, window, cycle: str):
    """Start the next cycle from the assessment just answered, on the start screen."""
    window.show_start()
    form = window.start_page.form
    form.start_from.setCurrentIndex(1)
    form.cycle.clear()
    qtbot.keyClicks(form.cycle, cycle)
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    return window.view


def test_the_overview_counts_a_confirmed_carried_answer_as_the_ministrys_and_one_left_as_to_confirm(
    qtbot, build_app, institution, tmp_path, monkeypatch
) -> None:
    window = build_app()
    earlier = create_assessment(qtbot, window, cycle="2024")
    _type_number(qtbot, earlier, "cases", "12")
    _type_number(qtbot, earlier, "budget", "3.5")
    service = window.ctx.session.service
    qtbot.waitUntil(lambda: service.answer(earlier.controller.id, "budget") is not None, timeout=3000)
    view = _carry_forward(qtbot, window, "2025")
    aid = view.controller.id
    assert {k: a.confirmed for k, a in service.answers(aid).items()} == {"cases": False, "budget": False}

    assignment_file = assign_values_section(qtbot, window, tmp_path)
    local = institution.open_assignment(read_assignment(assignment_file.read_bytes())).id
    institution.confirm(local, "cases")  # what its Confirm button does; "budget" is left as it came
    path = tmp_path / "round-1.omnibus-contribution"
    path.write_bytes(build_contribution(institution.prepare_contribution(local), Signer.generate()))
    said = open_file(qtbot, window, monkeypatch, path, "Yes", "OK")
    assert "1 answer taken" in said[1]
    cases, budget = service.answer(aid, "cases"), service.answer(aid, "budget")
    assert (cases.confirmed, cases.institution) == (True, "Ministry of Interior")
    assert (budget.confirmed, budget.origin) == (False, "carried_forward")

    qtbot.waitUntil(lambda: window.view is not view and window.view is not None, timeout=10000)
    view = window.view
    row = institutions_row(view)
    shown = [row[h] for h in ("Assigned", "Answered", "Answered by others", "To confirm")]
    assert shown == ["4", "1", "0", "1"]
    [overview] = service.institution_overview(aid)
    assert (overview.answered, overview.answered_by_others, overview.to_confirm) == (1, 0, 1)


def test_the_ministry_confirms_a_carried_answer_with_its_confirm_button_and_the_focal_point_counts_it(
    qtbot, build_app, institution, tmp_path, monkeypatch
) -> None:
    """On the ministry's laptop (the window here; the focal point is a second database): the assigned answer
    carried forward asks to be confirmed, Confirm stores it, the contribution says so, and after the merge the
    focal point counts it as the ministry's and the one left untouched as still to be confirmed."""
    focal = institution  # here the other database is the focal point's
    earlier = focal.create_assessment("ui-every-type", country="KEN", cycle="2024", focal_point="A. Focal").id
    focal.set_answers(earlier, {"cases": 12, "budget": 3.5})
    aid = focal.carry_forward(earlier, "2025").id
    assignment = focal.assign(aid, "Ministry of Interior", sections=["values"])
    assignment_file = tmp_path / "to-interior.omnibus-assignment"
    assignment_file.write_bytes(build_assignment(focal.assignment_contents(aid, assignment.id), Signer.generate()))

    window = build_app()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(assignment_file), ""))
    window.exchange_action.trigger()
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    service, local = window.ctx.session.service, window.view.controller.id
    window.view.show_item("cases")
    widgets = window.view.section_page("values").widgets
    assert widgets["cases"].confirm_row is not None and widgets["cases"].confirm_row.isVisible()
    qtbot.mouseClick(widgets["cases"].confirm_row.button, CLICK)
    qtbot.waitUntil(lambda: service.answer(local, "cases").confirmed, timeout=3000)
    assert not service.answer(local, "budget").confirmed

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "outbox"))
    in_next_dialog(qtbot, lambda box: qtbot.mouseClick(button(box, "OK"), CLICK))
    window.contribute_action.trigger()
    [written] = (tmp_path / "outbox").iterdir()
    contribution = read_contribution(written.read_bytes())
    assert (contribution.answers["cases"].confirmed, contribution.answers["budget"].confirmed) == (True, False)

    focal.merge_contribution(aid, contribution, trust=contribution.fingerprint)
    assert focal.item_provenance(aid, "cases").institution == "Ministry of Interior"
    [overview] = focal.institution_overview(aid)
    assert (overview.answered, overview.answered_by_others, overview.to_confirm) == (1, 0, 1)
