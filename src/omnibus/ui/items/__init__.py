"""One widget per item type; `create_item_widget` picks the right one."""

from __future__ import annotations

from omnibus.model.questionnaire import ItemInfo, Questionnaire
from omnibus.ui.items.attachment import AttachmentWidget
from omnibus.ui.items.base import ItemWidget
from omnibus.ui.items.choice import choice_widget_class
from omnibus.ui.items.date import DateWidget
from omnibus.ui.items.legislation import LegislationWidget
from omnibus.ui.items.multiple import MultipleChoiceWidget
from omnibus.ui.items.number import NumberWidget
from omnibus.ui.items.ta_needs import TaNeedsWidget
from omnibus.ui.items.table import TableWidget
from omnibus.ui.items.text import LongTextWidget, TextWidget

WIDGETS: dict[str, type[ItemWidget]] = {
    "multiple_choice": MultipleChoiceWidget,
    "text": TextWidget,
    "long_text": LongTextWidget,
    "integer": NumberWidget,
    "decimal": NumberWidget,
    "date": DateWidget,
    "legislation": LegislationWidget,
    "attachment": AttachmentWidget,
    "table": TableWidget,
    "ta_needs": TaNeedsWidget,
}


def create_item_widget(info: ItemInfo, questionnaire: Questionnaire, lang: str) -> ItemWidget:
    item = info.item
    if item.type in ("indicator", "yes_no", "yes_no_partial", "single_choice"):
        cls = choice_widget_class(item, questionnaire)
    else:
        cls = WIDGETS[item.type]
    return cls(info, questionnaire, lang)


__all__ = ["ItemWidget", "create_item_widget"]
