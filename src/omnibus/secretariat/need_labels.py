"""Names of the needs' types, subtypes and areas in the report's language, read from the questionnaires.

The needs tables, the States who asked for each need and the gap tables all name types and areas alike, list
them in the questionnaires' order and tell a request made in general terms from a precise one: one `Labels`,
built once per analysis, gives them all the same answer.
"""

from __future__ import annotations

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.schema import TaNeedsItem
from omnibus.secretariat.facts import Need
from omnibus.secretariat.labels import words


class Labels:
    """Names of need types, subtypes and areas in the report's language, from the questionnaires."""

    def __init__(self, questionnaires: dict[str, Questionnaire], lang: str) -> None:
        self.types: dict[str, str] = {}
        self.subtypes: dict[str, str] = {}
        self.areas: dict[tuple[str, str], str] = {}
        self.area_order: dict[tuple[str, str], int] = {}
        self.order: list[str] = []
        self.with_subtypes: set[str] = set()
        self.general = words(lang)["need.general"]
        self.general_type = words(lang)["need.no_type"]
        for q in questionnaires.values():
            for module in q.document.modules:
                self.areas[(q.id, module.id)] = q.text(module.title, lang)
                self.area_order[(q.id, module.id)] = len(self.area_order)
            for info in q.items.values():
                if isinstance(info.item, TaNeedsItem):
                    for choice in q.taxonomy(info.item):
                        if choice.code not in self.types:
                            self.order.append(choice.code)
                        self.types.setdefault(choice.code, q.text(choice.label, lang))
                        if choice.subtypes:
                            self.with_subtypes.add(choice.code)
                        for sub in choice.subtypes:
                            self.subtypes.setdefault(sub.code, q.text(sub.label, lang))

    def area_key(self, area: tuple[str, str]) -> tuple[str, int, str]:
        """Areas of a questionnaire in the questionnaire's order."""
        return (area[0], self.area_order.get(area, 1 << 30), area[1])

    def type(self, code: str) -> str:
        return self.types.get(code, code) if code else self.general_type

    def subtype(self, code: str) -> str:
        return self.subtypes.get(code, code) if code else self.general

    def is_general(self, need: Need) -> bool:
        """A request made in general terms: no type, or a type with subtypes named without one."""
        return not need.type or (not need.subtype and need.type in self.with_subtypes)
