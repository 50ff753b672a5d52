"""Whole-process timing for the benchmarks: wall and CPU seconds and peak RSS of a child.

Every measured command runs as its own fresh process, started with `subprocess`
and reaped with `os.wait4`, whose resource usage is that child's own (its CPU
seconds and its peak resident set). Only the standard library is used, and the
process that measures imports nothing heavy: Linux carries a process's peak RSS
into the children it starts, so a big parent would raise every child's peak.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent


@dataclass
class Sample:
    """One finished run of a command."""

    wall: float
    cpu: float  # user + system seconds of the child (and the children it waited for)
    peak_mb: float | None  # peak RSS of its largest process, MB; None where unknown
    status: int
    stdout: str = ""
    others: float | None = None  # CPU seconds other processes used meanwhile (Linux)


@dataclass
class Runs:
    """The runs of one command; figures are medians."""

    name: str
    samples: list[Sample] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def peak_mb(self) -> float | None:
        peaks = [s.peak_mb for s in self.samples if s.peak_mb is not None]
        return statistics.median(peaks) if peaks else None

    @property
    def spread(self) -> tuple[float, float]:
        walls = [s.wall for s in self.samples]
        return min(walls), max(walls)


def busy_seconds() -> float | None:
    """CPU seconds all processors have spent busy since boot (Linux `/proc/stat`), or None."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(v) for v in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # not idle, iowait


def run_once(argv: Sequence[str], env: dict[str, str] | None = None,
             capture: bool = False) -> Sample:
    """Run `argv` to its end in a fresh process; its wall and CPU time and peak RSS, and
    how much CPU other processes of the machine used meanwhile."""
    busy = busy_seconds()
    started = time.perf_counter()
    stdout = subprocess.PIPE if capture else subprocess.DEVNULL
    process = subprocess.Popen(list(argv), stdout=stdout, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL, env=env, text=True)
    out = process.stdout.read() if capture and process.stdout else ""
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        # ru_maxrss is in kilobytes on Linux, in bytes on macOS
        scale = 1024 * 1024 if sys.platform == "darwin" else 1024
        cpu = usage.ru_utime + usage.ru_stime
        after = busy_seconds()
        others = None if busy is None or after is None else max(0.0, after - busy - cpu)
        return Sample(wall, cpu, usage.ru_maxrss / scale, process.returncode, out, others)
    process.wait()  # Windows: no per-child resource usage
    return Sample(time.perf_counter() - started, float("nan"), None, process.returncode, out)


def compare(commands: dict[str, Sequence[str]], runs: int, warmup: int = 1,
            env: dict[str, str] | None = None, quiet: float | None = None) -> dict[str, Runs]:
    """Run every command `runs` times, interleaved (A B C A B C ...), after `warmup`
    uncounted rounds, so a drift of the machine's speed touches all alike.

    With `quiet` (CPU seconds), a round in which other processes used more than that
    during any of its runs is done again (at most three times as many rounds in all):
    on a shared machine another job's burst would otherwise decide the figures.
    """
    results = {name: Runs(name) for name in commands}
    done = rounds = 0
    while done < warmup + runs and rounds < 3 * (warmup + runs):
        rounds += 1
        samples = {name: run_once(argv, env) for name, argv in commands.items()}
        if quiet is not None and any(s.others is not None and s.others > quiet
                                     for s in samples.values()):
            continue
        if done >= warmup:
            for name, sample in samples.items():
                results[name].samples.append(sample)
        done += 1
    return results


def kazlegal_command() -> list[str]:
    """The installed `kazlegal` command of this interpreter's environment."""
    script = Path(sys.executable).with_name("kazlegal")
    if script.exists():
        return [str(script)]
    found = shutil.which("kazlegal")
    return [found] if found else [sys.executable, "-m", "pipeline.cli"]


def python_script(name: str, *args: str) -> list[str]:
    """A helper script of bench/ run by this interpreter."""
    return [sys.executable, str(BENCH / name), *args]


def generate_act(folder: Path, pages: int, seed: int = 7) -> Path:
    """tests/pdfgen.py's made-up resolution of `pages` pages, written by a child process
    (reportlab and the generator stay out of this process)."""
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
            "import pdfgen; print(pdfgen.make_legal_document(Path(sys.argv[2]), "
            "pages=int(sys.argv[3]), seed=int(sys.argv[4])).path)")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "tests"), str(folder),
                          str(pages), str(seed)], check=True, capture_output=True, text=True)
    return Path(out.stdout.strip())


def row(name: str, runs: Runs, pages: int | None = None, width: int = 44) -> str:
    """One printed line: median wall, pages/s, CPU, peak RSS, spread."""
    if not runs.samples:
        return f"{name:<{width}} no run counted (the machine was never quiet enough)"
    low, high = runs.spread
    rate = f"{pages / runs.wall:8.1f} pages/s" if pages else " " * 15
    peak = f"{runs.peak_mb:7.1f} MB" if runs.peak_mb is not None else "      ? MB"
    others = [s.others for s in runs.samples if s.others is not None]
    busy = f", others {statistics.median(others):.1f} s cpu" if others else ""
    return (f"{name:<{width}} {runs.wall:7.2f} s {rate}  cpu {runs.cpu:6.2f} s  "
            f"peak {peak}  (min {low:.2f}, max {high:.2f}, n={len(runs.samples)}{busy})")
