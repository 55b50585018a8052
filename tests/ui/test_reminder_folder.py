"""Review › Send a reminder…: a folder that cannot be made or written to records no reminder (it was recorded
without its file), and the count of questions left reads in the singular when there is one."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog

from omnibus.ui.assessment.navigator import REVIEW
from omnibus.ui.collaboration.overview import InstitutionsOverview
from tests.ui.conftest import create_assessment
from tests.ui.test_collaboration_window import CLICK, PASSPHRASE
from tests.ui.test_start_page import plain


def _overview(qtbot, build_app):
    window = build_app("fr")
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    service.assign(aid, "Ministry of Interior", items=["cases"])  # one question, still unanswered
    view.show_page(view.page_keys.index(REVIEW))
    overview = view.overview
    assert isinstance(overview, InstitutionsOverview)
    overview.refresh()
    overview.table.selectRow(0)
    return service, aid, overview


def test_a_reminder_into_a_folder_that_cannot_be_made_is_not_recorded(qtbot, build_app, tmp_path, monkeypatch) -> None:
    service, aid, overview = _overview(qtbot, build_app)
    (tmp_path / "a file").write_text("not a folder")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "a file" / "out"))
    qtbot.mouseClick(overview.remind, CLICK)
    assert len(service.assignments(aid)) == 1  # the first assignment only: no reminder recorded
    said = plain(overview.said.text())
    assert said.startswith("Le dossier") and "Rien n'a été enregistré." in said


def test_one_question_left_is_said_in_the_singular(qtbot, build_app, tmp_path, monkeypatch) -> None:
    service, aid, overview = _overview(qtbot, build_app)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    qtbot.mouseClick(overview.remind, CLICK)
    reminder = service.assignments(aid)[-1]
    assert reminder.items == ("cases",) and len(list(tmp_path.glob("*.omnibus-assignment"))) == 1
    assert (
        plain(overview.said.text()) == "Rappel pour Ministry of Interior enregistré : 1 question encore sans réponse."
    )
