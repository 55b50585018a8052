"""One section of the questionnaire on one scrolling page; item widgets are built in small batches.

The first screenful is built at once; the rest only after that screenful has been painted, in small batches
between turns of the event loop, so switching to a section of hundreds of items shows it at once and typing is
never held up. Every item added makes Qt lay out the whole page again, so built items join the page in chunks
of up to `REVEAL_MAX` (measured: a third less work than joining each batch, and no longer pauses). A page
that is not on screen builds nothing more; pages are kept, so coming back costs nothing.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import Answer, Issue
from omnibus.model.schema import Module, Section
from omnibus.model.triggers import section_triggers
from omnibus.ui.assessment.controller import AssessmentController
from omnibus.ui.assessment.issue_text import issue_message
from omnibus.ui.assessment.nothing_yet import NothingYet
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.items import ItemWidget, create_item_widget
from omnibus.ui.items.attachment import AttachmentWidget
from omnibus.ui.steady_rich_label import SteadyRichLabel

FIRST_BATCH = 5  # a screenful at 1366×768
BATCH = 6  # ~20 ms of work, then the event loop paints and handles input before the next batch
BATCH_DELAY_MS = 15
REVEAL_MAX = 12  # items joining the page at once: showing one costs a few ms, each join a layout of the page


class SectionPage(FollowsLanguage, QScrollArea):
    itemWidgetCreated = Signal(object)
    itemRequested = Signal(str)  # a question named by the note on a section with nothing to answer yet

    def __init__(self, module: Module, section: Section, questionnaire: Questionnaire, lang: str,
                 controller: AssessmentController, wire: object, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.module, self.section, self.questionnaire, self.lang = module, section, questionnaire, lang
        self.controller = controller
        self._wire = wire
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("sectionPage")
        body = QWidget()
        body.setObjectName("pageBody")
        # The page grows and shrinks at its end as follow-ups come and go: only what moved is painted again, not
        # the whole page (what is above the answered question is where it was).
        body.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(20, 16, 20, 24)
        self.column.setSpacing(10)
        self.heading = SteadyRichLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.heading.setObjectName("sectionHeading")
        self.column.addWidget(self.heading)
        intro = questionnaire.text(section.introduction, lang)
        guidance = questionnaire.text(section.guidance, lang)
        text = html.escape("\n\n".join(t for t in (intro, guidance) if t)).replace("\n", "<br>")
        self.intro = SteadyRichLabel(text, textFormat=Qt.TextFormat.RichText)  # escaped: never read as plain text
        self.intro.setWordWrap(True)
        self.intro.setObjectName("sectionIntro")
        self.column.addWidget(self.intro)  # parent first: a parentless widget made visible becomes a window
        self.intro.setVisible(bool(intro or guidance))
        self.nothing_yet = NothingYet(body)
        self.nothing_yet.hide()
        self.nothing_yet.itemRequested.connect(self.itemRequested.emit)
        self.column.addWidget(self.nothing_yet)
        self.widgets: dict[str, ItemWidget] = {}
        self._issues_shown: dict[str, tuple[Issue, ...]] = {}  # what each widget was last given to show
        self._queue = [item.id for item in section.items]
        self._unrevealed: list[ItemWidget] = []  # built, kept hidden until the next chunk is revealed
        self._revealed = 0
        self._tail = QWidget()
        self.column.addWidget(self._tail, 1)
        self._batch_pending = False
        self.setWidget(body)
        body.installEventFilter(self)
        self.retranslate()
        self._show_nothing_yet()
        self._build(FIRST_BATCH)

    def retranslate(self) -> None:
        self._issues_shown.clear()  # worded again in the new language at the next refresh
        module = html.escape(self.questionnaire.text(self.module.title, self.lang))
        title = html.escape(self.questionnaire.text(self.section.title, self.lang))
        self.heading.setText(f'<div style="color:#5b6470">{module}</div><h2 style="margin:2px 0">{title}</h2>')

    def _build(self, count: int) -> None:
        body = self.widget()
        for item_id in self._queue[:count]:
            info = self.questionnaire.items[item_id]
            widget = create_item_widget(info, self.questionnaire, self.lang)
            widget.setParent(body)  # hidden until revealed
            widget.set_answer(self.controller.answers.get(item_id))
            draft = self.controller.drafts.get(item_id)
            if draft is not None:  # what was typed last, not the older valid answer
                widget.drafted(draft.value, draft.problem, draft.where, show=True)
            self._show_issues(widget)
            self._unrevealed.append(widget)
            self.widgets[item_id] = widget
            wire = self._wire
            assert callable(wire)
            wire(widget)
        del self._queue[:count]
        if not self._queue or len(self._unrevealed) >= min(max(FIRST_BATCH, self._revealed), REVEAL_MAX):
            self._reveal()

    def _reveal(self) -> None:
        relevant = self.controller.relevant
        for widget in self._unrevealed:
            self.column.insertWidget(self.column.count() - 1, widget)  # before the stretch at the end
            widget.setVisible(widget.item_id in relevant)
        self._revealed += len(self._unrevealed)
        self._unrevealed.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.widget():
            self._schedule_batch()  # what is built has been painted: build more in a later turn
        return super().eventFilter(watched, event)

    def _schedule_batch(self) -> None:
        if self._queue and not self._batch_pending:
            self._batch_pending = True
            QTimer.singleShot(BATCH_DELAY_MS, self._build_more)

    def _build_more(self) -> None:
        self._batch_pending = False
        if self._queue and self.isVisible():
            self._build(BATCH)
            self._schedule_batch()

    def ensure_built(self) -> None:
        if self._queue:
            self._build(len(self._queue))

    @property
    def complete(self) -> bool:
        return not self._queue

    # -- reacting to the controller
    def _show_issues(self, widget: ItemWidget) -> None:
        """The item's issues under it; worded again only when they changed (a save changes those of one item)."""
        found = tuple(self.controller.issues_by_item.get(widget.item_id, ()))
        if self._issues_shown.get(widget.item_id) == found:
            return
        self._issues_shown[widget.item_id] = found
        hidden = ("required", "to_confirm", "draft")  # a draft's problem is shown by the widget, at the wrong field
        shown = [i for i in found if i.kind not in hidden]
        widget.set_issues([(i.severity, issue_message(i, self.questionnaire, self.lang)) for i in shown])

    def refresh_state(self, items: Iterable[str] | None = None) -> None:
        """The items shown or hidden as relevance says, with their issues: those of `items` (after a save, the
        items it changed), or all."""
        relevant = self.controller.relevant
        for item_id in self.widgets if items is None else items:
            widget = self.widgets.get(item_id)
            if widget is None:
                continue
            if widget not in self._unrevealed:
                widget.setVisible(item_id in relevant)
            self._show_issues(widget)
        self._show_nothing_yet()

    def _show_nothing_yet(self) -> None:
        """The note when none of the section's questions applies, naming the questions that decide it; hidden
        as soon as one applies. Only this section's items are looked at: a save costs no more than it did."""
        relevant = self.controller.relevant
        if any(item.id in relevant for item in self.section.items):
            if not self.nothing_yet.isHidden():
                self.nothing_yet.hide()
            return
        q, part = self.questionnaire, self.controller.part
        self.nothing_yet.show_triggers(
            tuple(
                (item_id, q.text(q.item(item_id).label, self.lang), part is None or q.items[item_id].section.id in part)
                for item_id in section_triggers(q, self.section, relevant)
            )
        )

    def show_stored(self, item_id: str, answer: Answer | None) -> None:
        widget = self.widgets.get(item_id)
        if widget is None:
            return
        if isinstance(widget, AttachmentWidget):  # the list comes from the service
            widget.set_answer(answer)
        widget.accepted(answer)

    def flush(self) -> None:
        for widget in self.widgets.values():
            widget.flush()

    def focus_item(self, item_id: str) -> None:
        self.ensure_built()
        widget = self.widgets.get(item_id)
        if widget is None:
            return
        # Items just built have only asked to be laid out; the scroll area would size the page to them at the
        # next turn of the event loop, after scrolling to where the item is not yet. Lay them out now.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ensureWidgetVisible(widget, 0, 40)
        self.verticalScrollBar().setValue(min(widget.y() - 8, self.verticalScrollBar().maximum()))
        widget.focus_editor()

    def focus_first(self) -> None:
        for widget in self.widgets.values():
            if widget.isVisibleTo(self) and widget.focus_editor():
                return
