"""What the service hands to its front ends (GUI, CLI, export): plain frozen records, no ORM objects.

Front ends never see SQLAlchemy; they get these, and react to what each change returns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, TypeAlias

from omnibus.model.refusals import Refusal

Json: TypeAlias = "bool | int | float | str | Sequence[Json] | Mapping[str, Json] | None"
"""Any JSON value, read-only: what a respondent typed, a draft keeps or a file holds before it is checked. Read-only
containers, so that every canonical value below is one, and nothing changes a stored value in place."""

Choices: TypeAlias = dict[str, str | list[str]]
"""multiple_choice: {"selected": [codes in the questionnaire's order, "other" last], "other": "text"}."""
Citation: TypeAlias = dict[str, str]
"""legislation, one act: title, and article, date ("YYYY-MM-DD"), reference and excerpt when given."""
FileEntry: TypeAlias = dict[str, str | int]
"""attachment, one file stored in the database: sha256, name, media_type, and size in bytes."""
TableRow: TypeAlias = dict[str, str | int | float]
"""table, one row: column id to the cell's value (text, date or code; whole number; decimal); empty cells absent."""
Need: TypeAlias = dict[str, str]
"""ta_needs, one need: type, priority, and subtype and description when given."""
AnswerValue: TypeAlias = str | int | float | Choices | list[Citation] | list[FileEntry] | list[TableRow] | list[Need]
"""A canonical answer value, as `values.normalize` makes it for its item's type (see docs/questionnaire-format.md,
"Answer values"): a code, text or date ("YYYY-MM-DD") is a str, a whole number an int, a decimal a float."""

Status: TypeAlias = Literal["draft", "final"]
Origin: TypeAlias = Literal["entered", "carried_forward", "imported"]
IssueKind: TypeAlias = Literal["required", "constraint", "evidence", "invalid", "orphan", "to_confirm", "draft"]
Severity: TypeAlias = Literal["error", "warning"]
Trend: TypeAlias = Literal["improved", "unchanged", "regressed", "new", "removed", "changed", "not_comparable"]
ComparisonOrder: TypeAlias = Literal["as_given", "reordered", "same_cycle"]
"""How a comparison's two assessments were put in order: the earlier cycle first as given, swapped so that the
earlier cycle comes first, or both of one cycle (kept in the order given)."""


@dataclass(frozen=True)
class Profile:
    """Who answers: the respondent's country (ISO 3166 alpha-3), institution, focal point and contact."""

    country: str
    institution: str = ""
    focal_point: str = ""
    contact: str = ""


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_hash: str
    country: str
    institution: str
    focal_point: str
    cycle: str
    status: Status
    training: bool
    created: datetime
    updated: datetime
    carried_from: str | None = None
    archived: datetime | None = None
    """When the respondent archived it (hidden from the start screen and `omnibus list`); None when not."""


@dataclass(frozen=True)
class AttachmentRef:
    """A file stored in the database, named by the SHA-256 of its content."""

    sha256: str
    name: str
    media_type: str
    size: int


@dataclass(frozen=True)
class Answer:
    item_id: str
    value: AnswerValue | None
    comment: str = ""
    answered_by: str = ""
    institution: str = ""
    answered_at: datetime | None = None
    language: str | None = None
    origin: Origin = "entered"
    confirmed: bool = True  # False for carried-forward answers not yet confirmed by the respondent
    orphan: bool = False  # the item no longer exists in the assessment's questionnaire edition


@dataclass(frozen=True)
class Draft:
    """What the respondent typed for an item that is not a valid answer yet, kept as typed with its problem.

    `value` is the editor's content in the item's answer shape, possibly incomplete (a citation whose date is
    "12/03/2010", a need without its type); `where` locates the wrong field inside it (entry or row index, field
    or column id) when known. A draft is never exported: the item needs attention until it becomes an answer.
    """

    item_id: str
    value: Json
    problem: str
    where: tuple[int | str, ...] = ()
    saved_at: datetime | None = None


@dataclass(frozen=True)
class Issue:
    """Something to fix or consider before the assessment is final.

    `message` is in the requested language when the questionnaire's author wrote it (constraints, evidence
    rules); for the built-in kinds (required, invalid, orphan, to_confirm, draft) it is English and front ends may
    translate by `kind`.
    """

    item_id: str
    kind: IssueKind
    severity: Severity
    message: str
    needs: tuple[str, ...] = ()  # for evidence: the items (or "comment") that would satisfy it
    refusal: Refusal | None = field(default=None, compare=False)  # for invalid: why, for a front end to say


@dataclass(frozen=True)
class SectionProgress:
    module_id: str
    section_id: str
    relevant: int
    answered: int
    required_missing: int
    issues: int

    @property
    def applies(self) -> bool:
        """Whether any of its questions applies with the answers given so far. A section whose questions are all
        follow-ups of answers not given has nothing to answer yet: front ends say so rather than "100 %"."""
        return self.relevant > 0

    @property
    def percent(self) -> int:
        """The share answered, for code that needs a number: 100 when nothing applies (nothing is missing)."""
        return 100 if self.relevant == 0 else round(100 * self.answered / self.relevant)


@dataclass(frozen=True)
class Progress:
    sections: tuple[SectionProgress, ...]
    relevant: int
    answered: int
    required_missing: int

    @property
    def percent(self) -> int:
        return 100 if self.relevant == 0 else round(100 * self.answered / self.relevant)


@dataclass(frozen=True)
class Change:
    """What one stored change did: the answer as stored and what else it moved."""

    answer: Answer | None  # None when the answer was cleared
    relevance_changed: frozenset[str] = field(default_factory=frozenset)  # items shown or hidden by it
    saved_at: datetime | None = None


@dataclass(frozen=True)
class ItemComparison:
    item_id: str
    before: AnswerValue | None
    after: AnswerValue | None
    trend: Trend


@dataclass(frozen=True)
class Comparison:
    """Item by item from the earlier reporting cycle to the later one, whatever order they were asked in."""

    earlier: AssessmentSummary
    later: AssessmentSummary
    items: tuple[ItemComparison, ...]
    order: ComparisonOrder = "as_given"

    def count(self, trend: Trend) -> int:
        return sum(1 for i in self.items if i.trend == trend)
