"""The open assessment: progress header, navigation tree, one page at a time with Back and Next."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.records import Draft
from omnibus.model.schema import Section
from omnibus.ui import page_keys
from omnibus.ui.assessment.banner import StorageBanner, TrainingBand
from omnibus.ui.assessment.controller import AssessmentController, RefusedEdit, StoredAnswer
from omnibus.ui.assessment.export_page import ExportPage
from omnibus.ui.assessment.navigator import EXPORT, REVIEW, Navigator
from omnibus.ui.assessment.review_page import ReviewPage
from omnibus.ui.assessment.section_page import SectionPage
from omnibus.ui.bidi import arrowed
from omnibus.ui.collaboration.conflicts_dialog import ConflictsDialog
from omnibus.ui.collaboration.overview import InstitutionsOverview
from omnibus.ui.collaboration.part_panel import PartPanel
from omnibus.ui.collaboration.provenance import institutions_by_item
from omnibus.ui.collaboration.sign_off_dialog import SignOffDialog
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.hand_in import HandIn
from omnibus.ui.items import ItemWidget
from omnibus.ui.items.attachment import AttachmentOpening, AttachmentWidget
from omnibus.ui.page_stack import PageStack
from omnibus.ui.progress_bar import ProgressBar
from omnibus.ui.steady_label import SteadyLabel
from omnibus.ui.tasks import TaskRunner

PREBUILD_DELAY_MS = 400
NAVIGATOR_SHARE = (3, 7)  # of the width, navigator to page


def scrolling(page: QWidget, parent: QWidget) -> QScrollArea:
    """`page` in a scroll area: at the largest text sizes it is taller than a 768-pixel screen."""
    frame = QScrollArea(parent)
    frame.setWidgetResizable(True)
    frame.setFrameShape(QFrame.Shape.NoFrame)
    frame.setWidget(page)
    return frame


class AssessmentView(FollowsLanguage, QWidget):
    saved = Signal(object)  # datetime of the last stored change
    contributeRequested = Signal()  # on an institution's laptop: write the next round for the focal point
    pageShown = Signal(str)  # the key of the page now shown (a section id, REVIEW or EXPORT)

    def __init__(self, controller: AssessmentController, lang: str, hand_in: HandIn | None,
                 tasks: TaskRunner, title: str) -> None:  # fmt: skip
        super().__init__()
        controller.setParent(self)  # deleted with the view, on the GUI thread
        self.controller, self.q, self.lang, self.title = controller, controller.questionnaire, lang, title
        part = controller.part  # on an institution's laptop: only the sections its assignment touches
        self.sections: list[tuple[object, Section]] = [
            (m, s) for m, s in self.q.sections() if part is None or s.id in part
        ]
        self.section_index = {s.id: n for n, (_m, s) in enumerate(self.sections)}
        self.page_keys = [s.id for _m, s in self.sections] + [REVIEW, EXPORT]
        self.pages: dict[str, QWidget] = {}
        self.frames: dict[str, QWidget] = {}  # what the stack shows: the page, or a scroll area around it
        self.current = 0

        column = self.column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        header = QWidget()
        header.setObjectName("assessmentHeader")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(16, 8, 16, 8)
        self.heading = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)  # a long title wraps at large text
        self.progress = ProgressBar()  # painted with the rest of a save: see progress_bar.py
        self.progress.setObjectName("overallProgress")
        self.progress.setFixedWidth(200)
        self.progress.setTextVisible(False)
        self.progress_label = SteadyLabel()  # changes with the answers: see steady_label.py
        header_row.addWidget(self.heading, 1)
        header_row.addWidget(self.progress_label)
        header_row.addWidget(self.progress)
        column.addWidget(header)
        self.training_band = TrainingBand()
        self.training_band.setVisible(controller.summary.training)
        column.addWidget(self.training_band)
        self.banner = StorageBanner()
        self.banner.retryRequested.connect(self._retry)
        column.addWidget(self.banner)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        self.navigator = Navigator(self.q, lang, controller)
        self.navigator.setMinimumWidth(260)
        self.navigator.sectionChosen.connect(lambda sid: self.show_page(self.section_index[sid]))
        self.navigator.itemChosen.connect(self.show_item)
        self.navigator.pageChosen.connect(lambda key: self.show_page(self.page_keys.index(key)))
        self.navigator.firstMissingRequested.connect(self.show_first_missing)
        splitter.addWidget(self.navigator)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        self.stack = PageStack()
        right_column.addWidget(self.stack, 1)
        nav = QWidget()
        nav.setObjectName("pageNavigation")
        nav_row = QHBoxLayout(nav)
        nav_row.setContentsMargins(16, 6, 16, 6)
        self.back_button, self.next_button = QPushButton(), QPushButton()
        self.back_button.setObjectName("backButton")
        self.next_button.setObjectName("nextButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.position = SteadyLabel()  # the section's percentage changes with the answers: see steady_label.py
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav_row.addWidget(self.back_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.position)
        nav_row.addStretch(1)
        nav_row.addWidget(self.next_button)
        right_column.addWidget(nav)
        splitter.addWidget(right)
        for index, share in enumerate(NAVIGATOR_SHARE):  # both widen with the window: the tree shows more titles
            splitter.setStretchFactor(index, share)
        navigator = max(NAVIGATOR_SHARE[0] * 100, self.navigator.sizeHint().width())  # wider at larger text
        splitter.setSizes([navigator, NAVIGATOR_SHARE[1] * 100])
        column.addWidget(splitter, 1)
        for keys, slot in ((page_keys.PAGE_BACK, self.go_back), (page_keys.PAGE_NEXT, self.go_next)):
            for key in keys:  # the same in every language: see page_keys
                QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        controller.stateChanged.connect(self._state_changed)
        controller.answerStored.connect(self._stored)
        controller.answerRejected.connect(self._rejected)
        controller.draftStored.connect(self._drafted)
        controller.storageFailed.connect(self.banner.show_problem)
        controller.storageRecovered.connect(self.banner.hide)
        controller.saved.connect(self.saved.emit)
        controller.statusChanged.connect(lambda _s: self._apply_status())
        self.hand_in, self.tasks = hand_in, tasks
        self.overview: InstitutionsOverview | PartPanel | None = None
        self.provenance: dict[str, tuple[str, str]] = {}
        self.show_provenance()
        self.retranslate()
        self._state_changed()
        self.show_page(0)

    # -- pages
    def page(self, index: int) -> QWidget:
        key = self.page_keys[index]
        if key not in self.pages:
            if key == REVIEW:
                review = ReviewPage(self.controller, self.lang, self.draft_problem)
                review.itemChosen.connect(self.show_item)
                c = self.controller
                if c.scope is None:
                    overview = InstitutionsOverview(
                        c.service, c.id, self.hand_in, database=c.database, read_only=c.read_only
                    )
                    overview.conflictsRequested.connect(self.show_conflicts)
                    self.overview = overview
                else:
                    part = PartPanel(c.service, c.id, self.q, self.lang, c.relevant)
                    part.contributeRequested.connect(self.contributeRequested.emit)
                    c.stateChanged.connect(lambda: part.show_relevant(c.relevant))
                    self.overview = part
                self.overview.signOffRequested.connect(self.show_sign_off)
                review.add_panel(self.overview)
                page: QWidget = review
            elif key == EXPORT:
                export = ExportPage(self.controller, self.hand_in, self.tasks, self.lang)
                export.reviewRequested.connect(lambda: self.show_page(self.page_keys.index(REVIEW)))
                page = export
            else:
                module, section = self.sections[index]
                page = SectionPage(module, section, self.q, self.lang, self.controller, self.wire, self.stack)  # type: ignore[arg-type]
                page.itemRequested.connect(self.show_item)
                page.setEnabled(self.controller.status != "final")
            self.pages[key] = page
            self.frames[key] = page if isinstance(page, SectionPage) else scrolling(page, self.stack)
            self.stack.addWidget(self.frames[key])
        return self.pages[key]

    def section_page(self, section_id: str) -> SectionPage:
        page = self.page(self.section_index[section_id])
        assert isinstance(page, SectionPage)
        return page

    def show_page(self, index: int) -> None:
        index = max(0, min(index, len(self.page_keys) - 1))
        previous = self.pages.get(self.page_keys[self.current])
        if isinstance(previous, SectionPage):
            previous.flush()
        self.current = index
        page = self.page(index)
        focused = QApplication.focusWidget()
        if previous is not None and previous is not page and focused is not None and previous.isAncestorOf(focused):
            # Hiding the focused page makes Qt walk the focus chain through every widget of every page built so
            # far (15 ms with five 200-item sections); the new page takes the focus below anyway.
            focused.clearFocus()
        key = self.page_keys[index]
        self.stack.setCurrentWidget(self.frames[key])
        self.navigator.select_page(key)
        if key in self.section_index:
            focused = QApplication.focusWidget()
            if focused is None or not self.navigator.isAncestorOf(focused):
                page.focus_first()  # type: ignore[attr-defined]
            QTimer.singleShot(PREBUILD_DELAY_MS, self._prebuild_next)
        else:
            page.setFocus()
        self._update_navigation()
        self.pageShown.emit(key)

    def _prebuild_next(self) -> None:
        """While the respondent reads, build the next section (in small batches) so Next is instant."""
        following = self.current + 1
        if following < len(self.sections) and self.page_keys[following] not in self.pages:
            self.page(following)

    def show_item(self, item_id: str) -> None:
        info = self.q.items[item_id]
        self.show_page(self.section_index[info.section.id])
        self.section_page(info.section.id).focus_item(item_id)

    def show_first_missing(self) -> None:
        item_id = self.controller.first_missing_required()
        if item_id is not None:
            self.show_item(item_id)
        else:
            self.show_page(self.page_keys.index(REVIEW))

    def go_back(self) -> None:
        self.show_page(self.current - 1)

    def go_next(self) -> None:
        self.show_page(self.current + 1)

    def flush(self) -> None:
        for page in self.pages.values():
            if isinstance(page, SectionPage):
                page.flush()

    # -- wiring item widgets to the controller
    # -- working together
    def show_provenance(self) -> None:
        """Who gave each answer an institution sent: in the navigator and on the items already built."""
        self.provenance = institutions_by_item(self.controller.service.provenance(self.controller.id))
        self.navigator.show_provenance(self.provenance)
        self._show_notes()

    def _show_notes(self) -> None:
        for page in self.pages.values():
            if isinstance(page, SectionPage):
                for item_id, widget in page.widgets.items():
                    widget.show_provenance(self._item_note(item_id))

    def _item_note(self, item_id: str) -> str | None:
        """The line under a question: who gave its answer, or on an institution's laptop that it is context."""
        given = self.provenance.get(item_id, ("", None))[1]
        scope = self.controller.scope
        if scope is None or item_id in scope:
            return given
        context = self.tr("Context from the focal point: not part of your assignment, shown read-only.")
        return f"{context} {given}" if given else context

    def show_conflicts(self) -> None:
        c = self.controller
        dialog = ConflictsDialog(c.service, c.id, self.q, self.lang, database=c.database, read_only=c.read_only)
        dialog.settled.connect(self._settled)
        dialog.exec()

    def _settled(self, item_id: str) -> None:
        self._stored(StoredAnswer(item_id, self.controller.service.answer(self.controller.id, item_id)))
        self.controller.refresh()
        self.show_provenance()
        if self.overview is not None:
            self.overview.refresh()

    def show_sign_off(self) -> None:
        c = self.controller
        dialog = SignOffDialog(c.service, c.id, self.q, self.lang, c.part, database=c.database, read_only=c.read_only)
        if dialog.exec() and self.overview:
            self.overview.refresh()

    def wire(self, widget: ItemWidget) -> None:
        widget.show_provenance(self._item_note(widget.item_id))
        scope = self.controller.scope
        if scope is not None and widget.item_id not in scope:
            widget.setEnabled(False)  # the core refuses changes to it: say so before the respondent types
        c = self.controller
        widget.valueEdited.connect(c.apply)
        widget.draftEdited.connect(c.apply)
        widget.commentEdited.connect(c.apply)
        widget.confirmRequested.connect(c.confirm)
        if isinstance(widget, AttachmentWidget):
            widget.attachmentAdded.connect(c.apply)
            widget.attachmentRemoved.connect(c.apply)
            widget.attachmentOpened.connect(self._open_attachment)

    def _open_attachment(self, opening: AttachmentOpening) -> None:
        folder = Path(tempfile.mkdtemp(prefix="omnibus-"))
        target = folder / Path(opening.name).name
        target.write_bytes(self.controller.attachment_content(opening.sha256))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _stored(self, stored: StoredAnswer) -> None:
        section_id = self.q.items[stored.item_id].section.id
        page = self.pages.get(section_id)
        if isinstance(page, SectionPage):
            page.show_stored(stored.item_id, stored.answer)

    def _rejected(self, refused: RefusedEdit) -> None:
        page = self.pages.get(self.q.items[refused.item_id].section.id)
        if isinstance(page, SectionPage) and refused.item_id in page.widgets:
            page.widgets[refused.item_id].rejected(refused.reason)

    def _drafted(self, draft: Draft) -> None:
        page = self.pages.get(self.q.items[draft.item_id].section.id)
        if isinstance(page, SectionPage) and draft.item_id in page.widgets:
            page.widgets[draft.item_id].drafted(draft.value, draft.problem, draft.where)

    def _retry(self) -> None:
        self.controller.retry()

    def _state_changed(self) -> None:
        self._show_state(self.controller.changed)

    def _show_state(self, items: frozenset[str] | None) -> None:
        """Progress, navigation and the items of `items` on the pages built (None: every item)."""
        progress = self.controller.progress
        if progress is not None:
            self.progress.setValue(progress.percent)
            self.progress_label.setText(self.tr("%1 % answered").replace("%1", str(progress.percent)))
            self.progress.setAccessibleName(self.progress_label.text())
        if items is None:
            for page in self.pages.values():
                if isinstance(page, SectionPage):
                    page.refresh_state(None)
        else:
            for section_id, ids in self._by_section(items).items():
                built = self.pages.get(section_id)
                if isinstance(built, SectionPage):
                    built.refresh_state(ids)
        self._update_navigation()

    def _by_section(self, items: frozenset[str]) -> dict[str, list[str]]:
        """The items of the questionnaire among `items`, by section: a page is told only of its own items (every
        page built used to look at its whole section after each save)."""
        found: dict[str, list[str]] = {}
        for item_id in items:
            info = self.q.items.get(item_id)
            if info is not None:
                found.setdefault(info.section.id, []).append(item_id)
        return found

    def _apply_status(self) -> None:
        for page in self.pages.values():
            if isinstance(page, SectionPage):
                page.setEnabled(self.controller.status != "final")
        self.retranslate()

    # -- text
    def add_band(self, band: QWidget) -> None:
        """A band under the header, such as the note on the questionnaire's language."""
        self.column.insertWidget(1, band)

    def retranslate(self) -> None:
        self._show_notes()
        status = self.tr("Final") if self.controller.status == "final" else self.tr("Draft")
        self.heading.setText(f"<b>{html.escape(self.title)}</b> &nbsp; <span style='color:#5b6470'>{status}</span>")
        self._show_arrows()
        self.back_button.setToolTip(self.tr("Previous page (Alt+Left or Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Alt+Right or Ctrl+Page Down)"))
        self._show_state(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._show_arrows()
        super().changeEvent(event)

    def _show_arrows(self) -> None:
        """Back and Next with arrows pointing the way the pages turn in the interface's direction."""
        rtl = self.isRightToLeft()
        for button, word, forward in ((self.back_button, self.tr("Back"), False),
                                      (self.next_button, self.tr("Next"), True)):  # fmt: skip
            button.setText(arrowed(word, forward, rtl))
            button.setAccessibleName(word)

    def _update_navigation(self) -> None:
        key = self.page_keys[self.current]
        self.back_button.setEnabled(self.current > 0)
        self.next_button.setEnabled(self.current < len(self.page_keys) - 1)
        if key in self.section_index and self.controller.progress is not None:
            sp = next(s for s in self.controller.progress.sections if s.section_id == key)  # of the part shown
            if sp.applies:
                text = self.tr("Section %1 of %2 · %3 % answered").replace("%3", str(sp.percent))
            else:  # not "100 % answered" for a page with no question on it
                text = self.tr("Section %1 of %2 · nothing to answer yet")
            text = text.replace("%1", str(self.current + 1)).replace("%2", str(len(self.sections)))
        elif key == REVIEW:
            text = self.tr("Review")
        else:
            text = self.tr("Hand in")
        self.position.setText(text)

    def draft_problem(self, draft: Draft) -> str:
        """Why the draft is not an answer yet as its widget says it now, when the widget is built and finds the
        input wrong itself; else as the controller has it (in today's language when the service refuses it)."""
        page = self.pages.get(self.q.items[draft.item_id].section.id)
        widget = page.widgets.get(draft.item_id) if isinstance(page, SectionPage) else None
        problem = widget.invalid_input() if widget is not None else None
        return str(problem) if problem is not None else draft.problem

    def drafts_text(self) -> str:
        """What is kept as a draft and why (the first in questionnaire order), for the status line; "" if nothing.
        A hidden item's draft is left out, as it is from progress and issues: it is stored, but not on screen."""
        c = self.controller
        drafts = [c.drafts[i] for i in self.q.items if i in c.drafts and i in c.relevant]
        if not drafts:
            return ""
        problem = self.draft_problem(drafts[0]).rstrip(".")
        problem = problem[:1].upper() + problem[1:]
        if len(drafts) == 1:
            return self.tr("%1 — kept as a draft").replace("%1", problem)
        return self.tr("%1 — kept as a draft (and %2 more)").replace("%1", problem).replace("%2", str(len(drafts) - 1))
