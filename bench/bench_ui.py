"""Desktop application benchmarks: start-up, switching to a 200-item section, peak memory with UNTOC open.

Start-up and memory are measured in fresh processes (as a respondent starts the program), against a bare PySide6
QWizard started the same way in the same run. The section switch is timed in-process against its 50 ms target.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from bench.common import compiled, report

SWITCH_TARGET_MS = 50.0
USABLE_TARGET = 1.5

_WIZARD = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv)
wizard = QWizard()
page = QWizardPage()
page.setTitle("Self-assessment")
QVBoxLayout(page).addWidget(QLabel("First page"))
wizard.addPage(page)
wizard.resize(1366, 768)
wizard.show()
app.processEvents()
print("SHOWN", flush=True)
{after}
"""

_OMNIBUS = """
import sys
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from omnibus.ui.app import build_application, prepare_qt
app = QApplication(sys.argv)
prepare_qt(app)
window = build_application(Path(sys.argv[1]))
window.resize(1366, 768)
window.show()
app.processEvents()
print("SHOWN", flush=True)
while window.start_page is None and not window.opening.wordWrap():
    app.processEvents()
    time.sleep(0.002)
print("READY" if window.start_page is not None else "FAILED " + window.opening.text(), flush=True)
while window.start_page is not None and window.questionnaires is None:
    app.processEvents()
    time.sleep(0.002)
app.processEvents()  # the start screen painted with its list and a filled form: the respondent can act
print("USABLE", flush=True)
window.ctx.tasks.wait()
{after}
"""

_UNTOC = """
while window.questionnaires is None:
    app.processEvents()
    time.sleep(0.002)
form = window.start_page.form
untoc = next(n for n, q in enumerate(form.questionnaires) if q.id == "untoc-needs-assessment")
form.questionnaire.setCurrentIndex(untoc)
form.country.setCurrentIndex(form.country.findData("KEN"))
form.submit()
while window.view is None:
    app.processEvents()
    time.sleep(0.002)
for index in range(len(window.view.page_keys)):
    window.view.show_page(index)
    app.processEvents()
    time.sleep(0.002)
"""

_PEAK = """
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
print("PEAK_KB", peak, flush=True)
"""  # VmHWM, not ru_maxrss: the latter keeps the parent's high-water mark across fork and exec


def _run(script: str, home: Path | None = None, marker: str = "SHOWN", args: tuple[str, ...] = ()) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if home is not None:
        env["OMNIBUS_HOME"] = str(home)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(home or ""), *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True, env=env,
    )  # fmt: skip
    assert process.stdout is not None
    shown = None
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith(marker) and shown is None:
            shown = time.perf_counter() - start
    process.wait()
    if shown is None:
        raise RuntimeError("the window was never shown:\n" + "".join(lines))
    return shown, "".join(lines)


def _one_assessment(home: Path) -> None:
    """An UNTOC assessment in `home`'s own database, made with the command line as a respondent would."""
    command = [sys.executable, "-m", "omnibus", "new", "--questionnaire", "untoc-needs-assessment", "--country", "KEN"]
    subprocess.run(command, env={**os.environ, "OMNIBUS_HOME": str(home)}, capture_output=True, check=True)


def bench_startup(repeat: int = 5) -> None:
    runs: dict[str, list[float]] = {"shown": [], "ready": [], "usable": [], "returning": [], "bare": []}
    with tempfile.TemporaryDirectory() as temp:
        home, returning = Path(temp) / "new", Path(temp) / "returning"
        _run(_OMNIBUS.format(after=""), home)  # first run creates the database: not what a respondent waits for
        _one_assessment(returning)  # a respondent coming back: one assessment listed, with its date
        _run(_OMNIBUS.format(after=""), returning)
        for _ in range(repeat):  # interleaved: a busy neighbour slows every figure alike
            runs["shown"].append(_run(_OMNIBUS.format(after=""), home)[0])
            runs["ready"].append(_run(_OMNIBUS.format(after=""), home, "READY")[0])
            runs["usable"].append(_run(_OMNIBUS.format(after=""), home, "USABLE")[0])
            runs["returning"].append(_run(_OMNIBUS.format(after=""), returning, "USABLE")[0])
            runs["bare"].append(_run(_WIZARD.format(after=""))[0])
    names = ("shown", "ready", "usable", "returning", "bare")
    ours, ready, usable, back, bare = (statistics.median(runs[name]) for name in names)
    report("ui.startup_to_first_page", ours * 1000, "ms", bare * 1000, "ms (bare QWizard)")
    report("ui.startup_to_start_screen_ready", ready * 1000, "ms", bare * 1000, "ms (bare QWizard)")
    report("ui.startup_to_usable_start_screen", usable * 1000, "ms", bare * 1000, "ms (bare QWizard)")
    print(
        f"      (usable: the list and the form filled with the questionnaires; target: ratio at most {USABLE_TARGET})"
    )
    report("ui.startup_to_usable_start_screen_one_listed", back * 1000, "ms", bare * 1000, "ms (bare QWizard)")
    print("      (the same, for a respondent coming back: one assessment listed with its date; printed)")


