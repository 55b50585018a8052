"""What a section page says when none of its questions applies yet, with links to the questions that decide it.

A section whose questions are all follow-ups of answers not given showed its introduction and then nothing: the
respondent could not tell an empty page from a broken one, nor where to go. This note says why, and names the
questions whose answers make the section's questions appear, each a link to it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from omnibus.ui.follows_language import FollowsLanguage

Trigger = tuple[str, str, bool]  # item id, its question, whether it can be shown here (a link)


class NothingYet(FollowsLanguage, QFrame):
    itemRequested = Signal(str)  # the id of a question named, when its link is followed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nothingYet")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 4)
        self.sentence = QLabel(wordWrap=True)
        self.sentence.setObjectName("nothingYetSentence")
        column.addWidget(self.sentence)
        self.links: list[QLabel] = []
        self._triggers: tuple[Trigger, ...] | None = None
        self._column = column

    def show_triggers(self, triggers: tuple[Trigger, ...]) -> None:
        """The note, naming `triggers`; labels are made again only when the questions named change."""
        if triggers != self._triggers:
            self._triggers = triggers
            for link in self.links:
                link.deleteLater()
            self.links = [self._link(trigger) for trigger in triggers]
            for link in self.links:
                self._column.addWidget(link)
            self.retranslate()
        self.show()

    def _link(self, trigger: Trigger) -> QLabel:
        item_id, question, reachable = trigger
        text = html.escape(question)
        label = QLabel(f'<a href="{html.escape(item_id)}">{text}</a>' if reachable else text, self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setContentsMargins(16, 0, 16, 0)  # set off from the sentence, on the side the text starts
        label.setAccessibleName(question)
        if reachable:
            flags = Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            label.setTextInteractionFlags(flags)
            label.linkActivated.connect(self.itemRequested.emit)
        return label

    def retranslate(self) -> None:
        text = self.tr(
            "Nothing to answer here yet: none of this section's questions applies with the answers given so far."
        )
        count = len(self._triggers or ())  # the lead-in to the links on a line of its own, next to them
        if count == 1:
            text += "\n" + self.tr("Its questions depend on your answer to this question:")
        elif count > 1:
            text += "\n" + self.tr("Its questions depend on your answers to these questions:")
        self.sentence.setText(text)
        self.setAccessibleName(text)
