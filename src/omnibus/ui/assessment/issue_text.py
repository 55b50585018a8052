"""Issue messages in the interface language (the service writes built-in kinds in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from omnibus.model.records import Issue


def issue_message(issue: Issue) -> str:
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
        return text.replace("%1", issue.message)
    return issue.message