def _peak_kb(output: str) -> float:
    return float(next(line.split()[1] for line in output.splitlines() if line.startswith("PEAK_KB")))


def bench_memory() -> None:
    with tempfile.TemporaryDirectory() as temp:
        ours = _peak_kb(_run(_OMNIBUS.format(after=_UNTOC + _PEAK), Path(temp))[1])
    bare = _peak_kb(_run(_WIZARD.format(after=_PEAK))[1])
    report("ui.peak_memory_untoc_open", ours / 1024, "MiB", bare / 1024, "MiB (bare QWizard)")


BIG_SECTIONS = 5


def _big_questionnaire(folder: Path, count: int = 200) -> Path:
    """Sections: small, then (big, small) five times. Visiting each big section from the first page never lets
    the "build the next section while the respondent reads" prefetch touch a big one, so each visit is a first."""
    kinds = ["indicator", "yes_no", "text", "integer", "long_text", "yes_no_partial", "date", "decimal"]

    def section(name: str, size: int) -> str:
        items = "\n".join(
            textwrap.indent(f"- id: {name}_{n:03d}\n  type: {kinds[n % len(kinds)]}\n  label: Question number {n} "
                            f"of the section, long enough to wrap on a small screen\n  guidance: Guidance {n}",
                            " " * 10)
            for n in range(size)
        )  # fmt: skip
        return f"      - id: {name}\n        title: Section {name}\n        items:\n{items}\n"

    sections = section("small0", 1)
    for k in range(1, BIG_SECTIONS + 1):
        sections += section(f"big{k}", count) + section(f"small{k}", 1)
    text = f"""kind: questionnaire
id: bench-big
version: "1.0"
title: Big
languages: [en]
instruments: [untoc]
modules:
  - id: m
    title: Module
    sections:
{sections}"""
    path = folder / "big.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _wait(app: object, done: object) -> None:
    """Run the event loop until `done()`; never a tight processEvents() loop (PySide6 on Python 3.11 leaks a
    reference to None per call, and millions of calls end in a crash)."""
    while not done():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)


def bench_section_switch() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from omnibus.model.catalogue import Catalogue
    from omnibus.ui.app import build_application, prepare_qt

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    prepare_qt(app)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        _big_questionnaire(folder)
        window = build_application(folder / "home", catalogue=Catalogue((folder,)), language="en")
        window.resize(1366, 768)
        window.show()
        _wait(app, lambda: window.questionnaires is not None)
        form = window.start_page.form  # type: ignore[union-attr]
        form.country.setCurrentIndex(form.country.findData("KEN"))
        form.submit()
        _wait(app, lambda: window.view is not None)
        view = window.view
        assert view is not None
        firsts, completes, first_revisits, revisits = [], [], [], []
        for k in range(1, BIG_SECTIONS + 1):
            index = 2 * k - 1
            view.show_page(0)
            app.processEvents()
            start = time.perf_counter()
            view.show_page(index)
            app.processEvents()  # the first screenful is laid out and painted; the rest is built in later turns
            firsts.append((time.perf_counter() - start) * 1000)
            page = view.section_page(f"big{k}")
            _wait(app, lambda page=page: page.complete)  # type: ignore[misc]
            app.processEvents()  # the page laid out with its last items
            completes.append((time.perf_counter() - start) * 1000)
            settle = time.perf_counter() + 0.2  # the respondent reads: the event loop finishes laying out the page
            _wait(app, lambda settle=settle: time.perf_counter() > settle)  # type: ignore[misc]
            for visit in range(3):
                view.show_page(0)
                app.processEvents()
                start = time.perf_counter()
                view.show_page(index)
                app.processEvents()
                (first_revisits if visit == 0 else revisits).append((time.perf_counter() - start) * 1000)
        window.close()
        window.ctx.tasks.wait()
        assert window.ctx.session is not None
        window.ctx.session.close()
    first, first_revisit, revisit, complete = (
        statistics.median(s) for s in (firsts, first_revisits, revisits, completes)
    )
    report("ui.switch_to_200_item_section_first_visit", first, "ms", SWITCH_TARGET_MS, "ms (target)")
    print(f"      (first visits to {BIG_SECTIONS} sections, ms: {', '.join(f'{t:.0f}' for t in firsts)})")
    report("ui.switch_back_to_200_item_section_first_time", first_revisit, "ms", SWITCH_TARGET_MS, "ms (target)")
    report("ui.switch_back_to_200_item_section_later", revisit, "ms", SWITCH_TARGET_MS, "ms (target)")
    report("ui.build_all_200_item_widgets_in_background", complete, "ms", SWITCH_TARGET_MS, "ms (first-paint target)")


def main() -> None:
    compiled()
    bench_startup()
    bench_section_switch()
    bench_memory()


if __name__ == "__main__":
    main()
