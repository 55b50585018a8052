"""Technical assistance needed: type and subtype from the taxonomy, the instrument it concerns, priority, description.

A request in general terms is recorded as such: the type "In general terms (no particular type)" with a description
of what is asked, or a type without a subtype. The instrument is asked only where the question covers several; a
need without one concerns every instrument of its question.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from omnibus.model.records import Json
from omnibus.model.schema import PRIORITY_CODES, TaNeedsItem
from omnibus.ui.items.base import InvalidInput
from omnibus.ui.items.labels import code_label
from omnibus.ui.items.repeat import Entry, EntryListWidget
from omnibus.ui.items.text import show_from_start
from omnibus.ui.wheel_guard import guard_wheel

_TYPE = QT_TRANSLATE_NOOP("TaNeedsWidget", "Type of assistance:")
_SUBTYPE = QT_TRANSLATE_NOOP("TaNeedsWidget", "Subtype:")
_PRIORITY = QT_TRANSLATE_NOOP("TaNeedsWidget", "Priority:")
_DESCRIPTION = QT_TRANSLATE_NOOP("TaNeedsWidget", "What is needed:")
_INSTRUMENT = QT_TRANSLATE_NOOP("TaNeedsWidget", "Instrument:")
GENERAL = ""
"""The type box's data for a request in general terms (None: no type chosen yet)."""


def _general_text() -> str:
    return QCoreApplication.translate("TaNeedsWidget", "In general terms (no particular type)")


def instrument_names() -> dict[str | None, str]:
    """The instruments' short names in the interface language; None: the question's own instruments."""
    return {
        None: QCoreApplication.translate("TaNeedsWidget", "The question's instruments"),
        "untoc": QCoreApplication.translate("TaNeedsWidget", "Convention (UNTOC)"),
        "tip": QCoreApplication.translate("TaNeedsWidget", "Trafficking in Persons Protocol"),
        "som": QCoreApplication.translate("TaNeedsWidget", "Smuggling of Migrants Protocol"),
        "firearms": QCoreApplication.translate("TaNeedsWidget", "Firearms Protocol"),
    }


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
        self.type_box.addItem(_general_text(), GENERAL)
        for choice in self.taxonomy:
            label = owner.text(choice.label)
            self.type_box.addItem(label, choice.code)
            self.type_box.setItemData(self.type_box.count() - 1, label, 3)  # tooltip: the full label
        for code in PRIORITY_CODES:
            self.priority_box.addItem(code_label(code), code)
        self.priority_box.setCurrentIndex(1)
        self.instruments = owner.questionnaire.items[owner.item.id].instruments
        self.instrument_box = _combo()
        self.instrument_box.setObjectName("need_instrument")
        names = instrument_names()
        choices: tuple[str | None, ...] = (None, *self.instruments)
        for instrument in choices:
            self.instrument_box.addItem(names.get(instrument, str(instrument)), instrument)
        self.description = QLineEdit()
        self.description.setObjectName("need_description")
        self.type_box.currentIndexChanged.connect(self._type_changed)
        for box in (self.type_box, self.subtype_box, self.instrument_box, self.priority_box):
            box.activated.connect(lambda _i: self.changed.emit())
        self.description.textEdited.connect(lambda _t: self.changed.emit())
        self.add_row(_TYPE, self.type_box, "type")
        self.add_row(_SUBTYPE, self.subtype_box, "subtype")
        if len(self.instruments) > 1:
            self.add_row(_INSTRUMENT, self.instrument_box, "instrument")
        self.add_row(_PRIORITY, self.priority_box, "priority")
        self.add_row(_DESCRIPTION, self.description, "description")
        self.finish()
        self._type_changed()

    def retranslate(self, translate: Callable[[str], str]) -> None:
        super().retranslate(translate)
        self.type_box.setItemText(1, _general_text())
        names = instrument_names()
        for n in range(self.instrument_box.count()):
            code = self.instrument_box.itemData(n)
            self.instrument_box.setItemText(n, names.get(code, str(code)))

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

    def value(self) -> dict[str, Json] | None:
        value = self.draft()
        if value is not None and value.get("type", GENERAL) is None:
            raise InvalidInput(
                QCoreApplication.translate("TaNeedsWidget", "Choose the type of assistance for each need."),
                ("type",),
            )
        if value is not None and "type" not in value and "description" not in value:
            raise InvalidInput(
                QCoreApplication.translate("TaNeedsWidget", "Say what assistance is needed."),
                ("description",),
            )
        return value

    def draft(self) -> dict[str, Json] | None:
        need_type = self.type_box.currentData()
        description = self.description.text().strip()
        if need_type is None and not description and not self.subtype_box.currentData():
            return None
        value: dict[str, Json] = {"priority": self.priority_box.currentData()}
        if need_type is None:
            value["type"] = None  # not chosen yet (a draft): unlike a request in general terms, which has no type
        elif need_type:
            value["type"] = need_type
        if self.instrument_box.currentData():
            value["instrument"] = self.instrument_box.currentData()
        if self.subtype_box.currentData():
            value["subtype"] = self.subtype_box.currentData()
        if description:
            value["description"] = description
        return value

    def set_value(self, value: Mapping[str, Json]) -> None:
        general = "type" not in value
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(GENERAL if general else value.get("type"))))
        self._type_changed()
        self.instrument_box.setCurrentIndex(max(0, self.instrument_box.findData(value.get("instrument"))))
        self.subtype_box.setCurrentIndex(max(0, self.subtype_box.findData(value.get("subtype") or None)))
        self.priority_box.setCurrentIndex(max(0, self.priority_box.findData(value.get("priority", "medium"))))
        show_from_start(self.description, str(value.get("description") or ""))


class TaNeedsWidget(EntryListWidget):
    entry_class = NeedEntry

    def add_text(self) -> str:
        return self.tr("Add a need")

    def empty_text(self) -> str:
        return self.tr("No technical assistance need recorded.")
