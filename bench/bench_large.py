"""A 5,000-item questionnaire (200 sections of 25, generated here) in the window, and how each cost grows from the
133-item UNTOC questionnaire to it.

Each questionnaire is opened in a fresh process (as a respondent opens it after starting the program):
- open: from "Start" on the start screen to the first section shown;
- switch: showing a section not shown before, from another one (the median over sections spread through the
  questionnaire), target 50 ms;
- memory: the process's peak resident size with the assessment open and those sections visited, against a bare
  PySide6 QWizard started the same way plus 150 MB.
Each is measured on an everyday start: a first, unmeasured start on the same data folder has created the database
and checked the questionnaires (it keeps them in the cache folder), as on a respondent's computer after the first
day.
"""

from __future__ import annotations

import statistics
import tempfile
import textwrap
from pathlib import Path

from bench.bench_ui import _PEAK, _WIZARD, _peak_kb, _run
from bench.common import compiled, report

SECTIONS, PER_SECTION = 200, 25
SWITCH_TARGET_MS = 50.0
MEMORY_ALLOWANCE_MIB = 150.0
VISITS = 12

_OPEN = """
import statistics
import sys
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from omnibus.model.catalogue import Catalogue
from omnibus.ui.app import build_application, prepare_qt

def wait(done):
    while not done():
        app.processEvents()
        time.sleep(0.002)

app = QApplication(sys.argv)
prepare_qt(app)
folder, questionnaire_id = sys.argv[2], sys.argv[3]
catalogue = Catalogue((Path(folder),)) if folder else None
window = build_application(Path(sys.argv[1]), catalogue=catalogue, language="en")
window.resize(1366, 768)
window.show()
wait(lambda: window.questionnaires is not None)
if sys.argv[4] == "first":  # the first start on this computer: it creates the database and checks questionnaires
    window.ctx.tasks.wait()
    print("OPEN_MS 0", flush=True)
    raise SystemExit(0)
window.ctx.tasks.wait()  # the respondent reads the form while the assessment screens are imported behind it
form = window.start_page.form
form.questionnaire.setCurrentIndex(next(n for n, q in enumerate(form.questionnaires) if q.id == questionnaire_id))
form.country.setCurrentIndex(form.country.findData("KEN"))
start = time.perf_counter()
form.submit()
wait(lambda: window.view is not None)
app.processEvents()
print("OPEN_MS", (time.perf_counter() - start) * 1000, flush=True)
view = window.view
sections = len(view.page_keys) - 2
switches = []
for index in sorted({1 + n * (sections - 2) // {visits} for n in range({visits})}):
    view.show_page(0)
    app.processEvents()
    start = time.perf_counter()
    view.show_page(index)
    app.processEvents()
    switches.append((time.perf_counter() - start) * 1000)
print("SWITCH_MS", statistics.median(switches), flush=True)
window.close()
window.ctx.tasks.wait()
window.ctx.session.close()
"""


def large_questionnaire(folder: Path, sections: int = SECTIONS, per_section: int = PER_SECTION) -> Path:
    """`sections` sections of `per_section` items of every common type, with guidance."""
    kinds = ["indicator", "yes_no", "text", "integer", "long_text", "yes_no_partial", "date", "decimal"]

    def item(s: int, n: int) -> str:
        return (f"- id: s{s:03d}_{n:02d}\n  type: {kinds[(s + n) % len(kinds)]}\n  label: Question {n} of section "
                f"{s}, long enough to wrap on a small screen\n  guidance: Guidance for question {n}")  # fmt: skip

    body = ""
    for s in range(sections):
        items = "\n".join(textwrap.indent(item(s, n), " " * 10) for n in range(per_section))
        body += f"      - id: s{s:03d}\n        title: Section {s}\n        items:\n{items}\n"
    text = f"""kind: questionnaire
id: bench-large
version: "1.0"
title: Large
languages: [en]
instruments: [untoc]
modules:
  - id: m
    title: Module
    sections:
{body}"""
    path = folder / "large.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _measure(home: Path, folder: str, questionnaire_id: str) -> dict[str, float]:
    """One everyday start (the database made and the questionnaires checked by a first start), then the figures."""
    script = _OPEN.replace("{visits}", str(VISITS)) + _PEAK
    _run(script, home, "OPEN_MS", args=(folder, questionnaire_id, "first"))
    _seconds, output = _run(script, home, "OPEN_MS", args=(folder, questionnaire_id, "measured"))
    figures = {}
    for line in output.splitlines():
        key, _, value = line.partition(" ")
        if key in ("OPEN_MS", "SWITCH_MS"):
            figures[key] = float(value)
    figures["PEAK_MIB"] = _peak_kb(output) / 1024
    return figures


def main(repeat: int = 3) -> None:
    compiled()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        large_questionnaire(folder)
        runs: dict[str, list[dict[str, float]]] = {"untoc": [], "large": []}
        for n in range(repeat):  # interleaved: a busy neighbour slows both alike
            runs["untoc"].append(_measure(folder / f"home-u{n}", "", "untoc-needs-assessment"))
            runs["large"].append(_measure(folder / f"home-l{n}", str(folder), "bench-large"))
        bare = statistics.median(_peak_kb(_run(_WIZARD.format(after=_PEAK))[1]) / 1024 for _ in range(repeat))
    med = {
        name: {key: statistics.median(r[key] for r in samples) for key in samples[0]} for name, samples in runs.items()
    }
    large, untoc = med["large"], med["untoc"]
    report("ui.large_5000_open", large["OPEN_MS"], "ms", untoc["OPEN_MS"], "ms (UNTOC, 133 items: ratio = growth)")
    report("ui.large_5000_switch_section", large["SWITCH_MS"], "ms", SWITCH_TARGET_MS, "ms (target)")
    report("ui.large_5000_switch_growth", large["SWITCH_MS"], "ms", untoc["SWITCH_MS"], "ms (UNTOC, 133 items)")
    report("ui.large_5000_peak_memory", large["PEAK_MIB"], "MiB", bare + MEMORY_ALLOWANCE_MIB,
           f"MiB (bare QWizard {bare:.0f} MiB + {MEMORY_ALLOWANCE_MIB:.0f}: target)")  # fmt: skip
    report("ui.large_5000_memory_growth", large["PEAK_MIB"], "MiB", untoc["PEAK_MIB"], "MiB (UNTOC, 133 items)")


if __name__ == "__main__":
    main()
