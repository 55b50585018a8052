"""Items answered by a list of small forms (legislation citations, technical-assistance needs)."""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omnibus.ui.items.base import ItemWidget


class Entry(QFrame):
    """One form in the list; subclasses add fields to `grid` and convert to and from a dict."""

    changed = Signal()
    removeRequested = Signal(object)

    def __init__(self, owner: EntryListWidget) -> None:
        super().__init__()
        self.owner = owner
        self.setObjectName("entry")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 8, 8, 8)
        self.grid.setColumnStretch(1, 1)
        self.labels: list[tuple[QLabel, str]] = []
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEntry")
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))

    def add_row(self, label_text: object, field: QWidget) -> None:
        row = self.grid.rowCount()
        label = QLabel()
        label.setBuddy(field)
        self.labels.append((label, str(label_text)))
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(field, row, 1)
        self.owner.watch(field)

    def finish(self) -> None:
        self.grid.addWidget(self.remove_button, self.grid.rowCount(), 1, 1, 1, Qt.AlignmentFlag.AlignTrailing)

    def retranslate(self, translate: Any) -> None:
        for label, text in self.labels:
            label.setText(translate(text))
            if label.buddy() is not None:
                label.buddy().setAccessibleName(translate(text).rstrip(":"))
        self.remove_button.setText(self.owner.remove_text())

    @abstractmethod
    def value(self) -> dict[str, Any] | None:
        """The entry as a canonical value, or None when it is empty."""

    @abstractmethod
    def set_value(self, value: dict[str, Any]) -> None:
        """Show a stored entry."""


class EntryListWidget(ItemWidget):
    entry_class: type[Entry]

    def build_editor(self) -> None:
        self.entries: list[Entry] = []
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(6)
        self.editor.addLayout(self.list_box)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("hint")
        self.editor.addWidget(self.empty_label)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addEntry")
        self.add_button.clicked.connect(self._add_clicked)
        self.editor.addWidget(self.add_button, 0, self.add_button_alignment())

    def add_button_alignment(self) -> Any:
        from PySide6.QtCore import Qt

        return Qt.AlignmentFlag.AlignLeading

    @abstractmethod
    def add_text(self) -> str:
        """The label of the button that adds an entry."""

    def remove_text(self) -> str:
        return self.tr("Remove")

    def empty_text(self) -> str:
        return self.tr("Nothing recorded yet.")

    def add_entry(self) -> Entry:
        entry = self.entry_class(self)
        entry.changed.connect(self.schedule_commit)
        entry.removeRequested.connect(self._remove)
        entry.retranslate(self._translate)
        self.entries.append(entry)
        self.list_box.addWidget(entry)
        self.empty_label.hide()
        return entry

    def _translate(self, text: str) -> str:
        return self.tr(text)

    def _add_clicked(self) -> None:
        entry = self.add_entry()
        first = entry.grid.itemAtPosition(0, 1)
        widget = first.widget() if first is not None else None
        if widget is not None:
            widget.setFocus()

    def _remove(self, entry: Entry) -> None:
        self.entries.remove(entry)
        entry.setParent(None)
        entry.deleteLater()
        self.empty_label.setVisible(not self.entries)
        self.commit_soon()

    def retranslate_editor(self) -> None:
        self.add_button.setText(self.add_text())
        self.add_button.setAccessibleName(f"{self.add_text()} — {self.text(self.item.label)}")
        self.empty_label.setText(self.empty_text())
        for entry in self.entries:
            entry.retranslate(self._translate)

    def current_value(self) -> Any:
        values = [v for v in (e.value() for e in self.entries) if v]
        return values or None

    def show_value(self, value: Any) -> None:
        for entry in list(self.entries):
            entry.setParent(None)
            entry.deleteLater()
        self.entries.clear()
        for element in value or ():
            self.add_entry().set_value(element)
        self.empty_label.setVisible(not self.entries)
