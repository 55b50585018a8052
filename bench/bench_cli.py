"""The command line as a user runs it: whole processes, against `python -c "import sqlite3"` started the same way.

Targets: `omnibus --version` at most 3× the baseline, `omnibus status ID` on an UNTOC assessment at most 10×.
Time is the wall clock of the process (median of several runs, interleaved with the baseline's so
that a busy machine slows all alike); memory is the process's peak resident size (VmHWM), read by the process
itself at exit.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import compiled, report

VERSION_TARGET = 3.0
STATUS_TARGET = 10.0

_PEAK_AT_EXIT = """
import atexit, sys
def _peak():
    peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM"))
    print("PEAK_KB", peak, file=sys.stderr, flush=True)
atexit.register(_peak)
"""
_BASELINE = "import sqlite3"
_OMNIBUS = "import sys; from omnibus.cli import main; sys.exit(main(sys.argv[1:]))"


def _seconds(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def _peak_mib(code: str, args: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_AT_EXIT + code, *args], capture_output=True, text=True, env=env, check=True
    )
    return float(next(line.split()[1] for line in done.stderr.splitlines() if line.startswith("PEAK_KB"))) / 1024


def _untoc_assessment(env: dict[str, str], database: Path) -> str:
    new = [sys.executable, "-m", "omnibus", "new", "--questionnaire", "untoc-needs-assessment", "--country", "KEN"]
    done = subprocess.run([*new, "--db", str(database)], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip()


def main(repeat: int = 7) -> None:
    compiled()
    with tempfile.TemporaryDirectory() as temp:
        env = {**os.environ, "OMNIBUS_HOME": str(Path(temp) / "home")}
        database = Path(temp) / "assessments.db"
        assessment = _untoc_assessment(env, database)
        commands = {
            "baseline": [sys.executable, "-c", _BASELINE],
            "version": [sys.executable, "-m", "omnibus", "--version"],
            "status": [sys.executable, "-m", "omnibus", "status", assessment, "--db", str(database)],
        }
        for command in commands.values():  # warm the file cache; the first status also migrates nothing new
            _seconds(command, env)
        runs: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repeat):
            for name, command in commands.items():
                runs[name].append(_seconds(command, env))
        times = {name: statistics.median(samples) * 1000 for name, samples in runs.items()}
        peaks = {
            "baseline": _peak_mib(_BASELINE, [], env),
            "version": _peak_mib(_OMNIBUS, ["--version"], env),
            "status": _peak_mib(_OMNIBUS, ["status", assessment, "--db", str(database)], env),
        }
    baseline = 'ms (python -c "import sqlite3")'
    report("cli.version", times["version"], "ms", times["baseline"], baseline)
    print(f"      (target: ratio at most {VERSION_TARGET:g})")
    report("cli.status_untoc", times["status"], "ms", times["baseline"], baseline)
    print(f"      (target: ratio at most {STATUS_TARGET:g})")
    report("cli.version_peak_memory", peaks["version"], "MiB", peaks["baseline"], "MiB (same baseline)")
    report("cli.status_untoc_peak_memory", peaks["status"], "MiB", peaks["baseline"], "MiB (same baseline)")


if __name__ == "__main__":
    main()
