"""On the ministry's laptop the assessment is its part: the navigator and pages hold only the sections assigned,
questions of those sections it was not asked to answer are shown as read-only context, the review page counts its
part and offers its sign-off and contribution (not the focal point's overview), and on the focal point's side the
conflict view names the person the contribution names, not the ministry computer's login."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from omnibus.model.catalogue import Catalogue
from omnibus.model.sample_state import SAMPLE_STATE
from omnibus.ui.assessment.navigator import EXPORT, REVIEW
from omnibus.ui.assessment.review_page import ReviewPage
from omnibus.ui.collaboration.assign_dialog import AssignDialog
from omnibus.ui.collaboration.conflicts_dialog import ConflictsDialog
from omnibus.ui.collaboration.overview import InstitutionsOverview
from omnibus.ui.collaboration.part_panel import PartPanel
from omnibus.ui.main_window import MainWindow
from tests.ui.conftest import answer_choice, create_assessment
from tests.ui.test_role_play import FOCAL_PASSPHRASE, INTERIOR_PASSPHRASE, import_confirming_the_key
from tests.ui.test_start_page import in_next_dialog, plain
from tests.ui.test_trainer_kit import _tick_training

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def ministry_laptop(other_laptop: Callable[[str], MainWindow]) -> MainWindow:
    """A ministry's laptop: its own data folder, database and signing key; nobody set OMNIBUS_USER there."""
    return other_laptop("ministry-home")


def focal_point(qtbot, build_app) -> MainWindow:
    """The focal point's training assessment of the workshop questionnaire, one figure answered."""
    focal = build_app(catalogue=Catalogue.bundled())
    form = focal.start_page.form
    _tick_training(qtbot, form)
    form.questionnaire.setCurrentIndex(
        form.questionnaire.findText("Workshop demonstration", Qt.MatchFlag.MatchStartsWith)
    )
    create_assessment(qtbot, focal, country=SAMPLE_STATE)
    assert focal.view is not None
    focal.view.controller.set_value("wd_officials_trained", 40)
    return focal


def assign(qtbot, window: MainWindow, folder: Path, institution: str, contact: str, part: str) -> Path:
    """File › Assign to institutions…: tick one section, or one question inside its section."""
    written: list[Path] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        qtbot.keyClicks(dialog.institution, institution)
        qtbot.keyClicks(dialog.contact, contact)
        for section in dialog.sections():
            if section.data(0, Qt.ItemDataRole.UserRole)[1] == part:
                dialog.parts.setCurrentItem(section)
            for c in range(section.childCount()):
                child = section.child(c)
                assert child is not None
                if child.data(0, Qt.ItemDataRole.UserRole)[1] == part:
                    section.setExpanded(True)
                    dialog.parts.setCurrentItem(child)
        qtbot.keyClick(dialog.parts, Qt.Key.Key_Space)
        dialog.folder.setText(str(folder))
        qtbot.keyClicks(dialog.passphrase, FOCAL_PASSPHRASE)
        qtbot.mouseClick(dialog.write_button, CLICK)
        written.extend(dialog.written)
        dialog.close()

    in_next_dialog(qtbot, fill)
    window.assign_action.trigger()
    [path] = written
    return path


