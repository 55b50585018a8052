"""Handing in: what is still missing, the signing key's passphrase, the signed package and the PDF report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.export.errors import WrongPassphraseError
from omnibus.ui import folders
from omnibus.ui.assessment.controller import AssessmentController
from omnibus.ui.hand_in import MIN_PASSPHRASE, HandIn, default_file_name
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
        self.show_passphrase = QCheckBox()
        self.show_passphrase.setObjectName("showPassphrase")
        self.show_passphrase.toggled.connect(self._show_passphrase)
        self.form.addRow("", self.show_passphrase)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._export)
        self.reason = QLabel(wordWrap=True)
        self.reason.setObjectName("hint")
        self.forgotten = QLabel(wordWrap=True)
        self.forgotten.setObjectName("hint")
        self.new_key_button = QPushButton()
        self.new_key_button.setObjectName("newKeyButton")
        self.new_key_button.clicked.connect(self._ask_new_key)
        self.confirmation: QMessageBox | None = None
        self.replacing_key = False  # the respondent chose to sign with a new key (a forgotten passphrase)
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
        column.addWidget(self.reason)
        column.addWidget(self.report_button, 0, button)
        column.addWidget(self.progress)
        column.addWidget(self.result)
        column.addSpacing(12)
        column.addWidget(self.forgotten)
        column.addWidget(self.new_key_button, 0, button)
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
        self.show_passphrase.setText(self.tr("Show the passphrase"))
        self.export_button.setText(self.tr("Create the response package…"))
        self.report_button.setText(self.tr("Save the PDF report…"))
        self.forgotten.setText(
            self.tr(
                "Forgotten the passphrase? Nobody can recover it, not even the Secretariat. Create a new signing "
                "key instead: the next package is signed with it, and you must tell the Secretariat its new "
                "fingerprint by an official channel (letter, telephone or in person), or it cannot trust the "
                "package."
            )
        )
        self.new_key_button.setText(self.tr("Create a new signing key…"))
        self.refresh()

    def _first_key(self) -> bool:
        """A passphrase is being chosen (asked twice): the first key of this computer, or a replacement."""
        return self.hand_in is not None and (self.replacing_key or not self.hand_in.key_exists())

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(mode)

    def _summary_text(self) -> str:
        """What is true of the assessment: final or not, the share answered, and what is missing."""
        c = self.controller
        missing = c.progress.required_missing if c.progress is not None else 0
        errors = sum(1 for i in c.issues if i.severity == "error" and i.kind != "required")
        lines = []
        if c.status != "final":
            lines.append(self.tr("The assessment is a draft. Mark it as final on the review page before handing in."))
        else:
            lines.append(self.tr("The assessment is final."))
        if c.progress is not None:
            p = c.progress
            text = self.tr("%1 of %2 questions answered (%3 %).").replace("%1", str(p.answered))
            text = text.replace("%2", str(p.relevant)).replace("%3", str(p.percent))
            unanswered = p.relevant - p.answered
            if unanswered and missing:
                more = self.tr("%n question(s) still unanswered, %1 of them required.", "", unanswered)
                text += " " + more.replace("%1", str(missing))
            elif unanswered:
                text += " " + self.tr("%n question(s) still unanswered, none of them required.", "", unanswered)
            lines.append(text)
        if errors:
            lines.append(self.tr("%n answer(s) have errors to correct.", "", errors))
        if c.status == "final":
            lines.append(self.tr("Create the response package and send it as agreed."))
        return "\n\n".join(lines)

    def _disabled_reason(self) -> str:
        """Why the package cannot be created yet, for the line under the greyed button ("" when it can)."""
        if self.controller.status != "final":
            return self.tr("The package can be created once the assessment is marked as final on the review page.")
        typed = self.passphrase.text()
        if len(typed) < MIN_PASSPHRASE:
            return self.tr("Type the passphrase of the signing key (at least %1 characters).").replace(
                "%1", str(MIN_PASSPHRASE)
            )
        if self._first_key() and self.repeat.text() != typed:
            return self.tr("Type the same passphrase again in the second field.")
        return ""

    def refresh(self) -> None:
        c = self.controller
        self.status.setText(self._summary_text())
        self.review_button.setVisible(c.status != "final")
        available = self.hand_in is not None
        first = self._first_key()
        fingerprint = self.hand_in.fingerprint() if self.hand_in is not None and not first else None
        if self.replacing_key:
            self.key_note.setText(
                self.tr(
                    "The next package creates a new signing key in place of %1. Choose a new passphrase of at "
                    "least %2 characters and keep it safe."
                )
                .replace("%1", self.hand_in.fingerprint() or "" if self.hand_in else "")
                .replace("%2", str(MIN_PASSPHRASE))
            )
        elif first:
            self.key_note.setText(
                self.tr(
                    "The first package creates this computer's signing key. Choose a passphrase of at least "
                    "%1 characters and keep it safe: it is asked for every package."
                ).replace("%1", str(MIN_PASSPHRASE))
            )
        else:
            self.key_note.setText(self.tr("This computer's signing key: %1").replace("%1", fingerprint or ""))
        self.key_note.setVisible(available)
        for widget in (self.passphrase, self.passphrase_label):
            widget.setVisible(available)
        for widget in (self.repeat, self.repeat_label):
            widget.setVisible(available and first)
        self.show_passphrase.setVisible(available)
        reason = self._disabled_reason()
        self.export_button.setVisible(available)
        self.export_button.setEnabled(available and not reason)
        self.reason.setText(reason)
        self.reason.setVisible(available and bool(reason))
        self.report_button.setVisible(available)
        has_key = available and self.hand_in is not None and self.hand_in.key_exists()
        self.forgotten.setVisible(has_key and not self.replacing_key)
        self.new_key_button.setVisible(has_key and not self.replacing_key)

    def _ask_new_key(self) -> None:
        """A forgotten passphrase: after a warning, the next package is signed with a new key."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Create a new signing key"),
                          self.tr("The present signing key will be replaced by a new one when the next package is "
                                  "created. Packages signed with the new key are trusted only once the Secretariat "
                                  "has its fingerprint: send it by an official channel."),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("confirmNewKey")
        replace = box.addButton(self.tr("Use a new key"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._new_key_chosen(box, box.clickedButton() is replace))
        self.confirmation = box
        box.open()

    def _new_key_chosen(self, box: QMessageBox, accepted: bool) -> None:
        box.deleteLater()
        self.confirmation = None
        if accepted:
            self.replacing_key = True
            self.passphrase.clear()
            self.repeat.clear()
            self.refresh()
            self.passphrase.setFocus()

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, folders.suggested(name), pattern)
        if not path:
            return None
        folders.used(path)
        return Path(path)

    def _file_name(self, suffix: str) -> str:
        s = self.controller.summary
        return default_file_name(s.country, s.questionnaire_id, s.cycle, s.training, suffix)

    def _export(self) -> None:
        if self.hand_in is None:
            return
        name = self._file_name(".omnibus")
        path = self._ask_path(self.tr("Save the response package"), name, self.tr("Response packages (*.omnibus)"))
        if path is None:
            return
        hand_in, service, assessment_id = self.hand_in, self.controller.service, self.controller.id
        passphrase, lang, new_key = self.passphrase.text(), self.lang, self.replacing_key
        self._run(
            lambda report: hand_in.export(service, assessment_id, path, passphrase, lang, report, new_key=new_key),
            self._exported,
        )

    def _report(self) -> None:
        if self.hand_in is None:
            return
        path = self._ask_path(self.tr("Save the PDF report"), self._file_name(".pdf"), self.tr("PDF files (*.pdf)"))
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
        self.replacing_key = False
        self.passphrase.clear()
        self.repeat.clear()
        self._finish(
            self.tr("Saved: %1").replace("%1", str(result.path))
            + "\n\n"
            + self.tr(
                "Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel "
                "(letter, telephone or in person), so that it can tell the package comes from you."
            ).replace("%1", self.hand_in.fingerprint() or "" if self.hand_in else "")
        )
        self.exported.emit(result)

    def _reported(self, path: object) -> None:
        self._finish(self.tr("Saved: %1").replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphraseError):
            why = self.tr(
                "the passphrase does not open this computer's signing key. Check the keyboard language and Caps "
                "Lock (“Show the passphrase” lets you see what you typed), then try again."
            )
        else:
            why = str(error)
        self._finish(self.tr("The package could not be created: %1").replace("%1", why))
