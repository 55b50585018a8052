"""The package viewer: what a double-clicked `.omnibus` file is, in plain words, without a terminal.

An official who receives a package (or the Secretariat, before importing it) sees who signed it, whether it was
altered, what it answers (country, questionnaire, cycle, status, training or not), and can open the PDF report
inside. Reading and importing run on a worker (`ui/tasks.py`); the window shows states, never a traceback.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.dates import format_moment
from omnibus.ui.bidi import isolated
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from omnibus.model.catalogue import Catalogue
    from omnibus.secretariat.importer import Decision
    from omnibus.secretariat.viewing import PackageView, SecretariatSetup


def read_package(
    path: Path, setup: SecretariatSetup, catalogue: Catalogue | None, decrypt: bool = False
) -> tuple[PackageView, dict[str, str]]:
    """On the worker: the package as the core sees it, and its questionnaire's title in every language (when it
    is one this installation knows)."""
    from omnibus.model.text import LANGUAGES
    from omnibus.secretariat.viewing import view_package

    view = view_package(path, setup, decrypt=decrypt)
    manifest = view.verification.manifest if view.verification else None
    if manifest is None or catalogue is None:
        return view, {}
    q = catalogue.by_hash(manifest.questionnaire.sha256)
    return view, ({lang: q.text(q.document.title, lang) for lang in LANGUAGES} if q else {})


class PackageViewer(FollowsLanguage, QWidget):
    """One package's window; `self.view` is what was found (None while it is being read)."""

    def __init__(
        self,
        path: Path,
        setup: SecretariatSetup,
        tasks: TaskRunner,
        language: str,
        catalogue: Catalogue | None = None,
        keys_home: Path | None = None,
    ) -> None:
        super().__init__()  # a window of its own, beside the main window or alone
        self.setObjectName("packageViewer")
        self.path, self.setup, self.tasks, self.language, self.catalogue = Path(path), setup, tasks, language, catalogue
        self.view: PackageView | None = None
        self.titles: dict[str, str] = {}
        self.decision: Decision | None = None
        self.error = ""
        self.failure: BaseException | None = None
        """What stopped the package from being read, worded by `package_problem`; `error` keeps its own words."""
        self.busy = False
        self.report_folder: Path | None = None
        self.keys_home = keys_home
        """The data folder whose signing key signs receipts (the Secretariat's installation); None: no receipts."""
        self._build()
        self.retranslate()
        self.resize(920, 520)
        self.read()

    def _build(self) -> None:
        self.headline = QLabel()
        self.headline.setObjectName("viewerHeadline")
        self.detail = QLabel()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.captions: list[QLabel] = []
        self.signer, self.trust, self.country, self.institution = QLabel(), QLabel(), QLabel(), QLabel()
        self.questionnaire, self.cycle, self.status, self.training = QLabel(), QLabel(), QLabel(), QLabel()
        self.made = QLabel()
        self.rows = (self.signer, self.trust, self.country, self.institution, self.questionnaire, self.cycle,
                     self.made, self.status, self.training)  # fmt: skip
        for value in self.rows:
            caption = QLabel()
            self.captions.append(caption)
            self.form.addRow(caption, value)
        for label in (self.headline, self.detail, *self.rows):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signer.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.import_result = QLabel()
        self.import_result.setWordWrap(True)
        self.open_report_button, self.save_report_button = QPushButton(), QPushButton()
        self.decrypt_button, self.import_button, self.close_button = QPushButton(), QPushButton(), QPushButton()
        self.open_report_button.clicked.connect(self.open_report)
        self.save_report_button.clicked.connect(self.save_report)
        self.decrypt_button.clicked.connect(lambda: self.read(decrypt=True))
        self.import_button.clicked.connect(self.import_into_secretariat)
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self.write_receipt)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (
            self.open_report_button,
            self.save_report_button,
            self.decrypt_button,
            self.import_button,
            self.receipt_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addLayout(self.form)
        layout.addWidget(self.import_result)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # -- reading, on the worker
    def read(self, decrypt: bool = False) -> None:
        path, setup, catalogue = self.path, self.setup, self.catalogue
        self._set_busy(True)
        self.tasks.run(lambda _report: read_package(path, setup, catalogue, decrypt), self._read, self._failed)

    def _read(self, result: tuple[PackageView, dict[str, str]]) -> None:
        self.view, self.titles = result
        self.error, self.failure = "", None
        self._set_busy(False)

    def _failed(self, error: BaseException) -> None:
        self.view, self.error, self.failure = None, str(error) or type(error).__name__, error
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.retranslate()

    # -- what is shown
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Response package: %1").replace("%1", self.path.name))
        captions = (
            self.tr("Signed by"),
            self.tr("Trust"),
            self.tr("Country"),
            self.tr("Institution"),
            self.tr("Questionnaire"),
            self.tr("Reporting cycle"),
            self.tr("Made on"),
            self.tr("Status"),
            self.tr("Training"),
        )
        for caption, text in zip(self.captions, captions, strict=True):
            caption.setText(text)
        self.open_report_button.setText(self.tr("&Open the report"))
        self.save_report_button.setText(self.tr("&Save the report…"))
        self.decrypt_button.setText(self.tr("Open with the &Secretariat's key"))
        self.import_button.setText(self.tr("&Import into the Secretariat database"))
        self.receipt_button.setText(self.tr("Write a &receipt for the State…"))
        self.close_button.setText(self.tr("&Close"))
        self._align_values()
        self.headline.setText(self._headline())
        self._set_state()
        self.detail.setText(self._detail())
        self.detail.setToolTip(self._detail_details())
        self.detail.setVisible(bool(self.detail.text()))
        self._show_fields()
        self._show_buttons()
        self.import_result.setText(self._import_text())

    def _align_values(self) -> None:
        """Every value at the reading edge: a Latin value (a fingerprint, an institution's English name) in an
        Arabic window would otherwise sit on the left, away from its caption."""
        flag = Qt.AlignmentFlag
        edge = flag.AlignRight if self.isRightToLeft() else flag.AlignLeft
        for label in (self.detail, *self.rows):
            label.setAlignment(flag.AlignAbsolute | edge | flag.AlignVCenter)

    def _set_state(self) -> None:
        """The headline's colour (see `style.py`): green when nothing was altered, red when altered or unreadable."""
        state = "busy" if self.busy else (self.view.state if self.view is not None else "unreadable")
        if self.headline.property("state") != state:
            self.headline.setProperty("state", state)
            self.headline.style().unpolish(self.headline)
            self.headline.style().polish(self.headline)

    def _headline(self) -> str:
        view = self.view
        if self.busy:
            return self.tr("Reading the package…")
        if view is None:
            return self.tr("This file cannot be read as a response package.")
        if view.state == "verified":
            return self.tr("Nothing was altered: the package is signed, and every file in it is exactly as signed.")
        if view.state == "altered":
            return self.tr("Altered: this package is not as it was signed. Do not rely on what it says.")
        if view.state == "encrypted":
            return self.tr("This package is encrypted for the Secretariat: only the Secretariat's key can open it.")
        return self.tr("This file cannot be read as a response package.")

    def _detail(self) -> str:
        view = self.view
        if self.busy:
            return ""
        if view is None:
            from omnibus.export.errors import PackageError

            worded = isinstance(self.failure, PackageError | OSError)  # another failure keeps its own words
            return self._why_unread(self.failure) if worded and self.failure is not None else self.error
        if view.state == "encrypted":
            if view.error:
                why = self._why_unread(view.problem) if view.problem is not None else view.error
                return self.tr("It could not be opened with this installation's key: %1").replace("%1", why)
            if self.setup.identity is not None:
                return self.tr("This installation has the Secretariat's key: the package can be opened with it.")
            return ""
        if view.state == "unreadable":
            return self._why_unread(view.problem) if view.problem is not None else view.error
        if view.verification is None:
            return ""
        from omnibus.ui.verification_text import verification_lines

        return "\n".join(f"• {line}" for line in verification_lines(view.verification))

    def _why_unread(self, problem: BaseException) -> str:
        from omnibus.ui.package_problem import package_problem

        return self.tr("Reason: %1.").replace("%1", package_problem(problem))

    def _detail_details(self) -> str:
        """The core's own sentence under a worded reason, for whoever helps: it names the precise detail."""
        if self.busy:
            return ""
        if self.view is None:
            return self.error
        return self.view.error if self.view.state in ("unreadable", "encrypted") else ""

    def _show_fields(self) -> None:
        view = self.view
        verification = view.verification if view is not None else None
        manifest = verification.manifest if verification is not None else None
        for caption, value in zip(self.captions, self.rows, strict=True):
            caption.setVisible(verification is not None)
            value.setVisible(verification is not None)
            value.clear()
        if view is None or verification is None:
            return
        self.signer.setText(verification.signer_display)
        self.trust.setText(self._trust_text(view))
        self.trust.setToolTip(view.trust_error or "")
        if manifest is None:
            for caption, value in zip(self.captions[2:], self.rows[2:], strict=True):
                caption.hide()
                value.hide()
            return
        self.country.setText(f"{self._country_name(manifest.country)} ({manifest.country})")
        self.institution.setText(manifest.institution)
        q, title = manifest.questionnaire, self.titles.get(self.language, "")
        version = self.tr("%1, version %2").replace("%1", q.id).replace("%2", q.version)
        # A right-to-left mark first: an English title must not make the translated "version" line run left to right
        mark = "\u200f" if self.isRightToLeft() else ""
        self.questionnaire.setText(f"{mark}{title} ({version})" if title else version)
        self.cycle.setText(manifest.reporting_cycle)
        self.made.setText(isolated(format_moment(manifest.created.astimezone(), self.language)))
        statuses = {"final": self.tr("Final"), "draft": self.tr("Draft (not final)")}
        self.status.setText(statuses.get(manifest.status, manifest.status))
        self.training.setText(
            self.tr("Yes: a training package, not an official submission")
            if manifest.training
            else self.tr("No: an official submission")
        )

    def _trust_text(self, view: PackageView) -> str:
        if view.state != "verified":
            return self.tr("Not trusted: the package was altered")
        decision = view.trust
        manifest = view.verification.manifest if view.verification else None
        country = self._country_name(manifest.country) if manifest else ""
        if decision is None:
            if view.trust_error:  # the database's own words are the label's tooltip, for whoever helps
                return self.tr("Trust not checked: the Secretariat database cannot be read")
            return self.tr("Trust not checked (no Secretariat database on this computer)")
        texts = {
            "trusted": self.tr("Trusted: the Secretariat has confirmed this key for %1"),
            "new-key": self.tr("Not trusted yet: the Secretariat has not confirmed any key for %1"),
            "key-change": self.tr("Not trusted yet: %1 has another trusted key; this one is not confirmed"),
            "revoked-key": self.tr("Not trusted: this key was revoked for %1"),
            "wrong-key": self.tr("Not trusted: this key is trusted for another country, not for %1"),
        }
        text = texts.get(decision.category)
        return text.replace("%1", country) if text else decision.reason

    def _show_buttons(self) -> None:
        view = self.view
        has_report = view is not None and view.report is not None and not self.busy
        self.open_report_button.setVisible(has_report)
        self.save_report_button.setVisible(has_report)
        unopened = view is not None and view.state == "encrypted" and not view.error
        self.decrypt_button.setVisible(unopened and self.setup.identity is not None and not self.busy)
        importable = view is not None and view.state == "verified" and self.setup.database is not None
        self.import_button.setVisible(importable and not self.busy)
        self.import_button.setEnabled(self.decision is None)
        self.receipt_button.setVisible(self.decision is not None and self.keys_home is not None and not self.busy)

    # -- the report
    def open_report(self) -> None:
        """Written to a temporary folder (the system's PDF viewer needs a file), then opened with that viewer."""
        if self.view is None or self.view.report is None:
            return
        if self.report_folder is None:
            self.report_folder = Path(tempfile.mkdtemp(prefix="omnibus-"))
        target = self.report_folder / self._report_name()
        target.write_bytes(self.view.report)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.information(
                self,
                self.tr("The report"),
                self.tr("No PDF viewer opened it; the report is here: %1").replace("%1", str(target)),
            )

    def save_report(self) -> None:
        if self.view is None or self.view.report is None:
            return
        from omnibus.export.files import atomic_write

        name = str(self.path.parent / self._report_name())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), name, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            atomic_write(Path(path), self.view.report)
        except OSError as exc:
            from omnibus.ui.file_problem import file_problem

            QMessageBox.warning(self, self.tr("The report was not saved"), file_problem(exc))

    def _report_name(self) -> str:
        stem = self.path.name.removesuffix(".age").removesuffix(".omnibus") or "package"
        return f"{stem}-report.pdf"

    # -- the Secretariat's import
    def import_into_secretariat(self) -> None:
        from omnibus.secretariat.viewing import import_package

        path, setup = self.path, self.setup
        self.import_button.setEnabled(False)
        self.import_result.setText(self.tr("Importing…"))
        self.tasks.run(lambda _report: import_package(path, setup), self._imported, self._import_failed)

    def _imported(self, decision: Decision) -> None:
        self.decision = decision
        self.import_result.setToolTip("")
        self.retranslate()

    def _import_failed(self, error: BaseException) -> None:
        from omnibus.ui.package_problem import package_problem

        self.import_button.setEnabled(True)
        self.import_result.setText(self.tr("Not imported: %1").replace("%1", package_problem(error)))
        self.import_result.setToolTip(str(error))  # the core's words, naming the detail, for whoever helps

    def write_receipt(self) -> Path | None:
        """Sign, with this installation's key, the receipt of what the import decided, for the State to import."""
        from omnibus.export.errors import KeyStoreError, PackageError, WrongPassphraseError
        from omnibus.export.keys import KeyStore
        from omnibus.installation import installation_id
        from omnibus.secretariat.receipts import write_receipt_for_decision

        if self.decision is None or self.keys_home is None or self.setup.database is None:
            return None
        passphrase, accepted = QInputDialog.getText(
            self, self.tr("Write a receipt"), self.tr("Passphrase of the signing key:"), QLineEdit.EchoMode.Password
        )
        if not accepted:
            return None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write the receipt into"), str(self.path.parent))
        if not folder:
            return None
        try:
            signer = KeyStore(self.keys_home / "keys", installation=installation_id()).load(passphrase)
            path = write_receipt_for_decision(self.setup.database, self.decision, signer, Path(folder))
        except WrongPassphraseError:
            why = self.tr(
                "the passphrase does not open this computer's signing key. Check the keyboard language and Caps "
                "Lock, then try again."
            )
        except (KeyStoreError, PackageError, OSError) as exc:
            from omnibus.ui.package_problem import package_problem

            why = package_problem(exc)
            self.import_result.setToolTip(str(exc))  # the core's words, naming the detail, for whoever helps
        else:
            written = self.tr("Receipt written: %1").replace("%1", path.name)
            self.import_result.setText(self._import_text() + "\n" + written)
            return path
        refused = self.tr("No receipt was written: %1").replace("%1", why)
        self.import_result.setText(self._import_text() + "\n" + refused)  # what the import decided stays
        return None

    def _import_text(self) -> str:
        decision = self.decision
        if decision is None:
            return ""
        texts = {
            "accepted": self.tr("Imported: this is now the current package of %1 for this cycle."),
            "superseded": self.tr("Imported as history: a newer package of %1 for this cycle is stored."),
            "pending": self.tr("Stored and held: it counts once the signing key is confirmed for %1."),
            "duplicate": self.tr("Already stored: nothing changed."),
        }
        if decision.outcome == "duplicate" and decision.stored_state == "pending":
            texts["duplicate"] = self.tr(
                "Already stored, and held: it counts once the signing key is confirmed for %1. Nothing changed."
            )
        elif decision.outcome == "duplicate" and decision.stored_state == "superseded":
            texts["duplicate"] = self.tr(
                "Already stored, as history: a newer package of %1 for this cycle is stored. Nothing changed."
            )
        text = texts.get(decision.outcome)
        if text is None:
            return self.tr("Refused: %1").replace("%1", decision.reason)
        return text.replace("%1", self._country_name(decision.country or ""))

    def _country_name(self, code: str) -> str:
        from omnibus.model.countries import country_name

        return country_name(code, self.language) if code else ""
