"""The start form's country search: the names holding what was typed, the best answers first.

Qt's completer filters in the list's own (alphabetical) order, so typing "Mar" in French offered "Danemark" before
"Maroc", and accents had to be typed. Here a proxy of the country box's own list keeps the names that hold the text
(accents and case ignored) and orders them by `countries.search_rank`, then by the list's order; the combo box maps
a chosen suggestion back to its own row through the proxy.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from omnibus.model.countries import search_rank

Index = QModelIndex | QPersistentModelIndex


class CountryMatches(QSortFilterProxyModel):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.setSourceModel(combo.model())
        self.typed = ""
        self.sort(0)

    def set_typed(self, text: str) -> None:
        """Filter and order again: a name's rank changes with each letter ("Myanmar" first for "M", last for
        "Mar"), so the order is worked out anew, not kept from the letter before."""
        self.typed = text
        self.invalidate()

    def _rank(self, index: Index) -> int | None:
        return search_rank(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), self.typed)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(Qt.ItemDataRole.UserRole)) and self._rank(index) is not None

    def lessThan(self, left: Index, right: Index) -> bool:
        return (self._rank(left) or 0, left.row()) < (self._rank(right) or 0, right.row())


def search_countries(combo: QComboBox) -> QCompleter:
    """Give the editable `combo` a completer that offers the matching countries as the respondent types."""
    matches = CountryMatches(combo)
    completer = QCompleter(matches, combo)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    combo.setCompleter(completer)

    def typed(text: str) -> None:
        matches.set_typed(text)
        if text.strip() and matches.rowCount():
            completer.complete()
        elif (popup := completer.popup()) is not None:
            popup.hide()

    line = combo.lineEdit()
    assert line is not None, "the country box is editable"
    line.textEdited.connect(typed)
    return completer
