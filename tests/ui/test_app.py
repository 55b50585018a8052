"""The whole application on a temporary folder: start screen, answering, navigation, persistence."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton

from omnibus.ui.ports import StorageError
from tests.ui.conftest import answer_confirmation, create_assessment


def test_create_assessment_from_start_screen(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    summaries = window.ctx.session.service.list_assessments()
    assert [(s.country, s.cycle, s.institution) for s in summaries] == [("KEN", "2025", "Ministry of Justice")]
    assert view.progress.value() == 0
    assert window.ctx.session.service.profile().country == "KEN"
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]  # no stray windows
    assert QApplication.activeWindow() is window


def test_follow_up_appears_and_answers_are_stored(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    page = view.section_page("choices")
    law_name = page.widgets["law_name"]
    assert not law_name.isVisible()
    yes = page.widgets["has_law"].findChild(QRadioButton, "choice_yes")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton, pos=QPoint(8, yes.height() // 2))
    assert service.answers(aid)["has_law"].value == "yes"
    qtbot.waitUntil(law_name.isVisible)
    qtbot.keyClicks(law_name.findChild(QLineEdit), "Organized Crime Act")
    qtbot.waitUntil(lambda: "law_name" in service.answers(aid), timeout=3000)
    assert service.answers(aid)["law_name"].value == "Organized Crime Act"
    assert window.saved_label.text().startswith("Saved ")


def test_navigate_with_buttons_shortcuts_and_tree(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    assert view.page_keys[view.current] == "choices"
    assert not view.back_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.page_keys[view.current] == "values"
    view.stack.currentWidget().setFocus()
    qtbot.keyClick(view.stack.currentWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.page_keys[view.current] == "sources"
    qtbot.keyClick(view.stack.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.page_keys[view.current] == "values"
    view.navigator.tree.setCurrentItem(view.navigator.item_rows["needs"])
    view.navigator._activated(view.navigator.item_rows["needs"])
    assert view.page_keys[view.current] == "sources"
    assert view.navigator.tree.currentItem() is view.navigator.section_rows["sources"]
    view.navigator.pageChosen.emit("review")
    assert view.page_keys[view.current] == "review"
    assert view.navigator.tree.currentItem() is view.navigator.review_row  # the tree follows the page shown
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.navigator.tree.currentItem() is view.navigator.export_row


def test_search_and_filters_narrow_the_tree(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    nav = view.navigator
    assert "law_name" not in nav.visible_items()  # not relevant yet
    qtbot.keyClicks(nav.search, "legislation")
    assert nav.visible_items() == ["laws"]
    nav.search.clear()
    qtbot.keyClicks(nav.search, "CRIMINALISÉ")  # case and accents do not matter
    assert nav.visible_items() == ["criminalised"]
    nav.search.clear()
    nav.instrument.setCurrentIndex(nav.instrument.findData("tip"))
    assert "bodies" in nav.visible_items() and "liability" not in nav.visible_items()
    nav.instrument.setCurrentIndex(0)
    nav.module.setCurrentIndex(nav.module.findData("evidence"))
    assert nav.visible_items() == ["laws", "files", "stats", "needs"]
    nav.module.setCurrentIndex(0)
    nav.article.setCurrentIndex(nav.article.findData("UNTOC art. 10"))
    assert nav.visible_items() == ["liability"]
    nav.search.setText("nothing like this")
    assert nav.empty.isVisibleTo(nav)


def test_jump_to_first_missing_required_item(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    view.show_page(2)
    qtbot.mouseClick(view.navigator.missing_button, Qt.MouseButton.LeftButton)
    assert view.page_keys[view.current] == "choices"
    assert view.section_page("choices").widgets["criminalised"].isAncestorOf(QApplication.focusWidget())


def test_mark_final_is_refused_while_required_items_are_missing(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    view.show_page(view.page_keys.index("review"))
    review = view.pages["review"]
    assert review.issues.count() == 2  # the two required items that are relevant (law_name is hidden)
    qtbot.mouseClick(review.final_button, Qt.MouseButton.LeftButton)
    assert review.explanation.isVisibleTo(review)
    assert "2 required questions are unanswered" in review.explanation.text()
    assert window.ctx.session.service.assessment(view.controller.id).status == "draft"
    review.issues.setCurrentRow(0)
    review._chosen(review.issues.item(0))
    assert view.page_keys[view.current] == "choices"
    view.controller.set_value("criminalised", "in_place")
    view.controller.set_value("has_law", "no")
    view.show_page(view.page_keys.index("review"))
    qtbot.mouseClick(review.final_button, Qt.MouseButton.LeftButton)
    answer_confirmation(qtbot, review, accept=True)
    assert window.ctx.session.service.assessment(view.controller.id).status == "final"
    assert not view.section_page("choices").isEnabled()


def test_storage_failure_is_shown_and_the_edit_kept_for_retry(qtbot, build_app, monkeypatch):
    window = build_app()
    view = create_assessment(qtbot, window)
    service, aid = window.ctx.session.service, view.controller.id
    real_write = service.store.write

    def broken_write():
        raise StorageError("the disk is full")

    monkeypatch.setattr(service.store, "write", broken_write)
    widget = view.section_page("choices").widgets["criminalised"]
    radio = widget.findChild(QRadioButton, "choice_not_in_place")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert view.banner.isVisibleTo(view) and "the disk is full" in view.banner.text.text()
    assert radio.isChecked()  # the edit stays on screen
    assert "criminalised" not in service.answers(aid)
    assert window.saved_label.text() == "Not saved"
    monkeypatch.setattr(service.store, "write", real_write)
    qtbot.mouseClick(view.banner.retry, Qt.MouseButton.LeftButton)
    assert service.answers(aid)["criminalised"].value == "not_in_place"
    assert not view.banner.isVisibleTo(view)


def test_answers_survive_closing_and_reopening(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    view.controller.set_value("has_law", "yes")
    page = view.section_page("choices")
    line = page.widgets["law_name"].findChild(QLineEdit)
    qtbot.keyClicks(line, "Act 7")
    window.close()  # commits pending typing
    window.ctx.tasks.wait()
    window.ctx.session.close()
    again = build_app()
    assert again.start_page.assessments.count() == 1
    qtbot.mouseClick(again.start_page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.view is not None, timeout=10000)
    reopened = again.view.section_page("choices")
    assert reopened.widgets["has_law"].findChild(QRadioButton, "choice_yes").isChecked()
    assert reopened.widgets["law_name"].findChild(QLineEdit).text() == "Act 7"


def test_switching_to_arabic_turns_the_layout_right_to_left(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    window.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.view.isRightToLeft()
    assert window.view.next_button.accessibleName() == "التالي"
    widget = window.view.section_page("choices").widgets["criminalised"]
    assert widget.info_button.text() == "إرشادات"  # a base-class string, translated in the subclass
    assert widget.findChild(QRadioButton, "choice_in_place").text() == "قائم"
    assert "المشاركة" in widget.label.text()  # questionnaire text in Arabic too
    qtbot.waitUntil(lambda: window.windowTitle() == "قائمة التقييم الذاتي (اتفاقية الجريمة المنظمة)")
    assert window.ctx.settings.language == "ar"
    window.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert view is not window.view and window.view.next_button.accessibleName() == "Next"


def test_text_size_is_changed_and_remembered(qtbot, build_app):
    window = build_app()
    size = QApplication.font().pointSize()
    window.larger_action.trigger()
    assert QApplication.font().pointSize() == size + 1
    assert window.ctx.settings.text_size == size + 1
    window.normal_action.trigger()


def test_menu_shortcuts_work_once_the_window_has_opened(qtbot, build_app):
    window = build_app()
    size = QApplication.font().pointSize()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSize() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.font().pointSize() == size
    assert window.home_action.shortcut().toString() == "Ctrl+Shift+H"
    assert [k.toString() for k in window.larger_action.shortcuts()] == ["Ctrl++", "Ctrl+="]
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.guide_action.shortcut().toString() == "F1"


def test_carry_forward_starts_the_next_cycle(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    view.controller.set_value("has_law", "yes")
    window.show_start()
    form = window.start_page.form
    form.start_from.setCurrentIndex(1)
    assert not form.country.isEnabled()
    form.cycle.setText("2027")
    qtbot.mouseClick(form.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.view is not None and window.view.controller.summary.cycle == "2027", timeout=5000)
    widget = window.view.section_page("choices").widgets["has_law"]
    assert widget.confirm_row is not None and widget.confirm_row.isVisibleTo(widget)
    qtbot.mouseClick(widget._confirm_button, Qt.MouseButton.LeftButton)
    assert window.ctx.session.service.answers(window.view.controller.id)["has_law"].confirmed


def test_guide_opens_in_the_interface_language(qtbot, build_app):
    window = build_app(language="fr")
    window.guide_action.trigger()
    assert window.guide.isVisible() and not window.guide.isModal()
    assert "questionnaire" in window.guide.browser.toPlainText().lower()
    window.guide.close()
