"""Power cuts: a writer killed with SIGKILL at random moments never loses a committed answer or the file.

A child process (crash_writer.py) answers items one after another and reports each answer after its commit;
the test kills it at random moments, 50 times, and after every kill checks that the database passes
`PRAGMA integrity_check` and holds every answer reported as committed (or a later one: the writer may have
committed once more before it could report).
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses fork and SIGKILL")

KILLS = 50
ITEMS = 12
WRITER = Path(__file__).with_name("crash_writer.py")


def _questionnaire() -> bytes:
    items = "".join(f"          - id: n{n}\n            type: integer\n            label: N{n}\n" for n in range(ITEMS))
    return (
        "kind: questionnaire\nid: crash\nversion: '1'\ntitle: Crash\nlanguages: [en]\ninstruments: [untoc]\n"
        "modules:\n  - id: m\n    title: M\n    sections:\n      - id: s\n        title: S\n        items:\n" + items
    ).encode()


def _read_line(stream: IO[str], deadline: float) -> str:
    remaining = deadline - time.monotonic()
    ready, _, _ = select.select([stream], [], [], max(remaining, 0))
    if not ready:
        raise AssertionError("the crash writer stopped answering")
    line: str = stream.readline()
    if not line:
        raise AssertionError("the crash writer exited")
    return line.strip()


def test_committed_answers_survive_sigkill(tmp_path: Path) -> None:
    database = tmp_path / "crash.db"
    questionnaire = load_questionnaire_bytes(_questionnaire(), "crash.yaml")
    with Store.open(database) as store:
        assessment_id = (
            AssessmentService(store, Catalogue(()), "test").create_assessment(questionnaire, country="KEN").id
        )

    rng = random.Random(20241122)
    committed: dict[str, int] = {}
    reported = 0
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(database), assessment_id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        for round_number in range(KILLS):
            child.stdin.write(f"go {(round_number + 1) * 1_000_000}\n")
            child.stdin.flush()
            deadline = time.monotonic() + 30
            line = _read_line(child.stdout, deadline)
            assert line.startswith("pid "), line
            pid = int(line.split()[1])
            # kill at a random moment: sometimes while opening, mostly in the middle of writing (after the first
            # answer is committed, however slow a loaded machine makes the writer's start)
            early = round_number % 10 == 0
            lines: list[str] = []
            if not early:
                lines.append(_read_line(child.stdout, deadline))
            kill_at = time.monotonic() + (rng.random() * 0.05 if early else rng.random() * 0.15)
            while time.monotonic() < kill_at:
                ready, _, _ = select.select([child.stdout], [], [], max(kill_at - time.monotonic(), 0))
                if ready:
                    lines.append(child.stdout.readline().strip())
            os.kill(pid, signal.SIGKILL)
            while (line := _read_line(child.stdout, deadline)) != "dead":
                lines.append(line)
            for entry in lines:
                kind, item_id, text = entry.split()
                assert kind == "ok", entry
                committed[item_id] = int(text)
                reported += 1

            raw = sqlite3.connect(database)
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"round {round_number}"
            stored = {
                item_id: int(value)
                for item_id, value in raw.execute(
                    "SELECT item_id, value FROM answers WHERE assessment_id = ?", (assessment_id,)
                )
            }
            audited = raw.execute("SELECT count(*) FROM audit_log WHERE action = 'answer'").fetchone()[0]
            raw.close()
            assert audited >= reported, f"round {round_number}: audit entries lost"
            for item_id, number in committed.items():
                assert stored.get(item_id, -1) >= number, f"round {round_number}: {item_id} lost {number}"

        with Store.open(database) as store:  # the store itself recovers and agrees
            assert store.recovered
            answers = AssessmentService(store, Catalogue(()), "test").answers(assessment_id)
            stored_now = {i: answers[i].value for i in committed}
            assert all(isinstance(n, int) and n >= committed[i] for i, n in stored_now.items())
            assert store.integrity_check() == []
    finally:
        child.stdin.close()
        child.kill()
        child.wait(timeout=10)
    assert reported >= KILLS - KILLS // 10  # every round but the early ones was killed in the middle of writing
