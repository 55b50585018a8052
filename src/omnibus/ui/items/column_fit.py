"""A table's columns each at least as wide as its heading (and its short answers), sharing whatever width is left.

Columns of equal width cut the longer headings in the middle ("…должительность (дн" for the Russian "duration
(days)"), and a respondent could not tell which column was which. A column now keeps its heading whole; when
the headings need more than the table's width, the table scrolls sideways instead of cutting them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableWidget

SHORT_ANSWER = "x" * 20  # a cell up to this wide (a level, a date, a number) is shown whole; longer text is cut


class ColumnFit(QObject):
    """Refits the columns whenever the table's visible width changes; `refit` then lets the owner fit its height
    (a sideways scroll bar takes a row's room)."""

    def __init__(self, table: QTableWidget, refit: Callable[[], None]) -> None:
        super().__init__(table)
        self.table, self.refit = table, refit
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        # The row numbers' column appears with the first row and narrows the visible width; a hidden table is
        # told so by its headers, not always by a resize of its viewport.
        table.verticalHeader().geometriesChanged.connect(self.fit)
        table.itemChanged.connect(lambda _item: self.fit())  # "Национальный" chosen in a column headed "Уровень"

    def fit(self) -> None:
        """Every column as wide as its heading and its short answers, the width left over shared out evenly."""
        header = self.table.horizontalHeader()
        count = header.count()
        if count:
            needed = [self._needed(c) for c in range(count)]
            spare = max(0, self.table.viewport().width() - sum(needed))
            for c in range(count):
                extra = spare // count + (spare % count if c == count - 1 else 0)
                header.resizeSection(c, needed[c] + extra)
        self.refit()

    def _needed(self, column: int) -> int:
        cap = self.table.fontMetrics().horizontalAdvance(SHORT_ANSWER)
        heading = self.table.horizontalHeader().sectionSizeHint(column)
        return max(heading, min(self.table.sizeHintForColumn(column), cap))

    def scrolls(self) -> bool:
        """Whether the columns need more than the visible width: the sideways scroll bar shows."""
        return self.table.horizontalHeader().length() > self.table.viewport().width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
