"""The frame every item widget shares: label, guidance on demand, inline messages, comment, debounced commit.

A subclass builds its editor and converts between it and the canonical answer value. The base emits
`valueEdited(ValueEdit)` (a value of None means "cleared") after a short pause in typing or within a second of typing
that goes on (see save_timer.py), on focus-out, or at once for clicks; it never talks to the service itself.
Input that cannot become an answer yet is emitted as a draft (`draftEdited`), as typed, when the widget can give
it back (`draft_value`), so that it is stored at once too. The payloads are in edits.py.
"""

from __future__ import annotations

import html
from abc import abstractmethod
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.model.questionnaire import ItemInfo, Questionnaire
from omnibus.model.records import Answer, Json
from omnibus.model.references import shown
from omnibus.ui.edits import CommentEdit, DraftEdit, ValueEdit
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.i18n import interface_language
from omnibus.ui.items.confirm import ConfirmRow
from omnibus.ui.items.save_timer import SaveTimer
from omnibus.ui.paragraph_edit import ParagraphEdit
from omnibus.ui.steady_rich_label import SteadyRichLabel
from omnibus.ui.tr import InheritedTr


class InvalidInput(Exception):
    """What the respondent typed cannot become an answer yet (e.g. letters in a number); the message says why,
    `where` which field (entry or row index, then field or column id), as `ValueRejected.where`."""

    def __init__(self, message: str, where: tuple[int | str, ...] = ()) -> None:
        super().__init__(message)
        self.where = where


