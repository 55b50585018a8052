"""The signing key on the hand-in page: its passphrase (shown on demand), and a new key when it is forgotten.

A forgotten passphrase cannot be recovered: the private key is stored encrypted with it. The way out the key store
offers is a new key (`KeyStore.create(..., replace=True)`), which the Secretariat trusts only once it has the new
fingerprint; the form says so before and after.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnibus.ui.bidi import left_to_right
from omnibus.ui.follows_language import FollowsLanguage
from omnibus.ui.hand_in import MIN_PASSPHRASE, HandIn


class SigningKeyForm(FollowsLanguage, QWidget):
    changed = Signal()  # the passphrase typed, or the key to sign with, changed

    def __init__(self, hand_in: HandIn) -> None:
        super().__init__()
        self.hand_in = hand_in
        self.replacing = False  # the respondent chose to sign the next package with a new key
        self.confirmation: QMessageBox | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.key_note = QLabel(wordWrap=True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("passphraseRepeat")
        self.passphrase_label, self.repeat_label = QLabel(), QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
        self.show_passphrase = QCheckBox()
        self.show_passphrase.setObjectName("showPassphrase")
        self.show_passphrase.toggled.connect(self._show_passphrase)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.show_passphrase)
        column.addWidget(self.key_note)
        column.addLayout(form)
        for field in (self.passphrase, self.repeat):
            field.textChanged.connect(lambda _t: self.refresh())

        self.advice = QWidget()  # placed by the page, below what it is about
        advice_column = QVBoxLayout(self.advice)
        advice_column.setContentsMargins(0, 0, 0, 0)
        self.forgotten = QLabel(wordWrap=True)
        self.forgotten.setObjectName("hint")
        self.new_key_button = QPushButton()
        self.new_key_button.setObjectName("newKeyButton")
        self.new_key_button.clicked.connect(self._ask_new_key)
        advice_column.addWidget(self.forgotten)
        advice_column.addWidget(self.new_key_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.retranslate()

    def retranslate(self) -> None:
        self.passphrase_label.setText(self.tr("&Passphrase of the signing key:"))
        self.repeat_label.setText(self.tr("&Repeat the passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the signing key"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.show_passphrase.setText(self.tr("Show the passphrase"))
        self.forgotten.setText(
            self.tr(
                "Forgotten the passphrase? Nobody can recover it, not even the Secretariat. Create a new signing "
                "key instead: the next package is signed with it, and you must tell the Secretariat its new "
                "fingerprint by an official channel (letter, telephone or in person), or it cannot trust the "
                "package."
            )
        )
        self.new_key_button.setText(self.tr("Create a new signing key…"))
        self.refresh()

    # -- what the page asks
    def choosing(self) -> bool:
        """A passphrase is being chosen (typed twice): the first key of this computer, or a replacement."""
        return self.replacing or not self.hand_in.key_exists()

    def missing(self) -> str:
        """What the passphrase fields still need before a package can be signed ("" when nothing)."""
        typed = self.passphrase.text()
        if len(typed) < MIN_PASSPHRASE:
            return self.tr("Type the passphrase of the signing key (at least %1 characters).").replace(
                "%1", str(MIN_PASSPHRASE)
            )
        if self.choosing() and self.repeat.text() != typed:
            return self.tr("Type the same passphrase again in the second field.")
        return ""

    def used(self) -> None:
        """A package was signed: forget the passphrase; a new key, if one was chosen, is now the key."""
        self.replacing = False
        self.passphrase.clear()
        self.repeat.clear()
        self.refresh()

    def refresh(self) -> None:
        fingerprint = self.hand_in.fingerprint()
        choosing = self.choosing()
        if self.replacing:
            text = self.tr(
                "The next package creates a new signing key in place of %1. Choose a new passphrase of at "
                "least %2 characters and keep it safe."
            )
            self.key_note.setText(
                text.replace("%1", left_to_right(fingerprint or "")).replace("%2", str(MIN_PASSPHRASE))
            )
        elif choosing:
            text = self.tr(
                "The first package creates this computer's signing key. Choose a passphrase of at least "
                "%1 characters and keep it safe: it is asked for every package."
            )
            self.key_note.setText(text.replace("%1", str(MIN_PASSPHRASE)))
        else:
            self.key_note.setText(
                self.tr("This computer's signing key: %1").replace("%1", left_to_right(fingerprint or ""))
            )
        for widget in (self.repeat, self.repeat_label):
            widget.setVisible(choosing)
        self.advice.setVisible(fingerprint is not None and not self.replacing)
        self.changed.emit()

    # -- a forgotten passphrase
    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(mode)

    def _ask_new_key(self) -> None:
        """After a warning, the next package is signed with a new key; nothing is replaced before that."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Create a new signing key"),
                          self.tr("The present signing key will be replaced by a new one when the next package is "
                                  "created. Packages signed with the new key are trusted only once the Secretariat "
                                  "has its fingerprint: send it by an official channel."),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("confirmNewKey")
        replace = box.addButton(self.tr("Use a new key"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._new_key_chosen(box, box.clickedButton() is replace))
        self.confirmation = box
        box.open()

    def _new_key_chosen(self, box: QMessageBox, accepted: bool) -> None:
        box.deleteLater()
        self.confirmation = None
        if accepted:
            self.replacing = True
            self.passphrase.clear()
            self.repeat.clear()
            self.refresh()
            self.passphrase.setFocus()
