"""Working together on a database that cannot be written: a focal point whose database sits on a read-only USB stick,
or whose disk is full, reads what happened and what to do in the interface language (the store's English sentence
stays in the tooltip or the message's details, for whoever helps), and nothing is stored half-way."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_assignment
from omnibus.model.catalogue import Catalogue
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from omnibus.ui.assessment.navigator import REVIEW
from omnibus.ui.collaboration.assign_dialog import AssignDialog
from omnibus.ui.collaboration.conflicts_dialog import ConflictsDialog
from omnibus.ui.collaboration.sign_off_dialog import SignOffDialog
from omnibus.ui.path_text import readable_path
from omnibus.ui.ports import StorageError
from tests.ui.conftest import FIXTURES, create_assessment, reopen_on_read_only_media
from tests.ui.test_collaboration_window import (
    CLICK,
    PASSPHRASE,
    assign_values_section,
    contribute,
    open_file,
    write_first_section,
)
from tests.ui.test_start_page import in_next_dialog, plain

READ_ONLY_FR = (
    " ne peut pas être modifié (il est en lecture seule ou sur un support en lecture seule) ; copiez la base de "
    "données dans un dossier où vous pouvez écrire, puis ouvrez la copie avec « Ouvrir un autre fichier de base de "
    "données… » dans le menu Fichier"
)
"""What the store says, in French, of a database on read-only media, with what will help."""


def full_disk(database: Path) -> Callable[[], object]:
    """A store's write on a full disk: the error raised while handling the operating system's, as the store does."""

    def write() -> object:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError:
            raise StorageError(f"the disk holding {database} is full") from None

    return write


@pytest.fixture
def other_laptop_service(tmp_path: Path) -> Iterator[AssessmentService]:
    """Another laptop (the focal point's that assigns, or an institution's that answers): its own database."""
    store = Store.open(tmp_path / "other.db")
    yield AssessmentService(store, Catalogue((FIXTURES,)), "other.laptop")
    store.close()


def test_an_assignment_on_read_only_media_is_refused_in_french_and_records_nothing(
    qtbot, build_app, monkeypatch, tmp_path
) -> None:
    window = build_app("fr")
    aid = create_assessment(qtbot, window).controller.id
    window.ctx.hand_in.signer(PASSPHRASE)  # this computer's key, made before the stick was locked
    database = window.ctx.session.path
    reopen_on_read_only_media(window, monkeypatch)
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    said: list[tuple[str, str]] = []

    def fill(dialog: QWidget) -> None:  # Fichier › Confier à des institutions…
        assert isinstance(dialog, AssignDialog)
        write_first_section(qtbot, dialog, tmp_path)
        said.append((dialog.problem.text(), dialog.problem.toolTip()))
        dialog.close()

    in_next_dialog(qtbot, fill)
    window.assign_action.trigger()
    [(text, tooltip)] = said
    assert text == "Le fichier de mission n'a pas été enregistré : " + readable_path(database) + READ_ONLY_FR
    for english in ("read-only media", "was not saved", "copy it to a folder"):
        assert english not in text
    assert "read-only media" in tooltip, "the store's own words, for whoever helps"
    assert window.ctx.session.service.assignments(aid) == []
    assert not list(tmp_path.glob("*.omnibus-assignment"))


def test_a_sign_off_on_a_full_disk_is_refused_in_arabic_and_stores_nothing(qtbot, build_app, monkeypatch) -> None:
    window = build_app("ar")
    view = create_assessment(qtbot, window)
    service, aid, database = window.ctx.session.service, view.controller.id, window.ctx.session.path

    view.show_page(view.page_keys.index(REVIEW))
    said: list[tuple[str, str]] = []

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignOffDialog)
        qtbot.keyClicks(dialog.name, "M. Head")
        qtbot.keyClicks(dialog.function, "Head of unit")
        monkeypatch.setattr(service.store, "write", full_disk(database))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)
        said.append((dialog.problem.text(), dialog.problem.toolTip()))
        assert dialog.isVisible(), "the dialog stays open, for a retry once space is freed"
        problem = dialog.problem
        assert problem.height() >= problem.heightForWidth(problem.width()), "every line of it, none cut off"
        dialog.close()

    in_next_dialog(qtbot, sign)
    qtbot.mouseClick(view.overview.sign_off, CLICK)
    [(text, tooltip)] = said
    assert text == (
        "لم يُعتمد: القرص الذي يحوي " + readable_path(database) + " ممتلئ؛ أفرغ بعض المساحة ثم حاول مجددًا "
        "(لم يُفقد شيء مما حُفظ)"
    )
    assert "is full" in tooltip
    monkeypatch.undo()
    assert service.sign_offs(aid) == []


def test_an_assignment_opened_on_read_only_media_is_refused_in_french(qtbot, build_app, monkeypatch, tmp_path) -> None:
    window = build_app("fr")
    create_assessment(qtbot, window)
    assignment = assign_values_section(qtbot, window, tmp_path)
    database = tmp_path / "interior.db"  # the institution's own database, on a locked stick
    window.switch_database(database)
    reopen_on_read_only_media(window, monkeypatch)
    said = open_file(qtbot, window, monkeypatch, assignment, "OK")
    assert said == [
        f"Cette mission ne peut pas être ouverte ici.\n\n{database}{READ_ONLY_FR}.\n\nRien n'a été enregistré."
    ]
    assert window.ctx.session.service.list_assessments() == []


def test_a_reminder_on_read_only_media_is_refused_in_french_and_records_nothing(
    qtbot, build_app, monkeypatch, tmp_path
) -> None:
    window = build_app("fr")
    aid = create_assessment(qtbot, window).controller.id
    assign_values_section(qtbot, window, tmp_path)
    database = window.ctx.session.path
    reopen_on_read_only_media(window, monkeypatch)
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    view = window.view
    view.show_page(view.page_keys.index(REVIEW))
    overview = view.overview
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "reminders"))
    overview.table.selectRow(0)
    qtbot.mouseClick(overview.remind, CLICK)
    assert plain(overview.said.text()) == f"Aucun rappel n'a été enregistré : {database}{READ_ONLY_FR}"
    assert "read-only media" in overview.said.toolTip()
    assert len(window.ctx.session.service.assignments(aid)) == 1
    assert not list((tmp_path / "reminders").glob("*.omnibus-assignment"))


def test_a_contribution_on_read_only_media_is_refused_in_french_and_counts_no_round(
    qtbot, build_app, other_laptop_service, monkeypatch, tmp_path
) -> None:
    focal_id = other_laptop_service.create_assessment("ui-every-type", country="KEN", cycle="2025").id
    assignment = other_laptop_service.assign(focal_id, "Ministry of Interior", sections=["values"])
    assignment_file = tmp_path / "to-interior.omnibus-assignment"
    contents = other_laptop_service.assignment_contents(focal_id, assignment.id)
    assignment_file.write_bytes(build_assignment(contents, Signer.generate()))
    window = build_app("fr")  # the ministry's laptop: it opens its assignment, then its stick is locked
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(assignment_file), ""))
    window.exchange_action.trigger()
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    local = window.view.controller.id
    database = window.ctx.session.path
    reopen_on_read_only_media(window, monkeypatch)
    window.open_assessment(local)
    qtbot.waitUntil(lambda: window.view is not None and window.stack.currentWidget() is window.view, timeout=10000)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (PASSPHRASE, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path / "outbox"))
    shown: list[tuple[str, str]] = []

    def note(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append((plain(box.text()), box.detailedText()))
        box.accept()

    in_next_dialog(qtbot, note)
    window.contribute_action.trigger()
    assert shown == [(f"La contribution n'a pas été enregistrée : {database}{READ_ONLY_FR}", shown[0][1])]
    assert "read-only media" in shown[0][1], "the store's own words, for whoever helps"
    assert window.ctx.session.service.assignment_copy(local).last_round == 0
    assert not list((tmp_path / "outbox").glob("*.omnibus-contribution"))


def test_a_conflict_settled_on_a_full_disk_is_refused_in_french_and_stays_open(
    qtbot, build_app, other_laptop_service, monkeypatch, tmp_path
) -> None:
    window = build_app("fr")
    view = create_assessment(qtbot, window)
    service, aid, database = window.ctx.session.service, view.controller.id, window.ctx.session.path
    assignment_file = assign_values_section(qtbot, window, tmp_path)
    view.controller.set_value("description", "Kept by the police.")  # changed here too: a conflict
    path = contribute(
        other_laptop_service, assignment_file, tmp_path, Signer.generate(), description="Kept by the courts."
    )
    open_file(qtbot, window, monkeypatch, path, "Oui", "OK")
    qtbot.waitUntil(lambda: window.view is not view and window.view is not None, timeout=10000)
    view = window.view
    view.show_page(view.page_keys.index(REVIEW))

    said: list[tuple[str, str]] = []

    def take_theirs(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictsDialog)
        monkeypatch.setattr(service.store, "write", full_disk(database))
        qtbot.mouseClick(dialog.take, CLICK)
        said.append((plain(dialog.question.text()), dialog.question.toolTip()))
        dialog.close()

    in_next_dialog(qtbot, take_theirs)
    qtbot.mouseClick(view.overview.conflicts, CLICK)
    assert said == [
        (
            f"Non réglé : le disque contenant {database} est plein ; libérez de la place et réessayez (rien de ce "
            "qui était enregistré n’est perdu)",
            f"the disk holding {database} is full",
        )
    ]
    monkeypatch.undo()
    assert service.answer(aid, "description").value == "Kept by the police."
    assert len(service.conflicts(aid)) == 1
