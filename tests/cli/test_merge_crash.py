"""A power cut during a merge: `omnibus contributions import` killed with SIGKILL at moments spread over its run
leaves the database as before the merge or as after it, never between.

The contribution answers 3,000 items, so that the merge's one transaction takes a good part of the command's run.
After each kill the database must pass `PRAGMA integrity_check` and hold either none of the contribution (no
answer from the institution, no provenance, no contribution row) or all of it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from omnibus.export import Signer
from omnibus.export.collaboration_files import build_assignment, build_contribution, read_assignment
from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")

ITEMS = 3000
KILLS = 12


def _questionnaire() -> bytes:
    items = "".join(f"          - id: n{n}\n            type: integer\n            label: N{n}\n" for n in range(ITEMS))
    return (
        "kind: questionnaire\nid: crash-merge\nversion: '1'\ntitle: Crash\nlanguages: [en]\ninstruments: [untoc]\n"
        "modules:\n  - id: m\n    title: M\n    sections:\n      - id: s\n        title: S\n        items:\n" + items
    ).encode()


def _state(database: Path) -> tuple[int, int, int]:
    """(answers from the institution, provenance rows, contributions), after checking the file is sound."""
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        answers = connection.execute("SELECT count(*) FROM answers WHERE institution = 'Interior'").fetchone()[0]
        provenance = connection.execute("SELECT count(*) FROM provenance").fetchone()[0]
        contributions = connection.execute("SELECT count(*) FROM contributions").fetchone()[0]
    return answers, provenance, contributions


def test_a_merge_killed_at_any_moment_is_all_or_nothing(tmp_path: Path) -> None:
    pristine = tmp_path / "pristine"
    questionnaire = load_questionnaire_bytes(_questionnaire(), "crash-merge.yaml")
    focal_key, institution_key = Signer.generate(), Signer.generate()
    with Store.open(pristine / "assessments.db") as store:
        focal = AssessmentService(store, Catalogue(()), "focal")
        aid = focal.create_assessment(questionnaire, country="KEN").id
        assignment = focal.assign(aid, "Interior", sections=["s"])
        received = read_assignment(build_assignment(focal.assignment_contents(aid, assignment.id), focal_key))
        with Store.open(tmp_path / "institution.db") as institution_store:
            institution = AssessmentService(institution_store, Catalogue(()), "interior")
            local = institution.open_assignment(received).id
            institution.set_answers(local, {f"n{n}": n for n in range(ITEMS)})
            contribution = institution.prepare_contribution(local)
    file = tmp_path / "interior.omnibus-contribution"
    file.write_bytes(build_contribution(contribution, institution_key))
    environment = {**os.environ, "OMNIBUS_HOME": str(tmp_path / "home"), "OMNIBUS_USER": "focal"}

    def start(folder: Path) -> subprocess.Popen[bytes]:
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(pristine, folder)
        command = [sys.executable, "-m", "omnibus", "contributions", "import", str(file)]
        command += ["--trust", institution_key.fingerprint, "--db", str(folder / "assessments.db")]
        return subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    # one undisturbed run: what "after" looks like, and how long a run takes (to spread the kills over it)
    began = time.monotonic()
    whole = start(tmp_path / "whole")
    _out, err = whole.communicate(timeout=300)
    assert whole.returncode == 0, err.decode()
    duration = time.monotonic() - began
    after = _state(tmp_path / "whole" / "assessments.db")
    assert after == (ITEMS, ITEMS, 1)
    before = _state(pristine / "assessments.db")
    assert before == (0, 0, 0)

    rng = random.Random(20261204)
    for kill in range(KILLS):
        folder = tmp_path / f"kill-{kill}"
        child = start(folder)
        time.sleep(duration * (0.3 + 0.8 * rng.random()))  # the merge runs in the later part, after the start-up
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        found = _state(folder / "assessments.db")
        assert found in (before, after), f"kill {kill}: {found}"
        shutil.rmtree(folder)
