"""The window is shown before the core is loaded: building it imports neither the store nor the questionnaire
model, nor the working-together code behind its File menu, nor what only an export or a date uses. Those load on a
worker thread (the assessments, the questionnaires) or when their menu entry is used; importing one at the top of
a window module would put its import time back in front of the first paint, which no test would otherwise notice.
The start screen, once usable (its list and its form filled), has loaded none of the service's parts it does not
use either: working together, carrying forward, archiving, the status report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CORE = (
    "sqlalchemy",
    "alembic",
    "pydantic",
    "weasyprint",
    "omnibus.model.service",
    "omnibus.model.questionnaire",
    "omnibus.model.collaboration",
    "omnibus.export",
    "omnibus.ui.collaboration.refusal_text",
    "omnibus.ui.assessment.view",
    "hashlib",  # the package's and the report's digests
    "json",
    "omnibus.model.dates",  # the first date shown
    "calendar",
)
NOT_ON_THE_START_SCREEN = (
    "omnibus.model.collaboration",
    "omnibus.model.service_assigning",
    "omnibus.model.service_merging",
    "omnibus.model.service_cycles",
    "omnibus.model.service_documents",
    "omnibus.model.service_status",
    "omnibus.model.status",
    "omnibus.model.store.assignment_queries",
    "omnibus.model.store.contribution_queries",
    "omnibus.ui.assessment.view",
)

SCRIPT = """
import sys
from pathlib import Path
from pathlib import Path
from PySide6.QtWidgets import QApplication
from omnibus.ui.app import build_application, prepare_qt
app = QApplication(sys.argv)
prepare_qt(app)
window = build_application(Path(sys.argv[1]), language="en")
print(" ".join(sorted(sys.modules)))
window.ctx.tasks.wait()
"""


def test_building_the_window_loads_no_core_module(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OMNIBUS_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "omnibus.ui.main_window" in loaded
    assert sorted(loaded & set(CORE)) == []


START_SCREEN = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from omnibus.ui.app import build_application, prepare_qt
app = QApplication(sys.argv)
prepare_qt(app)
window = build_application(Path(sys.argv[1]), language="en")
window.ctx.startup.warm = lambda _report=None: None  # what is imported after the start screen is usable: not here
window.show()
while window.questionnaires is None and not window.opening.wordWrap():
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
print(window.start_page.form.questionnaire.count(), window.start_page.assessments.count())
print(" ".join(sorted(sys.modules)))
window.ctx.tasks.wait()
"""


def test_the_usable_start_screen_loads_no_part_it_does_not_use(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OMNIBUS_HOME": str(tmp_path)}
    new = [sys.executable, "-m", "omnibus", "new", "--questionnaire", "untoc-needs-assessment", "--country", "KEN"]
    subprocess.run(new, capture_output=True, env=env, check=True, timeout=120)
    done = subprocess.run(
        [sys.executable, "-c", START_SCREEN, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    filled, modules = done.stdout.splitlines()[-2:]
    questionnaires, assessments = map(int, filled.split())
    assert questionnaires > 0 and assessments == 1  # the form and the list are filled
    assert sorted(set(modules.split()) & set(NOT_ON_THE_START_SCREEN)) == []
