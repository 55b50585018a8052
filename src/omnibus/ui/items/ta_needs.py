"""Technical assistance needed: type and subtype from the taxonomy, priority, description."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from omnibus.model.schema import PRIORITY_CODES, TaNeedsItem
from omnibus.ui.items.base import InvalidInput
from omnibus.ui.items.labels import code_label
from omnibus.ui.items.repeat import Entry, EntryListWidget
from omnibus.ui.wheel_guard import guard_wheel

_TYPE = QT_TRANSLATE_NOOP("TaNeedsWidget", "Type of assistance:")
_SUBTYPE = QT_TRANSLATE_NOOP("TaNeedsWidget", "Subtype:")
_PRIORITY = QT_TRANSLATE_NOOP("TaNeedsWidget", "Priority:")
_DESCRIPTION = QT_TRANSLATE_NOOP("TaNeedsWidget", "What is needed:")


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    # The taxonomy's labels are sentences, wider than the box in every language: the whole one shows on hovering
    combo.currentTextChanged.connect(combo.setToolTip)
    guard_wheel(combo)
    return combo


class NeedEntry(Entry):
    def __init__(self, owner: EntryListWidget) -> None:
        super().__init__(owner)
        assert isinstance(owner.item, TaNeedsItem)
        self.taxonomy = owner.questionnaire.taxonomy(owner.item)
        self.type_box, self.subtype_box, self.priority_box = _combo(), _combo(), _combo()
        self.type_box.setObjectName("need_type")
        self.subtype_box.setObjectName("need_subtype")
        self.priority_box.setObjectName("need_priority")
        self.type_box.addItem("", None)
        for choice in self.taxonomy:
            label = owner.text(choice.label)
            self.type_box.addItem(label, choice.code)
            self.type_box.setItemData(self.type_box.count() - 1, label, 3)  # tooltip: the full label
        for code in PRIORITY_CODES:
            self.priority_box.addItem(code_label(code), code)
        self.priority_box.setCurrentIndex(1)
        self.description = QLineEdit()
        self.description.setObjectName("need_description")
        self.type_box.currentIndexChanged.connect(self._type_changed)
        for box in (self.type_box, self.subtype_box, self.priority_box):
            box.activated.connect(lambda _i: self.changed.emit())
        self.description.textEdited.connect(lambda _t: self.changed.emit())
        self.add_row(_TYPE, self.type_box, "type")
        self.add_row(_SUBTYPE, self.subtype_box, "subtype")
        self.add_row(_PRIORITY, self.priority_box, "priority")
        self.add_row(_DESCRIPTION, self.description, "description")
        self.finish()
        self._type_changed()

    def _type_changed(self) -> None:
        code = self.type_box.currentData()
        self.subtype_box.clear()
        self.subtype_box.addItem("", None)
        choice = next((c for c in self.taxonomy if c.code == code), None)
        for sub in choice.subtypes if choice else ():
            label = self.owner.text(sub.label)
            self.subtype_box.addItem(label, sub.code)
            self.subtype_box.setItemData(self.subtype_box.count() - 1, label, 3)
        self.subtype_box.setEnabled(self.subtype_box.count() > 1)

    def value(self) -> dict[str, Any] | None:
        value = self.draft()
        if value is not None and "type" not in value:
            raise InvalidInput(
                QCoreApplication.translate("TaNeedsWidget", "Choose the type of assistance for each need."),
                ("type",),
            )
        return value

    def draft(self) -> dict[str, Any] | None:
        need_type = self.type_box.currentData()
        description = self.description.text().strip()
        if need_type is None and not description and not self.subtype_box.currentData():
            return None
        value = {"priority": self.priority_box.currentData()}
        if need_type is not None:
            value["type"] = need_type
        if self.subtype_box.currentData():
            value["subtype"] = self.subtype_box.currentData()
        if description:
            value["description"] = description
        return value

    def set_value(self, value: dict[str, Any]) -> None:
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(value.get("type"))))
        self._type_changed()
        self.subtype_box.setCurrentIndex(max(0, self.subtype_box.findData(value.get("subtype") or None)))
        self.priority_box.setCurrentIndex(max(0, self.priority_box.findData(value.get("priority", "medium"))))
        self.description.setText(str(value.get("description") or ""))


class TaNeedsWidget(EntryListWidget):
    entry_class = NeedEntry

    def add_text(self) -> str:
        return self.tr("Add a need")

    def empty_text(self) -> str:
        return self.tr("No technical assistance need recorded.")
