"""The Secretariat's receipt in the respondent's words: the sentence shown with an assessment, and why one was
refused. One place, so the start screen, the assessment's band and the import say the same thing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from omnibus.ui.bidi import isolated
from omnibus.ui.i18n import when


def receipt_sentence(decision: str, received: datetime, reason: str) -> str:
    """`Received by the Secretariat on 31 March 2026, 11:30, accepted.` (the Secretariat's reason isolated)."""
    if decision == "accepted":
        text = QCoreApplication.translate("ReceiptText", "Received by the Secretariat on %1, accepted.")
    elif decision == "pending":
        text = QCoreApplication.translate(
            "ReceiptText",
            "Received by the Secretariat on %1, pending: the Secretariat has still to confirm your signing key.",
        )
    else:
        text = QCoreApplication.translate("ReceiptText", "Received by the Secretariat on %1, refused: %2")
        text = text.replace("%2", isolated(reason))
    return text.replace("%1", when(received))


def refusal_sentence(kind: str) -> str:
    """Why a receipt was not stored (nothing was): the export layer's and the service's `kind`."""
    if kind == "altered":
        return QCoreApplication.translate(
            "ReceiptText", "This receipt has been altered since the Secretariat signed it."
        )
    if kind == "other-key":
        return QCoreApplication.translate(
            "ReceiptText", "This receipt is not signed with the Secretariat's key that came with omnibus."
        )
    if kind == "no-key":
        return QCoreApplication.translate(
            "ReceiptText",
            "This installation has no Secretariat key to check receipts with. It comes with the installer; "
            "ask whoever installed omnibus.",
        )
    if kind == "not-exported":
        return QCoreApplication.translate(
            "ReceiptText", "This receipt is for a package that was not made on this computer."
        )
    if kind == "other-assessment":
        return QCoreApplication.translate("ReceiptText", "This receipt is for a package of another assessment.")
    if kind == "mismatch":
        return QCoreApplication.translate(
            "ReceiptText", "This receipt names another country or assessment than the package it is for."
        )
    return QCoreApplication.translate(
        "ReceiptText", "This file is not a receipt from the Secretariat, or it is damaged."
    )
