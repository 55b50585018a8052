"""The main window's working-together actions: assigning parts, opening an assignment or contribution, writing a
contribution, importing a receipt, and opening such a file from outside (a double-click).

It exists so the window itself only holds its shell (menus, screens, status line) and hands these File-menu actions
here. Its texts keep the window's translation context ("MainWindow"), as they were written there first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from omnibus.ui.collaboration.exchange_open import ExchangeOpener
from omnibus.ui.receipt_import import ReceiptImport

if TYPE_CHECKING:
    from omnibus.ui.assessment.view import AssessmentView
    from omnibus.ui.main_window import MainWindow


class WindowCollaboration(QObject):
    """Working together and exchanged files, for one main window (which shows what they open)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.receipts = ReceiptImport(window.ctx.data_home, window)
        self.receipts.imported.connect(self._receipt_imported)
        self.exchange = ExchangeOpener(window)
        self.exchange.assessmentOpened.connect(self._assignment_opened)
        self.exchange.merged.connect(self._contribution_merged)

    def _shown_assessment(self) -> AssessmentView | None:
        w = self.window
        return w.view if w.view is not None and w.stack.currentWidget() is w.view else None

    def choose_receipt(self) -> None:
        """Import a receipt: for the open assessment's packages when one is open, else for any of ours."""
        ctx = self.window.ctx
        if ctx.session is None:
            return
        view = self._shown_assessment()
        self.receipts.choose(ctx.session.service, view.controller.id if view is not None else None)

    def assign(self) -> None:
        """Assign parts of the open assessment to institutions (the File menu says to open one first)."""
        from omnibus.ui.collaboration.assign_dialog import AssignDialog

        ctx = self.window.ctx
        view = self._shown_assessment()
        if view is None or ctx.session is None or ctx.hand_in is None:
            title = QCoreApplication.translate("MainWindow", "Assign to institutions")
            QMessageBox.information(
                self.window, title, QCoreApplication.translate("MainWindow", "Open an assessment first.")
            )
            return
        c = view.controller
        session = ctx.session
        AssignDialog(
            session.service,
            c.id,
            c.questionnaire,
            view.lang,
            ctx.hand_in,
            database=session.path,
            read_only=session.store.read_only,
        ).exec()
        if view.overview is not None:
            view.overview.refresh()

    def choose_exchange(self) -> None:
        if self.window.ctx.session is not None:
            self.exchange.choose(self.window.ctx.session)

    def _assignment_opened(self, assessment_id: str) -> None:
        """Show the institution's assessment at its first assigned section, the first time (then where it stopped)."""
        ctx = self.window.ctx
        assert ctx.session is not None
        copy = ctx.session.service.assignment_copy(assessment_id)
        if copy is not None and copy.sections and not ctx.settings.last_page(assessment_id):
            ctx.settings.set_last_page(assessment_id, copy.sections[0])
        self.window.open_assessment(assessment_id)

    def open_document(self, path: Path) -> None:
        """An assignment, contribution or receipt opened from outside (a double-click, `omnibus FILE`, macOS's
        file-open event): the same as File › Open assignment / contribution… or File › Import a receipt…."""
        from omnibus.export.receipt import RECEIPT_SUFFIX

        w = self.window
        if w.ctx.session is None:
            w.pending_document = path
            return
        w.raise_()
        w.activateWindow()
        if path.name.lower().endswith(RECEIPT_SUFFIX):
            view = self._shown_assessment()
            self.receipts.import_file(w.ctx.session.service, path, view.controller.id if view else None)
        else:
            self.exchange.open_file(w.ctx.session, path)

    def _contribution_merged(self, assessment_id: str, result: Any) -> None:
        """Show the assessment the contribution went into, read again (its answers, provenance, conflicts)."""
        self.window.open_assessment(assessment_id)

    def contribute(self) -> None:
        """On an institution's laptop: write the next round of the open assignment's contribution."""
        from omnibus.ui.collaboration.contribute import write_contribution_file

        ctx = self.window.ctx
        view = self._shown_assessment()
        if view is None or ctx.session is None or ctx.hand_in is None:
            title = QCoreApplication.translate("MainWindow", "Write contribution")
            QMessageBox.information(
                self.window, title, QCoreApplication.translate("MainWindow", "Open an assessment first.")
            )
            return
        session = ctx.session
        written = write_contribution_file(
            self.window,
            session.service,
            view.controller.id,
            ctx.hand_in,
            database=session.path,
            read_only=session.store.read_only,
        )
        if written is not None and view.overview is not None:
            view.overview.refresh()  # the review page counts the rounds sent

    def _receipt_imported(self, receipt: Any) -> None:
        w = self.window
        if w.view is not None and w.view.controller.id == receipt.assessment_id:
            w.receipt_band.show_receipt(receipt)
        if w.start_page is not None:
            w.start_page.reload()
