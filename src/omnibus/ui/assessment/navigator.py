"""The questionnaire as a tree: modules, sections, items, each with a status icon; filters and search above it."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.questionnaire import Questionnaire
from omnibus.model.records import SectionProgress
from omnibus.model.references import covers, filter_choices, shown
from omnibus.model.schema import INSTRUMENT_NAMES
from omnibus.ui.assessment.controller import AssessmentController
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.i18n import interface_language
from omnibus.ui.icons import COMPLETE, ISSUES, NOT_APPLICABLE, NOT_STARTED, PARTIAL, status_icon
from omnibus.ui.wrapping_button import WrappingButton

KIND, KEY = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1
REVIEW, EXPORT = "review", "export"
Filter = tuple[str | None, str | None, str | None, list[str]]  # instrument, area, article, words searched
NOTHING_YET = "\u2014"  # a section's percentage when none of its questions applies yet: an em dash, not "100 %"


def percent_text(percent: int) -> str:
    """ "40 %"; in a right-to-left interface with a right-to-left mark first, so that every row reads as the
    translated progress lines around it do: a bare number and sign took the direction of whatever was drawn
    before it, and the rows of one list came out in two orders ("% 0" on one, "20 %" on the next)."""
    text = f"{percent} %"
    return "\u200f" + text if QApplication.isRightToLeft() else text


def fold(text: str) -> str:
    """Lower case without accents, for a forgiving search."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def _set_hidden(row: QTreeWidgetItem, hidden: bool) -> None:
    """Hide or show a row; only when that changes, since the tree lays out every row again at each call."""
    if row.isHidden() != hidden:
        row.setHidden(hidden)