class ItemWidget(InheritedTr, FollowsLanguage, QFrame):
    valueEdited = Signal(ValueEdit)
    draftEdited = Signal(DraftEdit)
    commentEdited = Signal(CommentEdit)
    confirmRequested = Signal(str)  # the item id: the carried-forward answer is still true

    def __init__(self, info: ItemInfo, questionnaire: Questionnaire, lang: str) -> None:
        super().__init__()
        self.info, self.item, self.questionnaire, self.lang = info, info.item, questionnaire, lang
        self.item_id = info.item.id
        self.setObjectName("itemCard")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._shown_value: object = None  # the last value sent or stored; a fresh object() to send again
        self._loading = False
        self._shown_comment = ""
        self._local_error = ""
        self._issues: list[tuple[str, str]] = []
        self._rendered: list[tuple[str, str]] | None = None  # the messages shown, None before the first
        self._info_label: QLabel | None = None
        self._comment_edit: ParagraphEdit | None = None

        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(12, 10, 12, 10)
        self.outer.setSpacing(6)
        header = QHBoxLayout()
        self.label = SteadyRichLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.label.setObjectName("itemLabel")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header.addWidget(self.label, 1)
        self.info_button: QToolButton | None = None
        if self.item.guidance or self.item.references or self.item.source:
            self.info_button = QToolButton()
            self.info_button.setCheckable(True)
            self.info_button.setAutoRaise(True)
            self.info_button.setObjectName("infoButton")
            self.info_button.toggled.connect(self._toggle_info)
            header.addWidget(self.info_button, 0, Qt.AlignmentFlag.AlignTop)
        self.outer.addLayout(header)
        self.provenance = QLabel(wordWrap=True)
        self.provenance.setObjectName("itemProvenance")
        self.provenance.hide()
        self.outer.addWidget(self.provenance)

        self.confirm_row: ConfirmRow | None = None
        self.editor = QVBoxLayout()
        self.editor.setContentsMargins(0, 0, 0, 0)
        self.outer.addLayout(self.editor)
        self.build_editor()

        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("itemMessage")
        self.message.hide()
        self.outer.addWidget(self.message)
        self.comment_button = QToolButton()
        self.comment_button.setCheckable(True)
        self.comment_button.setAutoRaise(True)
        self.comment_button.setObjectName("commentButton")
        self.comment_button.toggled.connect(self._toggle_comment)
        self.outer.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignLeading)

        self._timer = SaveTimer(self)
        self._timer.timeout.connect(self.commit)
        self._comment_timer = SaveTimer(self)
        self._comment_timer.timeout.connect(self.commit_comment)
        self.retranslate()

    def show_provenance(self, text: str | None) -> None:
        """Who gave the answer, when an institution did (None hides it)."""
        self.provenance.setText(text or "")
        self.provenance.setVisible(bool(text))

    # -- for subclasses
    @abstractmethod
    def build_editor(self) -> None:
        """Create the input widgets inside `self.editor`."""

    @abstractmethod
    def current_value(self) -> Json:
        """The canonical value in the editor, None when empty; raises InvalidInput when not an answer yet."""

    @abstractmethod
    def show_value(self, value: Json) -> None:
        """Show a stored canonical value (None: empty)."""

    def invalid_input(self) -> InvalidInput | None:
        """What this widget finds wrong with what it shows, in the current language; None when it reads."""
        try:
            self.current_value()
        except InvalidInput as exc:
            return exc
        return None

    def draft_value(self) -> Json:
        """The editor's content as typed, in the answer's shape but possibly invalid, for keeping it as a draft;
        None when this widget keeps no drafts (then invalid input stays on screen only)."""
        return None

    def mark_field(self, where: tuple[int | str, ...], message: str) -> bool:
        """Show `message` next to the field at `where`; False when the message belongs under the whole item."""
        return False

    def clear_marks(self) -> None:
        """Remove the messages `mark_field` placed."""

    def retranslate_editor(self) -> None:
        """Re-read interface strings of the editor (questionnaire text stays: pages are rebuilt on switching)."""

    def text(self, localized: Any) -> str:
        return self.questionnaire.text(localized, self.lang)

    def watch(self, widget: QObject) -> None:
        """Commit pending typing when `widget` loses focus."""
        widget.installEventFilter(self)

    def focus_editor(self) -> bool:
        """Put the keyboard focus on the first input of the answer (for a choice: the chosen one)."""
        candidates = [w for w in self.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        candidates = [w for w in candidates if w.isVisibleTo(self) and w.isEnabled() and w is not self.info_button]
        checked = [w for w in candidates if isinstance(w, QAbstractButton) and w.isCheckable() and w.isChecked()]
        target = (checked or candidates or [None])[0]
        if target is None:
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def schedule_commit(self) -> None:
        """Typing: commit after a short pause, before a second has passed, or on focus-out."""
        if not self._loading:
            self._timer.start()

    def commit_soon(self) -> None:
        """A click: commit at once."""
        if not self._loading:
            self.commit()

    # -- showing what the service holds
    def set_answer(self, answer: Answer | None) -> None:
        value = answer.value if answer is not None else None
        self._shown_value = value
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False
        self._timer.stop()
        comment = answer.comment if answer is not None else ""
        self._shown_comment = comment
        if comment:
            self.comment_button.setChecked(True)
            assert self._comment_edit is not None
            self._comment_edit.blockSignals(True)
            self._comment_edit.setPlainText(comment)
            self._comment_edit.blockSignals(False)
        self._set_unconfirmed(answer is not None and not answer.confirmed)

    def accepted(self, answer: Answer | None) -> None:
        """The service stored this (typing goes on undisturbed): forget any local error."""
        self._shown_value = answer.value if answer is not None else None
        self._local_error = ""
        self.clear_marks()
        self._set_unconfirmed(answer is not None and not answer.confirmed)
        self._render_messages()

    def rejected(self, message: str) -> None:
        """The service refused the value: say why; the edit stays in the widget."""
        self._shown_value = object()  # so the same value is sent again on the next commit
        self._local_error = message
        self._render_messages()

    def drafted(self, value: Json, message: str, where: tuple[int | str, ...], *, show: bool = False) -> None:
        """The input is stored as a draft: say why next to the wrong field (or under the item); `show` puts the
        draft in the editor (on opening the assessment), and says what this widget finds wrong with it, in the
        current language, rather than what was stored (which was in the language of the day)."""
        if show:
            self._loading = True
            try:
                self.show_value(value)
            finally:
                self._loading = False
            try:
                self.current_value()
            except InvalidInput as exc:
                message, where = str(exc), exc.where
        self._shown_value = object()  # whatever comes next differs from the draft: it is sent
        self.clear_marks()
        message = message[:1].upper() + message[1:]
        self._local_error = "" if self.mark_field(where, message) else message
        self._render_messages()

    def set_issues(self, issues: list[tuple[str, str]]) -> None:
        """(severity, message) pairs from the service's issue list for this item."""
        if issues != self._issues:
            self._issues = issues
            self._render_messages()

    def has_pending(self) -> bool:
        return self._timer.isActive() or self._comment_timer.isActive()

    def flush(self) -> None:
        if self._timer.isActive():
            self.commit()
        if self._comment_timer.isActive():
            self.commit_comment()

    # -- committing
    def commit(self) -> None:
        self._timer.stop()
        try:
            value = self.current_value()
        except InvalidInput as exc:
            draft = self.draft_value()
            if draft is None:
                self._local_error = str(exc)
                self._render_messages()
            else:  # said at once; the controller stores the draft and says it again
                self.drafted(draft, str(exc), exc.where)
                self.draftEdited.emit(DraftEdit(self.item_id, draft, str(exc), exc.where))
            return
        if self._local_error:  # the input reads now; the service will say whether it accepts it
            self._local_error = ""
            self._render_messages()
        if value != self._shown_value:
            self._shown_value = value
            self.valueEdited.emit(ValueEdit(self.item_id, value))

    def commit_comment(self) -> None:
        self._comment_timer.stop()
        if self._comment_edit is None:
            return
        text = self._comment_edit.toPlainText()
        if text != self._shown_comment:
            self._shown_comment = text
            self.commentEdited.emit(CommentEdit(self.item_id, text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            if self._timer.isActive():
                self.commit()
            if watched is self._comment_edit and self._comment_timer.isActive():
                self.commit_comment()
        return False

    # -- presentation
    def retranslate(self) -> None:
        label = html.escape(self.text(self.item.label))
        if self.item.required:
            required = html.escape(self.tr("Required"))
            label += f'&nbsp;<span style="color:#b3261e" title="{required}">*</span>'
        self.label.setText(label)
        self.label.setAccessibleName(self.text(self.item.label))
        if self.info_button is not None:
            self.info_button.setText(self.tr("Guidance"))
            self.info_button.setToolTip(self.tr("Show guidance, article references and source"))
            self.info_button.setAccessibleName(self.tr("Guidance and references"))
        self.comment_button.setText(self.tr("Assessor's comment"))
        self.comment_button.setAccessibleName(self.tr("Show the assessor's comment"))
        if self._comment_edit is not None:
            self._comment_edit.setAccessibleName(self.tr("Assessor's comment"))
            self._comment_edit.setPlaceholderText(self.tr("Optional: context, sources or reservations"))
        if self._info_label is not None:
            self._info_label.setText(self._info_html())
        self.retranslate_editor()
        self._render_messages()

    def _render_messages(self) -> None:
        """The messages under the item; restyled only when they changed (each save says the answer was accepted)."""
        lines = [(("error", self._local_error))] if self._local_error else []
        lines += self._issues
        if lines == self._rendered:
            return
        self._rendered = lines
        state = ""
        if not lines:
            self.message.hide()
        else:
            state = "error" if any(s == "error" for s, _ in lines) else "warning"
            self.message.setText("\n".join(m for _, m in lines))
            self.message.setProperty("severity", state)
            self.message.setAccessibleName(self.message.text())
            self.message.show()
        self.style().unpolish(self.message)
        self.style().polish(self.message)
        if (self.property("state") or "") != state:  # the frame's colour follows: red while something is wrong
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)

    def _info_html(self) -> str:
        parts = []
        if self.item.guidance:
            parts.append(html.escape(self.text(self.item.guidance)).replace("\n", "<br>"))
        if self.item.references:
            said = interface_language()  # like the "References:" before them, whatever the questionnaire's language
            between = self.tr("; ", "between two article references")  # "؛ " in Arabic, "；" in Chinese
            refs = html.escape(between.join(shown(r, said) for r in self.item.references))
            parts.append("<b>" + html.escape(self.tr("References:")) + f"</b> {refs}")
        if self.item.source:
            para = self.tr("para. %1").replace("%1", self.item.source.paragraph)
            src = html.escape(f"{self.item.source.document}, {para}")
            parts.append("<b>" + html.escape(self.tr("Source:")) + f"</b> {src}")
        return "<br>".join(parts)

    def _toggle_info(self, shown: bool) -> None:
        if self._info_label is None:
            self._info_label = SteadyRichLabel(self._info_html(), wordWrap=True, textFormat=Qt.TextFormat.RichText)
            self._info_label.setObjectName("itemInfo")
            self._info_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.outer.insertWidget(1, self._info_label)
        self._info_label.setVisible(shown)

    def _toggle_comment(self, shown: bool) -> None:
        if self._comment_edit is None:
            self._comment_edit = ParagraphEdit()
            self._comment_edit.setTabChangesFocus(True)
            self._comment_edit.setFixedHeight(self._comment_edit.fontMetrics().lineSpacing() * 3 + 14)
            self._comment_edit.textChanged.connect(self._comment_timer.start)
            self.watch(self._comment_edit)
            self.outer.addWidget(self._comment_edit)
            self.retranslate()
        self._comment_edit.setVisible(shown)
        if shown and self.isVisible() and not self._comment_edit.toPlainText():
            self._comment_edit.setFocus()

    def _set_unconfirmed(self, unconfirmed: bool) -> None:
        if unconfirmed and self.confirm_row is None:
            self.confirm_row = ConfirmRow()
            self.confirm_row.confirmed.connect(lambda: self.confirmRequested.emit(self.item_id))
            self._confirm_button = self.confirm_row.button
            self.outer.insertWidget(self.outer.indexOf(self.message), self.confirm_row)
        if self.confirm_row is not None:
            self.confirm_row.setVisible(unconfirmed)
