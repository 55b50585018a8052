"""The questionnaire format as frozen dataclasses: the single definition behind loading, JSON Schema and docs.

They are the standard library's dataclasses, each frozen and keyword-only; a file's unknown keys are refused when it
is validated. Sequences are tuples so a loaded questionnaire is immutable. pydantic validates an author's file into
these classes (`schema_validation.py`, through the loader) and is not imported by this module: every other part of
the program reads the shapes, often from the checked-questionnaire cache, without it. Constraints are
`annotated_types` metadata, which pydantic honours; the marks in `shape_marks.py` give patterns, tagged unions and
descriptions. Cross-field checks that need the whole questionnaire (ids, references, expressions) live in
`checks.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Literal, TypeAlias

from annotated_types import Ge, Gt, Le, MaxLen, MinLen

from omnibus.model.shape_marks import Pattern, Shape, Tagged, describe
from omnibus.model.text import Language, LocalizedText

Identifier = Annotated[str, Pattern(r"^[a-z][a-z0-9_]{0,63}$")]
"""Item, section, module and list ids: lower-case letters, digits and `_`, so conditions can name them."""

QuestionnaireId = Annotated[str, Pattern(r"^[a-z][a-z0-9-]{0,63}$")]
Code = Annotated[str, Pattern(r"^[a-z0-9][a-z0-9_.-]{0,63}$")]
Version = Annotated[str, Pattern(r"^[0-9][0-9A-Za-z.+-]{0,31}$")]
IsoDate = Annotated[str, Pattern(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
Expression = Annotated[str, MinLen(1), MaxLen(2000)]

Instrument: TypeAlias = Literal["untoc", "tip", "som", "firearms"]
"""The Convention and its three Protocols: trafficking in persons, smuggling of migrants, firearms."""

TranslationStatus: TypeAlias = Literal["official", "working"]
"""`official`: the text as the United Nations published it; `working`: a translation made for this questionnaire."""

INDICATOR_CODES = ("in_place", "partially", "not_in_place", "unknown", "not_applicable")
YES_NO_CODES = ("yes", "no", "unknown")
YES_NO_PARTIAL_CODES = ("yes", "partially", "no", "unknown")
PRIORITY_CODES = ("high", "medium", "low")
OTHER_CODE = "other"

INSTRUMENT_NAMES: dict[str, str] = {
    "untoc": "United Nations Convention against Transnational Organized Crime",
    "tip": "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
    "som": "Protocol against the Smuggling of Migrants by Land, Sea and Air",
    "firearms": "Protocol against the Illicit Manufacturing of and Trafficking in Firearms",
}


@dataclass(frozen=True, kw_only=True)
class SourceDocument(Shape):
    symbol: str = field(metadata=describe("UN document symbol, e.g. CTOC/COP/WG.2/2014/CRP.1"))
    title: LocalizedText | None = None
    date: IsoDate | None = None


@dataclass(frozen=True, kw_only=True)
class SourceRef(Shape):
    document: str = field(metadata=describe("Symbol of one of the questionnaire's `sources`"))
    paragraph: str = field(metadata=describe("Paragraph (and sub-paragraph) the text was taken from, e.g. 7 or 6(b)"))


@dataclass(frozen=True, kw_only=True)
class Choice(Shape):
    code: Code
    label: LocalizedText
    description: LocalizedText | None = None
    subtypes: tuple[Choice, ...] = field(
        default=(), metadata=describe("Second-level choices, used by the technical-assistance taxonomy")
    )


@dataclass(frozen=True, kw_only=True)
class Constraint(Shape):
    rule: Expression = field(metadata=describe("Condition that a given answer must meet; `value` is the answer"))
    message: LocalizedText


@dataclass(frozen=True, kw_only=True)
class EvidenceRule(Shape):
    """A prompt for supporting evidence: when `when` holds, one of `needs_any` should be filled in."""

    when: Expression = field(metadata=describe("Condition on the answer (`value`) that calls for evidence"))
    needs_any: Annotated[tuple[Identifier, ...], MinLen(1)] = field(
        metadata=describe("Item ids, or `comment` for the assessor's comment on this item")
    )
    message: LocalizedText
    severity: Literal["warning", "error"] = "warning"


@dataclass(frozen=True, kw_only=True)
class CrossRef(Shape):
    questionnaire: QuestionnaireId
    item: Identifier
    version: Version | None = None


@dataclass(frozen=True, kw_only=True)
class ItemBase(Shape):
    id: Identifier = field(metadata=describe("Stable id, unique in the questionnaire and never reused"))
    label: LocalizedText
    guidance: LocalizedText | None = None
    references: tuple[str, ...] = field(default=(), metadata=describe('Articles, e.g. "UNTOC art. 29(1)"'))
    source: SourceRef | None = None
    instruments: tuple[Instrument, ...] = field(default=(), metadata=describe("Narrows the section's instruments"))
    required: bool = False
    relevant: Expression | None = field(default=None, metadata=describe("Show the item only when this holds"))
    constraints: tuple[Constraint, ...] = ()
    evidence: tuple[Identifier | EvidenceRule, ...] = field(
        default=(), metadata=describe("Evidence rules: names of shared `evidence_rules`, or rules written here")
    )
    renamed_from: tuple[Identifier, ...] = field(default=(), metadata=describe("Ids this item had in earlier editions"))
    same_as: tuple[CrossRef, ...] = field(default=(), metadata=describe("The same question in another questionnaire"))


@dataclass(frozen=True, kw_only=True)
class IndicatorItem(ItemBase):
    """A normative statement assessed as in place / partially / not in place / unknown / not applicable."""

    type: Literal["indicator"]


@dataclass(frozen=True, kw_only=True)
class YesNoItem(ItemBase):
    type: Literal["yes_no"]


@dataclass(frozen=True, kw_only=True)
class YesNoPartialItem(ItemBase):
    type: Literal["yes_no_partial"]


@dataclass(frozen=True, kw_only=True)
class ChoiceSource(ItemBase):
    choices: tuple[Choice, ...] = field(default=(), metadata=describe("Choices written here ..."))
    choice_list: Identifier | None = field(default=None, metadata=describe("... or the name of a shared choice list"))


@dataclass(frozen=True, kw_only=True)
class SingleChoiceItem(ChoiceSource):
    type: Literal["single_choice"]


@dataclass(frozen=True, kw_only=True)
class MultipleChoiceItem(ChoiceSource):
    type: Literal["multiple_choice"]
    allow_other: bool = field(default=False, metadata=describe('Adds "Other, please specify" with a text field'))
    min_selected: Annotated[int, Ge(0)] = 0
    max_selected: Annotated[int, Ge(1)] | None = None


@dataclass(frozen=True, kw_only=True)
class TextItem(ItemBase):
    type: Literal["text"]
    max_length: Annotated[int, Ge(1), Le(2000)] = 500


@dataclass(frozen=True, kw_only=True)
class LongTextItem(ItemBase):
    type: Literal["long_text"]
    max_length: Annotated[int, Ge(1), Le(200000)] = 20000


@dataclass(frozen=True, kw_only=True)
class IntegerItem(ItemBase):
    type: Literal["integer"]
    min: int | None = None
    max: int | None = None
    unit: LocalizedText | None = None


@dataclass(frozen=True, kw_only=True)
class DecimalItem(ItemBase):
    type: Literal["decimal"]
    min: float | int | None = None
    max: float | int | None = None
    unit: LocalizedText | None = None
    decimals: Annotated[int, Ge(0), Le(6)] = field(default=2, metadata=describe("Digits after the decimal point"))


@dataclass(frozen=True, kw_only=True)
class DateItem(ItemBase):
    type: Literal["date"]
    min: IsoDate | None = None
    max: IsoDate | None = None


@dataclass(frozen=True, kw_only=True)
class LegislationItem(ItemBase):
    """Citations of legislation: title of the act, article, date, URL or reference, excerpt."""

    type: Literal["legislation"]
    min_entries: Annotated[int, Ge(0)] = 0
    max_entries: Annotated[int, Ge(1), Le(500)] = 50


@dataclass(frozen=True, kw_only=True)
class AttachmentItem(ItemBase):
    type: Literal["attachment"]
    file_types: tuple[Annotated[str, Pattern(r"^[a-z0-9]{1,10}$")], ...] = field(
        default=("pdf", "doc", "docx", "odt", "txt", "jpg", "png"), metadata=describe("Allowed file extensions")
    )
    max_size_mb: Annotated[float | int, Gt(0), Le(100)] = 10
    max_files: Annotated[int, Ge(1), Le(100)] = 10


ColumnType: TypeAlias = Literal["text", "integer", "decimal", "date", "yes_no", "single_choice"]


@dataclass(frozen=True, kw_only=True)
class Column(Shape):
    id: Identifier
    label: LocalizedText
    type: ColumnType = "text"
    required: bool = False
    choices: tuple[Choice, ...] = ()
    choice_list: Identifier | None = None
    max_length: Annotated[int, Ge(1), Le(20000)] = 500
    min: float | int | None = None
    max: float | int | None = None


@dataclass(frozen=True, kw_only=True)
class TableItem(ItemBase):
    type: Literal["table"]
    columns: Annotated[tuple[Column, ...], MinLen(1)]
    min_rows: Annotated[int, Ge(0)] = 0
    max_rows: Annotated[int, Ge(1), Le(1000)] = 100


@dataclass(frozen=True, kw_only=True)
class TaNeedsItem(ItemBase):
    """Technical assistance needed: type and subtype from a taxonomy, priority and a description."""

    type: Literal["ta_needs"]
    taxonomy: Identifier = field(default="ta_types", metadata=describe("Shared choice list with types and subtypes"))


Item = Annotated[
    IndicatorItem
    | YesNoItem
    | YesNoPartialItem
    | SingleChoiceItem
    | MultipleChoiceItem
    | TextItem
    | LongTextItem
    | IntegerItem
    | DecimalItem
    | DateItem
    | LegislationItem
    | AttachmentItem
    | TableItem
    | TaNeedsItem,
    Tagged("type"),
]
ItemType: TypeAlias = Literal[
    "indicator",
    "yes_no",
    "yes_no_partial",
    "single_choice",
    "multiple_choice",
    "text",
    "long_text",
    "integer",
    "decimal",
    "date",
    "legislation",
    "attachment",
    "table",
    "ta_needs",
]


@dataclass(frozen=True, kw_only=True)
class Section(Shape):
    id: Identifier
    title: LocalizedText
    introduction: LocalizedText | None = None
    guidance: LocalizedText | None = None
    instruments: tuple[Instrument, ...] = ()
    relevant: Expression | None = None
    items: Annotated[tuple[Item, ...], MinLen(1)]


@dataclass(frozen=True, kw_only=True)
class Module(Shape):
    """A module or thematic area: a titled group of sections."""

    id: Identifier
    title: LocalizedText
    introduction: LocalizedText | None = None
    guidance: LocalizedText | None = None
    instruments: tuple[Instrument, ...] = ()
    sections: Annotated[tuple[Section, ...], MinLen(1)]


@dataclass(frozen=True, kw_only=True)
class SharedLists(Shape):
    """A file of choice lists and evidence rules that several questionnaires include."""

    kind: Literal["lists"]
    id: QuestionnaireId
    version: Version
    title: LocalizedText
    source_language: Language = "en"
    sources: tuple[SourceDocument, ...] = ()
    choice_lists: dict[Identifier, tuple[Choice, ...]] = field(default_factory=dict)
    evidence_rules: dict[Identifier, EvidenceRule] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class QuestionnaireDocument(Shape):
    """A questionnaire as written by its author, before includes are resolved."""

    kind: Literal["questionnaire"]
    id: QuestionnaireId
    version: Version
    title: LocalizedText
    description: LocalizedText | None = None
    source_language: Language = "en"
    languages: Annotated[tuple[Language, ...], MinLen(1)] = field(metadata=describe("Languages the text is written in"))
    translations: dict[Language, TranslationStatus] = field(
        default_factory=dict,
        metadata=describe("Whether each language's text is the official one or a working translation (the default)"),
    )
    instruments: Annotated[tuple[Instrument, ...], MinLen(1)]
    response_instruments: Literal["all", "marked"] = field(
        default="all",
        metadata=describe(
            "How an answer counts as a response per instrument: `all`, for the instruments the item inherits "
            "(the questionnaire's when nothing narrows them); `marked`, only for instruments its item, section "
            "or module names (general questions then count for none)"
        ),
    )
    sources: tuple[SourceDocument, ...] = ()
    include: tuple[Annotated[str, Pattern(r"^[A-Za-z0-9_.-]+\.ya?ml$")], ...] = field(
        default=(), metadata=describe("Shared list files, in the same folder")
    )
    choice_lists: dict[Identifier, tuple[Choice, ...]] = field(default_factory=dict)
    evidence_rules: dict[Identifier, EvidenceRule] = field(default_factory=dict)
    retired_ids: tuple[Identifier, ...] = field(
        default=(), metadata=describe("Ids of removed items, never to be reused")
    )
    modules: Annotated[tuple[Module, ...], MinLen(1)]


Document = Annotated[QuestionnaireDocument | SharedLists, Tagged("kind")]


def json_schema() -> dict[str, object]:
    """JSON Schema for editors: accepts a questionnaire file or a shared-lists file (pydantic writes it)."""
    from omnibus.model.schema_validation import document_adapter

    schema = document_adapter().json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "omnibus questionnaire or shared lists"
    return schema
