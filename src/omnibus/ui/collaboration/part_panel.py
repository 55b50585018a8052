"""The review page on an institution's laptop: what the focal point asked for, the sections signed off, and the
two things left to do there, a head of unit's sign-off and the contribution file. The focal point's overview per
institution means nothing on this laptop, so it is not shown.

It counts the assigned questions the institution is shown: a follow-up hidden by an earlier answer is neither in
the navigator nor in the progress, so it is not in this count either."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from omnibus.model.dates import format_date
from omnibus.ui.bidi import isolated
from omnibus.ui.i18n import interface_language


class PartPanel(QGroupBox):
    signOffRequested = Signal()
    contributeRequested = Signal()

    def __init__(self, service: Any, assessment_id: str, questionnaire: Any, lang: str,
                 relevant: frozenset[str]) -> None:  # fmt: skip
        super().__init__()
        self.setObjectName("assignedPart")
        self.service, self.assessment_id, self.q, self.lang = service, assessment_id, questionnaire, lang
        self.copy: Any = None
        self.signed: list[Any] = []
        self.relevant = relevant  # the questions shown now (`show_relevant` follows the answers)
        self.about = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.signed_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.sign_off = QPushButton()
        self.sign_off.clicked.connect(self.signOffRequested.emit)
        self.contribute = QPushButton()
        self.contribute.clicked.connect(self.contributeRequested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_off)
        buttons.addWidget(self.contribute)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.about)
        column.addWidget(self.signed_label)
        column.addLayout(buttons)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the assignment and its sign-offs again from the service."""
        self.copy = self.service.assignment_copy(self.assessment_id)
        self.signed = list(self.service.sign_offs(self.assessment_id))
        self.retranslate()

    def show_relevant(self, relevant: frozenset[str]) -> None:
        """The questions shown after the latest answer (relevance changes with the answers)."""
        if relevant != self.relevant:
            self.relevant = relevant
            self.retranslate()

    def assigned_shown(self) -> int:
        """How many assigned questions the institution is shown."""
        return sum(1 for item_id in self.copy.items if item_id in self.relevant)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your part of the assessment"))
        self.sign_off.setText(self.tr("Sign off a section…"))
        self.contribute.setText(self.tr("Write contribution for the focal point…"))
        copy = self.copy
        if copy is None:
            return
        lines = [
            self.tr("Assigned to %1 by %2: %n question(s).", "", self.assigned_shown())
            .replace("%1", isolated(copy.institution))
            .replace("%2", isolated(copy.assigned_by_institution or copy.assigned_by))
        ]
        if copy.contact:
            lines.append(self.tr("Contact person: %1").replace("%1", isolated(copy.contact)))
        if copy.deadline is not None:
            # in the interface language's long form, as the focal point's overview writes the same deadline
            lines.append(self.tr("Answer by %1.").replace("%1", format_date(copy.deadline, interface_language())))
        if copy.note:
            lines.append(self.tr("Note from the focal point: %1").replace("%1", isolated(copy.note)))
        if copy.last_round:
            lines.append(self.tr("Contributions written so far: %1.").replace("%1", str(copy.last_round)))
        else:
            lines.append(self.tr("No contribution written yet."))
        self.about.setText("\n".join(lines))
        titles = {section.id: self.q.text(section.title, self.lang) for _m, section in self.q.sections()}
        signed = [
            self.tr("%1: %2, %3, %4")
            .replace("%1", isolated(titles.get(s.section_id, s.section_id)))
            .replace("%2", isolated(s.name))
            .replace("%3", isolated(s.function))
            .replace("%4", format_date(s.signed_on, interface_language()))
            for s in self.signed
        ]
        self.signed_label.setText(
            self.tr("Signed off:") + "\n" + "\n".join(signed) if signed else self.tr("No section signed off yet.")
        )
