"""The questionnaire format as pydantic models: the single definition behind loading, JSON Schema and docs.

Every model is frozen and forbids unknown keys. Sequences are tuples so a loaded questionnaire is immutable.
Cross-field checks that need the whole questionnaire (ids, references, expressions) live in `checks.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from omnibus.model.text import Language, LocalizedText

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
"""Item, section, module and list ids: lower-case letters, digits and `_`, so conditions can name them."""

QuestionnaireId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,63}$")]
Code = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.-]{0,63}$")]
Version = Annotated[str, StringConstraints(pattern=r"^[0-9][0-9A-Za-z.+-]{0,31}$")]
IsoDate = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
Expression = Annotated[str, StringConstraints(min_length=1, max_length=2000)]

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


class Strict(BaseModel):
    """Base of every format model: immutable, strict types, unknown keys refused.

    Validators are built when a questionnaire is first read, not when this module is imported: the desktop
    application imports these classes before it shows its start screen and reads questionnaires after.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True, defer_build=True)


class SourceDocument(Strict):
    symbol: str = Field(description="UN document symbol, e.g. CTOC/COP/WG.2/2014/CRP.1")
    title: LocalizedText | None = None
    date: IsoDate | None = None


class SourceRef(Strict):
    document: str = Field(description="Symbol of one of the questionnaire's `sources`")
    paragraph: str = Field(description="Paragraph (and sub-paragraph) the text was taken from, e.g. 7 or 6(b)")


class Choice(Strict):
    code: Code
    label: LocalizedText
    description: LocalizedText | None = None
    subtypes: tuple[Choice, ...] = Field(
        default=(), description="Second-level choices, used by the technical-assistance taxonomy"
    )


class Constraint(Strict):
    rule: Expression = Field(description="Condition that a given answer must meet; `value` is the answer")
    message: LocalizedText


class EvidenceRule(Strict):
    """A prompt for supporting evidence: when `when` holds, one of `needs_any` should be filled in."""

    when: Expression = Field(description="Condition on the answer (`value`) that calls for evidence")
    needs_any: tuple[Identifier, ...] = Field(
        min_length=1, description="Item ids, or `comment` for the assessor's comment on this item"
    )
    message: LocalizedText
    severity: Literal["warning", "error"] = "warning"


class CrossRef(Strict):
    questionnaire: QuestionnaireId
    item: Identifier
    version: Version | None = None


class ItemBase(Strict):
    id: Identifier = Field(description="Stable id, unique in the questionnaire and never reused")
    label: LocalizedText
    guidance: LocalizedText | None = None
    references: tuple[str, ...] = Field(default=(), description='Articles, e.g. "UNTOC art. 29(1)"')
    source: SourceRef | None = None
    instruments: tuple[Instrument, ...] = Field(default=(), description="Narrows the section's instruments")
    required: bool = False
    relevant: Expression | None = Field(default=None, description="Show the item only when this holds")
    constraints: tuple[Constraint, ...] = ()
    evidence: tuple[Identifier | EvidenceRule, ...] = Field(
        default=(), description="Evidence rules: names of shared `evidence_rules`, or rules written here"
    )
    renamed_from: tuple[Identifier, ...] = Field(default=(), description="Ids this item had in earlier editions")
    same_as: tuple[CrossRef, ...] = Field(default=(), description="The same question in another questionnaire")


class IndicatorItem(ItemBase):
    """A normative statement assessed as in place / partially / not in place / unknown / not applicable."""

    type: Literal["indicator"]


class YesNoItem(ItemBase):
    type: Literal["yes_no"]


class YesNoPartialItem(ItemBase):
    type: Literal["yes_no_partial"]


class ChoiceSource(ItemBase):
    choices: tuple[Choice, ...] = Field(default=(), description="Choices written here ...")
    choice_list: Identifier | None = Field(default=None, description="... or the name of a shared choice list")


class SingleChoiceItem(ChoiceSource):
    type: Literal["single_choice"]


class MultipleChoiceItem(ChoiceSource):
    type: Literal["multiple_choice"]
    allow_other: bool = Field(default=False, description='Adds "Other, please specify" with a text field')
    min_selected: int = Field(default=0, ge=0)
    max_selected: int | None = Field(default=None, ge=1)


class TextItem(ItemBase):
    type: Literal["text"]
    max_length: int = Field(default=500, ge=1, le=2000)


class LongTextItem(ItemBase):
    type: Literal["long_text"]
    max_length: int = Field(default=20000, ge=1, le=200000)


class IntegerItem(ItemBase):
    type: Literal["integer"]
    min: int | None = None
    max: int | None = None
    unit: LocalizedText | None = None


