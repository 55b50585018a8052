"""Shared helpers for benchmarks: robust timing and the one-line report format.

Machines are shared and noisy, so every figure is printed with a baseline measured in the same run, and timings
take the median of several repetitions.
"""

from __future__ import annotations

import compileall
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def median_seconds(
    run: Callable[[], object], repeat: int = 5, warmup: int = 1, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Median seconds of `run()` over `repeat` runs, after `warmup` unmeasured runs (wall clock unless told)."""
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(repeat):
        start = clock()
        run()
        samples.append(clock() - start)
    return statistics.median(samples)


def report(name: str, value: float, unit: str, baseline: float, baseline_unit: str | None = None) -> str:
    """Print and return `BENCH <name>: <value> <unit>; baseline <value> <unit>; ratio <r>`."""
    ratio = value / baseline if baseline else float("inf")
    line = f"BENCH {name}: {value:.4g} {unit}; baseline {baseline:.4g} {baseline_unit or unit}; ratio {ratio:.2f}"
    print(line, flush=True)
    return line


def compiled() -> None:
    """Byte-compile omnibus as its installation does (pip compiles an installed wheel's modules; the bundle ships
    them compiled). Where PYTHONDONTWRITEBYTECODE is set, every measured process would otherwise compile each of
    our modules it imports, which no respondent's start does, while the baselines import compiled modules."""
    import omnibus

    compileall.compile_dir(Path(omnibus.__file__).parent, quiet=1)
