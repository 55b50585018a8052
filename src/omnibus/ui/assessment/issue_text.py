"""Issue messages in the interface language (the service writes built-in kinds in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Issue
from omnibus.ui.refusal_text import refusal_text


def issue_message(issue: Issue, questionnaire: Questionnaire | None = None, lang: str = "en") -> str:
    """The issue in the interface language; given the questionnaire, a refused answer is explained in its words."""
    if issue.kind == "required":
        return QCoreApplication.translate("Issues", "This question must be answered.")
    if issue.kind == "to_confirm":
        return QCoreApplication.translate("Issues", "Carried forward from the previous cycle: confirm it or change it.")
    if issue.kind == "orphan":
        return QCoreApplication.translate(
            "Issues", "This answer belongs to a question the questionnaire no longer has; it is kept for reference."
        )
    if issue.kind == "draft":
        text = QCoreApplication.translate("Issues", "Not valid yet, kept as a draft: %1")
        return text.replace("%1", issue.message)
    if issue.kind == "invalid":
        text = QCoreApplication.translate("Issues", "The stored answer no longer fits the question: %1")
        if issue.refusal is not None and questionnaire is not None and issue.item_id in questionnaire.items:
            why = refusal_text(issue.refusal, questionnaire.item(issue.item_id), questionnaire, lang)
        else:
            why = issue.message
        return text.replace("%1", why)
    return issue.message
