"""Interface labels of the built-in answer codes (indicator, yes/no, priority)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    "in_place": QT_TRANSLATE_NOOP("Answers", "In place"),
    "partially": QT_TRANSLATE_NOOP("Answers", "Partially in place"),
    "not_in_place": QT_TRANSLATE_NOOP("Answers", "Not in place"),
    "unknown": QT_TRANSLATE_NOOP("Answers", "Don't know"),
    "not_applicable": QT_TRANSLATE_NOOP("Answers", "Not applicable"),
    "yes": QT_TRANSLATE_NOOP("Answers", "Yes"),
    "no": QT_TRANSLATE_NOOP("Answers", "No"),
    "high": QT_TRANSLATE_NOOP("Answers", "High"),
    "medium": QT_TRANSLATE_NOOP("Answers", "Medium"),
    "low": QT_TRANSLATE_NOOP("Answers", "Low"),
}
_PARTIALLY = QT_TRANSLATE_NOOP("Answers", "Partially")


def code_label(code: str) -> str:
    label = _LABELS.get(code)
    return QCoreApplication.translate("Answers", str(label)) if label is not None else code


def partial_label() -> str:
    """'Partially' for yes/no/partially questions (the indicator says 'Partially in place')."""
    return QCoreApplication.translate("Answers", str(_PARTIALLY))
