"""The window is shown before the core is loaded: building it imports neither the store nor the questionnaire
model, nor the working-together code behind its File menu. Those load on a worker thread (the assessments, the
questionnaires) or when their menu entry is used; importing one at the top of a window module would put its
import time back in front of the first paint, which no test would otherwise notice."""

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
