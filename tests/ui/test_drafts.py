"""What the respondent types into a composite item is stored at once, even while one field is wrong, and comes back
after a restart with the message at the wrong field; the status line says what is kept as a draft and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from omnibus.model.records import Answer
from omnibus.ui.edits import DraftEdit, ValueEdit
from omnibus.ui.icons import COMPLETE, ISSUES, status_icon
from omnibus.ui.items.legislation import LegislationEntry, LegislationWidget
from tests.ui.conftest import create_assessment, type_cell, with_a_new_row


def _restart(qtbot, build_app, window):
    """Close the application (as the respondent would) and start it again on the same data folder."""
    window.close()
    window.ctx.tasks.wait()
    window.ctx.session.close()
    again = build_app()
    qtbot.mouseClick(again.start_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.view is not None, timeout=10000)
    return again


def _field_message(entry, key: str) -> QLabel:
    return entry.field_messages[key]


def _same_icon(row, kind: str) -> bool:
    return row.icon(0).cacheKey() == status_icon(kind).cacheKey()


def test_citation_with_a_wrong_date_keeps_the_excerpt_across_a_restart(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    widget = view.section_page("sources").widgets["laws"]
    view.show_item("laws")
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    entry = widget.entries[0]
    qtbot.keyClicks(entry.fields["title"], "Penal Code")
    qtbot.waitUntil(lambda: "laws" in service.answers(aid), timeout=3000)
    assert window.saved_label.text().startswith("Saved ")
    qtbot.keyClicks(entry.fields["date"], "12/03/2010")
    qtbot.keyClicks(entry.excerpt, "Whoever takes part in an organized criminal group")
    entry.excerpt.clearFocus()  # leaving the field commits at once
    qtbot.waitUntil(lambda: "Whoever" in str(service.drafts(aid).get("laws")), timeout=3000)

    draft = service.drafts(aid)["laws"]
    assert draft.value == [
        {"title": "Penal Code", "date": "12/03/2010", "excerpt": "Whoever takes part in an organized criminal group"}
    ]
    assert draft.where == (0, "date")
    assert service.answers(aid)["laws"].value == [{"title": "Penal Code"}]  # the last valid answer is unchanged
    message = "Citation 1: the date must be written year-month-day, e.g. 2010-03-12, not 12/03/2010."
    assert _field_message(entry, "date").text() == message and _field_message(entry, "date").isVisibleTo(widget)
    assert not widget.message.isVisibleTo(widget)  # the message is at the date, not under the item
    assert window.saved_label.text() == message[:-1] + " — kept as a draft"
    assert _same_icon(view.navigator.item_rows["laws"], ISSUES)  # needs attention, no green tick
    assert view.controller.progress is not None and view.controller.progress.answered == 0
    view.show_page(view.page_keys.index("review"))
    review = view.pages["review"]
    listed = [review.issues.item(n).text() for n in range(review.issues.count())]
    assert any(f"Not valid yet, kept as a draft: {message}" in text for text in listed)

    again = _restart(qtbot, build_app, window)
    page = again.view.section_page("sources")
    page.ensure_built()
    shown = page.widgets["laws"].entries[0]
    assert shown.fields["date"].text() == "12/03/2010"
    assert shown.excerpt.toPlainText() == "Whoever takes part in an organized criminal group"
    assert _field_message(shown, "date").text() == message
    assert again.saved_label.text().endswith("— kept as a draft")
    assert _same_icon(again.view.navigator.item_rows["laws"], ISSUES)

    shown.fields["date"].selectAll()
    qtbot.keyClicks(shown.fields["date"], "2010-03-12")  # corrected: the draft becomes the answer
    shown.fields["date"].clearFocus()
    service = again.ctx.session.service
    qtbot.waitUntil(lambda: service.drafts(aid) == {}, timeout=3000)
    assert service.answers(aid)["laws"].value == [
        {"title": "Penal Code", "date": "2010-03-12", "excerpt": "Whoever takes part in an organized criminal group"}
    ]
    assert not _field_message(shown, "date").isVisibleTo(shown)
    assert again.saved_label.text().startswith("Saved ")
    assert _same_icon(again.view.navigator.item_rows["laws"], COMPLETE)


def test_need_described_before_its_type_is_kept_across_a_restart(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    widget = view.section_page("sources").widgets["needs"]
    view.show_item("needs")
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    entry = widget.entries[0]
    qtbot.keyClicks(entry.description, "Help drafting the witness protection law")
    entry.description.clearFocus()
    qtbot.waitUntil(lambda: "needs" in service.drafts(aid), timeout=3000)

    draft = service.drafts(aid)["needs"]
    assert draft.value == [
        {"priority": "medium", "type": None, "description": "Help drafting the witness protection law"}
    ]
    assert draft.where == (0, "type") and "needs" not in service.answers(aid)
    assert _field_message(entry, "type").text() == "Choose the type of assistance for each need."
    assert window.saved_label.text() == "Choose the type of assistance for each need — kept as a draft"

    again = _restart(qtbot, build_app, window)
    page = again.view.section_page("sources")
    page.ensure_built()
    shown = page.widgets["needs"].entries[0]
    assert shown.description.text() == "Help drafting the witness protection law"
    assert _field_message(shown, "type").isVisibleTo(page.widgets["needs"])
    type_box = shown.findChild(QComboBox, "need_type")
    type_box.setFocus()
    qtbot.keyClick(type_box, Qt.Key.Key_Down)  # "in general terms", then the first type: legal
    qtbot.keyClick(type_box, Qt.Key.Key_Down)
    service = again.ctx.session.service
    # a type without its subtype is a request in general terms: an answer, no longer a draft
    qtbot.waitUntil(lambda: "needs" in service.answers(aid), timeout=3000)
    assert service.answers(aid)["needs"].value == [
        {"type": "legal", "priority": "medium", "description": "Help drafting the witness protection law"}
    ]
    assert not _field_message(shown, "type").isVisibleTo(shown)
    sub = shown.findChild(QComboBox, "need_subtype")
    sub.setFocus()
    qtbot.keyClick(sub, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "subtype" in service.answers(aid)["needs"].value[0], timeout=3000)
    assert service.answers(aid)["needs"].value == [
        {"type": "legal", "subtype": "legal.drafting", "priority": "medium",
         "description": "Help drafting the witness protection law"}
    ]  # fmt: skip
    assert service.drafts(aid) == {}


def test_table_row_with_a_bad_cell_is_kept_across_a_restart(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    widget = with_a_new_row(qtbot, view, "stats")
    table = widget.table
    for column, text in ((0, "2023"), (1, "14O"), (2, "police and customs")):  # a letter O typed for a zero
        type_cell(qtbot, table, 0, column, text)
    table.clearFocus()
    qtbot.waitUntil(lambda: "police" in str(service.drafts(aid).get("stats")), timeout=3000)

    draft = service.drafts(aid)["stats"]
    assert draft.value == [{"year": "2023", "count": "14O", "note": "police and customs"}]
    assert draft.where == (0, "count")
    assert service.answers(aid)["stats"].value == [{"year": 2023}]  # stored while the row was still valid
    assert widget.message.text() == "Row 1, Cases: enter a number."
    assert table.item(0, 1).toolTip() == "Row 1, Cases: enter a number."
    assert window.saved_label.text() == "Row 1, Cases: enter a number — kept as a draft"

    again = _restart(qtbot, build_app, window)
    page = again.view.section_page("sources")
    page.ensure_built()
    shown = page.widgets["stats"]
    assert [shown.table.item(0, c).text() for c in range(3)] == ["2023", "14O", "police and customs"]
    assert shown.message.text() == "Row 1, Cases: enter a number." and shown.message.isVisibleTo(shown)
    assert shown.table.item(0, 1).toolTip() == "Row 1, Cases: enter a number."


def test_status_line_says_saved_only_when_nothing_is_kept_as_a_draft(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    controller = view.controller
    controller.set_value("cases", 12)
    assert window.saved_label.text().startswith("Saved ")
    controller.set_value("laws", [{"title": "Penal Code", "date": "12/03/2010"}])
    controller.set_value("needs", [{"type": "legal", "priority": "urgent"}])  # not a priority
    assert window.saved_label.text() == (
        "Citation 1: Enter the date as year-month-day, e.g. 2024-03-31 — kept as a draft (and 1 more)"
    )
    controller.set_value("cases", 13)  # another answer saved: the drafts are still pending
    assert window.saved_label.text().endswith("— kept as a draft (and 1 more)")
    controller.set_value("laws", None)
    controller.set_value("needs", None)
    assert window.saved_label.text().startswith("Saved ")
    controller.set_value("has_law", "yes")
    controller.set_value("law_name", "x" * 100_000)  # longer than any text may be
    assert window.saved_label.text().endswith("— kept as a draft")
    controller.set_value("has_law", "no")  # the question is hidden again: its draft is kept, but not pending
    assert window.saved_label.text().startswith("Saved ")
    assert "law_name" in window.ctx.session.service.drafts(controller.id)


def test_letters_in_a_number_are_kept_as_typed_across_a_restart(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    widget = view.section_page("values").widgets["cases"]
    view.show_item("cases")
    line = widget.line
    qtbot.keyClicks(line, "12x")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert service.drafts(aid)["cases"].value == "12x" and "cases" not in service.answers(aid)
    assert window.saved_label.text() == "Enter a whole number, e.g. 12 — kept as a draft"

    again = _restart(qtbot, build_app, window)
    shown = again.view.section_page("values").widgets["cases"]
    assert shown.line.text() == "12x"
    assert shown.message.text() == "Enter a whole number, e.g. 12." and shown.message.isVisibleTo(shown)
    shown.line.setFocus()
    qtbot.keyClick(shown.line, Qt.Key.Key_Backspace)
    qtbot.keyClick(shown.line, Qt.Key.Key_Return)
    service = again.ctx.session.service
    assert service.answers(aid)["cases"].value == 12 and service.drafts(aid) == {}
    assert shown.message.isHidden()


def test_citation_without_its_title_is_a_draft_with_the_message_at_the_title(qtbot, every_type):
    from omnibus.ui.items import create_item_widget

    widget = create_item_widget(every_type.items["laws"], every_type, "en")
    assert isinstance(widget, LegislationWidget)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    entry = widget.entries[0]
    assert isinstance(entry, LegislationEntry)
    with qtbot.waitSignal(widget.draftEdited, timeout=3000) as blocker:
        qtbot.keyClicks(entry.fields["article"], "5")
    problem = "Citation 1: the title of the act is missing."
    assert blocker.args == [DraftEdit("laws", [{"article": "5"}], problem, (0, "title"))]
    assert _field_message(entry, "title").text() == "Citation 1: the title of the act is missing."
    with qtbot.waitSignal(widget.valueEdited, timeout=3000) as blocker:
        qtbot.keyClicks(entry.fields["title"], "Penal Code")
    assert blocker.args == [ValueEdit("laws", [{"title": "Penal Code", "article": "5"}])]
    widget.accepted(Answer("laws", [{"title": "Penal Code", "article": "5"}]))  # the service stored it
    assert not _field_message(entry, "title").text()


def test_a_draft_reopened_in_another_language_is_explained_in_that_language(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    with qtbot.waitSignal(view.controller.draftStored, timeout=3000):
        view.controller.set_value("laws", [{"title": "Code pénal", "date": "12/03/2010"}])
    assert "year-month-day" in service.drafts(aid)["laws"].problem  # in the words of the window it was typed in
    window.close()
    window.ctx.tasks.wait()
    window.ctx.session.close()

    again = build_app(language="fr")
    qtbot.mouseClick(again.start_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.view is not None, timeout=10000)
    page = again.view.section_page("sources")
    page.ensure_built()
    entry = page.widgets["laws"].entries[0]
    assert entry.fields["date"].text() == "12/03/2010"
    assert _field_message(entry, "date").text() == (
        "Citation 1 : la date doit s'écrire année-mois-jour, p. ex. 2010-03-12, et non 12/03/2010."
    )
