"""Convert many documents: a process pool or a Dask cluster, a cache, progress and a summary.

The unit of work is `convert_file`, a plain top-level function of one input
path that returns the rendered outputs (or the one-line reason it failed), so
the same function runs in a local process pool and on Dask workers, and
results are identical either way. Files are written by the calling process
only, atomically.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from . import __version__
from .inputs import Input, output_name

CACHE_FILE = ".kazlegal-cache.json"
ENGINES = ("pdfium", "pdfplumber")


@dataclass(frozen=True)
class Options:
    """What a conversion depends on besides the input bytes."""

    formats: tuple[str, ...] = ("json",)
    engine: str = "pdfium"
    password: str | None = None
    debug: bool = False  # let internal errors raise (with a traceback)


@dataclass
class Result:
    """The outcome of converting one input."""

    path: str
    name: str  # output name relative to OUTDIR, without suffix (pipeline.inputs)
    sha256: str | None = None
    pages: int = 0
    outputs: dict[str, bytes] = field(default_factory=dict)  # relative file name -> bytes
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    cached: bool = False
    seconds: float = 0.0


@dataclass
class Summary:
    converted: int = 0
    cached: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    pages: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        rate = f", {self.pages / self.seconds:.1f} pages/s" if self.seconds and self.pages else ""
        return (f"converted {self.converted}, cached {self.cached}, failed {len(self.failed)}"
                f" ({self.pages} pages in {self.seconds:.1f} s{rate})")


def render(document: dict[str, Any], name: str, formats: Iterable[str]) -> dict[str, bytes]:
    """Every file of every requested format of one document, as bytes (all or nothing).

    Keys are POSIX paths relative to the output folder: `<name>.json`, `<name>.xml`,
    `parquet/<table>/<name>.parquet`, where `name` is the input's output name
    (`dev/pdf/X` for an input found as `dev/pdf/X.pdf` in a folder argument).
    """
    from .export.akn import to_akn
    from .export.json import dumps
    from .export.parquet import parquet_files

    out: dict[str, bytes] = {}
    for fmt in formats:
        if fmt == "json":
            out[f"{name}.json"] = dumps(document).encode("utf-8")
        elif fmt == "xml":
            out[f"{name}.xml"] = to_akn(document)
        elif fmt == "parquet":
            files = parquet_files([document], [name])
            out.update({str(path): data for path, data in files.items()})
        else:
            raise ValueError(f"unknown format {fmt!r}")
    return out


def convert_file(path: str, options: Options, name: str | None = None) -> Result:
    """Convert one input into the files of output name `name` (default: its stem).

    Never raises for a bad input (the reason goes in `error`).
    """
    from . import convert
    from .ingest import IngestError

    started = time.perf_counter()
    result = Result(path=path, name=name or Path(path).stem)
    try:
        document = convert(path, password=options.password, engine=options.engine)
        result.outputs = render(document, result.name, options.formats)
        result.sha256 = document["source"]["sha256"]
        result.pages = document["source"]["pages"]
        result.warnings = list(document.get("warnings", []))
    except IngestError as exc:
        result.error = str(exc)
    except Exception as exc:  # a bug on one document must not stop the batch
        if options.debug:
            raise
        result.error = f"internal error: {type(exc).__name__}: {exc}"
    result.seconds = time.perf_counter() - started
    return result


@functools.lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the package's code and data: any change invalidates cached outputs."""
    digest = hashlib.sha256(__version__.encode())
    root = resources.files("pipeline")
    for path in sorted(_package_files(Path(str(root)))):
        digest.update(str(path.relative_to(Path(str(root)))).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _package_files(root: Path) -> Iterator[Path]:
    for path in root.rglob("*"):
        if path.is_file() and path.suffix in (".py", ".txt", ".json") \
                and "__pycache__" not in path.parts:
            yield path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Cache:
    """Which inputs were converted with which options by which pipeline, in OUTDIR.

    Entries are keyed by output name (`dev/pdf/X`), so two inputs with one stem in
    different folders have their own entries.
    """

    def __init__(self, outdir: Path) -> None:
        self.path = outdir / CACHE_FILE
        try:
            self.entries: dict[str, dict[str, Any]] = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            self.entries = {}

    @staticmethod
    def key(options: Options) -> str:
        return (f"{pipeline_fingerprint()}:{options.engine}:{','.join(sorted(options.formats))}"
                f":{bool(options.password)}")

    def fresh(self, name: str, sha256: str, options: Options, outdir: Path) -> bool:
        entry = self.entries.get(name)
        return bool(entry and entry.get("sha256") == sha256
                    and entry.get("key") == self.key(options)
                    and all((outdir / name).exists() for name in entry.get("files", [])))

    def record(self, result: Result, options: Options, files: list[str]) -> None:
        self.entries[result.name] = {"sha256": result.sha256, "key": self.key(options),
                                     "files": sorted(files), "pages": result.pages}

    def save(self) -> None:
        from .export.json import write_atomic

        write_atomic(self.path, json.dumps(self.entries, ensure_ascii=False, indent=1,
                                           sort_keys=True) + "\n")


def run_local(todo: list[Input], options: Options, jobs: int) -> Iterator[Result]:
    """Results in input order, from a pool of `jobs` processes (in-process for one job)."""
    if jobs <= 1 or len(todo) <= 1:
        for item in todo:
            yield convert_file(str(item.path), options, item.name)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(convert_file, str(item.path), options, item.name)
                   for item in todo]
        for future in futures:
            yield future.result()


