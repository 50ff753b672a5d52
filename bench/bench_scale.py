"""Time and peak memory of one conversion as the act grows: 100, 500, 1,000 pages.

Usage: python bench/bench_scale.py [--pages 100,500,1000] [--runs R]

Each size is tests/pdfgen.py's made-up resolution; each run is a fresh
`kazlegal convert ACT --format json,xml -j 1 --no-cache` process (imports
included), the median of R runs (default 3). Seconds per 100 pages staying
flat means time grows linearly with pages; peak RSS is the process's own.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import compare, generate_act, kazlegal_command, row  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", default="100,500,1000",
                        help="comma-separated sizes (default 100,500,1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per size (median)")
    parser.add_argument("--quiet", type=float, default=None, metavar="SECONDS",
                        help="redo a round in which other processes used more CPU than this "
                             "(Linux; for a shared machine)")
    args = parser.parse_args()
    sizes = [int(n) for n in args.pages.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        acts = {n: generate_act(Path(tmp), n) for n in sizes}
        out = Path(tmp) / "out"
        commands = {f"{n} pages": [*kazlegal_command(), "convert", str(path), "-o", str(out),
                                   "--format", "json,xml", "-j", "1", "--no-cache", "-q"]
                    for n, path in acts.items()}
        print(f"kazlegal convert --format json,xml -j 1, cold; medians of {args.runs} runs")
        results = compare(commands, args.runs, quiet=args.quiet)
        for n, (name, runs) in zip(sizes, results.items()):
            print(f"  {row(name, runs, n, width=10)}  {100 * runs.wall / n:5.2f} s/100 pages",
                  flush=True)


if __name__ == "__main__":
    main()
