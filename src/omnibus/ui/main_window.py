"""The main window: the start screen or an open assessment, menus, text size, language, and the status line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
)

from omnibus import __version__, collector
from omnibus.ui import folders
from omnibus.ui.bidi import isolated, left_to_right
from omnibus.ui.collaboration.window_actions import WindowCollaboration
from omnibus.ui.context import AppContext
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.language_menus import LanguageMenus
from omnibus.ui.menu_shortcuts import MenuShortcuts
from omnibus.ui.open_package import PackageOpener
from omnibus.ui.save_status import SaveStatus
from omnibus.ui.settings import DEFAULT_TEXT_SIZE, MAX_TEXT_SIZE, MIN_TEXT_SIZE
from omnibus.ui.status_message import StatusMessage

if TYPE_CHECKING:  # the core is imported on a worker thread at start (see `Startup`), never here
    from omnibus.model.questionnaire import Questionnaire
    from omnibus.ui.assessment.view import AssessmentView
    from omnibus.ui.help import GuideDialog
    from omnibus.ui.session import DatabaseSession
    from omnibus.ui.start.start_page import StartPage


class MainWindow(FollowsLanguage, QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.questionnaires: list[Questionnaire] | None = None
        self.start_page: StartPage | None = None
        self.view: AssessmentView | None = None
        self.guide: GuideDialog | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.save_status = SaveStatus(
            lambda: self.view.drafts_text() if self.view is not None else "", lambda: ctx.translations.language
        )
        self.saved_label = self.save_status.label
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        self.status_message = StatusMessage()
        self.statusBar().addWidget(self.status_message, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        self.packages = PackageOpener(ctx.data_home, ctx.settings, ctx.tasks, ctx.translations)
        self.collaboration = WindowCollaboration(self)
        self.opening = QLabel()
        self.opening.setObjectName("opening")  # centred by the style sheet: see `style.py`
        self.stack.addWidget(self.opening)
        self.retranslate()
        if ctx.settings.geometry is not None:
            self.restoreGeometry(ctx.settings.geometry)
        else:
            self.resize(1280, 720)
        self._opening_started = False
        self.opening.installEventFilter(self)
        self.pending_document: Path | None = None
        """A file given on the command line (a double-click): opened once the assessments are loaded."""
        self.packages.documents = self.open_document

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.opening and event.type() == QEvent.Type.Paint and not self._opening_started:
            # The store is opened once the first window has been painted, in a later turn of the event loop:
            # the worker's imports and Qt's enums (for the shortcuts) would otherwise hold that window up.
            self._opening_started = True
            QTimer.singleShot(0, self._open)
        return super().eventFilter(watched, event)

    def _open(self) -> None:
        self.shortcuts.give()
        self._set_busy(True)
        self.ctx.tasks.run(self.ctx.startup.run, self._started, self._startup_failed)

    def _started(self, result: tuple[Any, DatabaseSession]) -> None:
        from omnibus.ui.ports import StorageError

        self.ctx.catalogue, self.ctx.session = result
        try:
            self.show_start()
        except StorageError as error:  # a damaged page the start screen was the first to read
            self.ctx.session.close()  # so that a backup can take its place
            self.ctx.session = None
            self._startup_failed(error)
            return
        self._say_if_read_only()
        catalogue = self.ctx.catalogue
        self.ctx.tasks.run(lambda _r: self.ctx.startup.load_questionnaires(catalogue), self._loaded, self._task_failed)

    def _loaded(self, questionnaires: list[Questionnaire]) -> None:
        self._set_busy(False)
        self.questionnaires = questionnaires
        if self.start_page is not None:
            self.start_page.set_questionnaires(questionnaires)
        if self.pending_document is not None:
            document, self.pending_document = self.pending_document, None
            self.open_document(document)
        # once the filled form is painted: importing on a worker meanwhile would slow the painting (one GIL)
        QTimer.singleShot(0, lambda: self.ctx.tasks.run(self.ctx.startup.warm, lambda _none: None, self._task_failed))

    def _startup_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        why = self._storage_words(error, self.ctx.startup.database)
        message = self.tr("The database cannot be opened: %1").replace("%1", isolated(why))
        self.opening.setText(message)
        self.opening.setWordWrap(True)
        self._offer_restore(error, self._open)

    def _offer_restore(self, error: BaseException, then: Callable[[], object]) -> None:
        from omnibus.ui.restore_offer import offer_restore

        offer_restore(self, error, then)

    def _say_if_read_only(self) -> None:
        if self.ctx.session is not None and self.ctx.session.store.read_only:
            self.status_message.say(
                self.tr("This database is on read-only media: it is open for reading only, and nothing can be changed.")
            )

    # -- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu, self.view_menu, self.help_menu = bar.addMenu(""), bar.addMenu(""), bar.addMenu("")
        self.shortcuts = MenuShortcuts()
        standard = QKeySequence.StandardKey
        self.home_action = self.shortcuts.add(self.file_menu, self.show_start, "Ctrl+Shift+H")
        self.open_action = self.shortcuts.add(self.file_menu, self.choose_database, standard.Open)
        self.open_package_action = self.shortcuts.add(self.file_menu, self.choose_package)
        self.receipt_action = self.shortcuts.add(self.file_menu, self.choose_receipt)
        self.file_menu.addSeparator()
        self.assign_action = self.shortcuts.add(self.file_menu, self.assign)
        self.exchange_action = self.shortcuts.add(self.file_menu, self.choose_exchange)
        self.contribute_action = self.shortcuts.add(self.file_menu, self.contribute)
        self.file_menu.addSeparator()
        self.quit_action = self.shortcuts.add(self.file_menu, self.close, standard.Quit)
        self.larger_action = self.shortcuts.add(self.view_menu, lambda: self.change_text_size(+1), "Ctrl++", "Ctrl+=")
        self.smaller_action = self.shortcuts.add(self.view_menu, lambda: self.change_text_size(-1), "Ctrl+-")
        self.normal_action = self.shortcuts.add(self.view_menu, lambda: self.change_text_size(0), "Ctrl+0")
        self.view_menu.addSeparator()
        self.language_menus = LanguageMenus(
            self.view_menu, self.ctx.translations.language, self.set_language, self.set_content_language
        )
        self.language_menu = self.language_menus.language
        self.language_actions = self.language_menus.language_actions
        self.content_language_menu = self.language_menus.content_language
        self.content_language_actions = self.language_menus.content_language_actions
        from omnibus.ui.training_menu import TrainingMenu

        self.training_menu = TrainingMenu(self)
        bar.insertMenu(self.help_menu.menuAction(), self.training_menu)
        self.guide_action = self.shortcuts.add(self.help_menu, self.show_guide, standard.HelpContents)
        self.about_action = self.shortcuts.add(self.help_menu, self.show_about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("UNTOC self-assessment checklist"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.ctx.session is None and not self.opening.wordWrap():
            self.opening.setText(self.tr("Opening your assessments…"))
        self.home_action.setText(self.tr("&Start screen"))
        self.open_action.setText(self.tr("&Open another database file…"))
        self.open_package_action.setText(self.tr("Open &package…"))
        self.receipt_action.setText(self.tr("Import a &receipt from the Secretariat…"))
        self.assign_action.setText(self.tr("A&ssign to institutions…"))
        self.exchange_action.setText(self.tr("Open assignment / &contribution…"))
        self.contribute_action.setText(self.tr("&Write contribution for the focal point…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.larger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("S&maller text"))
        self.normal_action.setText(self.tr("&Normal text size"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.content_language_menu.setTitle(self.tr("&Questionnaire language"))
        self.guide_action.setText(self.tr("&Respondent's guide"))
        self.about_action.setText(self.tr("&About"))
        self.shortcuts.show_in_text(self.ctx.translations.right_to_left)
        self.save_status.show()

    # -- screens
    def show_start(self) -> None:
        from omnibus.ui.start.start_page import StartPage

        if self.ctx.session is None:
            return
        if self.view is not None:
            self.view.flush()
        self.language_menus.offer_content_languages(None, "")
        if self.start_page is None:
            ctx = self.ctx
            assert ctx.session is not None
            self.start_page = StartPage(ctx.session.service, ctx.translations.language, ctx.settings.recent,
                                        str(ctx.session.path))  # fmt: skip
            self.start_page.openAssessment.connect(self.open_assessment)
            self.start_page.openDatabaseRequested.connect(self.choose_database)
            self.start_page.form.storageFailed.connect(self._storage_problem)
            self.start_page.assessmentDeleted.connect(self._forget)
            self.start_page.databaseRestored.connect(self._drop_view)
            if self.questionnaires is not None:
                self.start_page.set_questionnaires(self.questionnaires)
            self.stack.addWidget(self.start_page)
        else:
            self.start_page.recent = self.ctx.settings.recent
            self.start_page.reload()
        self.stack.setCurrentWidget(self.start_page)

    def open_assessment(self, assessment_id: str) -> None:
        """Load the assessment off the GUI thread (the service is not touched meanwhile), then show it."""
        assert self.ctx.session is not None
        service = self.ctx.session.service
        self._set_busy(True)
        self.stack.setEnabled(False)
        self.ctx.tasks.run(
            lambda _report: (service.open_assessment(assessment_id), service.questionnaire(assessment_id)),
            lambda result: self._show_assessment(*result),
            self._task_failed,
        )

    def _last_page(self, assessment_id: str, keys: list[str]) -> int:
        """Where the respondent stopped in this assessment, among the pages its view has (`keys`: on an
        institution's laptop, its part only): the first section the first time, or when the section is gone from
        a newer edition."""
        last = self.ctx.settings.last_page(assessment_id)
        return keys.index(last) if last in keys else 0

    def _show_assessment(self, summary: object, questionnaire: Questionnaire, page: int | None = None) -> None:
        from omnibus.model.content_language import content_language
        from omnibus.model.countries import country_name
        from omnibus.ui.assessment.controller import AssessmentController
        from omnibus.ui.assessment.language_banner import LanguageBanner
        from omnibus.ui.assessment.receipt_band import ReceiptBand
        from omnibus.ui.assessment.view import AssessmentView

        session = self.ctx.session
        assert session is not None
        self._set_busy(False)
        self.stack.setEnabled(True)
        ctx, interface = self.ctx, self.ctx.translations.language
        chosen = ctx.settings.content_language(str(summary.id))  # type: ignore[attr-defined]
        lang = content_language(questionnaire.languages, questionnaire.source_language, interface, chosen)
        read_only, store_path = session.store.read_only, session.path
        controller = AssessmentController(
            session.service, summary, questionnaire, lang, store_path, read_only=read_only  # type: ignore[arg-type]
        )  # fmt: skip
        country = country_name(controller.summary.country, interface)
        name = questionnaire.text(questionnaire.document.title, lang)  # English where not translated
        title = f"{isolated(country)} · {isolated(name)} · {controller.summary.cycle}"
        self._drop_view()
        self.view = AssessmentView(controller, lang, ctx.hand_in, ctx.tasks, title)
        self.view.contributeRequested.connect(self.contribute)
        self.view.banner.read_only = read_only
        offer = chosen is None and not ctx.settings.language_note_closed(questionnaire.id, interface)
        self.language_banner = LanguageBanner(questionnaire, interface, lang, offer)
        self.language_banner.languageChosen.connect(self.set_content_language)
        self.language_banner.dismissed.connect(lambda: ctx.settings.close_language_note(questionnaire.id, interface))
        self.view.add_band(self.language_banner)
        self.receipt_band = ReceiptBand()
        receipts = session.service.receipts(controller.id)
        self.receipt_band.show_receipt(receipts[0] if receipts else None)
        self.view.add_band(self.receipt_band)
        self.language_menus.offer_content_languages(questionnaire, lang)
        self.view.saved.connect(self._saved)
        self.view.pageShown.connect(lambda key, aid=controller.id: ctx.settings.set_last_page(aid, key))
        self.save_status.saved(None)
        controller.storageFailed.connect(self._storage_problem)
        self.stack.addWidget(self.view)
        focused = QApplication.focusWidget()
        if focused is not None and not self.view.isAncestorOf(focused):
            # Hiding the start screen would hand its focus to the view's first field, the navigator's search, and
            # the page shown would then leave it there: the page puts it on its first question instead.
            focused.clearFocus()
        self.stack.setCurrentWidget(self.view)
        self.view.show_page(page if page is not None else self._last_page(controller.id, self.view.page_keys))
        ctx.settings.touch_recent(controller.id)

    def _forget(self, assessment_id: str) -> None:
        self.ctx.settings.forget_assessment(assessment_id)
        if self.view is not None and self.view.controller.id == assessment_id:
            self._drop_view()

    def _drop_view(self) -> None:
        """The assessment kept open behind the start screen is gone or replaced: never show it again."""
        if self.view is not None:
            self.stack.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None

    def _drop_start_page(self) -> None:
        if self.start_page is not None:
            self.stack.removeWidget(self.start_page)
            self.start_page.deleteLater()
            self.start_page = None

    def _rebuild(self) -> None:
        """After a language or text-size change: rebuild what is shown (questionnaire text and sizes change too)."""
        showing_view = self.view is not None and self.stack.currentWidget() is self.view
        self._drop_start_page()
        if self.view is not None and showing_view:
            self.view.flush()
            c, page = self.view.controller, self.view.current
            assert self.ctx.session is not None
            self._show_assessment(self.ctx.session.service.assessment(c.id), c.questionnaire, page)
            return
        self._drop_view()
        self.show_start()

    # -- preferences
    def set_language(self, lang: str) -> None:
        self.ctx.translations.install(lang)
        self.ctx.settings.language = lang
        self.language_actions[lang].setChecked(True)
        self._rebuild()
        if self.guide is not None:
            self.guide.load(lang)

    def set_content_language(self, lang: str) -> None:
        """Read the open questionnaire (and print its report) in `lang`, whatever the interface language."""
        if self.view is None:
            return
        self.ctx.settings.set_content_language(self.view.controller.id, lang)
        self._rebuild()

    def change_text_size(self, step: int) -> None:
        size = DEFAULT_TEXT_SIZE if step == 0 else self.ctx.settings.text_size + step
        size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, size))
        self.ctx.settings.text_size = size
        apply_text_size(size)
        self._rebuild()

    # -- database
    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a database file"), folders.suggested(), self.tr("Databases (*.db)")
        )
        if path:
            folders.used(path)
            self.switch_database(Path(path))

    def choose_package(self) -> None:
        from omnibus.ui.open_package import PACKAGE_PATTERNS

        kinds = self.tr("Response packages (%1)").replace("%1", PACKAGE_PATTERNS)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a response package"), folders.suggested(), kinds)
        if path:
            folders.used(path)
            self.packages.catalogue = self.ctx.catalogue
            self.packages.open(Path(path))

    # -- working together: see collaboration/window_actions.py
    def choose_receipt(self) -> None:
        self.collaboration.choose_receipt()

    def assign(self) -> None:
        self.collaboration.assign()

    def choose_exchange(self) -> None:
        self.collaboration.choose_exchange()

    def open_document(self, path: Path) -> None:
        """An assignment, contribution or receipt opened from outside: see `WindowCollaboration.open_document`."""
        self.collaboration.open_document(path)

    def contribute(self) -> None:
        self.collaboration.contribute()

    def switch_database(self, path: Path) -> None:
        from omnibus.ui.ports import StorageError

        if self.view is not None:
            self.view.flush()
        try:
            session = self.ctx.open_session(path)
        except StorageError as exc:
            self._cannot_open(exc, path, lambda: self.switch_database(path))
            return
        if self.ctx.session is not None:
            self.ctx.session.close()
        self.ctx.session = session
        self.ctx.settings.database = str(path)
        self._drop_view()
        self._drop_start_page()
        self.show_start()
        self._say_if_read_only()

    def _cannot_open(self, error: BaseException, path: Path, then: Callable[[], object]) -> None:
        """Another file (`path`) could not be opened. The database in use is untouched, so nothing is said about
        saving: the backups are offered when they can mend the file, else a message says why, in the interface
        language (the core's own words are its details, for whoever helps)."""
        from omnibus.ui.restore_offer import offers_restore

        if offers_restore(error):
            self._offer_restore(error, then)
            return
        title = self.tr("The database cannot be opened")
        why = self._storage_words(error, path)
        sentence = why[:1].upper() + why[1:].rstrip(".") + "."
        message = QMessageBox(QMessageBox.Icon.Warning, title, sentence, parent=self)
        message.setDetailedText(str(error))
        message.setObjectName("cannotOpen")
        message.open()

    # -- status
    def _storage_words(self, error: BaseException, database: Path) -> str:
        from omnibus.ui.service_text import error_words

        return error_words(error, database, self.ctx.session)

    def _storage_problem(self, message: str) -> None:
        self.save_status.storage_failed()
        self.status_message.say(self.tr("Could not save: %1").replace("%1", isolated(message)))

    def _saved(self, when: datetime | None) -> None:
        """A change was stored (`when`, or None when only the drafts changed): a "Could not save" left on the status
        line from before (a full disk, since freed) would contradict "Saved"."""
        self.save_status.saved(when)
        if when is not None and not self.save_status.failed:
            self.status_message.say("")

    def _task_failed(self, error: BaseException) -> None:
        from omnibus.ui.restore_offer import offers_restore

        self._set_busy(False)
        self.stack.setEnabled(True)
        session = self.ctx.session
        if offers_restore(error) and session is not None and error.database == session.path:
            self._closed_for_restore(error)
            return
        why = self._storage_words(error, session.path if session is not None else self.ctx.data_home)
        QMessageBox.warning(self, self.tr("Something went wrong"), why)

    def _closed_for_restore(self, error: BaseException) -> None:
        """The database in use turned out damaged (a page read for the first time): close it, so that a backup can
        replace it, say so where the screens were, and offer the newest backup."""
        session = self.ctx.session
        assert session is not None
        path = session.path
        session.close()
        self.ctx.session = None
        self._drop_view()
        self._drop_start_page()
        why = self._storage_words(error, path)
        self.opening.setText(self.tr("The database cannot be opened: %1").replace("%1", isolated(why)))
        self.opening.setWordWrap(True)
        self.stack.setCurrentWidget(self.opening)
        self._offer_restore(error, lambda: self.switch_database(path))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.BusyCursor)  # `Qt` on first use: see i18n.py
        else:
            QApplication.restoreOverrideCursor()

    def show_guide(self) -> None:
        from omnibus.ui.help import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self.ctx.translations.language, self)
        self.guide.show()
        self.guide.raise_()

    def show_about(self) -> None:
        text = self.tr("%1 — works offline; your answers stay on this computer until you hand them in.")
        # The name kept whole: as the sentence's first letters it would make an Arabic one read left to right.
        QMessageBox.about(self, self.tr("About"), text.replace("%1", left_to_right(f"omnibus {__version__}")))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.view is not None:
            self.view.flush()
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.sync()
        collector.take_back()
        super().closeEvent(event)


def apply_text_size(size: int) -> None:
    font = QApplication.font()
    font.setPointSize(size)
    QApplication.setFont(font)