def run_dask(todo: list[Input], options: Options, scheduler: str) -> Iterator[Result]:
    """The same per-document function on a Dask cluster (`pip install kazlegal[dask]`)."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise RuntimeError("the dask executor needs dask.distributed: "
                           "pip install -e \".[dask]\"") from None
    with Client(scheduler) as client:
        futures = client.map(convert_file, [str(i.path) for i in todo],
                             [options] * len(todo), [i.name for i in todo], pure=False)
        order = {f.key: i for i, f in enumerate(futures)}
        done: dict[int, Result] = {}
        for future in as_completed(futures):
            done[order[future.key]] = future.result()
        for i in range(len(todo)):
            yield done[i]


class Progress:
    """One self-rewriting line on a terminal: documents done, pages/s, ETA."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.done = self.pages = 0
        self.started = time.perf_counter()

    def update(self, result: Result) -> None:
        self.done += 1
        self.pages += result.pages
        if not self.enabled:
            return
        elapsed = time.perf_counter() - self.started
        rate = self.pages / elapsed if elapsed > 0 else 0.0
        per_doc = elapsed / self.done
        eta = per_doc * (self.total - self.done)
        name = Path(result.path).name[:40]
        sys.stderr.write(f"\r[{self.done}/{self.total}] {rate:.1f} pages/s "
                         f"ETA {int(eta) // 60}:{int(eta) % 60:02d} {name}\x1b[K")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def convert_batch(inputs: Sequence[Input | Path], outdir: Path, options: Options, *, jobs: int = 0,
                  executor: str = "local", scheduler: str | None = None, use_cache: bool = True,
                  progress: bool = False, on_result: Callable[[Result], None] | None = None
                  ) -> Summary:
    """Convert `inputs` into `outdir`, skipping inputs whose outputs are up to date.

    A bare Path writes `outdir/<stem>.*`; an `Input` writes under its output name.
    """
    from .export.json import write_atomic

    outdir.mkdir(parents=True, exist_ok=True)
    cache = Cache(outdir)
    summary = Summary()
    started = time.perf_counter()
    todo: list[Input] = []
    for item in inputs:
        if not isinstance(item, Input):
            item = Input(Path(item), output_name(Path(item)))
        sha = file_sha256(item.path) if use_cache and item.path.is_file() else None
        if sha and cache.fresh(item.name, sha, options, outdir):
            summary.cached += 1
            if on_result:
                on_result(Result(str(item.path), item.name, sha, cached=True))
            continue
        todo.append(item)
    jobs = jobs or os.cpu_count() or 1
    results = (run_dask(todo, options, scheduler or "") if executor == "dask"
               else run_local(todo, options, jobs))
    bar = Progress(len(todo), progress)
    try:
        for result in results:
            bar.update(result)
            if result.error is None:
                files = _write(result, outdir, write_atomic)
                cache.record(result, options, files)
                summary.converted += 1
                summary.pages += result.pages
            else:
                summary.failed.append((result.path, result.error))
            if on_result:
                on_result(result)
    finally:
        bar.close()
        if use_cache:
            cache.save()
    summary.seconds = time.perf_counter() - started
    return summary


def _write(result: Result, outdir: Path, write_atomic) -> list[str]:
    for name, content in result.outputs.items():
        target = outdir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, content)
    return sorted(result.outputs)
