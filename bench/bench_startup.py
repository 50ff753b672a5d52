"""Start-up of commands that need no conversion: `kazlegal --help`, `kazlegal check` on
an empty folder.

Usage: python bench/bench_startup.py [--runs R]

Whole processes, median of R runs (default 5). For where the time goes, run
`python -X importtime -m pipeline.cli --help`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import compare, kazlegal_command, row  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as empty:
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "kazlegal --help": [*kazlegal_command(), "--help"],
            "kazlegal check EMPTY_FOLDER": [*kazlegal_command(), "check", empty],
        }
        print(f"medians of {args.runs} runs")
        for name, runs in compare(commands, args.runs).items():
            print("  " + row(name, runs, width=28), flush=True)


if __name__ == "__main__":
    main()
