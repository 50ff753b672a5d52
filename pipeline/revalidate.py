"""Keep `outputs/` in step with `corpora/`: rebuild what changed, and prove it in CI.

`build` converts only new or changed inputs (the batch cache). `check` says,
for every input, whether its committed outputs are what the current pipeline
makes: a cache entry with the same input hash and pipeline fingerprint is
proof enough; otherwise the input is converted in memory and the bytes are
compared. Outputs without an input are reported too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .batch import Cache, Options, Summary, convert_batch, convert_file, file_sha256

CORPUS_FORMATS = ("json", "xml")
INPUT_SUFFIXES = (".pdf", ".txt", ".text")


@dataclass(frozen=True)
class Problem:
    path: str
    message: str


def corpus_inputs(corpora: Path) -> list[Path]:
    return sorted(p for p in corpora.rglob("*")
                  if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)


def build(corpora: Path, outputs: Path, *, jobs: int = 0, progress: bool = False) -> Summary:
    """Convert new or changed inputs of `corpora` into `outputs`."""
    return convert_batch(corpus_inputs(corpora), outputs, Options(formats=CORPUS_FORMATS),
                         jobs=jobs, progress=progress)


def check(corpora: Path, outputs: Path) -> list[Problem]:
    """What is missing, stale or orphaned in `outputs` (empty: up to date)."""
    options = Options(formats=CORPUS_FORMATS)
    cache = Cache(outputs)
    problems: list[Problem] = []
    inputs = corpus_inputs(corpora)
    stems = {p.stem for p in inputs}
    for path in inputs:
        expected = [outputs / f"{path.stem}.{fmt}" for fmt in CORPUS_FORMATS]
        missing = [p.name for p in expected if not p.exists()]
        if missing:
            problems.append(Problem(str(path), f"no output {', '.join(missing)} in {outputs}; "
                                               "run `kazlegal corpus build`"))
            continue
        if cache.fresh(path.stem, file_sha256(path), options, outputs):
            continue
        result = convert_file(str(path), options)
        if result.error is not None:
            problems.append(Problem(str(path), f"does not convert: {result.error}"))
            continue
        stale = [p.name for p in expected if p.read_bytes() != result.outputs[p.name]]
        if stale:
            problems.append(Problem(str(path), f"stale output {', '.join(stale)}: the pipeline "
                                               "now makes something else; run `kazlegal corpus "
                                               "build`"))
    for output in sorted(outputs.glob("*.json")):
        if output.stem not in stems and not output.name.startswith("."):
            problems.append(Problem(str(output), f"output without an input in {corpora}"))
    return problems
