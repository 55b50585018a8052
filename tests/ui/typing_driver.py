"""Child process for the typing durability test: the real application, typed into steadily until it is killed.

It imports Qt and omnibus once, then forks one typist per `go HOME ASSESSMENT ITEM PART SEED` line read from stdin (so
that many kills do not cost as many interpreter start-ups; the QApplication is made after the fork). Each typist
builds the whole application on HOME (run it with QT_QPA_PLATFORM=offscreen), opens the assessment as the start screen does, goes to the item
and types into its text field (PART `value`) or into its assessor's comment (PART `comment`) with key events, one character every 80-240 ms (a slow typist who never pauses as
long as the 600 ms that used to be the only moment of saving). After each character it prints
`key MONOTONIC COUNT` (COUNT characters typed so far). The test kills the typist with SIGKILL; this process reaps
it and prints `dead`, so every line of a typist comes before its `dead`.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from omnibus.model.catalogue import Catalogue
from omnibus.model.store import migrate
from omnibus.ui.app import build_application, prepare_qt
from omnibus.ui.assessment.view import AssessmentView  # noqa: F401 - imported once, before forking
from omnibus.ui.main_window import MainWindow
from omnibus.ui.start.start_page import StartPage  # noqa: F401 - imported once, before forking

FIXTURES = Path(__file__).with_name("fixtures")
POLL_MS = 10


def typed_text(count: int) -> str:
    """What the typist types: letters and digits without spaces (a stored answer is trimmed)."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alphabet[n % len(alphabet)] for n in range(count))


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


class Typist:
    """Waits for each screen as a person would, then types until killed."""

    def __init__(self, window: MainWindow, assessment_id: str, item_id: str, part: str, seed: int) -> None:
        self.window, self.assessment_id, self.item_id, self.part = window, assessment_id, item_id, part
        self.rng = random.Random(seed)
        self.text = typed_text(10_000)
        self.count = 0
        self.field: QWidget | None = None
        QTimer.singleShot(POLL_MS, self.open_assessment)

    def open_assessment(self) -> None:
        if self.window.start_page is None:  # the database is still being opened
            QTimer.singleShot(POLL_MS, self.open_assessment)
            return
        self.window.open_assessment(self.assessment_id)
        QTimer.singleShot(POLL_MS, self.go_to_item)

    def go_to_item(self) -> None:
        view = self.window.view
        if view is None:
            QTimer.singleShot(POLL_MS, self.go_to_item)
            return
        view.show_item(self.item_id)
        widget = view.section_page(view.q.items[self.item_id].section.id).widgets[self.item_id]
        if self.part == "comment":
            widget.comment_button.click()  # the comment box opens below the answer
            self.field = widget.findChild(QPlainTextEdit)
        else:
            self.field = widget.findChild(QLineEdit) or widget.findChild(QPlainTextEdit)
        assert self.field is not None
        self.field.setFocus()
        self.type_one()

    def type_one(self) -> None:
        assert self.field is not None
        QTest.keyClicks(self.field, self.text[self.count])
        self.count += 1
        say(f"key {time.monotonic():.6f} {self.count}")
        QTimer.singleShot(self.rng.randint(80, 240), self.type_one)


def type_until_killed(catalogue: Catalogue, home: str, assessment_id: str, item_id: str, part: str, seed: int) -> None:
    app = QApplication([sys.argv[0]])
    prepare_qt(app)
    window = build_application(Path(home), catalogue=catalogue, language="en")
    window.show()
    typist = Typist(window, assessment_id, item_id, part, seed)
    app.exec()
    del typist


def main() -> None:
    catalogue = Catalogue((FIXTURES,))
    catalogue.all()  # parsed once, before forking: each typist starts with it
    migrate.known_revisions()  # and with the migration scripts read
    for line in sys.stdin:
        command, *arguments = line.split()
        if command != "go":
            break
        home, assessment_id, item_id, part, seed = arguments
        pid = os.fork()
        if pid == 0:
            try:
                type_until_killed(catalogue, home, assessment_id, item_id, part, int(seed))
            finally:
                os._exit(1)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say("dead")


if __name__ == "__main__":
    main()
