"""Reopening a saved assessment after a restart: Continue on the start screen opens it, for every bundled
questionnaire, and the window never stays busy for ever.

The assessment is loaded on a worker thread, where its questionnaire's conditions are compiled by the conditions
library (cel-expr-python, a pybind11 binding). Such a binding, when first imported on a pool thread, kept that
task's Python thread state and used it again, after it was freed, whenever it took the GIL on the same thread in a
later task: the worker waited for the GIL it held, the window for the worker. Only a fresh process shows it (a
test process has long imported everything on its main thread), so the real application runs in a child process
(continue_driver.py) started as `omnibus` starts it; a hang ends the child after `HANG_SECONDS` with every thread's
stack, and fails the test with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store
from tests.ui.continue_driver import HANG_SECONDS

DRIVER = Path(__file__).with_name("continue_driver.py")
BUNDLED = Catalogue.bundled()


def _first_item(questionnaire: Questionnaire) -> tuple[str, str, tuple[str, ...]]:
    """The first page's first question (a choice on every bundled questionnaire), and its codes."""
    _module, section = next(iter(questionnaire.sections()))
    item = section.items[0]
    codes = questionnaire.codes(item)
    assert len(codes) >= 2, f"{questionnaire.id}: the first question is not a choice"
    return section.id, item.id, codes


def _reopen(home: Path, steps: list[tuple[str, str, str]]) -> list[str]:
    """Runs the application on `home`, reopening each assessment in turn; its lines (failing on a hang)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OMNIBUS_HOME": str(home)}
    arguments = [sys.executable, str(DRIVER), str(home), *(":".join(step) for step in steps)]
    try:
        child = subprocess.run(arguments, env=env, capture_output=True, text=True, timeout=HANG_SECONDS + 60)
    except subprocess.TimeoutExpired as timeout:
        pytest.fail(f"the application neither finished nor ended itself: {timeout.stdout!r} {timeout.stderr!r}")
    lines = child.stdout.splitlines()
    if child.returncode != 0 or "done" not in lines:
        pytest.fail(
            "the window stayed busy after Continue (or the application failed): "
            f"exit {child.returncode}, said {lines}\n{child.stderr}"
        )
    return lines


def test_continue_opens_a_saved_national_strategy_assessment(omnibus_home: Path) -> None:
    questionnaire = BUNDLED.find("national-strategy")
    assert questionnaire is not None
    section, item, codes = _first_item(questionnaire)
    with Store.open(omnibus_home / "assessments.db") as store:
        service = AssessmentService(store, BUNDLED, "test")
        assessment_id = service.create_assessment("national-strategy", country="KEN", cycle="2025").id
        service.set_answer(assessment_id, item, codes[0])

    lines = _reopen(omnibus_home, [(assessment_id, item, codes[1])])

    assert lines == [f"opened {assessment_id} {section} {codes[0]}", "done"]  # its first page, with its answer
    with Store.open(omnibus_home / "assessments.db") as store:
        assert AssessmentService(store, BUNDLED, "test").answers(assessment_id)[item].value == codes[1]


def test_every_bundled_questionnaire_reopens_one_after_the_other(omnibus_home: Path) -> None:
    """Each load runs as a new task on the pool's threads, the GUI thread painting meanwhile."""
    steps, expected = [], []
    with Store.open(omnibus_home / "assessments.db") as store:
        service = AssessmentService(store, BUNDLED, "test")
        for questionnaire in sorted(BUNDLED.all(), key=lambda q: q.id):
            section, item, codes = _first_item(questionnaire)
            assessment_id = service.create_assessment(questionnaire.id, country="KEN", cycle="2025").id
            steps.append((assessment_id, item, codes[1]))
            expected.append((assessment_id, section, item, codes[1]))
    assert len(steps) == 3

    lines = _reopen(omnibus_home, steps + steps[:1])  # the first twice: a load on a pool thread used before

    assert lines == [f"opened {a} {section} -" for a, section, _i, _c in expected] + [
        f"opened {expected[0][0]} {expected[0][1]} {expected[0][3]}",
        "done",
    ]
    with Store.open(omnibus_home / "assessments.db") as store:
        stored = AssessmentService(store, BUNDLED, "test")
        assert [stored.answers(a)[item].value for a, _s, item, _c in expected] == [c for *_x, c in expected]
