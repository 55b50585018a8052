"""Files attached as evidence; stored in the database by content, listed here by name."""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton

from omnibus.model.input_files import ATTACHMENT, MB, FileTooLarge, read_bounded
from omnibus.model.records import Json
from omnibus.model.schema import AttachmentItem
from omnibus.ui import folders
from omnibus.ui.bidi import isolated
from omnibus.ui.edits import AttachmentAdd, AttachmentRemoval
from omnibus.ui.file_problem import file_problem
from omnibus.ui.items.base import ItemWidget
from omnibus.ui.items.number import format_number
from omnibus.ui.items.shapes import entries


@dataclass(frozen=True)
class AttachmentOpening:
    """The respondent asked to open an attached file: its content's SHA-256 and its name, to open it under."""

    sha256: str
    name: str


class AttachmentWidget(ItemWidget):
    """Attaching and removing go to the service at once (through the signals); there is nothing to type."""

    attachmentAdded = Signal(AttachmentAdd)
    attachmentRemoved = Signal(AttachmentRemoval)
    attachmentOpened = Signal(AttachmentOpening)

    def build_editor(self) -> None:
        assert isinstance(self.item, AttachmentItem)
        self.files = QListWidget()
        self.files.setObjectName("attachments")
        self.files.itemActivated.connect(lambda _i: self._open())
        self.files.itemSelectionChanged.connect(self._update_buttons)
        self.editor.addWidget(self.files)
        row = QHBoxLayout()
        self.add_button, self.open_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self._add)
        self.open_button.clicked.connect(self._open)
        self.remove_button.clicked.connect(self._remove)
        for button in (self.add_button, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.editor.addLayout(row)
        self._value: list[Mapping[str, Json]] = []

    def retranslate_editor(self) -> None:
        self.files.setAccessibleName(self.text(self.item.label))
        self.add_button.setText(self.tr("Attach a file…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        assert isinstance(self.item, AttachmentItem)
        self.add_button.setToolTip(
            self.tr("Allowed: %1; at most %2 MB each")
            .replace("%1", ", ".join(self.item.file_types))
            .replace("%2", f"{self.item.max_size_mb:g}")
        )

    def _size_text(self, size: int) -> str:
        """A file's size as the interface language writes it: "97.7 KB", "97,7 Ko", "97,7 КБ"."""
        if size < 1024:
            return self.tr("%1 bytes").replace("%1", str(size))
        if size < MB:
            return self.tr("%1 KB").replace("%1", format_number(round(size / 1024, 1), 1))
        return self.tr("%1 MB").replace("%1", format_number(round(size / MB, 1), 1))

    def _update_buttons(self) -> None:
        selected = self.files.currentItem() is not None and bool(self._value)
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        assert isinstance(self.item, AttachmentItem)
        self.add_button.setEnabled(len(self._value) < self.item.max_files)

    def _add(self) -> None:
        assert isinstance(self.item, AttachmentItem)
        patterns = " ".join(f"*.{ext}" for ext in self.item.file_types)
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file"), folders.suggested(), self.tr("Documents") + f" ({patterns})"
        )
        if not path:
            return
        folders.used(path)
        file = Path(path)
        if file.suffix.lower().lstrip(".") not in self.item.file_types:
            self.rejected(self.tr("This kind of file cannot be attached here."))
            return
        try:
            content = read_bounded(file, ATTACHMENT, int(self.item.max_size_mb * MB))
        except FileTooLarge:
            self.rejected(self.tr("The file is larger than %1 MB.").replace("%1", f"{self.item.max_size_mb:g}"))
            return
        except OSError as exc:
            self.rejected(self.tr("The file cannot be read: %1").replace("%1", file_problem(exc)))
            return
        media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self.attachmentAdded.emit(AttachmentAdd(self.item_id, content, file.name, media_type))

    def _selected(self) -> Mapping[str, Json] | None:
        row = self.files.currentRow()
        return self._value[row] if 0 <= row < len(self._value) else None

    def _open(self) -> None:
        chosen = self._selected() or {}
        digest, name = chosen.get("sha256"), chosen.get("name")
        if isinstance(digest, str) and isinstance(name, str):
            self.attachmentOpened.emit(AttachmentOpening(digest, name))

    def _remove(self) -> None:
        digest = (self._selected() or {}).get("sha256")
        if isinstance(digest, str):
            self.attachmentRemoved.emit(AttachmentRemoval(self.item_id, digest))

    def current_value(self) -> Json:
        return list(self._value) or None

    def show_value(self, value: Json) -> None:
        self._value = entries(value)
        self.files.clear()
        for ref in self._value:
            size = ref.get("size")
            name = isolated(str(ref.get("name")))  # its extension stays beside it in a right-to-left line
            entry = QListWidgetItem(f"{name}  ({self._size_text(size if isinstance(size, int) else 0)})")
            entry.setData(Qt.ItemDataRole.UserRole, ref["sha256"])
            self.files.addItem(entry)
        rows = max(1, len(self._value))
        self.files.setFixedHeight(
            self.files.sizeHintForRow(0) * rows + 2 * self.files.frameWidth() + 4
            if self._value
            else self.files.fontMetrics().lineSpacing() + 10
        )
        self.files.setVisible(bool(self._value))
        self._update_buttons()
