"""The start screen as a respondent uses it: telling assessments apart, duplicates, cycles, carrying forward,
archiving, deleting (after confirming) and restoring a backup, and reopening where they stopped."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QMessageBox, QWidget

from omnibus.model.dates import format_date, format_moment
from omnibus.ui.bidi import isolated
from omnibus.ui.path_text import readable_path
from tests.ui.conftest import create_assessment


def soon(find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> None:
    """Run `act` on the widget `find` gives once it is shown (a modal dialog or a menu opened by the next click);
    after 5 s of looking it gives up, so a dialog that never opened is not answered in a later test."""
    tries = [500]

    def look() -> None:
        found = find()
        if found is not None:
            act(found)
            return
        tries[0] -= 1
        if tries[0] > 0:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def in_next_dialog(qtbot, act: Callable[[QWidget], None]) -> None:
    """Answer the modal dialog about to open (a confirmation), as the respondent would."""

    def answer(dialog: QWidget) -> None:
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()  # never leave a test hanging on a dialog

    soon(QApplication.activeModalWidget, answer)


def click_button(qtbot, text: str) -> Callable[[QWidget], None]:
    def click(dialog: QWidget) -> None:
        buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton)}
        assert text in buttons, sorted(buttons)
        qtbot.mouseClick(buttons[text], Qt.MouseButton.LeftButton)

    return click


def plain(text: str) -> str:
    """The text without the Unicode isolates that keep names and titles in their own direction in Arabic, and
    without the invisible marks that let a path break after its separators only (see `path_text`)."""
    return text.translate(dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200b\u2060"))).replace("\u00a0", " ")


def rows(window) -> list[str]:
    listing = window.start_page.assessments
    return [plain(listing.item(n).text()) for n in range(listing.count())]


def go_home(qtbot, window) -> None:
    window.home_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start_page)


def test_reopening_goes_back_to_the_section_where_the_respondent_stopped(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    aid = view.controller.id
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.page_keys[view.current] == "sources"
    go_home(qtbot, window)
    qtbot.mouseClick(window.start_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None and window.view is not view and window.view.isVisible())
    assert window.view.page_keys[window.view.current] == "sources"
    window.close()  # quitting, as `run_application` does
    window.ctx.tasks.wait()
    window.ctx.session.close()
    again = build_app()  # the next day
    qtbot.mouseClick(again.start_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.view is not None and again.view.isVisible())
    assert again.view.controller.id == aid
    assert again.view.page_keys[again.view.current] == "sources"


def test_delete_asks_first_makes_a_backup_and_restore_brings_it_back(qtbot, build_app):
    window = build_app()
    service = window.ctx.session.service
    kept = service.create_assessment("ui-every-type", country="KEN", cycle="2025").id
    doomed = service.create_assessment("ui-every-type", country="PER", cycle="2025").id
    service.set_answer(doomed, "has_law", "yes")
    window.start_page.reload()
    page = window.start_page
    page.assessments.setCurrentRow(next(n for n, text in enumerate(rows(window)) if text.startswith("Peru")))

    in_next_dialog(qtbot, click_button(qtbot, "Cancel"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert {s.id for s in service.list_assessments()} == {kept, doomed}
    page.assessments.setFocus()
    asked: list[str] = []

    def ask(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        click_button(qtbot, "Cancel")(dialog)

    in_next_dialog(qtbot, ask)
    qtbot.keyClick(page.assessments, Qt.Key.Key_Delete)  # the keyboard asks the same question
    assert "Peru" in asked[0] and {s.id for s in service.list_assessments()} == {kept, doomed}

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "Peru — Every item type" in plain(dialog.text()) and "Cycle 2025 · Draft" in plain(dialog.text())
        click_button(qtbot, "Delete")(dialog)

    in_next_dialog(qtbot, confirm)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in service.list_assessments()] == [kept]
    assert all(not text.startswith("Peru") for text in rows(window))
    backup = service.backups()[0]
    assert backup.reason == "before-delete" and str(backup.path) in plain(page.notice.text())
    assert readable_path(backup.path) in page.notice.text()  # broken only after a separator, left to right

    def choose_the_backup(dialog: QWidget) -> None:
        listing = dialog.findChild(QListWidget, "backupList")
        assert listing is not None
        assert listing.item(0).text().endswith(")") and "before an assessment was deleted" in listing.item(0).text()
        assert listing.item(0).text().startswith(isolated(format_moment(backup.made, "en")))
        where = dialog.findChild(QLabel, "backupFile")
        assert (
            where is not None
            and where.text() == "File: " + readable_path(backup.path)
            and where.toolTip() == str(backup.path)
        )
        listing.setCurrentRow(0)
        click_button(qtbot, "Restore")(dialog)

    in_next_dialog(qtbot, choose_the_backup)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert {s.id for s in service.list_assessments()} == {kept, doomed}
    assert service.answers(doomed)["has_law"].value == "yes"
    assert any(text.startswith("Peru") for text in rows(window))
    assert "before-restore" in plain(page.notice.text())
    assert f"Restored the backup of {format_moment(backup.made, 'en')}." in plain(page.notice.text())


def test_delete_from_the_context_menu_of_the_open_assessment_forgets_it(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    aid = view.controller.id
    go_home(qtbot, window)
    page = window.start_page
    rect = page.assessments.visualItemRect(page.assessments.item(0))
    in_next_dialog(qtbot, click_button(qtbot, "Delete"))

    def choose_delete(menu: QWidget) -> None:
        delete = next(a for a in menu.actions() if a.text() == "Delete…")
        menu.close()
        delete.trigger()

    soon(QApplication.activePopupWidget, choose_delete)
    page.assessments.customContextMenuRequested.emit(rect.center())
    qtbot.waitUntil(lambda: window.ctx.session.service.list_assessments() == [])
    assert window.view is None  # the deleted assessment is not kept open behind the start screen
    assert aid not in window.ctx.settings.recent and window.ctx.settings.last_page(aid) == ""


def test_archive_hides_an_assessment_until_show_archived(qtbot, build_app):
    window = build_app()
    service = window.ctx.session.service
    aid = service.create_assessment("ui-every-type", country="KEN", cycle="2024").id
    window.start_page.reload()
    page = window.start_page
    assert page.archive_button.text() == "Archive"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert service.assessment(aid).archived is not None
    assert rows(window) == [] and "archived" in page.none_yet.text()
    assert "Show archived" in page.notice.text()
    page.show_archived.click()
    assert rows(window)[0].endswith("· Archived")
    assert page.archive_button.text() == "Unarchive"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert service.assessment(aid).archived is None
    assert not rows(window)[0].endswith("· Archived")


def test_the_form_refuses_a_free_text_cycle(qtbot, build_app):
    window = build_app()
    form = window.start_page.form
    form.country.setCurrentIndex(form.country.findData("KEN"))
    form.cycle.clear()
    qtbot.keyClicks(form.cycle, "next year")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible() and "a year, such as" in form.error.text()
    assert window.ctx.session.service.list_assessments() == []
    form.cycle.clear()
    qtbot.keyClicks(form.cycle, "2026 / 2027")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None)
    assert [s.cycle for s in window.ctx.session.service.list_assessments()] == ["2026-2027"]


def test_a_duplicate_is_announced_and_the_respondent_chooses(qtbot, build_app):
    window = build_app()
    service = window.ctx.session.service
    first = create_assessment(qtbot, window, cycle="2025").controller.id
    go_home(qtbot, window)
    form = window.start_page.form

    def fill_and_start(answer: str) -> None:
        form.country.setCurrentIndex(form.country.findData("KEN"))
        form.cycle.setText("2025")

        def check_and_answer(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            assert "Kenya already has an assessment of “Every item type” for the cycle 2025 (draft" in dialog.text()
            click_button(qtbot, answer)(dialog)

        in_next_dialog(qtbot, check_and_answer)
        qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)

    fill_and_start("Cancel")
    assert [s.id for s in service.list_assessments()] == [first]
    assert window.stack.currentWidget() is window.start_page
    fill_and_start("Continue that one")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.view)
    assert window.view.controller.id == first and len(service.list_assessments()) == 1
    go_home(qtbot, window)
    fill_and_start("Start another one")
    qtbot.waitUntil(lambda: len(service.list_assessments()) == 2)
    assert {s.cycle for s in service.list_assessments()} == {"2025"}


def test_carrying_forward_shows_the_questionnaire_and_proposes_the_next_cycle(qtbot, build_app):
    window = build_app()
    service = window.ctx.session.service
    earlier = service.create_assessment("ui-every-type", country="KEN", cycle="2024").id
    service.set_answer(earlier, "has_law", "yes")
    final = service.create_assessment("ui-every-type", country="KEN", cycle="2025").id
    exercise = service.create_assessment("ui-every-type", country="KEN", cycle="2025", training=True).id
    window.start_page.reload()
    form = window.start_page.form
    entries = [form.start_from.itemText(n) for n in range(form.start_from.count())]
    day = {
        a: isolated(format_date(service.assessment(a).updated.astimezone(), "en")) for a in (earlier, final, exercise)
    }
    assert sorted(entries[1:]) == sorted(
        [
            f"Kenya, cycle 2024 — Every item type (draft, {day[earlier]})",
            f"Kenya, cycle 2025 — Every item type (draft, {day[final]})",
            f"Kenya, cycle 2025 — Every item type (draft, training, {day[exercise]})",
        ]
    )
    form.questionnaire.setCurrentIndex(-1)
    form.start_from.setCurrentIndex(form.start_from.findData(earlier))
    assert not form.questionnaire.isEnabled() and form.questionnaire.currentText() == "Every item type (1.0)"
    assert form.cycle.text() == "2026"  # 2025 exists already
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(service.list_assessments()) == 4)
    later = next(s for s in service.list_assessments() if s.id not in (earlier, final, exercise))
    assert later.cycle == "2026" and later.carried_from == earlier
    assert service.answers(later.id)["has_law"].value == "yes"


def test_the_context_menu_offers_what_the_buttons_do(qtbot, build_app):
    window = build_app()
    window.ctx.session.service.create_assessment("ui-every-type", country="KEN", cycle="2024")
    window.start_page.reload()
    page = window.start_page
    seen: list[list[str]] = []

    def read_menu(menu: QWidget) -> None:
        seen.append([a.text() for a in menu.actions()])
        menu.close()

    soon(QApplication.activePopupWidget, read_menu)
    page.assessments.customContextMenuRequested.emit(page.assessments.visualItemRect(page.assessments.item(0)).center())
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [["Continue", "Archive", "Delete…"]]
    page.assessments.customContextMenuRequested.emit(QPoint(5, page.assessments.height() - 5))  # below the rows
    assert QApplication.activePopupWidget() is None


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "zh", "ar"])
def test_the_list_says_when_each_assessment_last_changed_in_the_interface_language(qtbot, build_app, lang: str):
    window = build_app(lang)
    service = window.ctx.session.service
    made = service.create_assessment("ui-every-type", country="KEN", cycle="2025")
    window.start_page.reload()
    updated = service.assessment(made.id).updated.astimezone()
    (entry,) = rows(window)
    assert format_moment(updated, lang) in entry
    assert f"{updated:%Y-%m-%d}" not in entry
