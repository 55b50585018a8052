"""The page stack shows exactly one page, the one asked for, and leaves the others' widgets alone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from omnibus.ui.page_stack import PageStack


def test_one_page_is_shown_at_a_time(qtbot):
    stack = PageStack()
    qtbot.addWidget(stack)
    pages = [QLabel(f"page {n}", stack) for n in range(3)]
    for page in pages:
        stack.addWidget(page)
    stack.show()
    qtbot.waitExposed(stack)
    assert stack.currentWidget() is pages[0]
    assert [p.isVisible() for p in pages] == [True, False, False]
    stack.setCurrentWidget(pages[2])
    assert stack.currentWidget() is pages[2]
    assert [p.isVisible() for p in pages] == [False, False, True]
    stack.setCurrentWidget(pages[2])  # already shown: nothing changes
    assert [p.isVisible() for p in pages] == [False, False, True]


def test_the_page_shown_fills_the_stack(qtbot):
    stack = PageStack()
    qtbot.addWidget(stack)
    first, second = QWidget(stack), QWidget(stack)
    stack.addWidget(first)
    stack.addWidget(second)
    stack.resize(400, 300)
    stack.show()
    stack.setCurrentWidget(second)
    qtbot.waitUntil(lambda: second.geometry() == stack.rect())
