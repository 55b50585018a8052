"""A band at the top of the assessment saying what the Secretariat did with the package handed in last."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel

from omnibus.ui.receipt_text import receipt_sentence


class ReceiptBand(QLabel):
    """Hidden until a receipt is stored; coloured by the decision (see `style.py`)."""

    def __init__(self) -> None:
        super().__init__(wordWrap=True)
        self.setObjectName("receiptBand")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt: Any = None
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_receipt(self, receipt: Any) -> None:
        """The latest receipt (a `StoredReceipt`), or None to hide the band."""
        self.receipt = receipt
        self.setProperty("decision", receipt.decision if receipt is not None else "")
        self.style().unpolish(self)
        self.style().polish(self)
        self.retranslate()
        self.setVisible(receipt is not None)

    def retranslate(self) -> None:
        r = self.receipt
        self.setText("" if r is None else receipt_sentence(r.decision, r.received, r.reason))
        self.setAccessibleName(self.text())
