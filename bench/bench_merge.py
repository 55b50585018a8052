"""Merging ten contributions into a 5,000-item assessment, against reading and verifying the same ten files alone.

Ten institutions each answer 500 items (20 sections of 25) of a 5,000-item questionnaire and send one signed
contribution file. The baseline reads and verifies the ten files (`read_contribution`: zip, both signatures, member
digests, strict JSON); the measured run does the same and merges each, in its own transaction, into the focal
point's open assessment (three-way against the assignment, provenance, the answers stored). Each repetition merges
into a fresh copy of the same database. Target: at most 2×.
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import median_seconds, report
from omnibus.export import Signer
from omnibus.export.collaboration_files import build_assignment, build_contribution, read_assignment, read_contribution
from omnibus.model.catalogue import Catalogue
from omnibus.model.loader import load_questionnaire_bytes
from omnibus.model.questionnaire import Questionnaire
from omnibus.model.service import AssessmentService
from omnibus.model.store import Store

SECTIONS, PER_SECTION, INSTITUTIONS = 200, 25, 10
TARGET = 2.0


def _questionnaire() -> Questionnaire:
    sections = ""
    for s in range(SECTIONS):
        items = "".join(
            f"          - id: s{s:03d}_{n:02d}\n            type: {'integer' if n % 2 else 'text'}\n"
            f"            label: Question {n} of section {s}\n"
            for n in range(PER_SECTION)
        )
        sections += f"      - id: s{s:03d}\n        title: Section {s}\n        items:\n{items}"
    text = (
        "kind: questionnaire\nid: bench-merge\nversion: '1'\ntitle: Merge\nlanguages: [en]\ninstruments: [untoc]\n"
        f"modules:\n  - id: m\n    title: M\n    sections:\n{sections}"
    )
    return load_questionnaire_bytes(text.encode(), "bench-merge.yaml")


def _prepare(folder: Path) -> tuple[Path, str, list[bytes], list[str]]:
    """The focal point's database with ten assignments, and the ten contribution files (with their keys)."""
    questionnaire = _questionnaire()
    database = folder / "focal.db"
    focal_key = Signer.generate()
    files: list[bytes] = []
    keys: list[str] = []
    with Store.open(database) as store:
        focal = AssessmentService(store, Catalogue(()), "focal")
        aid = focal.create_assessment(questionnaire, country="KEN").id
        per = SECTIONS // INSTITUTIONS
        for n in range(INSTITUTIONS):
            sections = [f"s{s:03d}" for s in range(n * per, (n + 1) * per)]
            assignment = focal.assign(aid, f"Institution {n}", sections=sections)
            received = read_assignment(build_assignment(focal.assignment_contents(aid, assignment.id), focal_key))
            with Store.open(folder / f"institution-{n}.db") as institution_store:
                institution = AssessmentService(institution_store, Catalogue(()), f"user {n}")
                local = institution.open_assignment(received).id
                values = {
                    i: (k if i.endswith(tuple("13579")) else f"answer {k}") for k, i in enumerate(assignment.items)
                }
                institution.set_answers(local, values)
                signer = Signer.generate()
                files.append(build_contribution(institution.prepare_contribution(local), signer))
                keys.append(signer.fingerprint)
    return database, aid, files, keys


def _verify_all(files: list[bytes]) -> None:
    for data in files:
        read_contribution(data)


def _merge_all(database: Path, copy: Path, aid: str, files: list[bytes], keys: list[str]) -> tuple[float, float]:
    """Seconds to read, verify and merge the ten files into a fresh copy of the database, opened beforehand: on
    the clock, and of processor time (the clock's figure less the waits for the disk's ten flushes)."""
    shutil.copyfile(database, copy)
    with copy.open("rb+") as written:  # on disk before the clock starts, as the focal point's database is
        os.fsync(written.fileno())
    with Store.open(copy) as store:
        service = AssessmentService(store, Catalogue(()), "focal")
        service.open_assessment(aid)
        start, processor = time.perf_counter(), time.process_time()
        for data, key in zip(files, keys, strict=True):
            result = service.merge_contribution(aid, read_contribution(data), trust=key)
            assert len(result.taken) == SECTIONS // INSTITUTIONS * PER_SECTION
        elapsed, busy = time.perf_counter() - start, time.process_time() - processor
    copy.unlink()
    return elapsed, busy


def main(repeat: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database, aid, files, keys = _prepare(folder)
        verify = median_seconds(lambda: _verify_all(files), repeat=repeat)
        verify_busy = median_seconds(lambda: _verify_all(files), repeat=repeat, clock=time.process_time)
        runs = [_merge_all(database, folder / "copy.db", aid, files, keys) for _ in range(repeat)]
        merge = statistics.median(elapsed for elapsed, _ in runs)
        merge_busy = statistics.median(busy for _, busy in runs)
    line = report(
        "merge ten contributions (500 items each) into a 5,000-item assessment",
        merge * 1000,
        "ms",
        verify * 1000,
        "ms reading and verifying the ten files",
    )
    report(
        "the same merge in processor time (without the waits for the disk)",
        merge_busy * 1000,
        "ms",
        verify_busy * 1000,
        "ms reading and verifying",
    )
    print(f"target ≤ {TARGET}×: {'met' if merge / verify <= TARGET else 'NOT met'} ({line.rsplit(' ', 1)[-1]})")


if __name__ == "__main__":
    main()
