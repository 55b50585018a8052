"""File › Import a receipt from the Secretariat…: choose the file, verify and store it, say what it says.

The receipt is checked against the Secretariat's key this installation carries (the data folder's file, else the
installer's) and stored only for a package made on this computer; when an assessment is open, only for one of
its packages, so a receipt opened by mistake for another assessment is refused rather than filed elsewhere.
A receipt is a few kilobytes: it is read and checked on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from omnibus.ui import folders
from omnibus.ui.bidi import isolated
from omnibus.ui.receipt_text import receipt_sentence, refusal_sentence

RECEIPT_PATTERN = "*.omnibus-receipt"


class ReceiptImport(QObject):
    """Imports receipts into the service it is given; `imported` carries the stored receipt."""

    imported = Signal(object)

    def __init__(self, data_home: Path, parent: QWidget) -> None:
        super().__init__(parent)
        self.data_home = data_home
        self.window = parent

    def choose(self, service: Any, expected_assessment: str | None) -> None:
        kinds = self.tr("Receipts from the Secretariat (%1)").replace("%1", RECEIPT_PATTERN)
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a receipt from the Secretariat"), folders.suggested(), kinds
        )
        if path:
            folders.used(path)
            self.import_file(service, Path(path), expected_assessment)

    def import_file(self, service: Any, path: Path, expected_assessment: str | None) -> Any:
        """Verify and store the receipt at `path`; the outcome is shown in a message box, and returned."""
        from omnibus.export.receipt import ReceiptError
        from omnibus.export.receipt_import import import_receipt, read_receipt_file
        from omnibus.model.service import ReceiptRefused

        try:
            outcome = import_receipt(
                service, read_receipt_file(path), self.data_home, expected_assessment=expected_assessment
            )
        except (ReceiptError, ReceiptRefused) as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Receipt not imported"), "", parent=self.window)
            box.setText(refusal_sentence(exc.kind) + "\n\n" + self.tr("Nothing was stored."))
            box.setDetailedText(str(exc))
            box.exec()
            return None
        r = outcome.receipt
        text = receipt_sentence(r.decision, r.received, r.reason)
        if not outcome.changed:
            text += "\n\n" + self.tr("This receipt, or a newer one for the same package, was already stored.")
        note = self.tr("Package %1").replace("%1", isolated(r.file_name))
        QMessageBox.information(self.window, self.tr("Receipt imported"), f"{text}\n\n{note}")
        self.imported.emit(r)
        return outcome
