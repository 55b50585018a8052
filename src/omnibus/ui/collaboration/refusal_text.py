"""Why an assignment, contribution, conflict or sign-off was refused, said in the official's language.

The core refuses with a `Msg` and its fields (`CollaborationRefused`); its English sentence is for the command
line and the log. Here each `Msg` of working together has its sentence through Qt's translations, the fields put
in as the window shows them: names isolated (an English ministry name inside an Arabic sentence), fingerprints
grouped, left to right and on lines of their own (one broken across lines of a right-to-left paragraph is hard
to read aloud). A refusal of any other kind keeps the core's words.

A step of working together can also fail for a reason the rest of the window meets too: the database on a full disk
or a read-only USB stick, a signing key or a folder that cannot be used. `working_together_words` says those as the
window does (`service_text`, `package_problem`), so that a focal point reads what happened in their language, and on
read-only media what will help (a copy that can be written).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from omnibus.model.collaboration import CollaborationRefused
from omnibus.model.messages import Msg
from omnibus.ui.bidi import PDI, isolated, left_to_right
from omnibus.ui.ports import StorageError, Trouble, trouble
from omnibus.ui.refusal_text import fill
from omnibus.ui.service_text import refusal_words

Fields = Mapping[str, object]
ENDS = (".", "?", "!", "\u061f", "\u3002", "\uff1f", "\uff01")
"""How a sentence ends, in the six languages (Arabic's question mark, Chinese full stop and marks)."""


def _name(fields: Fields, key: str) -> str:
    return isolated(str(fields.get(key, "")))


def _fingerprint(fields: Fields, key: str) -> str:
    from omnibus.export.keys import format_fingerprint

    return left_to_right(format_fingerprint(str(fields.get(key, ""))))


_SENTENCES: dict[Msg, Callable[[Fields], str]] = {
    Msg.ASSIGN_NOTHING: lambda f: fill(
        QCoreApplication.translate("CollaborationRefusals", "Choose at least one section or question to assign to %1."),
        _name(f, "institution"),
    ),
    Msg.ASSIGN_NO_INSTITUTION: lambda f: QCoreApplication.translate(
        "CollaborationRefusals", "Give the name of the institution the part is assigned to."
    ),
    Msg.ASSIGN_UNKNOWN_SECTION: lambda f: fill(
        QCoreApplication.translate("CollaborationRefusals", "This questionnaire has no section %1."),
        _name(f, "section"),
    ),
    Msg.ASSIGN_UNKNOWN_ITEM: lambda f: fill(
        QCoreApplication.translate("CollaborationRefusals", "This questionnaire has no question %1."), _name(f, "item")
    ),
    Msg.ASSIGN_NOTHING_MISSING: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "%1 has answered everything assigned to it: no reminder is needed."
        ),
        _name(f, "institution"),
    ),
    Msg.ASSIGN_NOT_ASSIGNED: lambda f: fill(
        QCoreApplication.translate("CollaborationRefusals", "Nothing of this assessment is assigned to %1."),
        _name(f, "institution"),
    ),
    Msg.ASSIGNMENT_UNKNOWN: lambda f: fill(
        QCoreApplication.translate("CollaborationRefusals", "There is no assignment %1."), _name(f, "assignment")
    ),
    Msg.NOT_AN_ASSIGNMENT: lambda f: QCoreApplication.translate(
        "CollaborationRefusals", "This assessment does not answer an assignment: open the assignment file first."
    ),
    Msg.CONTRIBUTION_OTHER_ASSESSMENT: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals",
            "This contribution answers another assessment (%1), not this one (%2). Import it into that assessment.",
        ),
        _name(f, "found"),
        _name(f, "expected"),
    ),
    Msg.CONTRIBUTION_OTHER_COUNTRY: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "This contribution is for %1, but the assessment is for %2."
        ),
        _name(f, "found"),
        _name(f, "expected"),
    ),
    Msg.CONTRIBUTION_OTHER_EDITION: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "This contribution answers %1 version %2, but the assessment uses %3 version %4."
        ),
        _name(f, "found_id"),
        _name(f, "found_version"),
        _name(f, "expected_id"),
        _name(f, "expected_version"),
    ),
    Msg.CONTRIBUTION_UNKNOWN_ASSIGNMENT: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "This contribution answers assignment %1, which was not made from this assessment."
        ),
        _name(f, "assignment"),
    ),
    Msg.CONTRIBUTION_OTHER_INSTITUTION: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "This contribution is signed for %1, but the assignment was given to %2."
        ),
        _name(f, "found"),
        _name(f, "expected"),
    ),
    Msg.CONTRIBUTION_OUTSIDE_ASSIGNMENT: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "This contribution answers question %1, which was not assigned to %2."
        ),
        _name(f, "item"),
        _name(f, "institution"),
    ),
    Msg.CONTRIBUTION_UNKNOWN_KEY: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals",
            "%1 has no trusted key yet; this contribution is signed by the key:\n%2\nCheck the fingerprint with "
            "%1 (by telephone, say) before trusting it.",
        ),
        _name(f, "institution"),
        _fingerprint(f, "fingerprint"),
    ),
    Msg.CONTRIBUTION_OTHER_KEY: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals",
            "This contribution is signed by the key:\n%1\nbut the key trusted for %2 is:\n%3\nIf %2 really has a "
            "new key, check its fingerprint with them before trusting it.",
        ),
        _fingerprint(f, "fingerprint"),
        _name(f, "institution"),
        _fingerprint(f, "trusted"),
    ),
    Msg.CONTRIBUTION_OLDER_ROUND: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals",
            "This is round %1 of the contribution of %2, but round %3 was already imported: an older round is "
            "never merged over a newer one.",
        ),
        str(f.get("round", "")),
        _name(f, "institution"),
        str(f.get("newest", "")),
    ),
    Msg.CONTRIBUTION_ROUND_REUSED: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals",
            "Round %1 of the contribution of %2 was already imported from a different file. Ask %2 for a new round.",
        ),
        str(f.get("round", "")),
        _name(f, "institution"),
    ),
    Msg.CONTRIBUTION_VALUE: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "The answer to question %1 in this contribution is not one this question accepts."
        ),
        _name(f, "item"),
    ),
    Msg.ASSIGNMENT_VALUE: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "The answer to question %1 in this assignment is not one this question accepts."
        ),
        _name(f, "item"),
    ),
    Msg.CONTRIBUTION_SIGN_OFF_SECTION: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "This contribution signs off section %1, which was not assigned to it."
        ),
        _name(f, "section"),
    ),
    Msg.CONFLICT_UNKNOWN: lambda f: fill(
        QCoreApplication.translate("CollaborationRefusals", "There is no open conflict %1 in this assessment."),
        _name(f, "conflict"),
    ),
    Msg.CONFLICT_COMBINED_NEEDS_VALUE: lambda f: QCoreApplication.translate(
        "CollaborationRefusals", "To combine both answers, give the combined answer."
    ),
    Msg.SIGN_OFF_UNKNOWN_SECTION: lambda f: fill(
        QCoreApplication.translate("CollaborationRefusals", "This questionnaire has no section %1."),
        _name(f, "section"),
    ),
    Msg.SIGN_OFF_NAME: lambda f: QCoreApplication.translate(
        "CollaborationRefusals", "Give the name of the person who signs off."
    ),
    Msg.ANSWER_OUTSIDE_ASSIGNMENT: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "Question %1 is not part of your assignment; it is shown for context only."
        ),
        _name(f, "item"),
    ),
    Msg.SIGN_OFF_OUTSIDE_ASSIGNMENT: lambda f: fill(
        QCoreApplication.translate(
            "CollaborationRefusals", "Section %1 is not part of the assignment this assessment answers."
        ),
        _name(f, "section"),
    ),
}

