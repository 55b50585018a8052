"""The trainer's kit in the window: the fictional State only for training, the samples in one click from the
Training menu, resetting the laptop, and the class's results from a folder of packages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from omnibus.model.catalogue import Catalogue
from omnibus.model.sample_state import SAMPLE_STATE
from omnibus.ui.class_results import ClassResultsDialog
from tests.secretariat.classroom import classroom, trainee_service
from tests.ui.conftest import create_assessment

__all__ = ["classroom", "trainee_service"]  # fixtures


def _tick_training(qtbot, form) -> None:
    """Click the box itself (the row is wider than its words): at the left, or at the right in Arabic."""
    box = form.training
    x = box.width() - 8 if box.layoutDirection() == Qt.LayoutDirection.RightToLeft else 8
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(x, box.height() // 2))


def _answer_next_box(button_text: str) -> list[str]:
    """Click `button_text` in the next message box the window opens; returns what it said."""
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        said.append(f"{box.text()} {box.informativeText()}")
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        button.click()

    QTimer.singleShot(0, answer)
    return said


def test_the_fictional_state_is_offered_only_for_training(qtbot, build_app):
    window = build_app()
    form = window.start_page.form
    assert form.country.findData(SAMPLE_STATE) == -1, "never offered for a real assessment"
    _tick_training(qtbot, form)
    assert form.country.findData(SAMPLE_STATE) == 1, "first in the list while training is ticked"
    assert form.country.itemText(1) == "Exemplia (fictional State)"
    _tick_training(qtbot, form)
    assert form.country.findData(SAMPLE_STATE) == -1
    _tick_training(qtbot, form)
    view = create_assessment(qtbot, window, country=SAMPLE_STATE)
    service = window.ctx.session.service
    stored = service.assessment(view.controller.id)
    assert (stored.country, stored.training) == (SAMPLE_STATE, True)
    assert view.training_band.isVisible()
    assert service.profile() is None, "the next real assessment does not start as the fictional State's"


def test_the_fictional_state_is_named_in_arabic(qtbot, build_app):
    window = build_app("ar")
    form = window.start_page.form
    _tick_training(qtbot, form)
    assert form.country.itemText(form.country.findData(SAMPLE_STATE)) == "إكسمبليا (دولة افتراضية)"


def test_each_sample_opens_in_one_click_and_is_made_once(qtbot, build_app):
    window = build_app(catalogue=Catalogue.bundled())
    service = window.ctx.session.service
    actions = window.training_menu.sample_actions
    actions["half"].trigger()
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    half = service.assessment(window.view.controller.id)
    assert (half.country, half.training, half.cycle) == (SAMPLE_STATE, True, "2025")
    assert window.view.training_band.isVisible()
    assert {i.item_id for i in service.issues(half.id)} >= {"wd_optimal_implementation", "wd_legislation_enacted"}
    actions["carried"].trigger()
    qtbot.waitUntil(lambda: window.view.controller.id != half.id, timeout=10000)
    assert service.assessment(window.view.controller.id).cycle == "2024"
    assert len(service.list_assessments()) == 4, "asking for another sample makes none twice"


def test_reset_removes_the_training_assessments_and_keeps_the_real_one(qtbot, build_app, omnibus_home):
    window = build_app(catalogue=Catalogue.bundled())
    service = window.ctx.session.service
    real = service.create_assessment("workshop-demo", country="KEN", cycle="2025")
    window.training_menu.sample_actions["complete"].trigger()
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    asked = _answer_next_box("Cancel")
    window.training_menu.reset_action.trigger()
    assert "Remove the 4 training assessments" in asked[0] and "1 real assessments" in asked[0]
    assert len(service.list_assessments()) == 5, "cancelled: nothing removed"
    asked = _answer_next_box("Remove the training assessments")
    told = []
    QTimer.singleShot(50, lambda: told.extend(_answer_next_box("OK")))
    window.training_menu.reset_action.trigger()
    assert [s.id for s in service.list_assessments()] == [real.id]
    assert window.view is None and window.stack.currentWidget() is window.start_page, "the open sample is closed"
    assert any((omnibus_home / "backups").glob("*before-training-reset*"))


def _class_results(qtbot, window, folder, monkeypatch) -> ClassResultsDialog:
    """Training › Class results, with `folder` chosen as the one the trainees' packages were handed in to."""
    window.training_menu.results_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ClassResultsDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=30000)
    return dialog


def test_class_results_show_each_package_and_save_the_pdf(qtbot, build_app, classroom, tmp_path, monkeypatch):
    window = build_app()
    dialog = _class_results(qtbot, window, classroom, monkeypatch)
    assert dialog.summary.text() == "21 files handed in: 18 readable training packages, 17 of them without problems."
    table = dialog.handed_in
    cells = [[table.item(r, c) for c in (0, 3)] for r in range(table.rowCount())]
    rows = {who.text(): problems.text() for who, problems in cells if who is not None and problems is not None}
    assert rows["Tampered Trainee"].startswith("altered after it was signed")
    assert rows["Real Official"].startswith("not a training package")
    assert rows["Draft Trainee"].startswith("a draft")
    assert rows["Trainee 05"] == "none"
    assert dialog.answers.columnCount() == 1 + 18
    assert "Training/capacity-building" in dialog.analysis.toPlainText()
    out = tmp_path / "debriefing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(out), ""))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.is_file() and dialog.pdf_button.isEnabled(), timeout=30000)
    assert out.read_bytes().startswith(b"%PDF")
    dialog.close()


def test_every_problem_of_a_package_is_shown_whole(qtbot, build_app, classroom, monkeypatch):
    """The rows grow to the problems they list once the Problems column has its width (they were sized for a
    wider column, and the draft's last problems were cut off with "…")."""
    window = build_app()
    dialog = _class_results(qtbot, window, classroom, monkeypatch)
    table = dialog.handed_in
    texts = [[cell.text() if (cell := table.item(r, c)) else "" for c in range(4)] for r in range(table.rowCount())]
    draft = next(row for row in texts if row[0] == "Draft Trainee")
    assert draft[3].count("\n") == 3, "four problems, one a line"
    qtbot.waitUntil(lambda: _cut_rows(table) == [])
    dialog.resize(dialog.width() - 300, dialog.height())  # the trainer narrows the window: the rows grow
    qtbot.waitUntil(lambda: table.columnWidth(3) < 500 and _cut_rows(table) == [] and _cut_rows(dialog.answers) == [])
    dialog.close()


def _cut_rows(table) -> list[int]:
    """The rows lower than their text needs at the columns' present widths."""
    return [r for r in range(table.rowCount()) if table.rowHeight(r) < table.sizeHintForRow(r)]


def test_in_french_a_file_that_is_not_a_package_is_said_in_french(qtbot, build_app, tmp_path, monkeypatch):
    """The reader's reason is English (for the command line): the trainer reads why in French, the English stays
    in the cell's tooltip for whoever helps."""
    handed = tmp_path / "clé"
    handed.mkdir()
    (handed / "Trainee 07.omnibus").write_bytes(b"PK\x03\x04 not a zip" * 20)
    window = build_app("fr")
    dialog = _class_results(qtbot, window, handed, monkeypatch)
    problems, results = dialog.handed_in.item(0, 3), dialog.results
    assert problems is not None and results is not None
    assert problems.text() == "illisible : ce n’est pas un paquet de réponse complet, ou il est endommagé"
    assert "package" not in problems.text() and "zip" not in problems.text()
    assert problems.toolTip() == results.handed_in[0].problems[0].detail
    dialog.close()
