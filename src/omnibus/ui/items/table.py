"""A table of rows with typed columns (text, numbers, dates, yes/no, choices)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from omnibus.model.records import Json, TableRow
from omnibus.model.schema import YES_NO_CODES, Column, TableItem
from omnibus.ui.items.base import InvalidInput, ItemWidget
from omnibus.ui.items.column_fit import ColumnFit
from omnibus.ui.items.labels import code_label
from omnibus.ui.items.number import format_number, parse_number
from omnibus.ui.items.shapes import entries

CODE = Qt.ItemDataRole.UserRole
WRONG_CELL = QColor("#fdecea")
Index = QModelIndex | QPersistentModelIndex


class _ChoiceDelegate(QStyledItemDelegate):
    """Choice and yes/no cells are edited with a drop-down list; the cell keeps the code."""

    def __init__(self, owner: TableWidget) -> None:
        super().__init__(owner)
        self.owner = owner

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        options = self.owner.column_options(index.column())
        if options is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("", None)
        for code, label in options:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(CODE))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), CODE)
            model.setData(index, editor.currentText() if editor.currentData() else "", Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class TableWidget(ItemWidget):
    def build_editor(self) -> None:
        assert isinstance(self.item, TableItem)
        self.columns: tuple[Column, ...] = self.item.columns
        self.table = QTableWidget(0, len(self.columns))
        self.table.setItemDelegate(_ChoiceDelegate(self))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.itemChanged.connect(lambda _i: self.schedule_commit())
        self.watch(self.table)
        self.editor.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self._add_row)
        self.remove_button.clicked.connect(self._remove_row)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.editor.addLayout(row)
        self.columns_fit = ColumnFit(self.table, self._fit)  # headings whole, in every language
        self._fit()

    def column_options(self, column: int) -> list[tuple[str, str]] | None:
        col = self.columns[column]
        if col.type == "yes_no":
            return [(code, code_label(code)) for code in YES_NO_CODES]
        if col.type == "single_choice":
            return [(c.code, self.text(c.label)) for c in self.questionnaire.choices(col)]
        return None

    def retranslate_editor(self) -> None:
        self.table.setHorizontalHeaderLabels([self.text(c.label) for c in self.columns])
        self.columns_fit.fit()
        self.table.setAccessibleName(self.text(self.item.label))
        self.add_button.setText(self.tr("Add a row"))
        self.remove_button.setText(self.tr("Remove the selected row"))

    def _fit(self) -> None:
        rows = self.table.rowCount()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 2
        height += sum(self.table.rowHeight(r) for r in range(rows)) or self.table.verticalHeader().defaultSectionSize()
        if self.columns_fit.scrolls():
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(min(height, 420))
        self.remove_button.setEnabled(rows > 0)

    def _add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self._fit()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._fit()
            self.commit_soon()

    def _raw(self, row: int, column: int) -> str | None:
        """The cell as typed: the code of a choice, else its text; None when empty."""
        cell = self.table.item(row, column)
        if cell is None:
            return None
        if self.columns[column].type in ("yes_no", "single_choice"):
            code = cell.data(CODE)
            return code if isinstance(code, str) else None
        return cell.text().strip() or None

    def _cell(self, row: int, column: int, place: int) -> str | int | float | None:
        """The cell's value; `place` is the row's index among the rows that are not empty (as in the value)."""
        raw = self._raw(row, column)
        col = self.columns[column]
        if raw is None or col.type not in ("integer", "decimal"):
            return raw
        try:
            return parse_number(raw, col.type == "integer")
        except ValueError:
            message = self.tr("Row %1, %2: enter a number.")
            message = message.replace("%1", str(row + 1)).replace("%2", self.text(col.label))
            raise InvalidInput(message, (place, col.id)) from None

    def current_value(self) -> Json:
        rows: list[TableRow] = []
        for r in range(self.table.rowCount()):
            cells = {col.id: self._cell(r, c, len(rows)) for c, col in enumerate(self.columns)}
            row = {k: v for k, v in cells.items() if v is not None}
            if row:
                rows.append(row)
        return rows or None

    def draft_value(self) -> Json:
        rows: list[dict[str, str]] = []
        for r in range(self.table.rowCount()):
            cells = {col.id: self._raw(r, c) for c, col in enumerate(self.columns)}
            row = {k: v for k, v in cells.items() if v is not None}
            if row:
                rows.append(row)
        return rows or None

    def mark_field(self, where: tuple[int | str, ...], message: str) -> bool:
        """Colour the wrong cell and put the message on it; the message itself goes under the table."""
        filled = [r for r in range(self.table.rowCount()) if any(self._raw(r, c) for c in range(len(self.columns)))]
        ids = [c.id for c in self.columns]
        if len(where) == 2 and isinstance(where[0], int) and 0 <= where[0] < len(filled) and where[1] in ids:
            cell = self.table.item(filled[where[0]], ids.index(str(where[1])))
            if cell is not None:
                self.table.blockSignals(True)
                cell.setBackground(QBrush(WRONG_CELL))
                cell.setToolTip(message)
                self.table.blockSignals(False)
        return False

    def clear_marks(self) -> None:
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            for c in range(len(self.columns)):
                cell = self.table.item(r, c)
                if cell is not None and cell.toolTip():
                    cell.setBackground(QBrush())
                    cell.setToolTip("")
        self.table.blockSignals(False)

    def show_value(self, value: Json) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for r, row in enumerate(entries(value)):
            self.table.insertRow(r)
            for c, col in enumerate(self.columns):
                cell_value = row.get(col.id)
                if cell_value is None:
                    continue
                cell = QTableWidgetItem()
                options = self.column_options(c)
                if options is not None:
                    cell.setData(CODE, cell_value)
                    label = dict(options).get(cell_value) if isinstance(cell_value, str) else None
                    cell.setText(label or str(cell_value))
                elif col.type in ("integer", "decimal") and not isinstance(cell_value, str):
                    cell.setText(format_number(cell_value, None if col.type == "integer" else 6))
                else:
                    cell.setText(str(cell_value))
                self.table.setItem(r, c, cell)
        self.table.blockSignals(False)
        self._fit()
