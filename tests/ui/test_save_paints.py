"""A save repaints what it changed on screen, once, and nothing else.

Most saves change only percentages (the header's, the one under the page, the section's in the navigator), the
item's status in the navigator and the time in the status line. Each repaint of the window is a pass over every
widget under the changed area, parents included, on a laptop that is often slow.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import answer_choice, create_assessment


class Paints(QObject):
    """The paint events the application delivers, with the area each repaints, by widget."""

    def __init__(self) -> None:
        super().__init__()
        self.areas: list[tuple[QObject, QRect]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.areas.append((watched, event.region().boundingRect()))  # type: ignore[attr-defined]
        return False

    def of(self, widget: QWidget) -> list[QRect]:
        return [area for watched, area in self.areas if watched is widget]


def _settled(qtbot, view) -> None:
    """The page and the one after it built, everything they asked for painted."""
    following = view.page_keys[1]
    qtbot.waitUntil(lambda: following in view.pages and view.section_page(following).complete, timeout=5000)
    qtbot.wait(100)


def test_a_save_paints_the_window_once(qtbot, build_app):
    window = build_app()
    view = create_assessment(qtbot, window)
    _settled(qtbot, view)
    for item_id, code in (("criminalised", "in_place"), ("liability", "yes")):  # "Saved" shows, percentages reach
        answer_choice(qtbot, view, item_id, code)  # two digits: the next save leaves the sizes of their labels be
        qtbot.waitUntil(lambda i=item_id: view.controller.answered(i))
    qtbot.wait(100)
    header = view.progress.parentWidget()
    before = view.progress.value()
    paints = Paints()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)
    refreshing: list[int] = []  # the paints delivered when the answer was stored, then when the window said so
    view.controller.answerStored.connect(lambda _stored: refreshing.append(len(paints.areas)))
    view.controller.saved.connect(lambda _at: refreshing.append(len(paints.areas)))

    answer_choice(qtbot, view, "kind", "civil")
    qtbot.waitUntil(lambda: view.progress.value() != before)
    qtbot.wait(100)
    app.removeEventFilter(paints)

    assert window.ctx.session.service.answer(view.controller.id, "kind").value == "civil"
    stored, said = refreshing
    assert paints.areas[stored:said] == []  # nothing painted while the window follows the save: all at once after
    assert len(paints.of(view.progress)) == 1
    assert len(paints.of(header)) == 1  # the progress bar and its percentage in one pass


def _follow_up_answered(qtbot, build_app, code: str):
    """The paints of one answer to "has_law" whose follow-up comes ("yes") or goes ("no"), the page having had
    both heights before; the window is low enough for the page to scroll either way (its width stays)."""
    window = build_app()
    window.resize(1366, 560)
    view = create_assessment(qtbot, window)
    _settled(qtbot, view)
    page = view.section_page("choices")
    follow_up = page.widgets["law_name"]
    for given in ("yes", "no", "yes", "no")[: 3 if code == "no" else 4]:
        answer_choice(qtbot, view, "has_law", given)
        qtbot.waitUntil(lambda g=given: follow_up.isVisible() == (g == "yes"))
        qtbot.wait(100)
    paints = Paints()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(paints)

    answer_choice(qtbot, view, "has_law", code)
    qtbot.waitUntil(lambda: follow_up.isVisible() == (code == "yes"))
    qtbot.wait(100)
    app.removeEventFilter(paints)

    assert window.ctx.session.service.answer(view.controller.id, "has_law").value == code
    assert page.verticalScrollBar().isVisible()
    assert paints.of(page.widget())  # what is below the answered question moved: painted where it is now
    return page, paints


def test_a_follow_up_going_repaints_nothing_above_it(qtbot, build_app):
    """The page shrinks as a follow-up goes; what is above the answered question stays as it was and is not
    painted again (the page, its heading and every question's text on screen used to be repainted)."""
    page, paints = _follow_up_answered(qtbot, build_app, "no")
    answered, above = page.widgets["has_law"], page.widgets["criminalised"]
    assert [area for area in paints.of(page.widget()) if area.top() < answered.y()] == []
    assert paints.of(page.heading) == []
    assert paints.of(page.intro) == []
    assert paints.of(above) == []
    assert paints.of(above.label) == []


def test_a_follow_up_coming_leaves_the_heading_be(qtbot, build_app):
    """The heading and the introduction, which no answer changes, are not painted again when the page grows."""
    page, paints = _follow_up_answered(qtbot, build_app, "yes")
    assert paints.of(page.heading) == []
    assert paints.of(page.intro) == []
