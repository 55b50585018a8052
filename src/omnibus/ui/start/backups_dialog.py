"""Choosing a backup to restore: when each was made and why, newest first.

The respondent thinks "the state of Tuesday afternoon, before I deleted Kenya 2026", so each backup is shown by
its time and the reason it was made, not by its file name. The chosen backup's file is named under the list
(broken only after a folder separator, see `path_text`), whole in the tooltips, for whoever is asked to find it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.dates import format_moment
from omnibus.ui.bidi import isolated
from omnibus.ui.path_text import readable_path

if TYPE_CHECKING:
    from omnibus.ui.ports import Backup


class BackupsDialog(QDialog):
    def __init__(self, found: list[Backup], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang  # the interface language, in which each backup's moment is written
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 380)
        column = QVBoxLayout(self)
        intro = QLabel(wordWrap=True)
        intro.setText(
            self.tr(
                "Choose the backup to go back to. Every assessment in this database is replaced by those in the "
                "backup; the database as it is now is backed up first, so this can be undone."
            )
        )
        column.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for backup in found:
            row = QListWidgetItem(self._text(backup))
            row.setData(Qt.ItemDataRole.UserRole, backup)
            row.setToolTip(str(backup.path))
            self.list.addItem(row)
        self.list.itemDoubleClicked.connect(lambda _row: self.accept())
        column.addWidget(self.list, 1)
        self.where = QLabel(wordWrap=True)
        self.where.setObjectName("backupFile")
        column.addWidget(self.where)
        if found:
            self.list.setCurrentRow(0)
        self.list.currentItemChanged.connect(lambda _row, _previous: self._show_where())
        self._show_where()
        self.none = QLabel(self.tr("There is no backup of this database yet."), wordWrap=True)
        self.none.setObjectName("hint")
        self.none.setVisible(not found)
        column.addWidget(self.none)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def chosen(self) -> Backup | None:
        row = self.list.currentItem()
        if row is None:
            return None
        backup: Backup = row.data(Qt.ItemDataRole.UserRole)
        return backup

    def _show_where(self) -> None:
        chosen = self.chosen()
        text = "" if chosen is None else self.tr("File: %1").replace("%1", readable_path(chosen.path))
        self.where.setText(text)
        self.where.setToolTip("" if chosen is None else str(chosen.path))
        self.where.setVisible(chosen is not None)

    def _text(self, backup: Backup) -> str:
        reasons = {
            "daily": self.tr("the first backup of the day"),
            "before-delete": self.tr("made before an assessment was deleted"),
            "before-restore": self.tr("made before a backup was restored"),
            "before-migration": self.tr("made before omnibus was updated"),
        }
        made = isolated(format_moment(backup.made, self.lang)) if backup.made else "?"
        reason = reasons.get(backup.reason, backup.reason)
        size = self.tr("%1 KiB").replace("%1", str(max(1, backup.size // 1024)))
        return f"{made} — {reason} ({size})"
