"""Each item widget on its own: shows a canonical value, and emits one after clicking or typing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QRadioButton

from omnibus.model.records import Answer, FileEntry, TableRow
from omnibus.ui.edits import AttachmentAdd, AttachmentRemoval, CommentEdit, ValueEdit
from omnibus.ui.items import create_item_widget
from omnibus.ui.items.base import ItemWidget


@pytest.fixture
def make(qtbot, every_type):
    def build(item_id: str) -> ItemWidget:
        widget = create_item_widget(every_type.items[item_id], every_type, "en")
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return build


def click(qtbot, button) -> None:
    """Click where a person would: on the box, not in the empty space a stretched check box has on its right."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def emitted(qtbot, widget: ItemWidget, action) -> Any:
    with qtbot.waitSignal(widget.valueEdited, timeout=2000) as blocker:
        action()
    (edit,) = blocker.args
    assert isinstance(edit, ValueEdit) and edit.item_id == widget.item_id
    return edit.value


def test_indicator_click_and_clear(qtbot, make):
    widget = make("criminalised")
    radio = widget.findChild(QRadioButton, "choice_partially")
    assert radio.text() == "Partially in place"
    assert emitted(qtbot, widget, lambda: click(qtbot, radio)) == "partially"
    assert emitted(qtbot, widget, lambda: widget.clear_button.click()) is None
    assert not radio.isChecked()


def test_yes_no_partial_and_single_choice_show_values(make):
    widget = make("liability")
    widget.set_answer(Answer("liability", "partially"))
    assert widget.findChild(QRadioButton, "choice_partially").isChecked()
    assert widget.findChild(QRadioButton, "choice_partially").text() == "Partially"
    single = make("kind")
    single.set_answer(Answer("kind", "civil"))
    assert single.findChild(QRadioButton, "choice_civil").isChecked()
    assert single.findChild(QRadioButton, "choice_civil").text() == "Civil"


def test_multiple_choice_with_other(qtbot, make):
    widget = make("bodies")
    box = widget.findChild(QCheckBox, "choice_courts")
    assert emitted(qtbot, widget, lambda: click(qtbot, box)) == {"selected": ["courts"]}
    other = widget.findChild(QCheckBox, "choice_other")
    other.click()
    value = emitted(qtbot, widget, lambda: qtbot.keyClicks(widget.other_edit, "Ombudsman"))
    assert value == {"selected": ["courts", "other"], "other": "Ombudsman"}
    widget.set_answer(Answer("bodies", {"selected": ["police"]}))
    assert widget.findChild(QCheckBox, "choice_police").isChecked() and not other.isChecked()


def test_text_commits_after_a_pause_not_per_key(qtbot, make):
    widget = make("law_name")
    seen: list[Any] = []
    widget.valueEdited.connect(lambda edit: seen.append(edit.value))
    line = widget.findChild(QLineEdit)
    qtbot.keyClicks(line, "Penal Code")
    assert seen == []
    qtbot.waitUntil(lambda: seen == ["Penal Code"], timeout=2000)


def test_text_commits_on_focus_out(qtbot, make):
    widget = make("law_name")
    seen: list[Any] = []
    widget.valueEdited.connect(lambda edit: seen.append(edit.value))
    qtbot.keyClicks(widget.findChild(QLineEdit), "Act 12")
    widget.flush()
    assert seen == ["Act 12"]


def test_long_text(qtbot, make):
    widget = make("description")
    edit = widget.findChild(QPlainTextEdit)
    assert emitted(qtbot, widget, lambda: qtbot.keyClicks(edit, "A national plan.")) == "A national plan."


def test_integer_rejects_letters_inline(qtbot, make):
    widget = make("cases")
    line = widget.findChild(QLineEdit)
    qtbot.keyClicks(line, "12x")
    widget.commit()
    assert widget.message.isVisibleTo(widget) and "whole number" in widget.message.text()
    line.clear()
    line.setText("١٢")  # Arabic-Indic digits (QTest cannot type them)
    assert emitted(qtbot, widget, widget.commit) == 12
    assert widget.message.isHidden()


def test_decimal_in_english_groups_with_commas(qtbot, make):
    widget = make("budget")
    line = widget.findChild(QLineEdit)
    assert emitted(qtbot, widget, lambda: qtbot.keyClicks(line, "1,200.5")) == 1200.5
    line.clear()
    qtbot.keyClicks(line, "2,5")  # not a thousands group: the comma is not the decimal mark in English
    widget.commit()
    assert "the decimal mark is “.”" in widget.message.text()
    widget.set_answer(Answer("budget", 3.25))
    assert line.text() == "3.25"


def test_date(qtbot, make):
    widget = make("adopted")
    line = widget.findChild(QLineEdit)
    qtbot.keyClicks(line, "2024-02-30")
    widget.commit()
    assert widget.message.text() == "There is no 2024-02-30: that month has 29 days."
    line.clear()
    qtbot.keyClicks(line, "30/02/2024")
    widget.commit()
    assert "year-month-day" in widget.message.text()
    line.clear()
    assert emitted(qtbot, widget, lambda: qtbot.keyClicks(line, "2024-02-29")) == "2024-02-29"
    written = widget.findChild(QLabel, "writtenDate")
    assert written.text() == "\u206829 February 2024\u2069"  # the day the digits name, in the interface's words
    line.setText("2024-02-3")
    assert written.text() == ""  # not a whole date yet


