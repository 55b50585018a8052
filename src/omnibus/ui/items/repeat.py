"""Items answered by a list of small forms (legislation citations, technical-assistance needs)."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omnibus.model.records import Json
from omnibus.ui.items.base import InvalidInput, ItemWidget
from omnibus.ui.items.shapes import entries


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
        self.fields_by_key: dict[str, QWidget] = {}
        self.field_messages: dict[str, QLabel] = {}
        self.first_field: QWidget | None = None  # where the keyboard goes when the respondent adds the entry
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEntry")
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))

    def add_row(self, label_text: object, field: QWidget, key: str = "") -> None:
        """A labelled field; with a `key` (the field's id in the value) a problem can be shown right under it."""
        row = self.grid.rowCount()
        label = QLabel()
        label.setBuddy(field)
        self.labels.append((label, str(label_text)))
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(field, row, 1)
        self.owner.watch(field)
        if self.first_field is None:
            self.first_field = field
        if key:
            message = QLabel(wordWrap=True)
            message.setObjectName("itemMessage")
            message.setProperty("severity", "error")
            message.hide()
            self.grid.addWidget(message, row + 1, 1)
            self.fields_by_key[key] = field
            self.field_messages[key] = message

    def mark(self, key: str, message: str) -> bool:
        """Show `message` under the field `key`; False when this entry has no such field."""
        label = self.field_messages.get(key)
        if label is None:
            return False
        label.setText(message)
        label.setAccessibleName(message)
        label.show()
        field = self.fields_by_key[key]
        field.setAccessibleDescription(message)
        field.setProperty("state", "error")
        field.style().unpolish(field)
        field.style().polish(field)
        return True

    def unmark(self) -> None:
        for key, label in self.field_messages.items():
            if label.isVisible() or label.text():
                label.clear()
                label.hide()
                field = self.fields_by_key[key]
                field.setAccessibleDescription("")
                field.setProperty("state", "")
                field.style().unpolish(field)
                field.style().polish(field)

    def finish(self) -> None:
        self.grid.addWidget(self.remove_button, self.grid.rowCount(), 1, 1, 1, Qt.AlignmentFlag.AlignTrailing)

    def retranslate(self, translate: Callable[[str], str]) -> None:
        for label, text in self.labels:
            label.setText(translate(text))
            if label.buddy() is not None:
                label.buddy().setAccessibleName(translate(text).rstrip(":"))
        self.remove_button.setText(self.owner.remove_text())

    @abstractmethod
    def value(self) -> Mapping[str, Json] | None:
        """The entry as a canonical value, or None when it is empty."""

    @abstractmethod
    def set_value(self, value: Mapping[str, Json]) -> None:
        """Show a stored entry (or a draft one: fields may be missing or invalid)."""

    def draft(self) -> Mapping[str, Json] | None:
        """The entry as typed, for a draft: like `value` but never refused; None when it is empty."""
        return self.value()


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

    def entry_problem(self, number: int, message: str) -> str:
        """The problem of entry `number` (from 1) as the respondent reads it: by default the entry's message."""
        return message

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
        if entry.first_field is not None:
            entry.first_field.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def current_value(self) -> Json:
        values: list[Mapping[str, Json]] = []
        for entry in self.entries:
            try:
                value = entry.value()
            except InvalidInput as exc:  # located in the list as the draft has it: among non-empty entries
                raise InvalidInput(self.entry_problem(len(values) + 1, str(exc)), (len(values), *exc.where)) from None
            if value:
                values.append(value)
        return values or None

    def draft_value(self) -> Json:
        drafts = [d for d in (e.draft() for e in self.entries) if d]
        return drafts or None

    def mark_field(self, where: tuple[int | str, ...], message: str) -> bool:
        if len(where) != 2 or not isinstance(where[0], int) or not isinstance(where[1], str):
            return False
        filled = [e for e in self.entries if e.draft()]
        return 0 <= where[0] < len(filled) and filled[where[0]].mark(where[1], message)

    def clear_marks(self) -> None:
        for entry in self.entries:
            entry.unmark()

    def show_value(self, value: Json) -> None:
        for entry in list(self.entries):
            entry.setParent(None)
            entry.deleteLater()
        self.entries.clear()
        for element in entries(value):
            self.add_entry().set_value(element)
        self.empty_label.setVisible(not self.entries)
