"""A save changes what it changed on screen, not the window's layout.

The progress in the header, the section's percentage under the page and the time in the status line change at
almost every save; a label given a new text asks Qt to lay out its parents again, and that request used to climb
to the main window, so the whole window was measured again and repainted after each answer.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject

from tests.ui.conftest import answer_choice, create_assessment


class LayoutRequests(QObject):
    """Counts the requests to lay out the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _next_second() -> None:
    """Wait for the clock's next second, so the next save shows another time in the status line."""
    time.sleep(1 - time.time() % 1 + 0.01)


def test_a_save_does_not_lay_out_the_window_again(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    answer_choice(qtbot, view, "has_law", "yes")  # its follow-up, a required question, appears
    page = view.section_page("choices")
    qtbot.waitUntil(lambda: page.widgets["law_name"].isVisible())
    following = view.page_keys[1]  # built while the respondent reads this page: that lays out the window once
    qtbot.waitUntil(lambda: following in view.pages and view.section_page(following).complete, timeout=5000)
    qtbot.wait(50)  # the first save's own layout is done
    header = view.progress_label.parentWidget()
    navigation = view.position.parentWidget()
    before = {
        "position": view.position.text(),
        "progress": view.progress_label.text(),
        "saved": window.saved_label.text(),
        "header": header.geometry(),
        "navigation": navigation.geometry(),
        "page": page.geometry(),
    }
    requests = LayoutRequests()
    window.installEventFilter(requests)
    _next_second()

    answer_choice(qtbot, view, "has_law", "no")  # the follow-up goes: the percentages change
    qtbot.waitUntil(lambda: not page.widgets["law_name"].isVisible())
    qtbot.waitUntil(lambda: window.saved_label.text() != before["saved"])
    qtbot.wait(50)

    stored = window.ctx.session.service.answers(view.controller.id)["has_law"]
    assert stored.value == "no"
    assert view.position.text() != before["position"]
    assert view.progress_label.text() != before["progress"]
    assert requests.count == 0
    assert header.geometry() == before["header"]
    assert navigation.geometry() == before["navigation"]
    assert page.geometry() == before["page"]
    window.removeEventFilter(requests)


def test_a_longer_text_still_gets_its_room(qtbot, build_app):
    """The labels keep their size between saves, yet a longer text (another language) is never cut."""
    window = build_app()
    view = create_assessment(qtbot, window)
    answer_choice(qtbot, view, "has_law", "yes")
    window.set_language("ar")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("حُفظ في "))
    qtbot.wait(50)  # laid out
    view = window.view  # built again in Arabic
    for label in (view.position, view.progress_label, window.saved_label):
        assert label.width() >= label.sizeHint().width()
        assert label.height() >= label.sizeHint().height()