@pytest.mark.parametrize(
    ("locale", "written"),
    [("fr_FR", "29 février 2024"), ("es_ES", "29 de febrero de 2024"), ("ru_RU", "29 февраля 2024\u202fг."),
     ("zh_CN", "2024年2月29日"), ("ar", "29 شباط/فبراير 2024")],
)  # fmt: skip
def test_a_date_is_written_out_in_the_interface_language(qtbot, make, locale, written):
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))  # what the interface does when its language is chosen
    try:
        widget = make("adopted")
        widget.show_value("2024-02-29")
        assert widget.findChild(QLabel, "writtenDate").text() == f"\u2068{written}\u2069"
    finally:
        QLocale.setDefault(previous)


def test_legislation(qtbot, make):
    widget = make("laws")
    widget.add_button.click()
    title = widget.findChild(QLineEdit, "legislation_title")
    qtbot.keyClicks(title, "Penal Code")
    value = emitted(qtbot, widget, lambda: qtbot.keyClicks(widget.findChild(QLineEdit, "legislation_article"), "5"))
    assert value == [{"title": "Penal Code", "article": "5"}]
    widget.set_answer(Answer("laws", [{"title": "A", "article": "1", "excerpt": "text"}]))
    assert widget.findChild(QPlainTextEdit, "legislation_excerpt").toPlainText() == "text"
    assert emitted(qtbot, widget, lambda: widget.entries[0].remove_button.click()) is None


def test_ta_needs(qtbot, make):
    widget = make("needs")
    widget.add_button.click()
    entry = widget.entries[0]
    type_box = entry.findChild(QComboBox, "need_type")
    type_box.setCurrentIndex(type_box.findData("legal"))
    sub = entry.findChild(QComboBox, "need_subtype")
    sub.setCurrentIndex(sub.findData("legal.review"))
    value = emitted(qtbot, widget, lambda: qtbot.keyClicks(entry.description, "Review of the penal code"))
    assert value == [
        {"type": "legal", "subtype": "legal.review", "priority": "medium", "description": "Review of the penal code"}
    ]
    widget.set_answer(Answer("needs", [{"type": "training", "subtype": "training.judges", "priority": "high",
                                        "description": "x"}]))  # fmt: skip
    assert widget.entries[0].subtype_box.currentData() == "training.judges"
    shown = widget.entries[0]
    # a label wider than its box is read whole on hovering it, chosen by the respondent or shown from storage
    assert shown.type_box.toolTip() == shown.type_box.currentText() != ""
    assert shown.subtype_box.toolTip() == shown.subtype_box.currentText() != ""


def test_table(qtbot, make):
    widget = make("stats")
    widget.add_button.click()
    table = widget.table
    from PySide6.QtWidgets import QTableWidgetItem

    table.setItem(0, 0, QTableWidgetItem("2023"))
    value = emitted(qtbot, widget, lambda: table.setItem(0, 1, QTableWidgetItem("14")))
    assert value == [{"year": 2023, "count": 14}]
    row: TableRow = {"year": 2022, "count": 3, "note": "n"}
    widget.set_answer(Answer("stats", [row]))
    assert table.rowCount() == 1 and table.item(0, 2).text() == "n"


def test_attachment_add_and_remove(qtbot, make, tmp_path, monkeypatch):
    widget = make("files")
    file = tmp_path / "law.pdf"
    file.write_bytes(b"%PDF-1.4 test")
    monkeypatch.setattr("omnibus.ui.items.attachment.QFileDialog.getOpenFileName", lambda *a, **k: (str(file), ""))
    with qtbot.waitSignal(widget.attachmentAdded) as blocker:
        widget.add_button.click()
    assert blocker.args == [AttachmentAdd("files", b"%PDF-1.4 test", "law.pdf", "application/pdf")]
    stored: FileEntry = {"sha256": "ab", "name": "law.pdf", "media_type": "application/pdf", "size": 13}
    widget.set_answer(Answer("files", [stored]))
    widget.files.setCurrentRow(0)
    with qtbot.waitSignal(widget.attachmentRemoved) as blocker:
        widget.remove_button.click()
    assert blocker.args == [AttachmentRemoval("files", "ab")]


def test_guidance_on_demand_and_comment(qtbot, make):
    widget = make("criminalised")
    assert widget.info_button is not None
    widget.info_button.click()
    assert "article 5" in widget._info_label.text() and "UNTOC art. 5" in widget._info_label.text()
    widget.comment_button.click()
    with qtbot.waitSignal(widget.commentEdited) as blocker:
        qtbot.keyClicks(widget._comment_edit, "Draft bill pending")
    assert blocker.args == [CommentEdit("criminalised", "Draft bill pending")]


def test_rejected_value_stays_and_is_explained(make):
    widget = make("law_name")
    line = widget.findChild(QLineEdit)
    line.setText("bad")
    widget.commit()
    widget.rejected("Too short")
    assert line.text() == "bad" and widget.message.text() == "Too short"
    assert widget.property("state") == "error"


def test_carried_forward_answer_asks_for_confirmation(qtbot, make):
    widget = make("has_law")
    widget.set_answer(Answer("has_law", "yes", origin="carried_forward", confirmed=False))
    assert widget.confirm_row is not None and widget.confirm_row.isVisibleTo(widget)
    with qtbot.waitSignal(widget.confirmRequested):
        widget._confirm_button.click()


def test_the_required_mark_stays_on_the_line_of_the_question_s_last_word(make):
    """A French question ending "… respectifs ?" wrapped its red asterisk alone onto a line of its own."""
    label = make("criminalised").label.text()
    assert label.endswith("</span>") and "&nbsp;<span" in label and " <span" not in label
