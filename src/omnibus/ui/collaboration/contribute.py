"""On an institution's laptop: write the next round of the contribution for the focal point, signed with this
computer's key. Each round carries everything answered so far; the focal point's omnibus takes the newest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from omnibus.ui import folders
from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.collaboration.refusal_text import working_together_words
from omnibus.ui.collaboration.writable_folder import writable
from omnibus.ui.hand_in import HandIn


def write_contribution_file(
    parent: QWidget, service: Any, assessment_id: str, hand_in: HandIn, *, database: Path, read_only: bool = False
) -> Path | None:
    """Ask for the passphrase and the folder, then write the round; `database` is the file the service writes
    (`read_only` when it was opened on read-only media), which a storage error names."""
    from omnibus.export.errors import KeyStoreError, PackageError
    from omnibus.ui.collaboration.signing import write_contribution
    from omnibus.ui.ports import ServiceError, StorageError

    title = QCoreApplication.translate("Contribute", "Write contribution")
    if service.assignment_copy(assessment_id) is None:
        text = QCoreApplication.translate(
            "Contribute", "This assessment does not answer an assignment: there is no focal point to send it to."
        )
        QMessageBox.information(parent, title, text)
        return None
    label = QCoreApplication.translate("Contribute", "Passphrase of your signing key:")
    passphrase, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    if not accepted:
        return None
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Contribute", "Write the contribution into"), folders.suggested()
    )
    if not folder:
        return None
    if not writable(Path(folder)):  # before the round is counted: a round without its file would be skipped
        text = QCoreApplication.translate(
            "Contribute", "The folder %1 cannot be made or written to: choose another. Nothing was written."
        )
        QMessageBox.warning(parent, title, text.replace("%1", isolated(folder)))
        return None
    try:
        path = write_contribution(hand_in, service, assessment_id, Path(folder), passphrase)
    except (ServiceError, StorageError, PackageError, KeyStoreError, OSError) as exc:
        text = QCoreApplication.translate("Contribute", "The contribution was not written: %1")
        why = working_together_words(exc, database, read_only=read_only)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text.replace("%1", why), parent=parent)
        box.setObjectName("contributionNotWritten")
        box.setDetailedText(str(exc))  # the core's words, for whoever helps
        box.exec()
        return None
    text = QCoreApplication.translate(
        "Contribute",
        "Written: %1\n\nSend it to the focal point. Before the first one, read them your key's fingerprint by "
        "telephone or in person:\n%2",
    )
    fingerprint = hand_in.fingerprint() or ""
    QMessageBox.information(
        parent, title, text.replace("%1", left_to_right(path.name)).replace("%2", left_to_right(fingerprint))
    )
    return path
