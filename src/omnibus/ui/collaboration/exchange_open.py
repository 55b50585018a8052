"""File › Open assignment / contribution…: an assignment opens as the institution's own assessment; a contribution
is verified and merged into the focal point's assessment, after confirming an unknown institution's key.

Reading and verifying is the export layer's (`collaboration_files`), merging the service's (one transaction: all of
it or none). An institution's key is trusted on first use only once the focal point has compared its fingerprint,
read aloud by the institution, with the one shown here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from omnibus.ui import folders
from omnibus.ui.bidi import isolated, left_to_right

if TYPE_CHECKING:
    from omnibus.model.collaboration import UnknownInstitutionKey
    from omnibus.ui.session import DatabaseSession

PATTERNS = "*.omnibus-assignment *.omnibus-contribution"


class ExchangeOpener(QObject):
    """`assessmentOpened(id)`: an assignment became (or was) a local assessment; `merged(id, result)`: a
    contribution was merged (`MergeResult`) into the assessment `id`."""

    assessmentOpened = Signal(str)
    merged = Signal(str, object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def choose(self, session: DatabaseSession) -> None:
        kinds = self.tr("Assignments and contributions (%1)").replace("%1", PATTERNS)
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open an assignment or a contribution"), folders.suggested(), kinds
        )
        if path:
            folders.used(path)
            self.open_file(session, Path(path))

    def open_file(self, session: DatabaseSession, path: Path) -> None:
        """Open an assignment or merge a contribution, by the file's suffix (File menu and double-click alike), into
        the database of `session` (whose file a storage error names)."""
        from omnibus.export.collaboration_files import read_exchange_file
        from omnibus.export.errors import PackageError
        from omnibus.export.exchange import SUFFIXES

        try:
            data = read_exchange_file(path)
            if path.name.lower().endswith(SUFFIXES["assignment"]):
                self._open_assignment(session, data)
            else:
                self._merge(session, data)
        except PackageError as exc:
            self._refused(self.tr("This file cannot be used: it is altered, damaged or not an omnibus file."), exc)

    def _refused(self, text: str, exc: BaseException, reason: str | None = None) -> None:
        """`text` what was not done, `reason` why in the official's words; the core's English in the details."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not opened"), "", parent=self.window)
        why = [reason] if reason else []
        box.setText("\n\n".join([text, *why, self.tr("Nothing was stored.")]))
        box.setDetailedText(str(exc))
        box.exec()

    def _why(self, exc: BaseException, session: DatabaseSession) -> str:
        """A refusal or a storage error, as a sentence in the official's language."""
        from omnibus.ui.collaboration.refusal_text import as_sentence, working_together_words

        return as_sentence(working_together_words(exc, session.path, read_only=session.store.read_only))

    def _open_assignment(self, session: DatabaseSession, data: bytes) -> None:
        from omnibus.export.collaboration_files import read_assignment
        from omnibus.ui.ports import ServiceError, StorageError

        received = read_assignment(data)
        try:
            summary = session.service.open_assignment(received)
        except (ServiceError, StorageError) as exc:
            self._refused(self.tr("This assignment cannot be opened here."), exc, self._why(exc, session))
            return
        self.assessmentOpened.emit(summary.id)

    def _merge(self, session: DatabaseSession, data: bytes) -> None:
        from omnibus.export.collaboration_files import read_contribution
        from omnibus.model.collaboration import UnknownInstitutionKey
        from omnibus.ui.ports import NotFound, ServiceError, StorageError

        contribution = read_contribution(data)
        trust: str | None = None
        while True:
            try:
                result = session.service.merge_contribution(contribution.assessment_id, contribution, trust=trust)
                break
            except UnknownInstitutionKey as exc:
                if trust is not None or not self._confirm_key(exc):
                    return
                trust = exc.fingerprint
            except NotFound as exc:
                reason = self.tr(
                    "The assessment it answers is not in this database: open the database that holds it first."
                )
                self._refused(self.tr("This contribution cannot be merged into your assessments."), exc, reason)
                return
            except (ServiceError, StorageError) as exc:
                text = self.tr("This contribution cannot be merged into your assessments.")
                self._refused(text, exc, self._why(exc, session))
                return
        self.merged.emit(contribution.assessment_id, result)
        self._say_merged(result)

    def _confirm_key(self, exc: UnknownInstitutionKey) -> bool:
        """Ask before trusting a key: an institution's first one, or a new one replacing the key trusted so far
        (said as such, with both fingerprints: a changed key is what a forged contribution would show)."""
        from omnibus.export.keys import format_fingerprint
        from omnibus.model.messages import Msg
        from omnibus.ui.collaboration.refusal_text import collaboration_refusal

        institution, fingerprint = isolated(exc.institution), left_to_right(format_fingerprint(exc.fingerprint))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Confirm the institution's key"), "", parent=self.window)
        if exc.msg is Msg.CONTRIBUTION_OTHER_KEY:
            box.setIcon(QMessageBox.Icon.Warning)
            text = self.tr(
                "Ask the institution to read its new key's fingerprint to you by telephone or in person, and compare "
                "it with the first one above. Merge the contribution and trust the new key for %1 from now on?"
            )
            box.setText(collaboration_refusal(exc) + "\n\n" + text.replace("%1", institution))
        else:
            box.setText(
                self.tr(
                    "This is the first contribution signed by this key for %1. Ask the institution to read its key's "
                    "fingerprint to you by telephone or in person, and compare it with this one:\n\n%2\n\n"
                    "Merge the contribution and trust this key for %1?"
                )
                .replace("%1", institution)
                .replace("%2", fingerprint)
            )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _say_merged(self, result: Any) -> None:
        if result.already_merged:
            text = self.tr("This contribution was merged before; nothing changed.")
        else:
            # Each count has its own plural forms ("1 section", "2 sections"; Arabic and Russian have more).
            text = (
                self.tr("Contribution of %1, round %2: %3, %4, %5.")
                .replace("%1", isolated(result.institution))
                .replace("%2", str(result.round))
                .replace("%3", self.tr("%n answer(s) taken", "", len(result.taken)))
                .replace("%4", self.tr("%n conflict(s) to settle", "", len(result.conflicts)))
                .replace("%5", self.tr("%n section(s) signed off", "", len(result.sign_offs)))
            )
        QMessageBox.information(self.window, self.tr("Contribution merged"), text)
