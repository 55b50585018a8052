"""The benchmarks' ratios in instructions executed, counted by valgrind (callgrind): the same on a busy machine as
on an idle one, where wall-clock ratios on a shared 2-core machine swing by a tenth or more from run to run.

`make bench-instructions` (or `python -m bench.instructions [bench_report bench_secretariat]`). A benchmark module
takes part by naming its runs, baseline first (`INSTRUCTION_RUNS`), and defining `instruction_runs()`: it does the
set-up and returns, by name, callables `run(measure)` that do their work with the part to count inside
`with measure():`. Each run is
counted in a process of its own, under `valgrind --tool=callgrind --instr-atstart=no`, once after an uncounted
warm-up run; the counted part is switched on and off by callgrind's client requests, from a few lines of C
compiled here (`cc`, valgrind's headers).

Only user-space instructions are counted: time spent in the kernel (reading files, writing, fsync) and waiting
for memory is not, so a ratio here is a floor of what the clock shows on a quiet machine. And valgrind's CPU lacks
the processor's SHA and wide-multiply extensions, so hashing and signature checks run other, longer code under it
(SHA-256 took 28 instructions a byte): the Secretariat import, whose baseline is that cryptography, is not counted
here, only the report, whose both sides are the same kind of work (WeasyPrint's Python, Pango, HarfBuzz).
"""

from __future__ import annotations

import ctypes
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

MODULES = ("bench_report",)
_TOGGLE_C = """
#include <valgrind/callgrind.h>
void omnibus_count_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void omnibus_count_stop(void) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT("counted"); }
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")

Run = Callable[[Callable[[], Any]], object]
"""A benchmark's run: does its work, counting only what it does inside `with measure():`."""


def _toggle_library(folder: Path) -> Path:
    source, library = folder / "toggle.c", folder / "toggle.so"
    source.write_text(_TOGGLE_C)
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return library


def _child(module_name: str, run_name: str, library: str) -> None:
    """In the process valgrind runs: set up, warm up, then count one run."""
    toggle = ctypes.CDLL(library)

    @contextmanager
    def measure() -> Iterator[None]:
        toggle.omnibus_count_start()
        try:
            yield
        finally:
            toggle.omnibus_count_stop()

    run: Run = importlib.import_module(f"bench.{module_name}").instruction_runs()[run_name]
    run(nullcontext)
    run(measure)


def _count(module_name: str, run_name: str, library: Path, folder: Path) -> int:
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={folder}/callgrind.{module_name}.{run_name}.%p",
        sys.executable,
        "-m",
        "bench.instructions",
        "--child",
        module_name,
        run_name,
        str(library),
    ]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = _COLLECTED.findall(done.stderr)
    if done.returncode != 0 or not found:
        raise RuntimeError(f"{module_name} {run_name} under valgrind failed:\n{done.stderr[-3000:]}")
    return int(found[-1])


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        _child(*argv[1:4])
        return 0
    missing = [tool for tool in ("valgrind", "cc") if shutil.which(tool) is None]
    if missing or not Path("/usr/include/valgrind/callgrind.h").exists():
        print(f"bench.instructions needs valgrind (with its headers) and a C compiler; missing: {missing or 'headers'}")
        return 2
    with tempfile.TemporaryDirectory(prefix="omnibus-instructions-") as tmp:
        folder = Path(tmp)
        library = _toggle_library(folder)
        for module_name in argv or MODULES:
            runs: tuple[str, ...] = importlib.import_module(f"bench.{module_name}").INSTRUCTION_RUNS
            baseline_name = runs[0]
            with ThreadPoolExecutor(max_workers=max(1, min(len(runs), os.cpu_count() or 1))) as pool:
                counts = pool.map(_count, [module_name] * len(runs), runs, [library] * len(runs), [folder] * len(runs))
                counted = dict(zip(runs, counts, strict=True))
            baseline = counted[baseline_name]
            for name, instructions in counted.items():
                if name != baseline_name:
                    print(
                        f"BENCH {module_name} {name} (instructions): {instructions / 1e9:.3f} G; "
                        f"baseline {baseline_name} {baseline / 1e9:.3f} G; ratio {instructions / baseline:.3f}",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
