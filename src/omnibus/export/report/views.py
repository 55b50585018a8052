"""The report as plain frozen records, every text already in the report's language: what the templates print.

Nothing here knows about HTML: the templates escape every string, so any text from a questionnaire or an answer
prints as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

Tone: TypeAlias = Literal["ok", "partial", "gap", "unknown", "na"]
"""How good an answer is, for the colour of its mark (the symbol and the word carry the same meaning)."""

AnswerKind: TypeAlias = Literal[
    "empty", "mark", "text", "long_text", "choices", "citations", "attachments", "table", "ta_needs"
]


@dataclass(frozen=True)
class Mark:
    symbol: str
    word: str
    tone: Tone


@dataclass(frozen=True)
class Citation:
    title: str
    article: str = ""
    date: str = ""
    reference: str = ""
    excerpt: str = ""


@dataclass(frozen=True)
class AttachmentView:
    name: str
    size: str
    media_type: str


@dataclass(frozen=True)
class TableView:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class NeedView:
    type: str
    subtype: str
    priority: str
    priority_code: str
    description: str
    instrument: str = ""
    """The instrument the need names, in the report's language ("" when it names none)."""


@dataclass(frozen=True)
class AnswerView:
    """One answer as people read it; which fields are filled depends on `kind`."""

    kind: AnswerKind
    text: str = ""
    mark: Mark | None = None
    choices: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()
    table: TableView | None = None
    needs: tuple[NeedView, ...] = ()


@dataclass(frozen=True)
class ItemView:
    id: str
    number: str
    label: str
    required: bool
    references: tuple[str, ...]
    answer: AnswerView
    comment: str = ""
    notes: tuple[str, ...] = ()
    carried_forward: bool = False


@dataclass(frozen=True)
class SignOffView:
    """A section approved by a head of unit: who, in which function, for which institution, on which date."""

    name: str
    function: str
    institution: str
    date: str


@dataclass(frozen=True)
class SectionView:
    id: str
    anchor: str
    number: str
    title: str
    introduction: str
    items: tuple[ItemView, ...]
    contributors: tuple[str, ...] = ()
    """The institutions whose contributions gave answers of this section."""
    sign_offs: tuple[SignOffView, ...] = ()


@dataclass(frozen=True)
class ModuleView:
    id: str
    anchor: str
    number: str
    title: str
    introduction: str
    sections: tuple[SectionView, ...]


@dataclass(frozen=True)
class CoverField:
    label: str
    value: str
    kind: Literal["text", "inserted", "digest", "missing"] = "text"
    """`inserted`: what the respondent typed (a name, an institution), isolated from the report's direction."""


@dataclass(frozen=True)
class Cover:
    country: str
    title: str
    subtitle: str
    status: str
    fields: tuple[CoverField, ...]
    translation_note: str = ""
    """Said when the questionnaire's text in the report's language is a working translation, not the official one."""


@dataclass(frozen=True)
class GapRow:
    number: str
    label: str
    mark: Mark
    comment: str
    anchor: str


@dataclass(frozen=True)
class StatusCount:
    mark: Mark
    count: int


@dataclass(frozen=True)
class ModuleGaps:
    title: str
    counts: tuple[StatusCount, ...]
    rows: tuple[GapRow, ...]


@dataclass(frozen=True)
class Bar:
    """One bar of the technical-assistance chart: counts per priority (high, medium, low)."""

    label: str
    high: int
    medium: int
    low: int

    @property
    def total(self) -> int:
        return self.high + self.medium + self.low


@dataclass(frozen=True)
class NeedCount:
    label: str
    count: int
    level: Literal["type", "subtype"] = "type"


@dataclass(frozen=True)
class TaSummary:
    total: int
    bars: tuple[Bar, ...]
    by_type: tuple[NeedCount, ...]
    by_module: tuple[Bar, ...]

    @property
    def scale(self) -> int:
        """The largest bar, for drawing every bar to the same scale."""
        return max((b.total for b in (*self.bars, *self.by_module)), default=0)


@dataclass(frozen=True)
class UnansweredRow:
    number: str
    label: str
    place: str
    required: bool
    anchor: str


@dataclass(frozen=True)
class ReportContext:
    """Everything the report prints, in one language; built by `build_report_context`, rendered by
    `render_report`."""

    lang: str
    direction: Literal["ltr", "rtl"]
    labels: dict[str, str]
    title: str
    country: str
    status: Literal["draft", "final"]
    training: bool
    cover: Cover
    modules: tuple[ModuleView, ...]
    gap_modules: tuple[ModuleGaps, ...]
    ta: TaSummary
    unanswered: tuple[UnansweredRow, ...]
    legend: tuple[Mark, ...]
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def linked_items(self) -> frozenset[str]:
        """The anchors of the items the summaries link to. Only these items carry an `id`: WeasyPrint writes a
        named destination into the PDF for every `id`, and a hundred unused ones cost a few percent of the
        render."""
        gaps = (row.anchor for module in self.gap_modules for row in module.rows)
        return frozenset(gaps) | frozenset(row.anchor for row in self.unanswered)
