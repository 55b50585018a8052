"""Free text: one line, or several paragraphs with a character count near the limit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from omnibus.model.records import Json
from omnibus.model.schema import LongTextItem, TextItem
from omnibus.ui.items.base import InvalidInput, ItemWidget
from omnibus.ui.paragraph_edit import ParagraphEdit


def show_from_start(line: QLineEdit, text: str) -> None:
    """Put a stored text in a one-line field showing its first words: `setText` leaves the caret, and so the
    view, at its end, and a text longer than the field was shown cut off at its start."""
    line.setText(text)
    line.setCursorPosition(0)


class TextWidget(ItemWidget):
    def build_editor(self) -> None:
        assert isinstance(self.item, TextItem)
        self.line = QLineEdit()
        self.line.setMaxLength(self.item.max_length)
        self.line.textEdited.connect(lambda _t: self.schedule_commit())
        self.line.returnPressed.connect(self.commit)
        self.watch(self.line)
        self.editor.addWidget(self.line)

    def retranslate_editor(self) -> None:
        self.line.setAccessibleName(self.text(self.item.label))

    def current_value(self) -> Json:
        return self.line.text().strip() or None

    def show_value(self, value: Json) -> None:
        show_from_start(self.line, "" if value is None else str(value))


class LongTextWidget(ItemWidget):
    def build_editor(self) -> None:
        assert isinstance(self.item, LongTextItem)
        self.max_length = self.item.max_length
        self.edit = ParagraphEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 5 + 14)
        self.edit.textChanged.connect(self._changed)
        self.watch(self.edit)
        self.editor.addWidget(self.edit)
        self.counter = QLabel()
        self.counter.setObjectName("counter")
        self.counter.hide()
        self.editor.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTrailing)

    def _changed(self) -> None:
        length = len(self.edit.toPlainText())
        self.counter.setVisible(length > self.max_length * 0.8)
        text = self.tr("%1 of %2 characters").replace("%1", str(length))
        self.counter.setText(text.replace("%2", str(self.max_length)))
        self.schedule_commit()

    def retranslate_editor(self) -> None:
        self.edit.setAccessibleName(self.text(self.item.label))

    def current_value(self) -> Json:
        text = self.edit.toPlainText().strip()
        if len(text) > self.max_length:
            raise InvalidInput(self.tr("The text is too long: at most %n characters.", "", self.max_length))
        return text or None

    def show_value(self, value: Json) -> None:
        self.edit.setPlainText("" if value is None else str(value))
