"""The conflict view: each answer an institution sent that was not taken, side by side with this side's — who gave
each, when, and what — for the focal point to keep theirs, take the institution's or write one combining both.
Nothing is overwritten unseen: a conflict stays open until it is settled here (or with `omnibus conflicts`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from omnibus.ui.bidi import isolated
from omnibus.ui.collaboration.refusal_text import working_together_words
from omnibus.ui.i18n import when

TEXT_TYPES = frozenset({"text", "long_text"})


def shown(value: Any, questionnaire: Any, item_id: str, lang: str) -> str:
    """An answer as people read it: choice labels for codes, text as typed, anything else as compact JSON."""
    if value is None:
        return "—"
    item = questionnaire.item(item_id)
    if isinstance(value, str) and hasattr(item, "choice_list"):
        labels = {c.code: questionnaire.text(c.label, lang) for c in questionnaire.choices(item)}
        return str(labels.get(value, value))
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=1)


class Side(QGroupBox):
    """One side of a conflict: who gave the answer, when, and the answer."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        self.who = QLabel(wordWrap=True)
        self.who.setObjectName("conflictWho")
        self.what = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.what.setObjectName("conflictWhat")
        self.what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.what.setAlignment(Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.who)
        column.addWidget(self.what, 1)


class ConflictsDialog(QDialog):
    settled = Signal(str)
    """An item's conflict was settled (its id): the assessment's pages show the answer now stored."""

    def __init__(
        self,
        service: Any,
        assessment_id: str,
        questionnaire: Any,
        lang: str,
        *,
        database: Path,
        read_only: bool = False,
    ) -> None:
        """`database` is the file the service writes (`read_only` when it was opened on read-only media): a storage
        error names it in the focal point's language."""
        super().__init__()
        self.setObjectName("conflictsDialog")
        self.service, self.assessment_id, self.questionnaire, self.lang = service, assessment_id, questionnaire, lang
        self.database, self.read_only = database, read_only
        self.conflicts: list[Any] = []
        self.listing = QListWidget()
        self.listing.setWordWrap(True)
        self.listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.listing.currentRowChanged.connect(self._show)
        self.question = QLabel(wordWrap=True)
        self.question.setObjectName("conflictQuestion")
        self.mine, self.theirs = Side(), Side()
        sides = QHBoxLayout()
        sides.addWidget(self.mine, 1)
        sides.addWidget(self.theirs, 1)
        self.keep = QPushButton()
        self.take = QPushButton()
        self.combine = QPushButton()
        self.keep.clicked.connect(lambda: self.settle("mine"))
        self.take.clicked.connect(lambda: self.settle("theirs"))
        self.combine.clicked.connect(lambda: self.settle("combined"))
        choices = QHBoxLayout()
        for button in (self.keep, self.take, self.combine):
            choices.addWidget(button)
        self.none_left = QLabel(wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.question)
        right.addLayout(sides, 1)
        right.addLayout(choices)
        body = QHBoxLayout()
        body.addWidget(self.listing, 1)
        body.addLayout(right, 3)
        column = QVBoxLayout(self)
        column.addWidget(self.none_left)
        column.addLayout(body, 1)
        column.addWidget(buttons)
        self.resize(1000, 560)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts to settle"))
        self.keep.setText(self.tr("Keep mine"))
        self.take.setText(self.tr("Take theirs"))
        self.combine.setText(self.tr("Combine…"))
        self.none_left.setText(self.tr("No conflict is left: every answer the institutions sent is settled."))
        self._show(self.listing.currentRow())

    def reload(self) -> None:
        self.conflicts = self.service.conflicts(self.assessment_id)
        self.listing.clear()
        for conflict in self.conflicts:
            label = self.questionnaire.text(self.questionnaire.item(conflict.item_id).label, self.lang)
            row = QListWidgetItem(f"{label}\n{isolated(conflict.institution)}")
            row.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.listing.addItem(row)
        self.none_left.setVisible(not self.conflicts)
        for widget in (self.keep, self.take, self.combine, self.mine, self.theirs):
            widget.setEnabled(bool(self.conflicts))
        if self.conflicts:
            self.listing.setCurrentRow(0)
        else:
            self._show(-1)

    def _show(self, row: int) -> None:
        self.question.setToolTip("")  # the core's words of a refusal, gone with it
        if not 0 <= row < len(self.conflicts):
            self.question.clear()
            for side in (self.mine, self.theirs):
                side.who.clear()
                side.what.clear()
            return
        c = self.conflicts[row]
        q, lang = self.questionnaire, self.lang
        self.question.setText(q.text(q.item(c.item_id).label, lang))
        self.mine.setTitle(self.tr("Yours"))
        self.mine.who.setText(self.tr("Given by %1").replace("%1", isolated(c.mine_from)))
        self.mine.what.setText(shown(c.mine.value, q, c.item_id, lang) + _comment(c.mine.comment))
        self.theirs.setTitle(self.tr("Theirs"))
        given = when(c.given_at) if c.given_at else "—"
        if c.person:
            who = self.tr("Given by %1 (%2), %3, round %4").replace("%1", isolated(c.institution))
            who = who.replace("%2", isolated(c.person)).replace("%3", given).replace("%4", str(c.round))
        else:  # the assignment named nobody: the institution gave it
            who = self.tr("Given by %1, %2, round %3").replace("%1", isolated(c.institution))
            who = who.replace("%2", given).replace("%3", str(c.round))
        self.theirs.who.setText(who)
        self.theirs.what.setText(shown(c.theirs.value, q, c.item_id, lang) + _comment(c.theirs.comment))
        self.combine.setEnabled(q.item(c.item_id).type in TEXT_TYPES)

    def _combined(self, both: str) -> str | None:
        """Both answers, edited into one in a box half as wide and tall as this view: room to read and merge two
        texts, and for the title (Qt's own box was so narrow that it cut "Combiner les deux réponses")."""
        box = QInputDialog(self)
        box.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        box.setWindowTitle(self.tr("Combine both answers"))
        box.setLabelText(self.tr("Answer:"))
        box.setTextValue(both)
        hint = box.sizeHint()
        box.resize(max(hint.width(), self.width() // 2), max(hint.height(), self.height() // 2))
        return box.textValue() if box.exec() == QDialog.DialogCode.Accepted else None

    def settle(self, resolution: str) -> None:
        from omnibus.ui.ports import ServiceError, StorageError

        row = self.listing.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        c = self.conflicts[row]
        value = None
        if resolution == "combined":
            both = f"{c.mine.value or ''}\n\n{c.theirs.value or ''}".strip()
            value = self._combined(both)
            if value is None:
                return
        try:
            self.service.resolve_conflict(self.assessment_id, c.id, resolution, value=value)
        except (ServiceError, StorageError) as exc:
            why = working_together_words(exc, self.database, read_only=self.read_only)
            self.question.setText(self.tr("Not settled: %1").replace("%1", why))
            self.question.setToolTip(str(exc))  # the core's words, for whoever helps
            return
        self.settled.emit(c.item_id)
        self.reload()


def _comment(comment: str) -> str:
    return f"\n\n“{comment}”" if comment else ""
