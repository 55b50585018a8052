"""The Training menu: a trainer reads the trainer's guide, opens each sample assessment in one click, reads the
class's results, and resets the laptop for the next group.

The samples are made in this database the first time one is asked for (`model.training_samples`), as training
assessments of the fictional State. Resetting asks first, says what it will keep, closes an open training
assessment, and reports the backup made and what happened to the signing key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from omnibus.ui.bidi import isolated

if TYPE_CHECKING:
    from omnibus.ui.help import GuideDialog
    from omnibus.ui.main_window import MainWindow

STAGES = ("empty", "half", "complete", "carried")


class TrainingMenu(QMenu):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("trainingMenu")
        self.guide: GuideDialog | None = None
        self.guide_action = self.addAction("")
        self.guide_action.setObjectName("trainerGuide")
        self.guide_action.triggered.connect(self.show_guide)
        self.addSeparator()
        self.samples_menu = self.addMenu("")
        self.sample_actions: dict[str, QAction] = {}
        for stage in STAGES:
            action = self.samples_menu.addAction("")
            action.setObjectName(f"sample_{stage}")
            action.triggered.connect(lambda _checked=False, s=stage: self.open_sample(s))
            self.sample_actions[stage] = action
        self.addSeparator()
        self.results_action = self.addAction("")
        self.results_action.triggered.connect(self.show_class_results)
        self.reset_action = self.addAction("")
        self.reset_action.triggered.connect(self.reset_laptop)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.guide is not None and self.guide.lang != self.window_.ctx.translations.language:
                self.guide.load(self.window_.ctx.translations.language)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Training"))
        self.guide_action.setText(self.tr("&Trainer's guide"))
        self.samples_menu.setTitle(self.tr("&Sample assessments of a fictional State"))
        texts = {
            "empty": self.tr("&Empty"),
            "half": self.tr("&Half answered, with mistakes to find"),
            "complete": self.tr("&Complete"),
            "carried": self.tr("Carried &forward to the next cycle"),
        }
        for stage, action in self.sample_actions.items():
            action.setText(texts[stage])
        self.results_action.setText(self.tr("&Class results…"))
        self.reset_action.setText(self.tr("&Reset this laptop for the next group…"))

    def show_guide(self) -> None:
        """The trainer's guide beside the window, in the interface language (English where it is not written)."""
        from omnibus.ui.help import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self.window_.ctx.translations.language, self.window_, guide="trainer")
        self.guide.show()
        self.guide.raise_()

    def open_sample(self, stage: str) -> None:
        """Make the samples where missing, then open the one asked for."""
        from omnibus.model.training_samples import make_samples
        from omnibus.ui.ports import ServiceError, StorageError

        window = self.window_
        if window.ctx.session is None:
            return
        try:
            samples = make_samples(window.ctx.session.service, window.ctx.translations.language)
        except (StorageError, ServiceError) as exc:
            self._refused(self.tr("The samples could not be made"), exc)
            return
        window.open_assessment(samples.by_stage[stage].id)  # type: ignore[index]

    def show_class_results(self) -> None:
        from omnibus.ui.class_results import ClassResultsDialog

        window = self.window_
        dialog = ClassResultsDialog(window.ctx.translations.language, window)
        dialog.show()

    def reset_laptop(self) -> None:
        """Ask, then remove every training assessment (after a backup) and, on a training-only laptop, the key."""
        window = self.window_
        session = window.ctx.session
        if session is None:
            return
        service = session.service
        training = [s for s in service.list_assessments() if s.training]
        real = len(service.list_assessments()) - len(training)
        question = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Reset this laptop for the next group"), "", parent=window
        )
        question.setText(
            self.tr("Remove the %1 training assessments from this laptop? A backup of the database is made first.")
            .replace("%1", str(len(training)))
        )  # fmt: skip
        if real:
            question.setInformativeText(
                self.tr("The %1 real assessments and the signing key stay untouched.").replace("%1", str(real))
            )
        else:
            question.setInformativeText(
                self.tr("There is no real assessment here: the signing key goes too, and the next trainee makes a "
                        "new one with the first package.")
            )  # fmt: skip
        remove = question.addButton(self.tr("Remove the training assessments"), QMessageBox.ButtonRole.DestructiveRole)
        question.addButton(QMessageBox.StandardButton.Cancel)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.exec()
        if question.clickedButton() is not remove:
            return
        self._reset(window)

    def _reset(self, window: MainWindow) -> None:
        from omnibus.export.keys import KeyStore
        from omnibus.export.training_reset import reset_training
        from omnibus.installation import installation_id
        from omnibus.ui.ports import ServiceError, StorageError

        session = window.ctx.session
        assert session is not None
        if window.view is not None and window.view.controller.summary.training:
            window._drop_view()
        keys = KeyStore(window.ctx.data_home / "keys", installation=installation_id())
        try:
            outcome = reset_training(session.service, keys, window.ctx.data_home / "backups")
        except (StorageError, ServiceError, OSError) as exc:
            self._refused(self.tr("The laptop could not be reset"), exc)
            return
        for summary in outcome.removed:
            window.ctx.settings.forget_assessment(summary.id)
        window.show_start()
        lines = [self.tr("%1 training assessments removed.").replace("%1", str(len(outcome.removed)))]
        if outcome.backup is not None:
            lines.append(self.tr("Backup made before: %1").replace("%1", isolated(str(outcome.backup))))
        if outcome.key_moved_to is not None:
            lines.append(
                self.tr("The signing key was put away in %1.").replace("%1", isolated(str(outcome.key_moved_to)))
            )
        QMessageBox.information(window, self.tr("Ready for the next group"), "\n".join(lines))

    def _refused(self, title: str, error: BaseException) -> None:
        """Why it failed, in the trainer's language; the core's own words as the details, for whoever helps."""
        from omnibus.ui.service_text import refusal_words

        window = self.window_
        session = window.ctx.session
        database = session.path if session is not None else window.ctx.data_home
        why = refusal_words(error, database, read_only=session is not None and session.store.read_only)
        box = QMessageBox(QMessageBox.Icon.Warning, title, why[:1].upper() + why[1:].rstrip(".") + ".", parent=window)
        box.setObjectName("trainingRefused")
        box.setDetailedText(str(error))
        box.open()
