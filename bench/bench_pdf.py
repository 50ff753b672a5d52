"""kazlegal beside pdfplumber's extract_text (and pdftotext when installed), on one act.

Usage: python bench/bench_pdf.py [--pages N] [--runs R] [--quiet SECONDS] [PDF]

Without a PDF it generates the made-up resolution of tests/pdfgen.py (100
pages unless --pages says otherwise) in a temporary folder. Two measures,
each the median of R runs (default 3):

- cold: whole processes, a fresh one per run, imports included, one job:
  `kazlegal convert PDF --format json,xml -j 1 --no-cache`, a Python script
  running pdfplumber's `extract_text` on every page (closing each page; and
  again keeping them open, as a plain script does), and `pdftotext`;
- warm: in a running process (imports and a first small document done, as in a
  batch): kazlegal's per-document function (`pipeline.batch.convert_file`, JSON
  and XML rendered) with the time of each stage, and pdfplumber's extract_text.

Then the ratios: how many times faster kazlegal is than extract_text, cold and
warm. Numbers only, no pass or fail.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import (  # noqa: E402
    ROOT,
    Runs,
    compare,
    generate_act,
    kazlegal_command,
    python_script,
    row,
    run_once,
)

# --- children: run in fresh interpreters ------------------------------------------------------

def extract_text(path: str) -> int:
    """pdfplumber's extract_text on every page (pages closed as they are done: flat memory)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def warm_extract_text(path: str, runs: int) -> dict[str, list[float]]:
    extract_text(path)  # imports, first open
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract_text(path)
        times.append(time.perf_counter() - start)
    return {"total": times}


def warm_kazlegal(path: str, runs: int) -> dict[str, list[float]]:
    """convert_file as a batch worker runs it, timed R times; and its stages, timed apart."""
    from pipeline.batch import Options, convert_file

    options = Options(formats=("json", "xml"))
    convert_file(str(ROOT / "corpora" / "000_f37db273f0083b9d.txt"), options)  # warm up
    times: dict[str, list[float]] = {"total": []}
    for _ in range(runs):
        start = time.perf_counter()
        result = convert_file(path, options)
        times["total"].append(time.perf_counter() - start)
        assert result.error is None, result.error
    for _ in range(runs):
        for name, seconds in stage_seconds(path).items():
            times.setdefault(name, []).append(seconds)
    return times


def stage_seconds(path: str) -> dict[str, float]:
    """Seconds of each stage of one conversion, run as convert_file runs them."""
    from pipeline.batch import render
    from pipeline.export.json import document_dict
    from pipeline.extract import extract
    from pipeline.ingest import read
    from pipeline.normalize import normalize
    from pipeline.segment import segment

    try:
        from pipeline.collector import paused
    except ImportError:  # a version of kazlegal before the collector was paused
        paused = contextlib.nullcontext
    ends: dict[str, float] = {}
    start = time.perf_counter()
    with paused():
        source = read(path)
        ends["read"] = time.perf_counter()
        normalized = normalize(source)
        ends["normalize"] = time.perf_counter()
        structure = segment(normalized)
        ends["segment"] = time.perf_counter()
        extraction = extract(structure, normalized.text)
        ends["extract"] = time.perf_counter()
        document = document_dict(Path(path).stem, normalized, structure, extraction)
        render(document, "x", ("json",))
        ends["json"] = time.perf_counter()
        render(document, "x", ("xml",))
        ends["xml"] = time.perf_counter()
    seconds = {}
    for name, end in ends.items():
        seconds[name] = end - start
        start = end
    return seconds


CHILDREN = {"warm-kazlegal": warm_kazlegal, "warm-extract-text": warm_extract_text}


# --- the parent: imports nothing heavy --------------------------------------------------------

def page_count(path: Path) -> int:
    code = "import sys, pypdfium2; print(len(pypdfium2.PdfDocument(sys.argv[1])))"
    return int(run_once([sys.executable, "-c", code, str(path)], capture=True).stdout)


def warm(child: str, path: Path, runs: int) -> dict[str, float]:
    """Medians of a warm child's timings (a fresh interpreter that times in itself)."""
    sample = run_once(python_script("bench_pdf.py", "--child", child, str(path), str(runs)),
                      capture=True)
    if sample.status != 0:
        raise SystemExit(f"{child} failed (exit {sample.status})")
    return {k: statistics.median(v) for k, v in json.loads(sample.stdout).items()}


def main(argv: list[str]) -> None:
    if argv[1:2] == ["--child"]:
        name, path, runs = argv[2], argv[3], int(argv[4])
        print(json.dumps(CHILDREN[name](path, runs)))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdf", nargs="?", type=Path)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3, help="runs per command (median)")
    parser.add_argument("--quiet", type=float, default=None, metavar="SECONDS",
                        help="redo a round in which other processes used more CPU than this "
                             "(Linux; for a shared machine)")
    args = parser.parse_args(argv[1:])
    with tempfile.TemporaryDirectory() as tmp:
        path = args.pdf or generate_act(Path(tmp), args.pages)
        pages = page_count(path)
        print(f"{path.name}: {pages} pages; medians of {args.runs} runs", flush=True)
        out = Path(tmp) / "out"
        commands = {
            "kazlegal convert --format json,xml -j 1": [
                *kazlegal_command(), "convert", str(path), "-o", str(out), "--format",
                "json,xml", "-j", "1", "--no-cache", "-q"],
            "pdfplumber extract_text (python script)": python_script(
                "extract_text.py", str(path)),
            "  the same, pages kept open": python_script("extract_text.py", str(path), "--keep"),
        }
        if shutil.which("pdftotext"):
            commands["pdftotext (C, text only)"] = ["pdftotext", str(path), str(Path(tmp) / "t")]
        cold = compare(commands, args.runs, quiet=args.quiet)
        print("cold: whole processes, a fresh one per run, imports included")
        for name, runs in cold.items():
            print("  " + row(name, runs, pages), flush=True)

        print("warm: in a running process, after imports and a first document")
        ours = warm("warm-kazlegal", path, args.runs)
        theirs = warm("warm-extract-text", path, args.runs)
        warm_rows = {"kazlegal convert_file (json, xml)": ours["total"],
                     "pdfplumber extract_text": theirs["total"]}
        for name, seconds in warm_rows.items():
            print(f"  {name:<44} {seconds:7.2f} s {pages / seconds:8.1f} pages/s")
        stages = ", ".join(f"{k} {v:.3f}" for k, v in ours.items() if k != "total")
        print(f"    kazlegal stages (s): {stages}")

        base: Runs = cold["pdfplumber extract_text (python script)"]
        kaz: Runs = cold["kazlegal convert --format json,xml -j 1"]
        print("ratios (extract_text time / kazlegal time; above 1: kazlegal is faster)")
        print(f"  cold: {base.wall / kaz.wall:.2f}x   "
              f"warm: {theirs['total'] / ours['total']:.2f}x")
        kept = cold["  the same, pages kept open"]
        print(f"  cold, beside extract_text with its pages kept open: {kept.wall / kaz.wall:.2f}x")
        if "pdftotext (C, text only)" in cold:
            c_tool = cold["pdftotext (C, text only)"]
            print(f"  pdftotext / kazlegal, cold: {c_tool.wall / kaz.wall:.2f}x")


if __name__ == "__main__":
    main(sys.argv)
