"""Convert many documents: a process pool or a Dask cluster, a cache, progress and a summary.

The unit of work is `convert_file`, a plain top-level function of one input
path that returns the rendered outputs (or the one-line reason it failed), so
the same function runs in this process, in a process pool and on Dask workers
(pipeline.executors), and results are identical either way. Files are written
by the calling process only, each document all or nothing (pipeline.output).

A batch stops early, and says so in its Summary, on the first output failure
(a full disk, a file in the way) and on SIGINT or SIGTERM: workers are
terminated, and every finished document keeps its outputs and cache entry.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .cache import CACHE_FILE, Cache, file_sha256, pipeline_fingerprint
from .executors import make_run
from .inputs import Input, output_name
from .interrupt import Interrupted, deferred, interruptible
from .output import OutputError, prepare_folder, write_files

ENGINES = ("pdfium", "pdfplumber")
__all__ = ["CACHE_FILE", "Cache", "Options", "Result", "Summary", "convert_batch",
           "convert_file", "file_sha256", "pipeline_fingerprint", "render"]


@dataclass(frozen=True)
class Options:
    """What a conversion depends on besides the input bytes."""

    formats: tuple[str, ...] = ("json",)
    engine: str = "pdfium"
    password: str | None = None
    debug: bool = False  # let internal errors raise (with a traceback)
    language: str | None = None  # "kk" or "ru" forces the language; None: told from the text


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
    todo: int = 0  # inputs not served from the cache
    interrupted: int | None = None  # the signal that stopped the batch
    output_error: str | None = None  # the output failure that stopped it (one line)

    @property
    def stopped(self) -> int:
        """Inputs left unconverted because the batch stopped early."""
        return max(0, self.todo - self.converted - len(self.failed))

    def line(self) -> str:
        rate = f", {self.pages / self.seconds:.1f} pages/s" if self.seconds and self.pages else ""
        left = f", not converted {self.stopped}" if self.stopped else ""
        return (f"converted {self.converted}, cached {self.cached}, failed {len(self.failed)}"
                f"{left} ({self.pages} pages in {self.seconds:.1f} s{rate})")

    def interrupted_line(self) -> str | None:
        """What an interrupted batch says: the signal, and what it kept."""
        if self.interrupted is None:
            return None
        name = signal.Signals(self.interrupted).name
        return (f"interrupted by {name}: converted {self.converted} of {self.todo} "
                f"(their outputs and cache entries are kept), {self.stopped} not converted")


def render(document: dict[str, Any], name: str, formats: Iterable[str]) -> dict[str, bytes]:
    """Every file of every requested format of one document, as bytes (all or nothing).

    Keys are POSIX paths relative to the output folder: `<name>.json`, `<name>.xml`,
    `parquet/<table>/<name>.parquet`, where `name` is the input's output name
    (`dev/pdf/X` for an input found as `dev/pdf/X.pdf` in a folder argument).
    """
    # each format's modules are imported when it is asked for (pandas and pyarrow, lxml)
    out: dict[str, bytes] = {}
    for fmt in formats:
        if fmt == "json":
            from .export.json import dump_bytes

            out[f"{name}.json"] = dump_bytes(document)
        elif fmt == "xml":
            from .export.akn import to_akn

            out[f"{name}.xml"] = to_akn(document)
        elif fmt == "parquet":
            from .export.parquet import parquet_files

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
    from .collector import paused
    from .ingest import IngestError

    started = time.perf_counter()
    result = Result(path=path, name=name or Path(path).stem)
    try:
        with paused():  # the conversion and the rendering of its outputs
            document = convert(path, password=options.password, engine=options.engine,
                               language=options.language)
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
    Raises OutputError, before anything is converted, when `outdir` cannot be created
    or written. The batch stops early, keeping every finished document's outputs and
    cache entry, at the first output failure (`summary.output_error`) and at SIGINT or
    SIGTERM (`summary.interrupted`).
    """
    prepare_folder(outdir)
    started = time.perf_counter()
    summary = Summary()
    cache = Cache(outdir)
    bar = Progress(0, progress)
    run = None

    def finish(result: Result) -> None:
        bar.update(result)
        if result.error is None:
            with deferred():  # a signal waits until the document is written and counted
                write_files(outdir, result.outputs)
                if use_cache:
                    cache.record(result, options, sorted(result.outputs))
                summary.converted += 1
                summary.pages += result.pages
        else:
            summary.failed.append((result.path, result.error))
        if on_result:
            on_result(result)

    with interruptible():
        try:
            try:
                try:
                    todo = _not_cached(inputs, outdir, options, cache if use_cache else None,
                                       summary, on_result)
                    summary.todo = len(todo)
                    bar.total = len(todo)
                    run = make_run(todo, convert_file, options,
                                   jobs=jobs or os.cpu_count() or 1, executor=executor,
                                   scheduler=scheduler)
                    for result in run:
                        finish(result)
                except Interrupted as exc:
                    summary.interrupted = exc.signum
                    for result in run.finished() if run else []:  # done, not yet written
                        finish(result)
            except OutputError as exc:
                summary.output_error = str(exc)
            finally:
                with deferred():
                    if run:
                        run.stop()
                    bar.close()
                    if use_cache:
                        try:
                            cache.flush()
                        except OutputError as exc:
                            summary.output_error = summary.output_error or str(exc)
        except Interrupted as exc:  # arrived while cleaning up: the batch is over anyway
            summary.interrupted = exc.signum
    summary.seconds = time.perf_counter() - started
    return summary


def _not_cached(inputs: Sequence[Input | Path], outdir: Path, options: Options,
                cache: Cache | None, summary: Summary,
                on_result: Callable[[Result], None] | None) -> list[Input]:
    """The inputs to convert; the others are counted (and reported) as cached."""
    todo: list[Input] = []
    for item in inputs:
        if not isinstance(item, Input):
            item = Input(Path(item), output_name(Path(item)))
        sha = file_sha256(item.path) if cache and item.path.is_file() else None
        if cache and sha and cache.fresh(item.name, sha, options, outdir):
            summary.cached += 1
            if on_result:
                on_result(Result(str(item.path), item.name, sha, cached=True))
            continue
        todo.append(item)
    return todo
