"""Checks that need the whole questionnaire: ids, references, languages, bounds, and compiled conditions.

Each check yields (path, message); the loader turns paths into line and column. All checks run, so an author
sees every problem at once, not only the first.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from graphlib import CycleError, TopologicalSorter
from typing import Any

from omnibus.model.expressions import CelType, ConditionChecker, Expression, ExpressionError
from omnibus.model.messages import Msg
from omnibus.model.questionnaire import Conditions
from omnibus.model.schema import (
    INDICATOR_CODES,
    OTHER_CODE,
    YES_NO_CODES,
    YES_NO_PARTIAL_CODES,
    Choice,
    ChoiceSource,
    Column,
    EvidenceRule,
    Item,
    MultipleChoiceItem,
    QuestionnaireDocument,
    SharedLists,
    TableItem,
    TaNeedsItem,
)
from omnibus.model.text import has_language
from omnibus.model.yaml_source import Path

Finding = tuple[Path, str]

RESERVED = frozenset(
    {"value", "comment", "in", "true", "false", "null", "as", "break", "const", "continue", "else", "for",
     "function", "if", "import", "let", "loop", "package", "namespace", "return", "var", "void", "while",
     "size", "int", "double", "string"}
)  # fmt: skip
TEXT_FIELDS = frozenset({"title", "description", "introduction", "guidance", "label", "message", "unit"})


@dataclass(frozen=True)
class Resolved:
    """What the include files contribute, and what the questionnaire ends up with."""

    choice_lists: Mapping[str, tuple[Choice, ...]]
    evidence_rules: Mapping[str, EvidenceRule]


def item_paths(doc: QuestionnaireDocument) -> Iterator[tuple[Path, Item]]:
    for m, module in enumerate(doc.modules):
        for s, section in enumerate(module.sections):
            for i, item in enumerate(section.items):
                yield ("modules", m, "sections", s, "items", i), item


def check_structure(doc: QuestionnaireDocument, resolved: Resolved) -> Iterator[Finding]:
    """Ids, references to lists, rules and sources, instruments, bounds."""
    if doc.source_language not in doc.languages:
        yield ("languages",), Msg.SOURCE_LANGUAGE_NOT_LISTED.format(lang=doc.source_language)
    for lang in doc.translations:
        if lang not in doc.languages:
            yield ("translations", lang), Msg.TRANSLATION_NOT_LISTED.format(lang=lang)
    seen: dict[str, Path] = {}
    retired = set(doc.retired_ids)
    symbols = [s.symbol for s in doc.sources]

    def claim(identifier: str, path: Path, what: str) -> Iterator[Finding]:
        if identifier in RESERVED:
            yield (*path, "id"), Msg.RESERVED_ID.format(id=identifier)
        if identifier in seen:
            yield (*path, "id"), Msg.DUPLICATE_ID.format(id=identifier, what=what)
        else:
            seen[identifier] = path

    for m, module in enumerate(doc.modules):
        yield from claim(module.id, ("modules", m), "module")
        yield from _scope(module.instruments, doc.instruments, ("modules", m, "instruments"), "questionnaire")
        for s, section in enumerate(module.sections):
            section_path: Path = ("modules", m, "sections", s)
            yield from claim(section.id, section_path, "section")
            outer = module.instruments or doc.instruments
            yield from _scope(section.instruments, outer, (*section_path, "instruments"), "module")
    for path, item in item_paths(doc):
        yield from claim(item.id, path, "item")
        module, section = doc.modules[int(path[1])], doc.modules[int(path[1])].sections[int(path[3])]
        enclosing = section.instruments or module.instruments or doc.instruments
        yield from _scope(item.instruments, enclosing, (*path, "instruments"), "section")
        if item.id in retired:
            yield (*path, "id"), Msg.RETIRED_ID.format(id=item.id)
        if item.source is not None and item.source.document not in symbols:
            yield (
                (*path, "source", "document"),
                Msg.UNKNOWN_SOURCE.format(symbol=item.source.document, known=", ".join(symbols) or "none listed"),
            )
        yield from _check_item(item, path, resolved)
    item_ids = {item.id for _, item in item_paths(doc)}
    for path, item in item_paths(doc):
        for n, old in enumerate(item.renamed_from):
            if old in item_ids:
                yield (*path, "renamed_from", n), Msg.RENAMED_CLASH.format(id=old)
        for n, entry in enumerate(item.evidence):
            if isinstance(entry, str):
                if entry not in resolved.evidence_rules:
                    yield (
                        (*path, "evidence", n),
                        Msg.UNKNOWN_RULE.format(name=entry, hint=_hint(entry, resolved.evidence_rules)),
                    )
                    continue
                rule = resolved.evidence_rules[entry]
            else:
                rule = entry
            for k, needed in enumerate(rule.needs_any):
                if needed != "comment" and needed not in item_ids:
                    where = (*path, "evidence", n) if isinstance(entry, str) else (*path, "evidence", n, "needs_any", k)
                    yield where, Msg.UNKNOWN_ITEM.format(name=needed, hint=_hint(needed, item_ids))
    for name, choices in resolved.choice_lists.items():
        yield from check_codes(choices, ("choice_lists", name))


def _check_item(item: Item, path: Path, resolved: Resolved) -> Iterator[Finding]:
    if isinstance(item, ChoiceSource):
        yield from _check_choice_source(item, path, resolved)
        if isinstance(item, MultipleChoiceItem) and item.allow_other:
            codes = [c.code for c in _choices_of(item, resolved)]
            if OTHER_CODE in codes:
                yield (*path, "choices"), Msg.OTHER_CODE_RESERVED.format()
    if isinstance(item, TaNeedsItem):
        taxonomy = resolved.choice_lists.get(item.taxonomy)
        if taxonomy is None or not any(c.subtypes for c in taxonomy):
            yield (*path, "taxonomy"), Msg.UNKNOWN_TAXONOMY.format(name=item.taxonomy)
    if isinstance(item, TableItem):
        column_ids: set[str] = set()
        for c, column in enumerate(item.columns):
            if column.id in column_ids:
                yield (*path, "columns", c, "id"), Msg.DUPLICATE_ID.format(id=column.id, what="column")
            column_ids.add(column.id)
            if column.type == "single_choice":
                yield from _check_choice_source(column, (*path, "columns", c), resolved)
            yield from _bounds(column.min, column.max, (*path, "columns", c))
        if item.min_rows > item.max_rows:
            yield (*path, "min_rows"), Msg.BOUNDS_REVERSED.format(min=item.min_rows, max=item.max_rows)
    low, high = getattr(item, "min", None), getattr(item, "max", None)
    yield from _bounds(low, high, path)


def _bounds(low: Any, high: Any, path: Path) -> Iterator[Finding]:
    if low is not None and high is not None and low > high:
        yield (*path, "min"), Msg.BOUNDS_REVERSED.format(min=low, max=high)


def _check_choice_source(item: ChoiceSource | Column, path: Path, resolved: Resolved) -> Iterator[Finding]:
    if item.choices and item.choice_list:
        yield (*path, "choice_list"), Msg.CHOICES_BOTH.format()
    elif item.choice_list is not None:
        if item.choice_list not in resolved.choice_lists:
            yield (
                (*path, "choice_list"),
                Msg.UNKNOWN_LIST.format(name=item.choice_list, hint=_hint(item.choice_list, resolved.choice_lists)),
            )
    elif not item.choices:
        yield path, Msg.CHOICES_MISSING.format()
    else:
        yield from check_codes(item.choices, (*path, "choices"))


def check_codes(choices: tuple[Choice, ...], path: Path) -> Iterator[Finding]:
    seen: set[str] = set()
    for n, choice in enumerate(choices):
        if choice.code in seen:
            yield (*path, n, "code"), Msg.DUPLICATE_CODE.format(code=choice.code)
        seen.add(choice.code)
        if choice.subtypes:
            yield from check_codes(choice.subtypes, (*path, n, "subtypes"))


def _choices_of(item: ChoiceSource | Column, resolved: Resolved) -> tuple[Choice, ...]:
    if item.choice_list is not None:
        return resolved.choice_lists.get(item.choice_list, ())
    return item.choices


def _scope(inner: tuple[str, ...], outer: tuple[str, ...], path: Path, what: str) -> Iterator[Finding]:
    for n, instrument in enumerate(inner):
        if instrument not in outer:
            yield (
                (*path, n),
                Msg.UNKNOWN_INSTRUMENT_SCOPE.format(instrument=instrument, what=what, allowed=", ".join(outer)),
            )


def _hint(name: str, known: Any) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f"; did you mean `{close[0]}`?" if close else ""


# -- texts and translations


def texts(node: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every user-facing text in a document, with its path."""
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for name in (f.name for f in dataclasses.fields(node)):
            value = getattr(node, name)
            if name in TEXT_FIELDS and value is not None and isinstance(value, str | dict):
                yield (*path, name), value
            elif name == "choice_lists" or name == "evidence_rules":
                for key, sub in value.items():
                    yield from texts(sub, (*path, name, key))
            else:
                yield from texts(value, (*path, name))
    elif isinstance(node, tuple):
        for n, element in enumerate(node):
            yield from texts(element, (*path, n))


