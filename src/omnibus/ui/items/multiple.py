"""Several answers from a list, with an optional "Other, please specify"."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit

from omnibus.model.records import Json
from omnibus.model.schema import OTHER_CODE, MultipleChoiceItem
from omnibus.ui.items.base import ItemWidget
from omnibus.ui.items.shapes import mapping, texts


class MultipleChoiceWidget(ItemWidget):
    def build_editor(self) -> None:
        assert isinstance(self.item, MultipleChoiceItem)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in self.questionnaire.choices(self.item):
            if choice.code == OTHER_CODE and self.item.allow_other:
                continue
            box = QCheckBox(self.text(choice.label))
            box.setObjectName(f"choice_{choice.code}")
            box.clicked.connect(lambda _c: self.commit_soon())
            self.boxes[choice.code] = box
            self.editor.addWidget(box)
        self.other_box: QCheckBox | None = None
        self.other_edit: QLineEdit | None = None
        if self.item.allow_other:
            row = QHBoxLayout()
            self.other_box = QCheckBox()
            self.other_box.setObjectName("choice_other")
            self.other_edit = QLineEdit()
            self.other_edit.setEnabled(False)
            self.other_box.toggled.connect(self.other_edit.setEnabled)
            self.other_box.clicked.connect(self._other_clicked)
            self.other_edit.textEdited.connect(lambda _t: self.schedule_commit())
            self.watch(self.other_edit)
            row.addWidget(self.other_box)
            row.addWidget(self.other_edit, 1)
            self.editor.addLayout(row)

    def _other_clicked(self, checked: bool) -> None:
        if checked and self.other_edit is not None:
            self.other_edit.setFocus()
        self.commit_soon()

    def retranslate_editor(self) -> None:
        name = self.text(self.item.label)
        for box in self.boxes.values():
            box.setAccessibleName(f"{name}: {box.text()}")
        if self.other_box is not None and self.other_edit is not None:
            self.other_box.setText(self.tr("Other, please specify:"))
            self.other_box.setAccessibleName(name + ": " + self.tr("Other"))
            self.other_edit.setAccessibleName(self.tr("Other, please specify"))

    def current_value(self) -> Json:
        selected = [code for code, box in self.boxes.items() if box.isChecked()]
        value: dict[str, Json] = {"selected": selected}
        other = self.other_edit.text().strip() if self.other_edit is not None else ""
        if self.other_box is not None and self.other_box.isChecked() and other:  # counted once specified
            selected.append(OTHER_CODE)
            value["other"] = other
        return value if selected else None

    def show_value(self, value: Json) -> None:
        selected = set(texts(mapping(value).get("selected")))
        for code, box in self.boxes.items():
            box.setChecked(code in selected)
        if self.other_box is not None and self.other_edit is not None:
            self.other_box.setChecked(OTHER_CODE in selected)
            other = mapping(value).get("other")
            self.other_edit.setText(other if isinstance(other, str) else "")
