"""Handing in: what is still missing, the signing key's passphrase, the signed package and the PDF report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.export.errors import WrongPassphraseError
from omnibus.ui import folders
from omnibus.ui.assessment.controller import AssessmentController
from omnibus.ui.assessment.signing_key import SigningKeyForm
from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.file_problem import file_problem
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.hand_in import HandIn, default_file_name
from omnibus.ui.path_buttons import PathButtons
from omnibus.ui.path_text import readable_path
from omnibus.ui.ports import StorageError
from omnibus.ui.storage_text import storage_text
from omnibus.ui.tasks import TaskProgress, TaskRunner


class ExportPage(FollowsLanguage, QWidget):
    reviewRequested = Signal()
    exported = Signal(object)  # the export's result

    def __init__(self, controller: AssessmentController, hand_in: HandIn | None, tasks: TaskRunner, lang: str) -> None:
        super().__init__()
        self.controller, self.hand_in, self.tasks, self.lang = controller, hand_in, tasks, lang
        self._focus_after: QWidget | None = None
        self.setObjectName("exportPage")
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        self.heading = QLabel(textFormat=Qt.TextFormat.RichText)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("exportStatus")
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.reviewRequested.emit)
        self.key = SigningKeyForm(hand_in) if hand_in is not None else None
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._export)
        self.reason = QLabel(wordWrap=True)
        self.reason.setObjectName("hint")
        self.report_button = QPushButton()
        self.report_button.setObjectName("reportButton")
        self.report_button.clicked.connect(self._report)
        self.progress = QProgressBar()
        self.progress.hide()
        self.result = QLabel(wordWrap=True)
        self.result.setObjectName("exportResult")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_file = PathButtons()  # the package or report just saved: its folder, its path
        button = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading  # wrapped labels take the full width
        column.addWidget(self.heading)
        column.addWidget(self.status)
        column.addWidget(self.review_button, 0, button)
        column.addSpacing(12)
        if self.key is not None:
            column.addWidget(self.key)
            column.addWidget(self.export_button, 0, button)
            column.addWidget(self.reason)
            column.addWidget(self.report_button, 0, button)
            column.addWidget(self.progress)
            column.addWidget(self.result)
            column.addWidget(self.saved_file)
            column.addSpacing(12)
            column.addWidget(self.key.advice)
            self.key.changed.connect(self.refresh)
        else:  # no hand-in on this installation: the page only says where the assessment stands
            for widget in (self.export_button, self.reason, self.report_button, self.progress, self.result):
                widget.hide()
        column.addStretch(1)
        controller.stateChanged.connect(self.refresh)
        controller.statusChanged.connect(lambda _s: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText("<h2>" + self.tr("Hand in") + "</h2>")
        self.review_button.setText(self.tr("Go to the review"))
        self.export_button.setText(self.tr("Create the response package…"))
        self.report_button.setText(self.tr("Save the PDF report…"))
        self.refresh()

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
        return self.key.missing() if self.key is not None else ""

    def refresh(self) -> None:
        self.status.setText(self._summary_text())
        self.review_button.setVisible(self.controller.status != "final")
        if self.key is None:
            return
        reason = self._disabled_reason()
        self.export_button.setEnabled(not reason)
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

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
        assert self.key is not None
        hand_in, service, assessment_id = self.hand_in, self.controller.service, self.controller.id
        passphrase, lang, new_key = self.key.passphrase.text(), self.lang, self.key.replacing
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
        # The buttons are disabled meanwhile, which sends the keyboard elsewhere: it comes back when done.
        self._focus_after = self.window().focusWidget()
        self.export_button.setEnabled(False)
        self.report_button.setEnabled(False)
        self.result.clear()
        self.saved_file.show_path(None)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.tasks.run(work, done, self._failed, self._progress)

    def _progress(self, progress: TaskProgress) -> None:
        self.progress.setRange(0, progress.total)  # a total of 0 shows a busy bar
        self.progress.setValue(progress.done)

    def _finish(self, message: str, focus: QWidget | None = None) -> None:
        self.progress.hide()
        self.report_button.setEnabled(True)
        self.result.setText(message)
        self.refresh()
        focus = focus or self._focus_after
        if focus is not None and self.isAncestorOf(focus):
            (focus if focus.isEnabled() else self.report_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _exported(self, result: Any) -> None:
        if self.key is not None:
            self.key.used()
        self.saved_file.show_path(Path(result.path))
        self._finish(
            self.tr("Saved: %1").replace("%1", readable_path(result.path))
            + "\n\n"
            + self.tr(
                "Signed with the key %1. Confirm this fingerprint to the Secretariat by an official channel "
                "(letter, telephone or in person), so that it can tell the package comes from you."
            ).replace("%1", left_to_right(self.hand_in.fingerprint() or "" if self.hand_in else ""))
        )
        self.exported.emit(result)

    def _reported(self, path: object) -> None:
        self.saved_file.show_path(Path(str(path)))
        self._finish(self.tr("Saved: %1").replace("%1", readable_path(str(path))))

    def _failed(self, error: BaseException) -> None:
        retry: QWidget | None = None
        if isinstance(error, WrongPassphraseError):
            assert self.key is not None
            retry = self.key.passphrase
            retry.selectAll()  # typing the passphrase again replaces it
            why = self.tr(
                "the passphrase does not open this computer's signing key. Check the keyboard language and Caps "
                "Lock (“Show the passphrase” lets you see what you typed), then try again."
            )
        else:
            why = isolated(self._why(error))
        self._finish(self.tr("The package could not be created: %1").replace("%1", why), retry)

    def _why(self, error: BaseException) -> str:
        """A full disk, a folder that cannot be written, the database failing: in the interface language. The
        package's own refusals keep the core's words."""
        if isinstance(error, StorageError):
            return storage_text(error, self.controller.database, read_only=self.controller.read_only)
        if isinstance(error, OSError):
            return file_problem(error)
        return str(error)
