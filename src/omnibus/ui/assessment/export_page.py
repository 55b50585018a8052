"""Handing in: what is still missing, the signing key's passphrase, the signed package and the PDF report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.ui.assessment.controller import AssessmentController
from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.hand_in import MIN_PASSPHRASE, HandIn
from omnibus.ui.tasks import TaskRunner


class ExportPage(QWidget):
    reviewRequested = Signal()
    exported = Signal(object)  # the export's result

    def __init__(self, controller: AssessmentController, hand_in: HandIn | None, tasks: TaskRunner, lang: str) -> None:
        super().__init__()
        self.controller, self.hand_in, self.tasks, self.lang = controller, hand_in, tasks, lang
        self.setObjectName("exportPage")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        self.heading = QLabel(textFormat=Qt.TextFormat.RichText)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("exportStatus")
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.reviewRequested.emit)
        self.key_note = QLabel(wordWrap=True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("passphraseRepeat")
        self.form = QFormLayout()
        self.passphrase_label, self.repeat_label = QLabel(), QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.form.addRow(self.repeat_label, self.repeat)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._export)
        self.report_button = QPushButton()
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self._report)
        self.progress = QProgressBar()
        self.progress.hide()
        self.result = QLabel(wordWrap=True)
        self.result.setObjectName("exportResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading  # wrapped labels take the full width
        column.addWidget(self.heading)
        column.addWidget(self.status)
        column.addWidget(self.review_button, 0, button)
        column.addSpacing(12)
        column.addWidget(self.key_note)
        column.addLayout(self.form)
        column.addWidget(self.export_button, 0, button)
        column.addWidget(self.report_button, 0, button)
        column.addWidget(self.progress)
        column.addWidget(self.result)
        column.addStretch(1)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(lambda _t: self.refresh())
        controller.stateChanged.connect(self.refresh)
        controller.statusChanged.connect(lambda _s: self.refresh())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Hand in") + "</h2>")
        self.review_button.setText(self.tr("Go to the review"))
        self.passphrase_label.setText(self.tr("&Passphrase of the signing key:"))
        self.repeat_label.setText(self.tr("&Repeat the passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.export_button.setText(self.tr("Create the response package…"))
        self.report_button.setText(self.tr("Save the PDF report…"))
        self.refresh()

    def _first_key(self) -> bool:
        return self.hand_in is not None and not self.hand_in.key_exists()

    def refresh(self) -> None:
        c = self.controller
        missing = c.progress.required_missing if c.progress is not None else 0
        errors = sum(1 for i in c.issues if i.severity == "error" and i.kind != "required")
        lines = []
        if c.status != "final":
            lines.append(self.tr("The assessment is a draft. Mark it as final on the review page before handing in."))
        if missing:
            lines.append(self.tr("%n required question(s) still unanswered.", "", missing))
        if errors:
            lines.append(self.tr("%n answer(s) have errors to correct.", "", errors))
        if c.status == "final":
            lines.append(self.tr("The assessment is complete. Create the response package and send it as agreed."))
        self.status.setText("\n\n".join(lines))
        self.review_button.setVisible(c.status != "final")
        available = self.hand_in is not None
        first = self._first_key()
        fingerprint = self.hand_in.fingerprint() if self.hand_in is not None and not first else None
        if first:
            self.key_note.setText(
                self.tr(
                    "The first package creates this computer's signing key. Choose a passphrase of at least "
                    "%1 characters and keep it safe: it is asked for every package."
                ).replace("%1", str(MIN_PASSPHRASE))
            )
        else:
            self.key_note.setText(
                self.tr("This computer's signing key: %1").replace("%1", left_to_right(fingerprint or ""))
            )
        self.key_note.setVisible(available)
        for widget in (self.passphrase, self.passphrase_label):
            widget.setVisible(available)
        for widget in (self.repeat, self.repeat_label):
            widget.setVisible(available and first)
        typed = self.passphrase.text()
        ready = len(typed) >= MIN_PASSPHRASE and (not first or self.repeat.text() == typed)
        self.export_button.setVisible(available)
        self.export_button.setEnabled(available and c.status == "final" and ready)
        self.report_button.setVisible(available)

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return Path(path) if path else None

    def _export(self) -> None:
        if self.hand_in is None:
            return
        summary = self.controller.summary
        name = f"{summary.country}-{summary.cycle or 'cycle'}.omnibus"
        path = self._ask_path(self.tr("Save the response package"), name, self.tr("Response packages (*.omnibus)"))
        if path is None:
            return
        hand_in, service, assessment_id = self.hand_in, self.controller.service, self.controller.id
        passphrase, lang = self.passphrase.text(), self.lang
        self._run(lambda report: hand_in.export(service, assessment_id, path, passphrase, lang, report), self._exported)

    def _report(self) -> None:
        if self.hand_in is None:
            return
        summary = self.controller.summary
        path = self._ask_path(self.tr("Save the PDF report"), f"{summary.country}.pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        hand_in, service, assessment_id, lang = self.hand_in, self.controller.service, self.controller.id, self.lang
        self._run(lambda report: hand_in.report(service, assessment_id, path, lang, report), self._reported)

    def _run(self, work: Any, done: Any) -> None:
        self.export_button.setEnabled(False)
        self.report_button.setEnabled(False)
        self.result.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.tasks.run(work, done, self._failed, self._progress)

    def _progress(self, done: int, total: int, _what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self, message: str) -> None:
        self.progress.hide()
        self.report_button.setEnabled(True)
        self.result.setText(message)
        self.refresh()

    def _exported(self, result: Any) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self._finish(
            self.tr("Saved: %1").replace("%1", left_to_right(str(result.path)))
            + "\n\n"
            + self.tr(
                "Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel "
                "(letter, telephone or in person), so that it can tell the package comes from you."
            ).replace("%1", left_to_right(self.hand_in.fingerprint() or "" if self.hand_in else ""))
        )
        self.exported.emit(result)

    def _reported(self, path: object) -> None:
        self._finish(self.tr("Saved: %1").replace("%1", left_to_right(str(path))))

    def _failed(self, error: BaseException) -> None:
        self._finish(self.tr("The package could not be created: %1").replace("%1", isolated(str(error))))