def check_texts(
    doc: QuestionnaireDocument | SharedLists, source_language: str, languages: tuple[str, ...]
) -> Iterator[Finding]:
    for path, text in texts(doc):
        if not has_language(text, source_language, source_language):
            yield path, Msg.TEXT_WITHOUT_SOURCE_LANGUAGE.format(lang=source_language)
        if isinstance(text, dict):
            for lang in text:
                if lang not in languages:
                    yield (*path, lang), Msg.TEXT_LANGUAGE_NOT_LISTED.format(lang=lang)


def missing_translations(
    doc: QuestionnaireDocument | SharedLists, lang: str, source_language: str
) -> Iterator[Finding]:
    for path, text in texts(doc):
        if not has_language(text, lang, source_language):
            yield path, Msg.MISSING_TRANSLATION.format(lang=lang)


# -- conditions


def cel_type(item: Item, resolved: Resolved) -> CelType:
    """The type an item's answer has in conditions."""
    described = f"the answer to `{item.id}` ({item.type.replace('_', ' ')})"
    fixed = {"indicator": INDICATOR_CODES, "yes_no": YES_NO_CODES, "yes_no_partial": YES_NO_PARTIAL_CODES}
    if item.type in fixed:
        return CelType("text", item.id, frozenset(fixed[item.type]), description=described)
    if isinstance(item, ChoiceSource):
        codes = frozenset(c.code for c in _choices_of(item, resolved))
        if isinstance(item, MultipleChoiceItem):
            return CelType(
                "list", item.id, codes | ({OTHER_CODE} if item.allow_other else set()), description=described
            )
        return CelType("text", item.id, codes, description=described)
    if item.type in ("integer", "decimal"):
        return CelType(item.type, item.id, description=described)
    if item.type in ("text", "long_text", "date"):
        return CelType("text", item.id, description=described)
    return CelType("list", item.id, description=described)