def open_on(qtbot, laptop: MainWindow, path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    laptop.exchange_action.trigger()
    qtbot.waitUntil(lambda: laptop.view is not None, timeout=10000)


def test_the_ministry_sees_its_section_counts_its_part_and_is_named_in_the_conflict(
    qtbot, build_app, ministry_laptop, tmp_path, monkeypatch
) -> None:
    focal = focal_point(qtbot, build_app)
    fview, session = focal.view, focal.ctx.session
    assert fview is not None and session is not None
    service, aid = session.service, fview.controller.id
    path = assign(qtbot, focal, tmp_path, "Ministry of Interior", "A. Mwangi", "wd_tr_figures")
    fview.controller.set_value("wd_officials_trained", 45)  # a conflict, staged
    open_on(qtbot, ministry_laptop, path, monkeypatch)
    mview = ministry_laptop.view
    assert mview is not None
    assert mview.page_keys == ["wd_tr_figures", REVIEW, EXPORT]
    assert list(mview.navigator.section_rows) == ["wd_tr_figures"]
    tree = mview.navigator.tree
    modules = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    assert len(modules) == 3, f"its one area, then Review and Hand in: {modules}"
    mview.controller.set_value("wd_officials_trained", 52)
    assert mview.position.text() == "Section 1 of 1 · 33 % answered"

    mview.show_page(mview.page_keys.index(REVIEW))
    review = mview.pages[REVIEW]
    assert isinstance(review, ReviewPage)
    summary = review.summary.text()
    assert summary.startswith("1 of 3 questions answered") and "required" not in summary
    assert review.findChildren(InstitutionsOverview) == []
    panel = mview.overview
    assert isinstance(panel, PartPanel) and panel.isVisible()
    assert "Ministry of Interior" in panel.about.text() and "No contribution written yet." in panel.about.text()

    # "Write contribution for the focal point…" on the review page writes the first round.
    back = tmp_path / "back"
    back.mkdir()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (INTERIOR_PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(back))
    said: list[str] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(plain(box.text()))
        box.accept()

    in_next_dialog(qtbot, note)
    qtbot.mouseClick(panel.contribute, CLICK)
    [contribution] = list(back.iterdir())
    ministry = ministry_laptop.ctx.session.service
    assert ministry.assignment_copy(mview.controller.id).last_round == 1 and said
    assert "Contributions written so far: 1." in panel.about.text()

    # The focal point imports it: the conflict names A. Mwangi, whom the contribution names, not the login.
    boxes = import_confirming_the_key(qtbot, focal, contribution, monkeypatch)
    assert "1 conflict to settle" in boxes[1]
    [conflict] = service.conflicts(aid)
    assert conflict.person == "A. Mwangi"
    qtbot.waitUntil(lambda: focal.view is not None and focal.view is not fview, timeout=10000)
    shown: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        shown.append(plain(dialog.theirs.who.text()))
        dialog.close()

    in_next_dialog(qtbot, look)
    assert focal.view is not None
    focal.view.show_conflicts()
    assert "Ministry of Interior (A. Mwangi)" in shown[0]
    assert "root" not in shown[0] and ministry.store is not None


def test_a_single_question_shows_its_section_with_the_rest_as_read_only_context(
    qtbot, build_app, ministry_laptop, tmp_path, monkeypatch
) -> None:
    focal = focal_point(qtbot, build_app)
    path = assign(qtbot, focal, tmp_path, "Ministry of Justice", "K. Njeri", "wd_legislation_enacted")
    open_on(qtbot, ministry_laptop, path, monkeypatch)
    mview = ministry_laptop.view
    assert mview is not None
    assert mview.page_keys == ["wd_pr_legislation", REVIEW, EXPORT]
    navigator = mview.navigator
    assert not navigator.item_rows["wd_legislation_enacted"].font(0).italic()
    context = navigator.item_rows["wd_police_approach"]
    assert context.font(0).italic() and "context from the focal point, read-only" in context.toolTip(0)
    page = mview.section_page("wd_pr_legislation")
    own, other = page.widgets["wd_legislation_enacted"], page.widgets["wd_police_approach"]
    assert own.isEnabled() and not other.isEnabled()
    assert other.provenance.isVisible() and "Context from the focal point" in other.provenance.text()
    assert not own.provenance.isVisible()

    mview.show_page(mview.page_keys.index(REVIEW))
    review = mview.pages[REVIEW]
    assert review.summary.text() == "0 of 1 questions answered (0 %). 1 required question still unanswered."
    assert [review.issues.item(n).data(Qt.ItemDataRole.UserRole) for n in range(review.issues.count())] == [
        "wd_legislation_enacted"
    ]
    mview.controller.set_value("wd_legislation_enacted", "no")
    assert review.summary.text().startswith("1 of 1 questions answered (100 %)")
    snapshot = ministry_laptop.ctx.session.service.snapshot(mview.controller.id)
    assert snapshot.progress.required_missing == 0 and snapshot.part == ("wd_pr_legislation",)


def test_the_part_panel_counts_the_assigned_questions_shown_not_the_follow_ups_hidden(
    qtbot, build_app, ministry_laptop, tmp_path, monkeypatch
) -> None:
    focal = focal_point(qtbot, build_app)
    path = assign(qtbot, focal, tmp_path, "Ministry of Education", "L. Wanjiru", "wd_tr_institutions")
    open_on(qtbot, ministry_laptop, path, monkeypatch)
    mview = ministry_laptop.view
    assert mview is not None
    service, aid = ministry_laptop.ctx.session.service, mview.controller.id
    assigned = service.assignment_copy(aid).items
    follow_ups = {"wd_institution_levels", "wd_main_institution"}  # shown only when institutions exist
    assert follow_ups <= set(assigned)
    mview.show_page(mview.page_keys.index(REVIEW))
    panel, review = mview.overview, mview.pages[REVIEW]
    assert isinstance(panel, PartPanel) and isinstance(review, ReviewPage)

    def figures() -> tuple[str, int, int]:
        """The panel's count, the review summary's count and the questions the navigator lists, as shown."""
        counted = plain(panel.about.text()).splitlines()[0]
        relevant = service.snapshot(aid).progress.relevant
        shown = [i for i in assigned if not mview.navigator.item_rows[i].isHidden()]
        assert review.summary.text().split(" questions answered")[0].endswith(f"of {relevant}")
        return counted, relevant, len(shown)

    for answer, hidden in (("no", follow_ups), ("yes", set())):
        mview.show_page(0)
        answer_choice(qtbot, mview, "wd_institutions_exist", answer)
        assert service.answer(aid, "wd_institutions_exist").value == answer
        assert {i for i in follow_ups if i not in service.snapshot(aid).relevant} == hidden
        mview.show_page(mview.page_keys.index(REVIEW))
        counted, relevant, shown = figures()
        assert relevant == shown == len(assigned) - len(hidden)
        assert counted == f"Assigned to Ministry of Education by Ministry of Justice: {shown} questions.", answer
