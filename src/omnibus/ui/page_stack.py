"""Pages shown one at a time, as in `QStackedWidget`, for a cost per switch that does not grow with the pages built.

`QStackedLayout` turns updates off and back on around every switch, and Qt carries that flag down to every widget
of every page in the stack: with five 200-item sections built, that was about 10 ms a switch (measured with perf),
and it grew with each section visited. Here the pages share one grid cell and a switch shows one page and hides the
other. Painting comes later in the same turn of the event loop, so nothing flickers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget


class PageStack(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, page: QWidget) -> None:
        """Adds `page` (hidden unless it is the first); make it with this stack as its parent where you can:
        moving a built page into another parent styles every widget on it again."""
        if self._current is not None:
            page.hide()  # before it joins the layout, which would otherwise show it
        self._grid.addWidget(page, 0, 0)
        self._pages.append(page)
        if self._current is None:
            self._current = page

    def setCurrentWidget(self, page: QWidget) -> None:
        assert page in self._pages, "add the page first"
        if page is self._current:
            return
        page.show()
        if self._current is not None:
            self._current.hide()
        self._current = page

    def currentWidget(self) -> QWidget | None:
        return self._current
