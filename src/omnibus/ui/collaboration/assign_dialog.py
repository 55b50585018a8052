"""Assign to institutions…: for each institution, its name and contact person, the sections or single items it
answers, an optional deadline and a note; each "Write assignment file" records the assignment with the service and
writes its signed file. The dialog stays open for the next institution; the files written are listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omnibus.ui.bidi import isolated
from omnibus.ui.collaboration.refusal_text import working_together_words
from omnibus.ui.collaboration.writable_folder import writable
from omnibus.ui.hand_in import MIN_PASSPHRASE, HandIn
from omnibus.ui.paragraph_edit import ParagraphEdit

SECTION, ITEM = 0, 1


class AssignDialog(QDialog):
    def __init__(
        self,
        service: Any,
        assessment_id: str,
        questionnaire: Any,
        lang: str,
        hand_in: HandIn,
        *,
        database: Path,
        read_only: bool = False,
    ) -> None:
        """`database` is the file the service writes (`read_only` when it was opened on read-only media): a storage
        error names it in the official's language."""
        super().__init__()
        self.setObjectName("assignDialog")
        self.service, self.assessment_id, self.hand_in = service, assessment_id, hand_in
        self.database, self.read_only = database, read_only
        self.questionnaire, self.lang = questionnaire, lang
        self.written: list[Path] = []
        self.institution = QLineEdit()
        self.contact = QLineEdit()
        self.parts = QTreeWidget()
        self.parts.setHeaderHidden(True)
        for _module, section in questionnaire.sections():
            node = QTreeWidgetItem([questionnaire.text(section.title, lang)])
            node.setData(0, Qt.ItemDataRole.UserRole, (SECTION, section.id))
            node.setFlags(node.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            node.setCheckState(0, Qt.CheckState.Unchecked)
            for item in section.items:
                child = QTreeWidgetItem([questionnaire.text(item.label, lang)])
                child.setData(0, Qt.ItemDataRole.UserRole, (ITEM, item.id))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                node.addChild(child)
            self.parts.addTopLevelItem(node)
        self.has_deadline = QCheckBox()
        self.deadline = QDateEdit(QDate.currentDate().addDays(30))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        self.note = ParagraphEdit()
        self.note.setMaximumHeight(70)
        self.folder = QLineEdit(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        self.form.addRow(self.labels[0], self.institution)
        self.form.addRow(self.labels[1], self.contact)
        self.form.addRow(self.labels[2], deadline_row)
        self.form.addRow(self.labels[3], self.note)
        self.form.addRow(self.labels[4], folder_row)
        self.form.addRow(self.labels[5], self.passphrase)
        self.problem = QLabel(wordWrap=True)
        self.problem.setObjectName("formProblem")
        self.written_list = QListWidget()
        self.written_list.setMaximumHeight(80)
        self.write_button = QPushButton()
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.parts_label = QLabel(wordWrap=True)
        self.written_label = QLabel()
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.parts_label)
        column.addWidget(self.parts, 1)
        column.addWidget(self.problem)
        column.addWidget(self.written_label)
        column.addWidget(self.written_list)
        column.addWidget(buttons)
        self.resize(760, 640)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assign to institutions"))
        labels = (
            self.tr("Institution:"),
            self.tr("Contact person:"),
            self.tr("Deadline:"),
            self.tr("Note:"),
            self.tr("Write into:"),
            self.tr("Passphrase of your signing key:"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.has_deadline.setText(self.tr("Answer by"))
        self.browse.setText(self.tr("Choose…"))
        self.parts_label.setText(self.tr("Sections or single questions this institution answers:"))
        self.written_label.setText(self.tr("Assignment files written:"))
        self.write_button.setText(self.tr("Write assignment file"))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write assignment files into"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def sections(self) -> list[QTreeWidgetItem]:
        rows = (self.parts.topLevelItem(n) for n in range(self.parts.topLevelItemCount()))
        return [row for row in rows if row is not None]

    def chosen(self) -> tuple[list[str], list[str]]:
        """Whole sections ticked, and the single items ticked in sections not wholly ticked."""
        sections: list[str] = []
        items: list[str] = []
        for node in self.sections():
            _kind, section_id = node.data(0, Qt.ItemDataRole.UserRole)
            if node.checkState(0) == Qt.CheckState.Checked:
                sections.append(section_id)
                continue
            for c in range(node.childCount()):
                child = node.child(c)
                if child is not None and child.checkState(0) == Qt.CheckState.Checked:
                    items.append(child.data(0, Qt.ItemDataRole.UserRole)[1])
        return sections, items

    def _refuse(self, text: str, field: QWidget) -> None:
        """Say what is wrong and put the keyboard where it is corrected (a passphrase selected, to retype)."""
        self.problem.setText(text)
        self.problem.show()
        if isinstance(field, QLineEdit):
            field.selectAll()
        field.setFocus()

    def _not_written(self, error: BaseException) -> str:
        """Why the file was not written, in the official's language; the core's words, which name the detail (a
        file, a key, the database), stay in the tooltip for whoever helps."""
        why = working_together_words(error, self.database, read_only=self.read_only)
        self.problem.setToolTip(str(error))
        return self.tr("The assignment file was not written: %1").replace("%1", why)

    def write(self) -> Path | None:
        """Record the assignment and write its signed file; the form is then ready for the next institution."""
        from omnibus.export.errors import KeyStoreError, PackageError, WrongPassphraseError
        from omnibus.ui.collaboration.signing import unlock, write_assignment
        from omnibus.ui.ports import ServiceError, StorageError

        self.problem.setToolTip("")  # the core's words of an earlier refusal
        institution = self.institution.text().strip()
        sections, items = self.chosen()
        if not institution:
            self._refuse(self.tr("Write the institution's name."), self.institution)
            return None
        if not sections and not items:
            self._refuse(self.tr("Tick at least one section or question."), self.parts)
            return None
        if len(self.passphrase.text()) < MIN_PASSPHRASE:
            self._refuse(self.tr("Type your signing key's passphrase (at least 8 characters)."), self.passphrase)
            return None
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not writable(folder):
            text = self.tr("The folder %1 cannot be made or written to: choose another. Nothing was recorded.")
            self._refuse(text.replace("%1", isolated(str(folder))), self.folder)
            return None
        deadline = self.deadline.date().toPython() if self.has_deadline.isChecked() else None
        try:
            signer = unlock(self.hand_in, self.passphrase.text())
        except WrongPassphraseError:
            self._refuse(
                self.tr("The passphrase does not open your signing key. Nothing was recorded."), self.passphrase
            )
            return None
        except KeyStoreError as exc:
            self._refuse(self._not_written(exc), self.passphrase)
            return None
        try:
            assignment = self.service.assign(
                self.assessment_id,
                institution,
                contact=self.contact.text().strip(),
                sections=sections,
                items=items,
                deadline=deadline,
                note=self.note.toPlainText().strip(),
            )
            path = write_assignment(signer, self.service, assignment, folder)
        except (ServiceError, StorageError, PackageError, OSError) as exc:
            self._refuse(self._not_written(exc), self.folder)
            return None
        self.problem.hide()
        self.written.append(path)
        self.written_list.addItem(f"{institution} — {path.name}")
        self.institution.clear()
        self.contact.clear()
        for node in self.sections():
            node.setCheckState(0, Qt.CheckState.Unchecked)
        self.institution.setFocus()  # ready for the next institution
        return path
