"""The batch cache: which inputs were converted with which options by which pipeline.

`OUTDIR/.kazlegal-cache.json` maps each output name (`dev/pdf/X`) to the input's
sha256, a key of the pipeline's code and the options, and the files written. A
run records its entries in memory and merges them into the file at most once a
second and when it ends (interrupted or not): under an exclusive lock on OUTDIR
it re-reads the file, adds its entries and replaces the file atomically, so two
runs converting into one folder at the same time keep each other's entries.
"""

from __future__ import annotations

import functools
import hashlib
import json
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .output import folder_lock, write_atomic

if TYPE_CHECKING:
    from .batch import Options, Result

CACHE_FILE = ".kazlegal-cache.json"
FLUSH_SECONDS = 1.0  # merge new entries into the file at most this often, and at the end


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
    """The cache of one OUTDIR, keyed by output name (`dev/pdf/X`)."""

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.path = outdir / CACHE_FILE
        self.entries: dict[str, dict[str, Any]] = self._read()
        self._new: dict[str, dict[str, Any]] = {}
        self._flushed = time.monotonic()

    @staticmethod
    def key(options: Options) -> str:
        key = (f"{pipeline_fingerprint()}:{options.engine}:{','.join(sorted(options.formats))}"
               f":{bool(options.password)}")
        # a forced language changes the output; the default keeps the key it always had
        return key + (f":{options.language}" if options.language else "")

    def fresh(self, name: str, sha256: str, options: Options, outdir: Path) -> bool:
        entry = self.entries.get(name)
        return bool(entry and entry.get("sha256") == sha256
                    and entry.get("key") == self.key(options)
                    and all((outdir / name).exists() for name in entry.get("files", [])))

    def record(self, result: Result, options: Options, files: list[str]) -> None:
        """Remember a converted document; merged into the file within a second."""
        entry = {"sha256": result.sha256, "key": self.key(options), "files": sorted(files),
                 "pages": result.pages}
        self.entries[result.name] = self._new[result.name] = entry
        if time.monotonic() - self._flushed >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Merge this run's new entries into the file, keeping other runs' entries.

        Raises pipeline.output.OutputError when the file cannot be written.
        """
        if not self._new:
            return
        with folder_lock(self.outdir):
            merged = self._read()
            merged.update(self._new)
            write_atomic(self.path, json.dumps(merged, ensure_ascii=False, indent=1,
                                               sort_keys=True) + "\n")
        self.entries = merged
        self._new = {}
        self._flushed = time.monotonic()

    save = flush

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            entries = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return entries if isinstance(entries, dict) else {}
