"""Sign off a section: the head of unit who approved it, their function and the date (today unless changed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from omnibus.ui.collaboration.refusal_text import working_together_words


class SignOffDialog(QDialog):
    def __init__(
        self,
        service: Any,
        assessment_id: str,
        questionnaire: Any,
        lang: str,
        part: tuple[str, ...] | None = None,
        *,
        database: Path,
        read_only: bool = False,
    ) -> None:
        """`part`: on an institution's laptop, the sections of its assignment (the only ones it can sign off);
        `database` the file the service writes (`read_only` when it was opened on read-only media), which a storage
        error names."""
        super().__init__()
        self.setObjectName("signOffDialog")
        self.service, self.assessment_id = service, assessment_id
        self.database, self.read_only = database, read_only
        self.section = QComboBox()
        for _module, section in questionnaire.sections():
            if part is not None and section.id not in part:
                continue
            self.section.addItem(questionnaire.text(section.title, lang), section.id)
        self.name = QLineEdit()
        self.function = QLineEdit()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName("formProblem")
        self.problem.hide()
        self.form = QFormLayout(self)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.labels, (self.section, self.name, self.function, self.date), strict=True):
            self.form.addRow(label, widget)
        self.form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.signed: Any = None
        self.setMinimumWidth(520)  # the buttons' text at large sizes and in every language
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign off a section"))
        labels = (self.tr("Section:"), self.tr("Approved by (name):"), self.tr("Function:"), self.tr("Date:"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)

    def sign(self) -> None:
        from omnibus.ui.ports import ServiceError, StorageError

        self.problem.setToolTip("")  # the core's words of an earlier refusal
        if not self.name.text().strip():
            self.problem.setText(self.tr("Write the name of the person who approved the section."))
            self._say_problem()
            return
        try:
            self.signed = self.service.sign_off(
                self.assessment_id,
                self.section.currentData(),
                self.name.text().strip(),
                self.function.text().strip(),
                self.date.date().toPython(),
            )
        except (ServiceError, StorageError) as exc:
            why = working_together_words(exc, self.database, read_only=self.read_only)
            self.problem.setText(self.tr("Not signed off: %1").replace("%1", why))
            self.problem.setToolTip(str(exc))  # the core's words, for whoever helps
            self._say_problem()
            return
        self.accept()

    def _say_problem(self) -> None:
        """Show the refusal whole: a form's layout does not make its window taller for a wrapped label, so a refusal
        of three lines (a database on read-only media, and what to do) was cut to one and a half."""
        self.problem.show()
        self.form.activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
