"""Why an answer was refused, said to the respondent: in their language, with the labels they see on screen.

The core describes a refusal as data (`omnibus.model.refusals`); its English sentences name column ids and
codes for whoever writes answer files. Here a column is its label, a number is written the language's way, and
what only a program can get wrong (a list where a mapping belongs) becomes one plain sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.refusals import Place, Refusal, Why
from omnibus.model.schema import Item, TableItem
from omnibus.ui.bidi import isolated
from omnibus.ui.items.number import format_number


def fill(template: str, *values: object) -> str:
    """`template` (a translation with %1, %2… as Qt writes them) with `values` put in their places."""
    for n, value in reversed(list(enumerate(values, 1))):  # %10 before %1
        template = template.replace(f"%{n}", str(value))
    return template


def _number(value: object) -> str:
    return format_number(value, None) if isinstance(value, int | float) and not isinstance(value, bool) else str(value)


def _plain() -> str:
    return QCoreApplication.translate(
        "Refusals", "This answer does not have the form this question expects, so it was not stored."
    )


def _choose(refusal: Refusal) -> str:
    """A drop-down left empty, or a code that is not offered."""
    if refusal.fields.get("value") is not None:
        return QCoreApplication.translate("Refusals", "Choose one of the options offered.")
    if refusal.why is Why.NEED_TYPE:
        return QCoreApplication.translate("Refusals", "Choose the type of assistance.")
    if refusal.why is Why.NEED_SUBTYPE:
        return QCoreApplication.translate("Refusals", "Choose the kind of assistance within the type.")
    if refusal.why is Why.NEED_PRIORITY:
        return QCoreApplication.translate("Refusals", "Choose a priority.")
    return QCoreApplication.translate("Refusals", "Choose one of the options offered.")


def _counted(template: Callable[[], str]) -> Callable[[Refusal], str]:
    """A limit and the count that broke it; `template` translates "… %1 … (now %2)." where lupdate sees it."""
    return lambda r: fill(template(), r.fields["limit"], r.fields["count"])


_SENTENCES: dict[Why, Callable[[Refusal], str]] = {
    Why.BELOW: lambda r: fill(
        QCoreApplication.translate("Refusals", "%1 is below the minimum, %2."),
        _number(r.fields["number"]),
        _number(r.fields["low"]),
    ),
    Why.ABOVE: lambda r: fill(
        QCoreApplication.translate("Refusals", "%1 is above the maximum, %2."),
        _number(r.fields["number"]),
        _number(r.fields["high"]),
    ),
    Why.NOT_WHOLE: lambda r: QCoreApplication.translate("Refusals", "Enter a whole number."),
    Why.NOT_NUMBER: lambda r: QCoreApplication.translate("Refusals", "Enter a number."),
    Why.NOT_FINITE: lambda r: QCoreApplication.translate("Refusals", "Enter a number."),
    Why.TOO_LARGE: lambda r: QCoreApplication.translate("Refusals", "This number is too large."),
    Why.DATE_FORM: lambda r: QCoreApplication.translate(
        "Refusals", "Enter the date as year-month-day, e.g. 2024-03-31."
    ),
    Why.DATE_WITH_TIME: lambda r: QCoreApplication.translate(
        "Refusals", "Enter the date as year-month-day, e.g. 2024-03-31."
    ),
    Why.NO_SUCH_DATE: lambda r: fill(
        QCoreApplication.translate("Refusals", "There is no date %1 in the calendar."), r.fields["text"]
    ),
    Why.BEFORE: lambda r: fill(
        QCoreApplication.translate("Refusals", "%1 is before the earliest date allowed, %2."),
        r.fields["text"],
        r.fields["low"],
    ),
    Why.AFTER: lambda r: fill(
        QCoreApplication.translate("Refusals", "%1 is after the latest date allowed, %2."),
        r.fields["text"],
        r.fields["high"],
    ),
    Why.TOO_LONG: lambda r: fill(
        QCoreApplication.translate("Refusals", "This text is %1 characters long; at most %2 are allowed."),
        r.fields["length"],
        r.fields["limit"],
    ),
    Why.NOT_ONE_OF: _choose,
    Why.NOT_A_CHOICE: _choose,
    Why.NEED_TYPE: _choose,
    Why.NEED_SUBTYPE: _choose,
    Why.NEED_PRIORITY: _choose,
    Why.NEED_INSTRUMENT: _choose,
    Why.OTHER_UNSPECIFIED: lambda r: QCoreApplication.translate("Refusals", "“Other” is ticked: say what it is."),
    Why.SELECT_AT_LEAST: _counted(lambda: QCoreApplication.translate("Refusals", "Select at least %1 (now %2).")),
    Why.SELECT_AT_MOST: _counted(lambda: QCoreApplication.translate("Refusals", "Select at most %1 (now %2).")),
    Why.MANY_CITATIONS: _counted(
        lambda: QCoreApplication.translate("Refusals", "At most %1 citations are allowed (now %2).")
    ),
    Why.FEW_CITATIONS: _counted(
        lambda: QCoreApplication.translate("Refusals", "At least %1 citations are needed (now %2).")
    ),
    Why.TITLE_REQUIRED: lambda r: QCoreApplication.translate("Refusals", "Give the title of the act."),
    Why.MANY_FILES: _counted(lambda: QCoreApplication.translate("Refusals", "At most %1 files are allowed (now %2).")),
    Why.MANY_ROWS: _counted(lambda: QCoreApplication.translate("Refusals", "At most %1 rows are allowed (now %2).")),
    Why.FEW_ROWS: _counted(lambda: QCoreApplication.translate("Refusals", "At least %1 rows are needed (now %2).")),
    Why.FILE_KIND: lambda r: fill(
        QCoreApplication.translate("Refusals", "%1 is not a kind of file this question takes (%2)."),
        isolated(str(r.fields["name"])),
        r.fields["allowed"],
    ),
    Why.FILE_TOO_BIG: lambda r: fill(
        QCoreApplication.translate("Refusals", "%1 is %2 MB; at most %3 MB is allowed."),
        isolated(str(r.fields["name"])),
        format_number(round(r.fields["size_mb"], 1), 1),
        _number(r.fields["limit_mb"]),
    ),
    Why.SAME_FILE_TWICE: lambda r: QCoreApplication.translate("Refusals", "The same file is attached twice."),
    Why.ALREADY_ATTACHED: lambda r: fill(
        QCoreApplication.translate("Refusals", "%1 is already attached here."), isolated(str(r.fields["name"]))
    ),
    Why.COMMENT_TOO_LONG: lambda r: fill(
        QCoreApplication.translate("Refusals", "The comment is %1 characters long; at most %2 are allowed."),
        r.fields["length"],
        r.fields["limit"],
    ),
}


def refusal_text(refusal: Refusal, item: Item, questionnaire: Questionnaire, lang: str) -> str:
    """One sentence, prefixed with where in the answer it applies ("Row 2, Participants: …")."""
    if refusal.why is Why.COLUMN_REQUIRED:
        label = _column_label(item, str(refusal.fields["column"]), questionnaire, lang)
        sentence = fill(QCoreApplication.translate("Refusals", "“%1” must be filled in."), label)
    else:
        say = _SENTENCES.get(refusal.why)
        sentence = say(refusal) if say is not None else _plain()
    return _where(refusal.where, item, questionnaire, lang, sentence)


def _column_label(item: Item, column_id: str, questionnaire: Questionnaire, lang: str) -> str:
    if isinstance(item, TableItem):
        for column in item.columns:
            if column.id == column_id:
                return questionnaire.text(column.label, lang)
    return column_id


def _where(where: tuple[Place, ...], item: Item, questionnaire: Questionnaire, lang: str, sentence: str) -> str:
    places = dict(where)
    if "row" in places and "column" in places:
        label = _column_label(item, str(places["column"]), questionnaire, lang)
        return fill(QCoreApplication.translate("Refusals", "Row %1, %2: %3"), places["row"], label, sentence)
    if "row" in places:
        return fill(QCoreApplication.translate("Refusals", "Row %1: %2"), places["row"], sentence)
    if "citation" in places:
        return fill(QCoreApplication.translate("Refusals", "Citation %1: %2"), places["citation"], sentence)
    if "file" in places:
        return fill(QCoreApplication.translate("Refusals", "File %1: %2"), places["file"], sentence)
    if "need" in places:
        return fill(QCoreApplication.translate("Refusals", "Need %1: %2"), places["need"], sentence)
    return sentence