def compile_conditions(doc: QuestionnaireDocument, resolved: Resolved) -> tuple[Conditions, list[Finding]]:
    """Compile every condition; report errors and circular relevance."""
    findings: list[Finding] = []
    types = {item.id: cel_type(item, resolved) for _, item in item_paths(doc)}
    checker = ConditionChecker(types)

    def compile_at(source: str, path: Path, own: CelType | None) -> Expression | None:
        try:
            return checker.compile(source, own)
        except ExpressionError as exc:
            findings.append((path, str(exc)))
            return None

    item_relevance: dict[str, Expression] = {}
    section_relevance: dict[str, Expression] = {}
    constraints: dict[str, tuple[Expression, ...]] = {}
    evidence: dict[str, tuple[tuple[EvidenceRule, Expression], ...]] = {}
    for m, module in enumerate(doc.modules):
        for s, section in enumerate(module.sections):
            if section.relevant is not None:
                compiled = compile_at(section.relevant, ("modules", m, "sections", s, "relevant"), None)
                if compiled is not None:
                    section_relevance[section.id] = compiled
    for path, item in item_paths(doc):
        own = types[item.id]
        if item.relevant is not None:
            compiled = compile_at(item.relevant, (*path, "relevant"), None)
            if compiled is not None:
                item_relevance[item.id] = compiled
        rules = [compile_at(c.rule, (*path, "constraints", n, "rule"), own) for n, c in enumerate(item.constraints)]
        constraints[item.id] = tuple(r for r in rules if r is not None)
        compiled_rules: list[tuple[EvidenceRule, Expression]] = []
        for n, entry in enumerate(item.evidence):
            rule = resolved.evidence_rules.get(entry) if isinstance(entry, str) else entry
            if rule is None:
                continue
            where = (*path, "evidence", n) if isinstance(entry, str) else (*path, "evidence", n, "when")
            compiled = compile_at(rule.when, where, own)
            if compiled is not None:
                compiled_rules.append((rule, compiled))
        evidence[item.id] = tuple(compiled_rules)
    order = _relevance_order(doc, item_relevance, section_relevance, findings)
    conditions = Conditions(item_relevance, section_relevance, constraints, evidence, order)
    return conditions, findings


def _relevance_order(
    doc: QuestionnaireDocument,
    item_relevance: Mapping[str, Expression],
    section_relevance: Mapping[str, Expression],
    findings: list[Finding],
) -> tuple[str, ...]:
    graph: dict[str, set[str]] = {}
    paths: dict[str, Path] = {}
    for m, module in enumerate(doc.modules):
        for s, section in enumerate(module.sections):
            section_names = section_relevance[section.id].names if section.id in section_relevance else frozenset()
            for i, item in enumerate(section.items):
                path = ("modules", m, "sections", s, "items", i)
                paths[item.id] = path
                names = set(section_names)
                if item.id in item_relevance:
                    names |= item_relevance[item.id].names
                if item.id in names:
                    findings.append(((*path, "relevant"), Msg.EXPR_SELF_RELEVANCE.format()))
                    names.discard(item.id)
                graph[item.id] = names
    try:
        return tuple(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        cycle = list(exc.args[1])
        findings.append(((*paths[cycle[0]], "relevant"), Msg.EXPR_CYCLE.format(cycle=" → ".join(cycle))))
        return tuple(graph)