class Navigator(FollowsLanguage, QWidget):
    sectionChosen = Signal(str)
    itemChosen = Signal(str)
    pageChosen = Signal(str)  # review or export
    firstMissingRequested = Signal()

    def __init__(self, questionnaire: Questionnaire, lang: str, controller: AssessmentController) -> None:
        super().__init__()
        self.q, self.lang, self.controller = questionnaire, lang, controller
        self.said = interface_language()  # references read in it (a change of language builds a new navigator)
        self.setObjectName("navigator")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above the fields at large text
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.instrument = QComboBox()
        self.module = QComboBox()
        self.article = QComboBox()
        for combo in (self.instrument, self.module, self.article):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.search, self.instrument, self.module, self.article), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        column.addLayout(form)
        self.missing_button = WrappingButton()  # the sentence is long in every language
        self.missing_button.clicked.connect(self.firstMissingRequested.emit)
        column.addWidget(self.missing_button)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        # The end of a title tells sections apart ("Key implementation questions: research" / "…: training"), so a
        # title too long for the column loses its middle, not its end: Russian titles all read alike otherwise.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # fitted by `_set_count`
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        column.addWidget(self.tree, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        column.addWidget(self.empty)
        self.section_rows: dict[str, QTreeWidgetItem] = {}
        self.item_rows: dict[str, QTreeWidgetItem] = {}
        self.section_items: dict[str, list[tuple[str, QTreeWidgetItem]]] = {}
        self.module_rows: list[tuple[QTreeWidgetItem, list[tuple[str, QTreeWidgetItem]]]] = []
        self.context_rows: dict[str, tuple[QTreeWidgetItem, str]] = {}
        self.context_tips: dict[str, str] = {}
        self._was_filtering = False
        self._icons: dict[int, str] = {}  # the status each row's icon shows, by the row's id()
        self._percents: dict[str, int | None] = {}  # the percentage each section's row shows; None: nothing yet
        self._counted: dict[str, SectionProgress] = {}  # the counts each section's row was last shown with
        self._count_width = 0  # the widest second-column text (pixels) the column was fitted to
        self._filtered_relevant: frozenset[str] | None = None  # the relevance the rows were last filtered by
        self._build()
        self.retranslate()
        controller.stateChanged.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        italic = QFont(self.font())
        italic.setItalic(True)
        part, scope = self.controller.part, self.controller.scope
        for module in self.q.document.modules:
            if part is not None and not any(section.id in part for section in module.sections):
                continue
            module_row = QTreeWidgetItem(self.tree, [self.q.text(module.title, self.lang)])
            module_row.setData(0, KIND, "module")
            module_row.setFont(0, bold)
            module_row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            module_row.setToolTip(0, module_row.text(0))  # whole, when the column cuts it
            module_row.setExpanded(True)
            sections: list[tuple[str, QTreeWidgetItem]] = []
            self.module_rows.append((module_row, sections))
            for section in module.sections:
                if part is not None and section.id not in part:
                    continue  # on an institution's laptop: only the sections of its assignment
                row = QTreeWidgetItem(module_row, [self.q.text(section.title, self.lang), ""])
                row.setToolTip(0, row.text(0))  # whole, when the column cuts it (`_show_percent` adds to it)
                row.setData(0, KIND, "section")
                row.setData(0, KEY, section.id)
                self.section_rows[section.id] = row
                sections.append((section.id, row))
                self.section_items[section.id] = []
                for item in section.items:
                    label = self.q.text(item.label, self.lang)
                    child = QTreeWidgetItem(row, [label])
                    child.setToolTip(0, label)
                    if scope is not None and item.id not in scope:
                        child.setFont(0, italic)  # read-only context; the tooltip says so (`retranslate`)
                        self.context_rows[item.id] = (child, label)
                    child.setData(0, KIND, "item")
                    child.setData(0, KEY, item.id)
                    self.item_rows[item.id] = child
                    self.section_items[section.id].append((item.id, child))
        self.review_row = QTreeWidgetItem(self.tree, [""])
        self.review_row.setData(0, KIND, REVIEW)
        self.export_row = QTreeWidgetItem(self.tree, [""])
        self.export_row.setData(0, KIND, EXPORT)
        self.instrument.addItem("", None)
        for code in self.q.document.instruments:
            self.instrument.addItem(code, code)
        self.module.addItem("", None)
        for module in self.q.document.modules:
            if part is None or any(section.id in part for section in module.sections):
                self.module.addItem(self.q.text(module.title, self.lang), module.id)
        self.article.addItem("", None)
        for ref in filter_choices(r for info in self.q.items.values() for r in info.item.references):
            self.article.addItem(shown(ref, self.said), ref)  # the stored form filters

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("Search:"), self.tr("Instrument:"), self.tr("Area:"),
                                             self.tr("Article:")), strict=True):  # fmt: skip
            label.setText(text)
        self.search.setPlaceholderText(self.tr("Words in a question"))
        self.search.setAccessibleName(self.tr("Search the questions"))
        self.instrument.setItemText(0, self.tr("All instruments"))
        names = {
            "untoc": self.tr("Convention (UNTOC)"),
            "tip": self.tr("Trafficking in Persons Protocol"),
            "som": self.tr("Smuggling of Migrants Protocol"),
            "firearms": self.tr("Firearms Protocol"),
        }
        for n in range(1, self.instrument.count()):
            code = self.instrument.itemData(n)
            self.instrument.setItemText(n, names.get(code, code))
            self.instrument.setItemData(n, INSTRUMENT_NAMES.get(code, code), Qt.ItemDataRole.ToolTipRole)
        self.module.setItemText(0, self.tr("All areas"))
        self.article.setItemText(0, self.tr("All articles"))
        self.instrument.setAccessibleName(self.tr("Filter by instrument"))
        self.module.setAccessibleName(self.tr("Filter by thematic area"))
        self.article.setAccessibleName(self.tr("Filter by article"))
        self.missing_button.setText(self.tr("Go to the first unanswered required question"))
        self.missing_button.setAccessibleName(self.missing_button.text())
        self.tree.setAccessibleName(self.tr("Questionnaire contents"))
        self.review_row.setText(0, self.tr("Review and finish"))
        self.export_row.setText(0, self.tr("Hand in"))
        for item_id, (row, question) in self.context_rows.items():
            tip = self.tr("%1 (context from the focal point, read-only)").replace("%1", question)
            self.context_tips[item_id] = tip
            row.setToolTip(0, tip)
        self.empty.setText(self.tr("No question matches the filter."))
        for section_id, percent in self._percents.items():  # their spoken text, and their direction
            self._show_percent(self.section_rows[section_id], percent)

    # -- filtering
    def filtering(self) -> bool:
        return bool(self.search.text().strip()) or any(
            c.currentData() is not None for c in (self.instrument, self.module, self.article)
        )

    def matches(self, item_id: str, wanted: Filter) -> bool:
        """Whether the item's row shows under the filters `wanted` (read once for all rows: `wanted()`)."""
        info = self.q.items[item_id]
        if item_id not in self.controller.relevant:
            return False
        code, module, ref, words = wanted
        if code is not None and code not in info.instruments:
            return False
        if module is not None and info.module.id != module:
            return False
        if ref is not None and not any(covers(ref, r) for r in info.item.references):
            return False
        if words:
            refs = [form for r in info.item.references for form in {r, shown(r, self.said)}]
            haystack = fold(" ".join((self.q.text(info.item.label, self.lang), *refs)))
            return all(w in haystack for w in words)
        return True

    def wanted(self) -> Filter:
        """The filters as set now: instrument, area, article and the search's words."""
        return (
            self.instrument.currentData(),
            self.module.currentData(),
            self.article.currentData(),
            fold(self.search.text()).split(),
        )

    def apply_filter(self) -> None:
        active = self.filtering()
        wanted = self.wanted()
        self._filtered_relevant = self.controller.relevant
        shown = 0
        for module_row, sections in self.module_rows:
            module_shown = 0
            for section_id, row in sections:
                visible_children = 0
                for item_id, child in self.section_items[section_id]:
                    ok = self.matches(item_id, wanted)
                    _set_hidden(child, not ok)
                    visible_children += ok
                _set_hidden(row, active and visible_children == 0)
                if active or self._was_filtering:  # leave the respondent's own expansion alone otherwise
                    row.setExpanded(active and visible_children > 0)
                shown += visible_children
                module_shown += visible_children
            _set_hidden(module_row, active and module_shown == 0)
        self._was_filtering = active
        self.empty.setVisible(active and shown == 0)

    def visible_items(self) -> list[str]:
        return [
            item_id
            for section_id, row in self.section_rows.items()
            if not row.isHidden()
            for item_id, child in self.section_items[section_id]
            if not child.isHidden()
        ]

    # -- status
    def refresh(self) -> None:
        """Icons and percentages after a change. A row is touched only when what it shows changed: every change
        of a row makes the tree lay out and repaint all its rows again, and one save changes one or two of them.
        Only the items the save changed (`changed`) and the sections holding them or whose counts moved are
        looked at again: the others show what they showed."""
        c = self.controller
        rows = self.item_rows
        first = not self._icons
        changed = rows.keys() if first else [item_id for item_id in c.changed if item_id in rows]  # all at first
        touched: set[str] = set()
        for item_id in changed:
            status = ISSUES if self._flagged(item_id) else COMPLETE if c.answered(item_id) else NOT_STARTED
            self._show_status(rows[item_id], status)
            touched.add(self.q.items[item_id].section.id)
        if c.progress is not None:
            for sp in c.progress.sections:
                if sp.section_id not in self.section_rows:
                    continue  # outside this institution's part
                if not first and sp.section_id not in touched and self._counted.get(sp.section_id) == sp:
                    continue
                self._counted[sp.section_id] = sp
                self._show_section(sp)
        if c.relevant != self._filtered_relevant:  # only relevance, of what a save changes, filters rows
            self._follow_relevance()

    def _follow_relevance(self) -> None:
        """The rows as relevance now says. Without a filter set, a row shows exactly when its item is relevant, so
        only the rows of the items shown or hidden by the save change; with one, every row is matched again."""
        before, relevant = self._filtered_relevant, self.controller.relevant
        if before is None or self._was_filtering or self.filtering():
            self.apply_filter()
            return
        for item_id in before ^ relevant:
            row = self.item_rows.get(item_id)
            if row is not None:
                _set_hidden(row, item_id not in relevant)
        self._filtered_relevant = relevant

    def _flagged(self, item_id: str) -> bool:
        """Whether the item has an issue other than being unanswered (it then shows the issues icon)."""
        return any(issue.kind != "required" for issue in self.controller.issues_by_item.get(item_id, ()))

    def _show_section(self, sp: SectionProgress) -> None:
        """A section's icon and percentage as its counts and its items' issues say."""
        row = self.section_rows[sp.section_id]
        if not sp.applies:
            status = NOT_APPLICABLE
        elif any(self._flagged(item_id) for item_id, _row in self.section_items[sp.section_id]):
            status = ISSUES
        elif sp.answered >= sp.relevant:
            status = COMPLETE
        else:
            status = PARTIAL if sp.answered else NOT_STARTED
        self._show_status(row, status)
        percent = sp.percent if sp.applies else None
        if sp.section_id not in self._percents or self._percents[sp.section_id] != percent:
            self._percents[sp.section_id] = percent
            self._show_percent(row, percent)

    def _show_percent(self, row: QTreeWidgetItem, percent: int | None) -> None:
        """The section's percentage, or a dash with a sentence (spoken, and in the tooltip) when none of its
        questions applies yet: "100 %" read as done for a section the respondent never saw."""
        if percent is None:
            self._set_count(row, NOTHING_YET)
            spoken = self.tr("Nothing to answer yet: no question here applies with the answers given so far.")
            row.setToolTip(0, f"{row.text(0)}\n{spoken}")
        else:
            self._set_count(row, percent_text(percent))
            spoken = self.tr("%1 percent answered").replace("%1", str(percent))
            row.setToolTip(0, row.text(0))  # the whole title: a long one loses its middle in the column
        row.setToolTip(1, spoken if percent is None else "")
        row.setData(1, Qt.ItemDataRole.AccessibleTextRole, spoken)

    def _show_status(self, row: QTreeWidgetItem, status: str) -> None:
        """Qt cannot compare icons, so it redraws a row given the icon it already shows: remember it here."""
        if self._icons.get(id(row)) != status:
            self._icons[id(row)] = status
            row.setIcon(0, status_icon(status))

    def show_provenance(self, by_item: dict[str, tuple[str, str]]) -> None:
        """The institution's initials beside each item it answered; the whole sentence in the item's tooltip."""
        for item_id, row in self.item_rows.items():
            institution, sentence = by_item.get(item_id, ("", ""))
            self._set_count(row, institution)
            row.setToolTip(1, sentence)
            base = self.context_tips.get(item_id) or row.text(0)
            row.setToolTip(0, base + (f"\n{sentence}" if sentence else ""))

    def _set_count(self, row: QTreeWidgetItem, text: str) -> None:
        """The second column's text (a section's percentage, the initials of who answered an item), the column as
        wide as the widest text it has had to show. Fitting it again (`resizeColumnToContents`, or Qt's own
        `ResizeToContents`) measures every row and repaints the whole tree: done at every save whose percentage
        changed width ("0%" and "11%"), that was half of what a save cost. It is refitted only when a text wider
        than any before arrives (a change of text size builds a new navigator); it does not shrink until then."""
        shown = row.text(1)
        if shown == text:
            return
        row.setText(1, text)
        width = self.tree.fontMetrics().horizontalAdvance(text)
        if width > self._count_width:
            self._count_width = width
            self.tree.resizeColumnToContents(1)

    def select_page(self, key: str) -> None:
        """Highlights the row of the page shown: a section, the review or the hand-in page."""
        row = {REVIEW: self.review_row, EXPORT: self.export_row}.get(key) or self.section_rows.get(key)
        if row is not None:
            self.tree.setCurrentItem(row)

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        kind = row.data(0, KIND)
        if kind == "section":
            self.sectionChosen.emit(row.data(0, KEY))
        elif kind == "item":
            self.itemChosen.emit(row.data(0, KEY))
        elif kind in (REVIEW, EXPORT):
            self.pageChosen.emit(kind)
