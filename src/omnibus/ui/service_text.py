"""Why the service refused a request, in the interface language.

The service refuses with an error whose message is an English sentence for the command line ("this assessment is
final; reopen it to change it"); put as it was after "Nothing was changed:" it left a French or Arabic respondent
with half a sentence in English. Each refusal the window can meet is said here as a clause in the respondent's
language, without a capital or a full stop, like `storage_text`; the core's own words stay for the details of a
message box, for whoever helps.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from omnibus.ui.bidi import left_to_right
from omnibus.ui.file_problem import file_problem
from omnibus.ui.ports import (
    AssessmentFinal,
    DuplicateAssessment,
    EditionMismatch,
    InvalidCycle,
    InvalidProfile,
    NotComplete,
    NotFound,
    ServiceError,
    StorageError,
    ValuesRejected,
)
from omnibus.ui.storage_text import storage_text

if TYPE_CHECKING:
    from omnibus.ui.session import DatabaseSession


def _cycle() -> str:
    year = date.today().year  # the range as it is typed: an Arabic sentence would turn its years around
    return (
        QCoreApplication.translate(
            "ServiceRefusals",
            "the reporting cycle must be a year, such as %1, or a range of years, such as %2, and come after the "
            "cycle of the assessment it starts from",
        )
        .replace("%1", str(year))
        .replace("%2", left_to_right(f"{year}-{year + 1}"))
    )


def _not_complete(error: ServiceError) -> str:
    issues = error.issues if isinstance(error, NotComplete) else []
    missing = sum(1 for i in issues if i.kind == "required")
    return (
        QCoreApplication.translate(
            "ServiceRefusals",
            "the assessment cannot be made final yet: %1 required questions are unanswered and %2 other problems "
            "are to be fixed",
        )
        .replace("%1", str(missing))
        .replace("%2", str(len(issues) - missing))
    )


_CLAUSES: tuple[tuple[type[ServiceError], Callable[[ServiceError], str]], ...] = (
    (
        AssessmentFinal,
        lambda e: QCoreApplication.translate("ServiceRefusals", "the assessment is final; reopen it to change it"),
    ),
    (NotComplete, _not_complete),
    (
        DuplicateAssessment,
        lambda e: QCoreApplication.translate(
            "ServiceRefusals", "the country already has an assessment of this questionnaire for this reporting cycle"
        ),
    ),
    (InvalidCycle, lambda e: _cycle()),
    (
        EditionMismatch,
        lambda e: QCoreApplication.translate("ServiceRefusals", "the two are not editions of the same questionnaire"),
    ),
    (
        NotFound,
        lambda e: QCoreApplication.translate(
            "ServiceRefusals",
            "what it needs cannot be found (an assessment, a questionnaire or a file removed in the meantime?)",
        ),
    ),
    (
        InvalidProfile,
        lambda e: QCoreApplication.translate("ServiceRefusals", "the country is not known; choose it from the list"),
    ),
    (
        ValuesRejected,
        lambda e: QCoreApplication.translate("ServiceRefusals", "some of the answers were refused; nothing was saved"),
    ),
)


def refusal_words(error: BaseException, database: Path, *, read_only: bool = False) -> str:
    """What went wrong, as a clause in the interface language: a storage error on `database` (`read_only` when it
    was opened on read-only media), a refusal of the service or of working together, a file that could not be used;
    anything else keeps its own words."""
    if isinstance(error, StorageError):
        return storage_text(error, database, read_only=read_only)
    if isinstance(error, OSError):
        return file_problem(error)
    if not isinstance(error, ServiceError):
        return str(error)
    for family, say in _CLAUSES:
        if isinstance(error, family):
            return say(error)
    from omnibus.ui.collaboration.refusal_text import collaboration_refusal  # loaded only when one is refused

    return collaboration_refusal(error)


def error_words(error: BaseException, database: Path, session: DatabaseSession | None) -> str:
    """`refusal_words` for an error on `database`, read-only when the `session` open on that file is."""
    read_only = session is not None and session.path == database and session.store.read_only
    return refusal_words(error, database, read_only=read_only)
