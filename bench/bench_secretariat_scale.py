"""The Secretariat at scale: 190 and 1,000 packages imported into SQLite and into PostgreSQL, and analysed.

1,000 packages are five reporting cycles (2021 to 2025) of 190 States answering the four-instrument
questionnaire, plus 50 resubmissions that supersede a first package. Each import is timed against its floor,
the hashing and signature checks of the same packages alone (`bench_secretariat._floor`), measured in turns with
it; the ratio at 1,000 over the ratio at 190 says how the import grows (1.00: linear). The analysis of the
1,000 packages is timed against reading the facts it needs (the packages' columns it reads and the three facts
tables, every row) with the same session.

PostgreSQL is a throwaway local server on a Unix socket with fsync on (omnibus.tools.postgres_server), so
the figures include a real server's commits but no network. Three rounds; figures are medians. On a shared
machine the wall-clock ratios move with the neighbours (the floor at 190 packages is a fraction of a second),
so the growth is also given in CPU seconds a package, omnibus's process and the server's together.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bench.bench_secretariat import _floor
from bench.common import report
from omnibus.export.archive import read_zip
from omnibus.export.keys import TrustedKeys
from omnibus.secretariat import trust
from omnibus.secretariat.compute import analyse
from omnibus.secretariat.db import PackageIndicatorRow, PackageInstrumentRow, PackageNeedRow, PackageRow, open_session
from omnibus.secretariat.importer import import_packages
from omnibus.secretariat.sample import build_sample_package, generate_sample
from omnibus.tools.postgres_server import Cluster

STATES = 190
CYCLES = ("2021", "2022", "2023", "2024", "2025")
RESUBMISSIONS = 50
ROUNDS = 3
SEED = 2025


def _inbox(root: Path) -> tuple[list[Path], list[bytes], TrustedKeys]:
    """Folders of one cycle each plus one of resubmissions; every package's bytes; the trusted keys."""
    folders, datas = [], []
    for cycle in CYCLES:
        sample = generate_sample(STATES, root / cycle, seed=SEED, cycle=cycle)
        folders.append(sample.folder)
        datas.extend(p.data for p in sample.packages)
    again = root / "resubmitted"
    again.mkdir()
    for n, package in enumerate(sample.packages[:RESUBMISSIONS]):
        later = build_sample_package(
            package.state, package.signer, SEED, cycle=CYCLES[-1], created=package.info.created + timedelta(days=30)
        )
        (again / f"{n:03}.omnibus").write_bytes(later.data)
        datas.append(later.data)
    folders.append(again)
    return folders, datas, TrustedKeys.load(sample.trusted_keys)


def _facts_alone(session: Session) -> None:
    """The columns the analysis reads (`collect.py`), every row, and nothing done with them."""
    p, i, n, g = PackageRow, PackageInstrumentRow, PackageNeedRow, PackageIndicatorRow
    columns = (p.id, p.country, p.questionnaire_id, p.questionnaire_version, p.questionnaire_sha256, p.cycle)
    session.execute(select(*columns, p.state, p.training, p.status, p.created, p.signer)).all()
    session.execute(select(i.package_id, i.instrument)).all()
    session.execute(select(n.package_id, n.type, n.subtype, n.priority, n.area, n.instruments)).all()
    session.execute(select(g.package_id, g.area, g.value)).all()


def _time(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def _server_cpu(session: Session) -> float:
    """CPU seconds the server process serving this session has used (0 for a file: SQLite runs in ours)."""
    if session.get_bind().dialect.name != "postgresql":
        return 0.0
    pid = session.scalar(select(func.pg_backend_pid()))
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _import(db: str | Path, folders: list[Path], keys: TrustedKeys) -> tuple[float, float]:
    """Wall-clock seconds of the import, and the CPU seconds it used, ours and the server's."""
    with open_session(db, write=True) as session:
        trust.seed(session, keys)  # setting up trust is not part of the import
        server, cpu = _server_cpu(session), time.process_time()
        seconds = _time(lambda: import_packages(session, folders))
        return seconds, time.process_time() - cpu + _server_cpu(session) - server


def _import_ratio(
    target: Callable[[], str | Path], folders: list[Path], floor: Callable[[], object], keys: TrustedKeys
) -> tuple[float, float, float, str | Path]:
    """Median import seconds, median floor seconds (measured in turns), median CPU seconds of the import; the
    database of the last round."""
    floors, imports, cpus = [], [], []
    db = target()
    _import(db, folders, keys)  # warm-up: the questionnaire catalogue, compiled statements
    for _ in range(ROUNDS):
        db = target()
        seconds, cpu = _import(db, folders, keys)
        imports.append(seconds)
        cpus.append(cpu)
        floors.append(_time(floor))
    return statistics.median(imports), statistics.median(floors), statistics.median(cpus), db


def _analysis(db: str | Path, expected: int) -> tuple[float, float]:
    """Median seconds of the analysis and of reading its facts alone, on one session."""
    with open_session(db) as session:
        assert analyse(session).packages_counted == expected
        reads = [_time(lambda: _facts_alone(session)) for _ in range(ROUNDS)]
        runs = [_time(lambda: analyse(session)) for _ in range(ROUNDS)]
    return statistics.median(runs), statistics.median(reads)


def main() -> None:
    cluster = Cluster(durable=True)
    try:
        with tempfile.TemporaryDirectory(prefix="omnibus-bench-") as tmp:
            folders, datas, keys = _inbox(Path(tmp))
            unzipped = [read_zip(d) for d in datas]
            sizes = {STATES: folders[:1], len(datas): folders}  # the first cycle alone, and everything
            names = iter(range(1_000_000))
            targets: dict[str, Callable[[], str | Path]] = {
                "SQLite": lambda: Path(tmp) / f"{next(names)}.db",
                "PostgreSQL": cluster.database,
            }
            largest: dict[str, str | Path] = {}
            for backend, target in targets.items():
                ratios, each = {}, {}
                for count, chosen in sizes.items():
                    seconds, floor, cpu, largest[backend] = _import_ratio(
                        target, chosen, lambda c=count: _floor(unzipped[:c]), keys
                    )
                    report(f"import and verify {count} packages into {backend}", seconds, "s", floor)
                    ratios[count], each[count] = seconds / floor, cpu / count
                grows = ratios[len(datas)] / ratios[STATES]
                print(
                    f"BENCH {backend}: from {STATES} to {len(datas)} packages the ratio grows {grows:.2f}x "
                    f"(1.00: linear); CPU a package, omnibus's and the server's, which neighbours change less: "
                    f"{1000 * each[STATES]:.2f} then {1000 * each[len(datas)]:.2f} ms "
                    f"({each[len(datas)] / each[STATES]:.2f}x)",
                    flush=True,
                )
            for backend, db in largest.items():
                runs, reads = _analysis(db, STATES * len(CYCLES))
                report(f"analyse {len(datas)} packages on {backend}, against reading their facts", runs, "s", reads)
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
