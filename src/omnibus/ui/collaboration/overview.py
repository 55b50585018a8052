"""The review page's overview per institution: assigned, answered by it and by others (the focal point, another
institution), carried forward and still to be confirmed, needing attention, signed off, deadline and overdue; "Send
a reminder" writes a fresh assignment of what the chosen institution has still not answered. Beside it, the ways
into the conflict view and the sign-off of a section."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from omnibus.model.dates import format_date
from omnibus.ui import folders
from omnibus.ui.bidi import isolated
from omnibus.ui.collaboration.refusal_text import working_together_words
from omnibus.ui.collaboration.writable_folder import writable
from omnibus.ui.hand_in import HandIn
from omnibus.ui.i18n import interface_language


class InstitutionsOverview(QGroupBox):
    conflictsRequested = Signal()
    signOffRequested = Signal()

    def __init__(
        self, service: Any, assessment_id: str, hand_in: HandIn | None, *, database: Path, read_only: bool = False
    ) -> None:
        """`database` is the file the service writes (`read_only` when it was opened on read-only media): a storage
        error names it in the focal point's language."""
        super().__init__()
        self.setObjectName("institutionsOverview")
        self.service, self.assessment_id, self.hand_in = service, assessment_id, hand_in
        self.database, self.read_only = database, read_only
        self.rows: list[Any] = []
        self.open_conflicts = 0
        self.table = QTableWidget(0, 9)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)  # as tall as its rows
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.none = QLabel(wordWrap=True)
        self.remind = QPushButton()
        self.remind.clicked.connect(self.send_reminder)
        self.conflicts = QPushButton()
        self.conflicts.clicked.connect(self.conflictsRequested.emit)
        self.sign_off = QPushButton()
        self.sign_off.clicked.connect(self.signOffRequested.emit)
        self.said = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        for button in (self.remind, self.conflicts, self.sign_off):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.none)
        column.addWidget(self.table)
        column.addLayout(buttons)
        column.addWidget(self.said)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Institutions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Institution"),
                self.tr("Assigned"),
                self.tr("Answered"),
                self.tr("Answered by others"),
                self.tr("To confirm"),
                self.tr("Needing attention"),
                self.tr("Signed off"),
                self.tr("Deadline"),
                self.tr("Overdue"),
            ]
        )
        to_confirm = self.table.horizontalHeaderItem(4)
        if to_confirm is not None:  # set just above
            to_confirm.setToolTip(
                self.tr(
                    "Answers carried forward from the previous cycle that nobody has confirmed yet: neither the "
                    "institution's answers nor anyone else's for this cycle."
                )
            )
        self.none.setText(self.tr("No part of this assessment is assigned to an institution yet."))
        self.remind.setText(self.tr("Send a reminder…"))
        self.sign_off.setText(self.tr("Sign off a section…"))
        self._fill()

    def refresh(self) -> None:
        """Read the overview and the open conflicts again from the service."""
        self.rows = self.service.institution_overview(self.assessment_id)
        self.open_conflicts = len(self.service.conflicts(self.assessment_id))
        self._fill()

    def _fill(self) -> None:
        """Show what was read last, in the interface's language."""
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            cells = (
                row.institution.name,
                str(row.assigned),
                str(row.answered),
                str(row.answered_by_others),
                str(row.to_confirm),
                str(row.needing_attention),
                str(len(row.signed_off)),
                format_date(row.deadline, interface_language()) if row.deadline else "—",
                self.tr("Yes") if row.overdue else self.tr("No"),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(n, column, cell)
        self.table.setVisible(bool(self.rows))
        self.none.setVisible(not self.rows)
        self.remind.setEnabled(bool(self.rows) and self.hand_in is not None)
        self.conflicts.setText(self.tr("Conflicts (%1)…").replace("%1", str(self.open_conflicts)))
        self.conflicts.setEnabled(self.open_conflicts > 0)

    def send_reminder(self) -> Path | None:
        """A fresh assignment of what the chosen institution has still not answered, signed and written."""
        from omnibus.export.errors import KeyStoreError, PackageError, WrongPassphraseError
        from omnibus.ui.collaboration.signing import unlock, write_assignment
        from omnibus.ui.ports import ServiceError, StorageError

        self.said.setToolTip("")  # the core's words of an earlier refusal
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows) or self.hand_in is None:
            self.said.setText(self.tr("Choose an institution in the table first."))
            return None
        name = self.rows[row].institution.name
        passphrase, accepted = QInputDialog.getText(
            self, self.tr("Send a reminder"), self.tr("Passphrase of your signing key:"), QLineEdit.EchoMode.Password
        )
        if not accepted:
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the reminder into"), folders.suggested())
        if not folder:
            return None
        if not writable(Path(folder)):
            text = self.tr("The folder %1 cannot be made or written to: choose another. Nothing was recorded.")
            self.said.setText(text.replace("%1", isolated(folder)))
            return None
        try:
            signer = unlock(self.hand_in, passphrase)
        except WrongPassphraseError:
            self.said.setText(self.tr("The passphrase does not open your signing key. Nothing was recorded."))
            return None
        try:
            assignment = self.service.reminder(self.assessment_id, name)
            path = write_assignment(signer, self.service, assignment, Path(folder))
        except (ServiceError, StorageError, PackageError, KeyStoreError, OSError) as exc:
            why = working_together_words(exc, self.database, read_only=self.read_only)
            self.said.setText(self.tr("No reminder was written: %1").replace("%1", why))
            self.said.setToolTip(str(exc))  # the core's words, for whoever helps
            return None
        self.said.setText(
            self.tr("Reminder for %1 written: %n question(s) still to answer.", "", len(assignment.items)).replace(
                "%1", isolated(name)
            )
        )
        self.refresh()
        return path
