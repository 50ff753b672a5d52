"""A batch of 20 acts converted with one and with two worker processes.

Usage: python bench/bench_batch.py [--acts 20] [--jobs 1,2] [--runs R]

The acts are tests/pdfgen.py's made-up resolutions of 20 to 50 pages (seeded,
so the same batch every time). Each run is a fresh `kazlegal convert FOLDER
--format json,xml -j N --no-cache` process; runs of the job counts are
interleaved and the median of R (default 3) is shown, with the speed-up over
the first job count. On a shared machine, `--quiet 0.3` redoes a round in which
other processes used more than 0.3 CPU seconds.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import compare, generate_act, kazlegal_command, row  # noqa: E402


def make_batch(folder: Path, acts: int) -> int:
    """`acts` generated acts of 20 to 50 pages in `folder`; the number of pages."""
    rng = random.Random(12)
    total = 0
    for i in range(acts):
        pages = rng.randint(20, 50)
        sub = folder / f"act_{i:02d}"
        sub.mkdir()
        generate_act(sub, pages, seed=100 + i)
        total += pages
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--acts", type=int, default=20)
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per job count (median)")
    parser.add_argument("--quiet", type=float, default=None, metavar="SECONDS",
                        help="redo a round in which other processes used more CPU than this "
                             "(Linux; for a shared machine)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "acts"
        batch.mkdir()
        pages = make_batch(batch, args.acts)
        commands = {f"-j {j}": [*kazlegal_command(), "convert", str(batch), "-o",
                                str(Path(tmp) / f"out{j}"), "--format", "json,xml",
                                "-j", j, "--no-cache", "-q"]
                    for j in args.jobs.split(",")}
        print(f"{args.acts} acts, {pages} pages; kazlegal convert --format json,xml; "
              f"medians of {args.runs} runs")
        results = compare(commands, args.runs, quiet=args.quiet)
        first = next(iter(results.values()))
        for name, runs in results.items():
            print(f"  {row(name, runs, pages, width=6)}  speed-up {first.wall / runs.wall:.2f}x",
                  flush=True)


if __name__ == "__main__":
    main()
