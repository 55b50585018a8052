"""What is wrong with a draft is said in the interface language the respondent switches to, under the item and in
the status line, not in the language it was typed in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import create_assessment, type_cell, with_a_new_row


def test_a_drafts_message_follows_a_switch_of_language(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    widget = with_a_new_row(qtbot, view, "stats")
    table = widget.table
    type_cell(qtbot, table, 0, 1, "14O")  # a letter O typed for a zero
    table.clearFocus()
    qtbot.waitUntil(lambda: "stats" in service.drafts(aid), timeout=3000)
    assert widget.message.text() == "Row 1, Cases: enter a number."
    assert window.saved_label.text() == "Row 1, Cases: enter a number — kept as a draft"

    window.language_actions["fr"].trigger()

    page = window.view.section_page("sources")
    page.ensure_built()
    shown = page.widgets["stats"]
    qtbot.waitUntil(lambda: shown.message.text() == "Ligne 1, Affaires : saisissez un nombre.")
    assert shown.table.item(0, 1).text() == "14O"
    status = window.saved_label.text()
    assert status.startswith("Ligne 1, Affaires : ") and status.endswith(" — conservé comme brouillon"), status
    assert service.drafts(aid)["stats"].value == [{"count": "14O"}]  # the draft itself is unchanged


def test_why_the_service_refuses_a_draft_follows_a_switch_of_language(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    widget = view.section_page("values").widgets["cases"]
    view.show_item("cases")
    qtbot.keyClicks(widget.line, "-3")  # a number, but below the item's minimum: the service refuses it
    qtbot.keyClick(widget.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cases" in service.drafts(aid), timeout=3000)
    english = widget.message.text()
    assert english and english == service.drafts(aid)["cases"].problem

    window.language_actions["fr"].trigger()

    shown = window.view.section_page("values").widgets["cases"]
    assert shown.line.text() == "-3"
    assert shown.message.text() not in ("", english), shown.message.text()
    window.language_actions["en"].trigger()
    again = window.view.section_page("values").widgets["cases"]
    assert again.message.text() == english  # the same words as when it was typed, in the same language
    assert english.rstrip(".") in window.saved_label.text()


def test_the_review_list_words_a_refused_drafts_reason_in_the_new_language(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    widget = view.section_page("values").widgets["cases"]
    view.show_item("cases")
    qtbot.keyClicks(widget.line, "-3")  # below the item's minimum: the service refuses it
    qtbot.keyClick(widget.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "cases" in service.drafts(aid), timeout=3000)
    english = service.drafts(aid)["cases"].problem

    window.language_actions["fr"].trigger()

    french_view = window.view
    french = french_view.section_page("values").widgets["cases"].message.text()
    assert french not in ("", english)
    french_view.show_page(french_view.page_keys.index("review"))
    review = french_view.pages["review"]
    rows = [review.issues.item(n) for n in range(review.issues.count())]
    (row,) = [r for r in rows if r.data(Qt.ItemDataRole.UserRole) == "cases"]
    assert french in row.text() and english not in row.text(), row.text()
    assert french in row.toolTip()
    assert service.drafts(aid)["cases"].problem == english  # what is stored is unchanged
