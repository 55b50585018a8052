"""The store's costs, each against raw sqlite3 on the same kind of file in the same run.

1. Per-answer commit latency through the service (validate, one BEGIN IMMEDIATE … COMMIT with the answer, its
   audit entry and the assessment's time, cache) vs a raw sqlite3 INSERT + COMMIT of a comparable row on a WAL,
   synchronous=FULL file. Target: at most 2×. Measured twice: for answers that change no relevance (most items),
   and for answers that show or hide other items, where relevance conditions are evaluated again. Measured a
   third time as the window does it: the answer saved, then what the window shows read back (one snapshot:
   relevance, issues and progress), which is what a respondent waits for after each answer.
2. Opening an assessment with 5,000 answers (rows to records, relevance over the answers) vs reading the same
   rows with raw sqlite3; once with the questionnaire edition already in memory, once cold (parsed from the
   bytes stored in the database).

`OMNIBUS_BENCH_DIR` chooses the folder (default: a temporary folder), so the disk can be the one users have.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.common import median_seconds, report
from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.questionnaire import ItemInfo, Questionnaire
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

ANSWERS_PER_RUN = 50
OPEN_ANSWERS = 5000


def synthetic_questionnaire(items: int, qid: str = "bench") -> Questionnaire:
    """`items` items in sections of 20: indicators, yes/no with dependent text, integers; a few conditions."""
    lines = [
        "kind: questionnaire",
        f"id: {qid}",
        'version: "1.0"',
        "title: Benchmark",
        "languages: [en]",
        "instruments: [untoc]",
        "modules:",
        "  - id: m",
        "    title: M",
        "    sections:",
    ]
    for n in range(items):
        if n % 20 == 0:
            lines += [f"      - id: s{n // 20}", f"        title: S{n // 20}", "        items:"]
        kind = ("indicator", "yes_no", "text", "integer")[n % 4]
        lines += [f"          - id: i{n}", f"            type: {kind}", f"            label: Item {n}"]
        if kind == "text" and n % 8 == 2:
            lines.append(f"            relevant: \"i{n - 1} == 'yes'\"")
        if kind == "integer":
            lines += ["            min: 0", "            constraints:", "              - rule: 'value < 1000000'",
                      "                message: too large"]  # fmt: skip
    return load_questionnaire_bytes("\n".join(lines).encode(), f"{qid}.yaml")


def _value(kind: str, n: int) -> object:
    return {"indicator": ("in_place", "partially")[n % 2], "yes_no": ("yes", "no")[n % 2],
            "text": f"answer {n}", "integer": n}[kind]  # fmt: skip


def _raw_connection(path: Path) -> sqlite3.Connection:
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL").fetchall()
    raw.execute("PRAGMA synchronous=FULL")
    return raw


def bench_commit(folder: Path) -> None:
    questionnaire = synthetic_questionnaire(100)
    store = Store.open(folder / "commit.db")
    service = AssessmentService(store, Catalogue(()), "bench")
    aid = service.create_assessment(questionnaire, country="KEN").id
    drivers = service._work.drivers_of(questionnaire)
    plain = [i for i in questionnaire.items.values() if i.item.type in ("indicator", "integer")]
    showing = [i for i in questionnaire.items.values() if i.item.id in drivers]
    counter = [0]

    def through_service(items: list[ItemInfo], shown: bool = False) -> Callable[[], None]:
        def run() -> None:
            for _ in range(ANSWERS_PER_RUN):
                counter[0] += 1
                info = items[counter[0] % len(items)]
                service.set_answer(aid, info.item.id, _value(info.item.type, counter[0]))
                if shown:
                    window_refresh(service, aid)

        return run

    raw = _raw_connection(folder / "raw.db")
    raw.execute("CREATE TABLE answers (assessment_id TEXT, item_id TEXT, value TEXT, answered_at TEXT)")

    def raw_insert() -> None:
        for _ in range(ANSWERS_PER_RUN):
            counter[0] += 1
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO answers VALUES (?, ?, ?, ?)", (aid, f"i{counter[0]}", '"in_place"', "2024"))
            raw.execute("COMMIT")

    # Interleave the runs so that a noisy disk hurts all alike; take the medians.
    runs: dict[str, list[float]] = {"plain": [], "showing": [], "shown": [], "raw": []}
    for _ in range(7):
        runs["plain"].append(median_seconds(through_service(plain), repeat=1, warmup=0))
        runs["shown"].append(median_seconds(through_service(plain, shown=True), repeat=1, warmup=0))
        runs["showing"].append(median_seconds(through_service(showing), repeat=1, warmup=0))
        runs["raw"].append(median_seconds(raw_insert, repeat=1, warmup=0))
    per = {name: statistics.median(times) / ANSWERS_PER_RUN * 1e6 for name, times in runs.items()}
    report("store.commit_per_answer", per["plain"], "µs", per["raw"])
    # an answer that shows or hides other items: relevance is evaluated again (CEL, ~0.2 ms for the UNTOC assessment)
    report("store.commit_per_answer_relevance_change", per["showing"], "µs", per["raw"])
    # what the respondent waits for: the answer saved and the window's state read back
    report("store.answer_saved_and_shown", per["shown"], "µs", per["raw"])
    raw.close()
    store.close()


def window_refresh(service: AssessmentService, aid: str) -> None:
    """What the window reads after each saved answer to show it (`ui/assessment/controller.py`)."""
    service.snapshot(aid, "en")


def bench_open(folder: Path) -> None:
    questionnaire = synthetic_questionnaire(OPEN_ANSWERS)
    path = folder / "open.db"
    store = Store.open(path)
    service = AssessmentService(store, Catalogue(()), "bench")
    aid = service.create_assessment(questionnaire, country="KEN").id
    service.set_answers(aid, {i: _value(info.item.type, n) for n, (i, info) in enumerate(questionnaire.items.items())})
    assert len(service.answers(aid)) == OPEN_ANSWERS

    def open_warm() -> None:
        fresh = AssessmentService(store, Catalogue(()), "bench")
        fresh._work.remember_edition(questionnaire)  # the edition already in memory
        fresh.open_assessment(aid)

    def open_cold() -> None:
        AssessmentService(store, Catalogue(()), "bench").open_assessment(aid)

    def raw_read() -> None:
        connection = sqlite3.connect(path)
        rows = connection.execute("SELECT * FROM answers WHERE assessment_id = ?", (aid,)).fetchall()
        connection.close()
        assert len(rows) == OPEN_ANSWERS

    warm = median_seconds(open_warm, repeat=5)
    baseline = median_seconds(raw_read, repeat=5)
    report("store.open_5000_answers", warm * 1e3, "ms", baseline * 1e3)
    cold = median_seconds(open_cold, repeat=3)
    report("store.open_5000_answers_cold_questionnaire", cold * 1e3, "ms", baseline * 1e3)
    store.close()


def main() -> None:
    parent = os.environ.get("OMNIBUS_BENCH_DIR")
    folder = Path(tempfile.mkdtemp(prefix="omnibus-bench-", dir=parent))
    try:
        bench_commit(folder)
        bench_open(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
