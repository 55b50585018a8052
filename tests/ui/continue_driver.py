"""Child process for the reopening tests: the real application, started as `omnibus` starts it, reopening
assessments from its start screen as a respondent does.

Arguments: HOME, then one `ASSESSMENT:ITEM:CODE` per assessment. For each, in turn, it waits for the start screen,
chooses the assessment in the list and presses Continue, waits for the assessment's first page, prints
`opened ASSESSMENT PAGE SHOWN` (SHOWN: the code of ITEM's checked button, `-` if none), clicks ITEM's button CODE and
goes back to the start screen (File > Start page). Then it prints `done` and closes the window as a user would.

A hang is what the tests look for: `faulthandler` prints every thread's stack and ends the process after
`HANG_SECONDS`, so the test fails with where it hung instead of waiting for ever.
"""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QRadioButton

from omnibus.ui.app import build_application, prepare_qt
from omnibus.ui.main_window import MainWindow

HANG_SECONDS = 90
POLL_MS = 20
CONDITIONS_LIBRARY = "cel_expr_python.cel"


def say(line: str) -> None:
    print(line, flush=True)


class Respondent:
    """Waits for each screen as a person would, then acts on it."""

    def __init__(self, window: MainWindow, steps: list[tuple[str, str, str]]) -> None:
        self.window, self.steps = window, steps
        QTimer.singleShot(POLL_MS, self.press_continue)

    def press_continue(self) -> None:
        start = self.window.start_page
        if start is None or self.window.questionnaires is None or self.window.stack.currentWidget() is not start:
            QTimer.singleShot(POLL_MS, self.press_continue)
            return
        if not self.steps:
            say("done")
            self.window.close()
            return
        assessment_id = self.steps[0][0]
        rows = [start.assessments.item(n) for n in range(start.assessments.count())]
        row = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole) == assessment_id)
        start.assessments.scrollToItem(row)
        where = start.assessments.visualItemRect(row).center()
        QTest.mouseClick(start.assessments.viewport(), Qt.MouseButton.LeftButton, pos=where)
        QTest.mouseClick(start.continue_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(POLL_MS, self.answer)

    def answer(self) -> None:
        view = self.window.view
        if view is None or self.window.stack.currentWidget() is not view:
            QTimer.singleShot(POLL_MS, self.answer)
            return
        _assessment, item_id, code = self.steps.pop(0)
        page = view.page_keys[view.current]
        widget = view.section_page(page).widgets[item_id]
        checked = [b.objectName().removeprefix("choice_") for b in widget.findChildren(QRadioButton) if b.isChecked()]
        say(f"opened {view.controller.id} {page} {checked[0] if checked else '-'}")
        button = widget.findChild(QRadioButton, f"choice_{code}")
        assert button is not None, f"{item_id} has no button {code}"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        self.window.home_action.trigger()
        QTimer.singleShot(POLL_MS, self.press_continue)


def main(home: Path, steps: list[tuple[str, str, str]]) -> int:
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    if CONDITIONS_LIBRARY in sys.modules:  # `omnibus` has not loaded it by now: this run would prove nothing
        say(f"{CONDITIONS_LIBRARY} was imported before the window was built")
        return 2
    app = QApplication(sys.argv[:1])
    prepare_qt(app)
    window = build_application(home)
    window.resize(1366, 768)
    window.show()
    respondent = Respondent(window, steps)
    app.exec()
    window.ctx.tasks.wait()
    if window.ctx.session is not None:
        window.ctx.session.close()
    return 0 if not respondent.steps else 1


if __name__ == "__main__":
    arguments = sys.argv[1:]
    steps = [step.split(":") for step in arguments[1:]]
    sys.exit(main(Path(arguments[0]), [(a, i, c) for a, i, c in steps]))