WORDED: frozenset[Msg] = frozenset(_SENTENCES)
"""The messages the window words itself: every refusal of working together."""


def collaboration_refusal(exc: BaseException) -> str:
    """The refusal in the interface language; the core's own words for anything else (`working_together_words`
    says a storage error or a key that cannot be used as the rest of the window does)."""
    if isinstance(exc, CollaborationRefused):
        say = _SENTENCES.get(exc.msg)
        if say is not None:
            return say(exc.fields)
    return isolated(str(exc))


def working_together_words(error: BaseException, database: Path, *, read_only: bool = False) -> str:
    """Why a step of working together failed, in the interface language: a refusal of working together as its own
    sentence; a signing key, package or file that could not be used, a storage error on `database` (`read_only`
    when it was opened on read-only media) or another refusal of the service as a clause, as the rest of the window
    says them. Words of the core that no translation covers are kept, isolated in their own direction."""
    from omnibus.export.errors import KeyStoreError, PackageError
    from omnibus.ui.package_problem import package_problem  # loaded only when something was refused

    if isinstance(error, CollaborationRefused):
        return collaboration_refusal(error)
    if isinstance(error, KeyStoreError | PackageError):
        words = package_problem(error)
    else:
        words = refusal_words(error, database, read_only=read_only)
    words = isolated(words) if words == str(error) else words
    if read_only and isinstance(error, StorageError) and trouble(error, database) in (Trouble.READ_ONLY, Trouble.OTHER):
        return _copy_it(words)
    return words


def _copy_it(words: str) -> str:
    """On read-only media trying again never helps: what does is a copy in a folder that can be written, as the
    banner of an assessment says."""
    return fill(
        QCoreApplication.translate(
            "CollaborationRefusals",
            "%1; copy the database to a folder you can write to, then open the copy with “Open another database "
            "file…” in the File menu",
        ),
        words,
    )


def as_sentence(words: str) -> str:
    """Words from `working_together_words` as a sentence of their own (a paragraph of a message box): a clause
    begins with a capital and ends with a full stop; a sentence is left as it is."""
    words = words[:1].upper() + words[1:]
    return words if words.rstrip(PDI).endswith(ENDS) else words + "."
