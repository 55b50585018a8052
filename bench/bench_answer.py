"""One answer as a respondent gives it in the window: from the widget's signal to the refreshed window (the answer
saved in its durable commit, progress, issues, relevance and navigator updated, the event loop's pending work
done), against a raw sqlite3 INSERT + COMMIT on a WAL, synchronous=FULL file in the same folder. Target: 2×.

The UNTOC assessment is open on its first section; the answers alternate on one of its items, interleaved with
the raw commits so that a busy disk slows both alike. Two cases: "yes"/"no" on an item whose follow-up appears
and goes (the page below it moves: the most a save redraws), and an answer given and cleared on an item nothing
depends on (the percentages and the time of the save change, nothing moves: a save as most are).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import report

TARGET = 2.0
ANSWERS = 20


def main(rounds: int = 7) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from bench.bench_ui import _wait
    from omnibus.ui.app import build_application, prepare_qt
    from omnibus.ui.edits import ValueEdit

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    prepare_qt(app)
    folder = Path(tempfile.mkdtemp(prefix="omnibus-bench-", dir=os.environ.get("OMNIBUS_BENCH_DIR")))
    try:
        window = build_application(folder / "home", language="en")
        window.resize(1366, 768)
        window.show()
        _wait(app, lambda: window.questionnaires is not None)
        form = window.start_page.form  # type: ignore[union-attr]
        untoc = next(n for n, q in enumerate(form.questionnaires) if q.id == "untoc-needs-assessment")
        form.questionnaire.setCurrentIndex(untoc)
        form.country.setCurrentIndex(form.country.findData("KEN"))
        form.submit()
        _wait(app, lambda: window.view is not None)
        view = window.view
        assert view is not None
        questionnaire = view.controller.questionnaire
        item_id = next(k for k, info in questionnaire.items.items() if info.item.type == "yes_no")
        view.show_page(view.page_keys.index(questionnaire.items[item_id].section.id))
        page = view.section_page(questionnaire.items[item_id].section.id)
        _wait(app, lambda: page.complete)
        conditions = " ".join(str(info.item.relevant or "") for info in questionnaire.items.values())
        plain_id = next(
            k
            for k, info in questionnaire.items.items()
            if info.section.id == page.section.id and info.item.type == "yes_no" and info.item.relevant is None
            and k not in conditions
        )  # fmt: skip
        cases = {
            "ui.answer_saved_and_window_refreshed": (page.widgets[item_id], item_id, ["yes", "no"]),
            "ui.answer_saved_progress_changed": (page.widgets[plain_id], plain_id, ["yes", None]),
        }

        raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL").fetchall()
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("CREATE TABLE answers (assessment_id TEXT, item_id TEXT, value TEXT, answered_at TEXT)")

        def answer_in_window(case: str) -> float:
            widget, answered, values = cases[case]
            start = time.perf_counter()
            for n in range(ANSWERS):
                widget.valueEdited.emit(ValueEdit(answered, values[n % 2]))
                app.processEvents()  # the window repainted with what the answer changed
            return (time.perf_counter() - start) / ANSWERS

        def raw_commit() -> float:
            start = time.perf_counter()
            for n in range(ANSWERS):
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("INSERT INTO answers VALUES (?, ?, ?, ?)", ("a", f"i{n}", '"yes"', "2026"))
                raw.execute("COMMIT")
            return (time.perf_counter() - start) / ANSWERS

        def phases(case: str) -> tuple[float, ...]:
            """Where an answer's time goes (medians, ms): the signal's handlers (the commit, relevance, progress,
            widgets told), Qt laying the page out again, then painting and the rest of the event loop."""
            widget, answered, values = cases[case]
            spent: list[tuple[float, float, float]] = []
            for n in range(ANSWERS):
                start = time.perf_counter()
                widget.valueEdited.emit(ValueEdit(answered, values[n % 2]))
                handled = time.perf_counter()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
                laid_out = time.perf_counter()
                app.processEvents()
                spent.append((handled - start, laid_out - handled, time.perf_counter() - laid_out))
            return tuple(statistics.median(times) * 1e3 for times in zip(*spent, strict=True))

        ours: dict[str, list[float]] = {case: [] for case in cases}
        base: list[float] = []
        for case in cases:
            answer_in_window(case)  # warm: the first refresh builds caches a respondent pays for once
        for _ in range(rounds):
            for case in cases:
                ours[case].append(answer_in_window(case))
            base.append(raw_commit())
        detail = {case: phases(case) for case in cases}
        for _widget, answered, values in cases.values():
            stored = window.ctx.session.service.answers(view.controller.id).get(answered)  # type: ignore[union-attr]
            assert (stored.value if stored else None) == values[(ANSWERS - 1) % 2], stored
        raw.close()
        window.close()
        window.ctx.tasks.wait()
        window.ctx.session.close()  # type: ignore[union-attr]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for case, times in ours.items():
        report(case, statistics.median(times) * 1e3, "ms",
               statistics.median(base) * 1e3, "ms (raw sqlite3 INSERT+COMMIT)")  # fmt: skip
    for case, (handled, laid_out, painted) in detail.items():
        print(f"      {case}: handlers {handled:.2f} ms, layout {laid_out:.2f} ms, paint and the rest {painted:.2f} ms")
    print(f"      (target: ratio at most {TARGET:g})")


if __name__ == "__main__":
    main()
