"""When the database is damaged or gone: what happened, its backups, and a button that restores the newest.

Shown where opening a database fails (at start and when another file is chosen). The restore itself is the
core's (`model.store.restore`): the replaced file is kept beside it, nothing of the respondent's is deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeGuard

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from omnibus.model.store import DatabaseDamaged, DatabaseGone, StorageError
from omnibus.ui.path_text import readable_path


def offers_restore(error: BaseException) -> TypeGuard[DatabaseDamaged | DatabaseGone]:
    """Whether `error` is one a backup can mend (a damaged or lost database with at least one backup)."""
    return isinstance(error, DatabaseDamaged | DatabaseGone) and bool(error.backups)


class RestoreOffer(QMessageBox):
    """The message box; `restored` is emitted once the newest backup is back in place."""

    restored = Signal()

    def __init__(self, parent: QWidget, error: DatabaseDamaged | DatabaseGone) -> None:
        super().__init__(parent)
        self.setObjectName("restoreOffer")
        self.setIcon(QMessageBox.Icon.Warning)
        self.database: Path = error.database
        self.backups = list(error.backups)
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.setText(self._headline(error))
        self.setDetailedText(str(error))  # the core's words and the command that restores, for whoever helps
        names = "\n".join(path.name for path in reversed(self.backups))
        self.setInformativeText(self.tr("Backups, newest first:\n%1").replace("%1", names))
        self.restore_button = self.addButton(self.tr("Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.restore_button)
        self.buttonClicked.connect(self._clicked)

    def _headline(self, error: DatabaseDamaged | DatabaseGone) -> str:
        """What happened, in the interface language, the database's path readable however long."""
        if isinstance(error, DatabaseGone):
            text = self.tr(
                "The database %1 is gone: omnibus used a database there, and the file was deleted or moved. Nothing "
                "was created in its place."
            )
        else:
            text = self.tr("The database %1 is damaged: omnibus cannot read all of it, so nothing more can be saved.")
        return text.replace("%1", readable_path(error.database))

    def _clicked(self, button: QAbstractButton) -> None:
        if button is not self.restore_button:
            return
        from omnibus.model.store.restore import restore_backup

        try:
            restore_backup(self.backups[-1], self.database)
        except StorageError as exc:
            from omnibus.ui.storage_text import storage_text

            why = storage_text(exc, self.database)
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("The backup was not restored"), "", parent=self.parentWidget()
            )
            box.setText(why[:1].upper() + why[1:].rstrip(".") + ".")
            box.setDetailedText(str(exc))  # the core's words, for whoever helps
            box.setObjectName("backupNotRestored")
            box.exec()
            return
        self.restored.emit()


def offer_restore(parent: QWidget, error: BaseException, then: Callable[[], object]) -> None:
    """A damaged or lost database with backups: offer to restore the newest, then `then` (open it again)."""
    if not offers_restore(error):
        return
    offer = RestoreOffer(parent, error)
    offer.restored.connect(then)
    offer.open()
