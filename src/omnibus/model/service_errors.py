"""What the assessment service refuses, and why: one family of errors for both front ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from omnibus.model.records import AssessmentSummary, Issue

if TYPE_CHECKING:
    from omnibus.model.values import ValueRejected


class ServiceError(Exception):
    """A request the service refuses; the message says why, for the respondent."""


class NotFound(ServiceError):
    """No such assessment, item or attachment."""


class AmbiguousId(NotFound):
    """An id prefix that matches several assessments."""


class AssessmentFinal(ServiceError):
    """The assessment is final: reopen it before changing it."""


class InvalidProfile(ServiceError):
    pass


class EditionMismatch(ServiceError):
    """A questionnaire edition that does not belong to the assessment's questionnaire."""


class NotComplete(ServiceError):
    """The assessment cannot be made final yet; `issues` are what blocks it."""

    def __init__(self, issues: list[Issue]) -> None:
        missing = sum(1 for i in issues if i.kind == "required")
        super().__init__(
            f"the assessment cannot be made final: {missing} required questions unanswered, "
            f"{len(issues) - missing} other problems to fix"
        )
        self.issues = issues


class ValuesRejected(ServiceError):
    """Several values refused at once (`set_answers`): nothing was written."""

    def __init__(self, problems: list[ValueRejected]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class InvalidCycle(ServiceError):
    """A reporting cycle label that is not a year or a range of years."""


class DuplicateAssessment(ServiceError):
    """The country already has an assessment of this questionnaire for this cycle; `existing` lists them."""

    def __init__(self, message: str, existing: list[AssessmentSummary]) -> None:
        super().__init__(message)
        self.existing = existing
