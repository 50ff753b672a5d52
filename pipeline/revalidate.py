"""Keep `outputs/` in step with `corpora/`: rebuild what changed, and prove it in CI.

`build` converts only new or changed inputs (the batch cache). `check` says,
for every input, whether its committed outputs are what the current pipeline
makes: a cache entry with the same input hash and pipeline fingerprint is
proof enough; otherwise the input is converted in memory and the bytes are
compared. Outputs without an input are reported too. Outputs mirror the
input folders (`corpora/dev/pdf/X.pdf` -> `outputs/dev/pdf/X.json`), as
`kazlegal convert corpora -o outputs` writes them (pipeline.inputs).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .batch import Options, Summary, convert_batch, convert_file
from .cache import Cache, file_sha256
from .inputs import Input, distinct_outputs, folder_inputs

CORPUS_FORMATS = ("json", "xml")


@dataclass(frozen=True)
class Problem:
    path: str
    message: str


def corpus_inputs(corpora: Path) -> list[Input]:
    """The inputs under `corpora`, each with its output name relative to `corpora`."""
    return folder_inputs(corpora)


def build(corpora: Path, outputs: Path, *, jobs: int = 0, progress: bool = False) -> Summary:
    """Convert new or changed inputs of `corpora` into `outputs`."""
    inputs, refused = distinct_outputs(corpus_inputs(corpora))
    summary = convert_batch(inputs, outputs, Options(formats=CORPUS_FORMATS),
                            jobs=jobs, progress=progress)
    summary.failed[:0] = refused
    return summary


def check(corpora: Path, outputs: Path) -> list[Problem]:
    """What is missing, stale or orphaned in `outputs` (empty: up to date)."""
    options = Options(formats=CORPUS_FORMATS)
    cache = Cache(outputs)
    inputs, refused = distinct_outputs(corpus_inputs(corpora))
    problems = [Problem(path, reason) for path, reason in refused]
    for item in inputs:
        expected = {f"{item.name}.{fmt}": outputs / f"{item.name}.{fmt}"
                    for fmt in CORPUS_FORMATS}
        missing = [name for name, path in expected.items() if not path.exists()]
        if missing:
            problems.append(Problem(str(item.path), f"no output {', '.join(missing)} in "
                                                    f"{outputs}; run `kazlegal corpus build`"))
            continue
        if cache.fresh(item.name, file_sha256(item.path), options, outputs):
            continue
        result = convert_file(str(item.path), options, item.name)
        if result.error is not None:
            problems.append(Problem(str(item.path), f"does not convert: {result.error}"))
            continue
        stale = [name for name, path in expected.items()
                 if path.read_bytes() != result.outputs[name]]
        if stale:
            problems.append(Problem(str(item.path), f"stale output {', '.join(stale)}: the "
                                                    "pipeline now makes something else; run "
                                                    "`kazlegal corpus build`"))
    problems.extend(orphans(outputs, {item.name for item in inputs}, corpora))
    return problems


def orphans(outputs: Path, names: set[str], corpora: Path) -> list[Problem]:
    """Output files (.json, .xml, anywhere under `outputs`) whose input is gone."""
    found = []
    for output in sorted(outputs.rglob("*")):
        relative = output.relative_to(outputs)
        if (output.suffix not in (".json", ".xml") or not output.is_file()
                or any(part.startswith(".") for part in relative.parts)):
            continue  # the cache index, temporary files, the parquet tables
        if relative.with_suffix("").as_posix() not in names:
            found.append(Problem(str(output), f"output without an input in {corpora}"))
    return found