class DecimalItem(ItemBase):
    type: Literal["decimal"]
    min: float | int | None = None
    max: float | int | None = None
    unit: LocalizedText | None = None
    decimals: int = Field(default=2, ge=0, le=6, description="Digits after the decimal point")


class DateItem(ItemBase):
    type: Literal["date"]
    min: IsoDate | None = None
    max: IsoDate | None = None


class LegislationItem(ItemBase):
    """Citations of legislation: title of the act, article, date, URL or reference, excerpt."""

    type: Literal["legislation"]
    min_entries: int = Field(default=0, ge=0)
    max_entries: int = Field(default=50, ge=1, le=500)


class AttachmentItem(ItemBase):
    type: Literal["attachment"]
    file_types: tuple[Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,10}$")], ...] = Field(
        default=("pdf", "doc", "docx", "odt", "txt", "jpg", "png"), description="Allowed file extensions"
    )
    max_size_mb: float | int = Field(default=10, gt=0, le=100)
    max_files: int = Field(default=10, ge=1, le=100)


ColumnType: TypeAlias = Literal["text", "integer", "decimal", "date", "yes_no", "single_choice"]


class Column(Strict):
    id: Identifier
    label: LocalizedText
    type: ColumnType = "text"
    required: bool = False
    choices: tuple[Choice, ...] = ()
    choice_list: Identifier | None = None
    max_length: int = Field(default=500, ge=1, le=20000)
    min: float | int | None = None
    max: float | int | None = None


class TableItem(ItemBase):
    type: Literal["table"]
    columns: tuple[Column, ...] = Field(min_length=1)
    min_rows: int = Field(default=0, ge=0)
    max_rows: int = Field(default=100, ge=1, le=1000)


class TaNeedsItem(ItemBase):
    """Technical assistance needed: type and subtype from a taxonomy, priority and a description."""

    type: Literal["ta_needs"]
    taxonomy: Identifier = Field(default="ta_types", description="Shared choice list with types and subtypes")


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
    Field(discriminator="type"),
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


class Section(Strict):
    id: Identifier
    title: LocalizedText
    introduction: LocalizedText | None = None
    guidance: LocalizedText | None = None
    instruments: tuple[Instrument, ...] = ()
    relevant: Expression | None = None
    items: tuple[Item, ...] = Field(min_length=1)


class Module(Strict):
    """A module or thematic area: a titled group of sections."""

    id: Identifier
    title: LocalizedText
    introduction: LocalizedText | None = None
    guidance: LocalizedText | None = None
    instruments: tuple[Instrument, ...] = ()
    sections: tuple[Section, ...] = Field(min_length=1)


class SharedLists(Strict):
    """A file of choice lists and evidence rules that several questionnaires include."""

    kind: Literal["lists"]
    id: QuestionnaireId
    version: Version
    title: LocalizedText
    source_language: Language = "en"
    sources: tuple[SourceDocument, ...] = ()
    choice_lists: dict[Identifier, tuple[Choice, ...]] = Field(default_factory=dict)
    evidence_rules: dict[Identifier, EvidenceRule] = Field(default_factory=dict)


class QuestionnaireDocument(Strict):
    """A questionnaire as written by its author, before includes are resolved."""

    kind: Literal["questionnaire"]
    id: QuestionnaireId
    version: Version
    title: LocalizedText
    description: LocalizedText | None = None
    source_language: Language = "en"
    languages: tuple[Language, ...] = Field(min_length=1, description="Languages the text is written in")
    translations: dict[Language, TranslationStatus] = Field(
        default_factory=dict,
        description="Whether each language's text is the official one or a working translation (the default)",
    )
    instruments: tuple[Instrument, ...] = Field(min_length=1)
    response_instruments: Literal["all", "marked"] = Field(
        default="all",
        description=(
            "How an answer counts as a response per instrument: `all`, for the instruments the item inherits "
            "(the questionnaire's when nothing narrows them); `marked`, only for instruments its item, section "
            "or module names (general questions then count for none)"
        ),
    )
    sources: tuple[SourceDocument, ...] = ()
    include: tuple[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]+\.ya?ml$")], ...] = Field(
        default=(), description="Shared list files, in the same folder"
    )
    choice_lists: dict[Identifier, tuple[Choice, ...]] = Field(default_factory=dict)
    evidence_rules: dict[Identifier, EvidenceRule] = Field(default_factory=dict)
    retired_ids: tuple[Identifier, ...] = Field(default=(), description="Ids of removed items, never to be reused")
    modules: tuple[Module, ...] = Field(min_length=1)


Document = Annotated[QuestionnaireDocument | SharedLists, Field(discriminator="kind")]


def json_schema() -> dict[str, object]:
    """JSON Schema for editors: accepts a questionnaire file or a shared-lists file."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(Document).json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "omnibus questionnaire or shared lists"
    return schema
