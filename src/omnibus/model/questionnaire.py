"""A loaded questionnaire: the validated document with includes resolved, indexed and with conditions compiled.

This is the immutable object every other part works from: store, service, wizard, report and Secretariat.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from omnibus.model.records import Json
from omnibus.model.schema import (
    INDICATOR_CODES,
    YES_NO_CODES,
    YES_NO_PARTIAL_CODES,
    Choice,
    ChoiceSource,
    Column,
    EvidenceRule,
    Instrument,
    Item,
    Module,
    QuestionnaireDocument,
    Section,
    TaNeedsItem,
    TranslationStatus,
)
from omnibus.model.text import LocalizedText, localize

if TYPE_CHECKING:  # compiled conditions only: the CEL library is imported when questionnaires are loaded
    from omnibus.model.expressions import Expression


@dataclass(frozen=True)
class SourceFile:
    """One file the questionnaire was read from, kept byte for byte (it travels in the response package)."""

    name: str
    content: bytes


@dataclass(frozen=True)
class ItemInfo:
    """An item with its place in the hierarchy."""

    item: Item
    section: Section
    module: Module
    index: int
    instruments: tuple[Instrument, ...]
    response_instruments: tuple[Instrument, ...] = ()
    """The instruments an answer to it is a response for (`response_instruments` of the questionnaire)."""


@dataclass(frozen=True)
class Conditions:
    """Compiled conditions of a questionnaire, by item id (sections by section id)."""

    item_relevance: Mapping[str, Expression]
    section_relevance: Mapping[str, Expression]
    constraints: Mapping[str, tuple[Expression, ...]]
    evidence: Mapping[str, tuple[tuple[EvidenceRule, Expression], ...]]
    relevance_order: tuple[str, ...]  # item ids, each after every item its relevance depends on


class Questionnaire:
    """The loaded questionnaire. Build it with `omnibus.model.loader.load_questionnaire`."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Kept (by `checked_cache`) as what it is built from; its indexes are worked out again when read back."""
        built_from = (self.document, dict(self.choice_lists), dict(self.evidence_rules), self.conditions,
                      self.files, self.content_hash, dict(self.item_lines))  # fmt: skip
        return (Questionnaire, built_from)

    def __init__(
        self,
        document: QuestionnaireDocument,
        choice_lists: Mapping[str, tuple[Choice, ...]],
        evidence_rules: Mapping[str, EvidenceRule],
        conditions: Conditions,
        files: tuple[SourceFile, ...],
        content_hash: str,
        item_lines: Mapping[str, int] | None = None,
    ) -> None:
        self.document = document
        self.choice_lists = MappingProxyType(dict(choice_lists))
        self.evidence_rules = MappingProxyType(dict(evidence_rules))
        self.conditions = conditions
        self.files = files
        self.content_hash = content_hash
        self.item_lines = MappingProxyType(dict(item_lines or {}))
        """Line of each item in the main file, for messages to authors."""

    # -- identity
    @property
    def id(self) -> str:
        return self.document.id

    @property
    def version(self) -> str:
        return self.document.version

    @property
    def source_language(self) -> str:
        return self.document.source_language

    @property
    def languages(self) -> tuple[str, ...]:
        return self.document.languages

    def translation_status(self, lang: str) -> TranslationStatus:
        """`official` or `working` for the text in `lang`: the source language is authoritative, other languages
        are working translations unless the file says `translations: {lang: official}`."""
        if lang == self.source_language:
            return "official"
        for language, status in self.document.translations.items():
            if language == lang:
                return status
        return "working"

    def __repr__(self) -> str:
        return f"<Questionnaire {self.id} {self.version} ({len(self.items)} items)>"

    # -- structure
    @cached_property
    def items(self) -> Mapping[str, ItemInfo]:
        """Every item by id, in questionnaire order."""
        found: dict[str, ItemInfo] = {}
        for module in self.document.modules:
            for section in module.sections:
                for item in section.items:
                    marked = item.instruments or section.instruments or module.instruments
                    instruments = marked or self.document.instruments
                    responding = instruments if self.document.response_instruments == "all" else marked
                    found[item.id] = ItemInfo(item, section, module, len(found), instruments, responding)
        return MappingProxyType(found)

    def item(self, item_id: str) -> Item:
        return self.items[item_id].item

    def sections(self) -> Iterator[tuple[Module, Section]]:
        for module in self.document.modules:
            for section in module.sections:
                yield module, section

    @cached_property
    def renamed(self) -> Mapping[str, str]:
        """Earlier ids (from `renamed_from`) to the current id."""
        return MappingProxyType({old: i.item.id for i in self.items.values() for old in i.item.renamed_from})

    # -- choices
    def choices(self, item: ChoiceSource | Column) -> tuple[Choice, ...]:
        """The choices of a choice item or table column, whether written inline or in a shared list."""
        if item.choice_list is not None:
            return self.choice_lists[item.choice_list]
        return item.choices

    def taxonomy(self, item: TaNeedsItem) -> tuple[Choice, ...]:
        return self.choice_lists[item.taxonomy]

    def codes(self, item: Item) -> tuple[str, ...]:
        """The answer codes of an item with a fixed set of answers; empty for other items."""
        if item.type == "indicator":
            return INDICATOR_CODES
        if item.type == "yes_no":
            return YES_NO_CODES
        if item.type == "yes_no_partial":
            return YES_NO_PARTIAL_CODES
        if isinstance(item, ChoiceSource):
            return tuple(c.code for c in self.choices(item))
        return ()

    # -- text
    def text(self, text: LocalizedText | None, lang: str) -> str:
        """`text` in `lang`, falling back to the questionnaire's source language."""
        return localize(text, lang, self.source_language)

    # -- conditions
    @cached_property
    def _relevance_plan(self) -> tuple[tuple[str, str, Expression | None, Expression | None], ...]:
        """(item, section, section condition, item condition) in dependency order: the loop below runs after
        every stored answer, so it looks nothing up."""
        items = self.items
        section_conditions = self.conditions.section_relevance
        item_conditions = self.conditions.item_relevance
        return tuple(
            (item_id, items[item_id].section.id, section_conditions.get(items[item_id].section.id),
             item_conditions.get(item_id))
            for item_id in self.conditions.relevance_order
        )  # fmt: skip

    @cached_property
    def _relevance_readers(self) -> Mapping[str, tuple[int, ...]]:
        """Item id to the places in `_relevance_plan` of the items whose relevance reads its answer (through their
        own condition or their section's)."""
        readers: dict[str, list[int]] = {}
        for place, (_item_id, _section_id, section_condition, condition) in enumerate(self._relevance_plan):
            names = (section_condition.names if section_condition else frozenset()) | (
                condition.names if condition else frozenset()
            )
            for name in names:
                readers.setdefault(name, []).append(place)
        return MappingProxyType({name: tuple(places) for name, places in readers.items()})

    def relevant_after(
        self, answers: Mapping[str, Json], before: frozenset[str], changed: Iterable[str]
    ) -> frozenset[str]:
        """`relevant_items(answers)` when only the answers of `changed` differ from those `before` was worked out
        for: only the conditions that read a changed answer are evaluated again, in dependency order, and those
        reading an item whose relevance flipped in turn (a save evaluated every condition of the questionnaire)."""
        plan, readers = self._relevance_plan, self._relevance_readers
        relevant = set(before)
        waiting = [place for name in set(changed) for place in readers.get(name, ())]
        heapq.heapify(waiting)
        done: set[int] = set()
        while waiting:
            place = heapq.heappop(waiting)
            if place in done:
                continue
            done.add(place)
            item_id, _section_id, section_condition, condition = plan[place]
            shown = all(
                expression.evaluate({n: answers[n] for n in expression.names if n in relevant and n in answers}) is True
                for expression in (section_condition, condition)
                if expression is not None
            )
            if shown != (item_id in relevant):
                relevant.symmetric_difference_update((item_id,))
                for later in readers.get(item_id, ()):
                    heapq.heappush(waiting, later)
        return frozenset(relevant)

    @cached_property
    def issue_readers(self) -> Mapping[str, frozenset[str]]:
        """Item id to the items whose issues read its answer (their constraints, their evidence rules' conditions
        and the answers those rules ask for): only these need their issues worked out again when it changes."""
        readers: dict[str, set[str]] = {}
        conditions = self.conditions
        for item_id, expressions in conditions.constraints.items():
            for expression in expressions:
                for name in expression.names:
                    readers.setdefault(name, set()).add(item_id)
        for item_id, rules in conditions.evidence.items():
            for rule, expression in rules:
                for name in (*expression.names, *rule.needs_any):
                    readers.setdefault(name, set()).add(item_id)
        return MappingProxyType({name: frozenset(found) for name, found in readers.items()})

    def relevant_items(self, answers: Mapping[str, Json]) -> frozenset[str]:
        """Ids of the items shown for these answers; a hidden item's answer counts as unanswered."""
        visible: dict[str, Json] = {}
        relevant: set[str] = set()
        sections: dict[str, bool] = {}
        for item_id, section_id, section_condition, condition in self._relevance_plan:
            shown = sections.get(section_id)
            if shown is None:  # every name a section's condition reads comes before all of the section's items
                shown = section_condition is None or section_condition.evaluate(visible) is True
                sections[section_id] = shown
            if shown and condition is not None:
                shown = condition.evaluate(visible) is True
            if shown:
                relevant.add(item_id)
                if item_id in answers:
                    visible[item_id] = answers[item_id]
        return frozenset(relevant)
