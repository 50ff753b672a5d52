"""Output documents as parquet datasets: `OUTDIR/parquet/<table>/<name>.parquet`.

One folder per table of `pipeline.tables`, one file per document, so converting a
document rewrites only its own files and a folder reads as the whole corpus:

    >>> import pandas
    >>> pandas.read_parquet("outputs/parquet/obligations")

`name` is the document's output name: its doc_id, or, for an input found in a
folder, its path relative to that folder (`dev/pdf/X`), so the files mirror the
input folders as the JSON outputs do. pyarrow (and so pandas) reads a table's
folder recursively; a folder name is never read as a hive partition because a
folder name holding `=` is refused.

Every file of a table has the same explicit arrow schema (`SCHEMAS`, derived from
`pipeline.tables.COLUMNS`), whatever the document holds: a document without
references still gets a (zero-row) references file with the right types, so files of
different documents always concatenate, and a stale file from an earlier conversion
is replaced rather than left behind. The pandas metadata is kept, so plain
`pandas.read_parquet` gives back the nullable dtypes of the tables.

Bytes are deterministic for the same input and library versions: parquet records no
timestamps (its `created_by` is the writer's version), the rows come in document
order and no index is stored. Files are written atomically: a temporary file whose
name starts with "." (which dataset readers skip), then `os.replace`.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..tables import BOOL, COLUMNS, DATE, INT, STRING, empty_tables, tables

PARQUET_DIR = "parquet"

_ARROW_TYPES: dict[str, pa.DataType] = {
    STRING: pa.string(),
    INT: pa.int64(),
    BOOL: pa.bool_(),
    DATE: pa.timestamp("ns"),  # pandas reads a parquet date32 back as objects; this stays datetime
}

SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema([pa.field(column, _ARROW_TYPES[dtype]) for column, dtype in columns.items()])
    for name, columns in COLUMNS.items()
}

# fixed writer options: a change here changes every file's bytes
_WRITE_OPTIONS: dict[str, Any] = {
    "compression": "snappy",
    "version": "2.6",
    "write_statistics": True,
    "use_dictionary": True,
}


def parquet_files(documents: Sequence[dict[str, Any]],
                  names: Sequence[str] | None = None) -> dict[PurePosixPath, bytes]:
    """The parquet files of `documents`: relative path (`parquet/<table>/<name>.parquet`)
    -> file bytes. Nothing is written, so a caller can render every format before writing.

    `names` are the documents' output names (`dev/pdf/X`); by default their doc_ids.
    Raises ValueError for a doc_id or name that cannot be a file name.
    """
    if names is None:
        names = [_file_stem(document.get("doc_id")) for document in documents]
    files: dict[PurePosixPath, bytes] = {}
    for document, name in zip(documents, names, strict=True):
        relative = _relative_name(name)
        for table, frame in tables([document]).items():
            path = PurePosixPath(PARQUET_DIR, table, *relative.parent.parts,
                                 f"{relative.name}.parquet")
            files[path] = _parquet_bytes(frame, SCHEMAS[table])
    return files


def write_parquet(documents: Sequence[dict[str, Any]], outdir: Path,
                  names: Sequence[str] | None = None) -> list[Path]:
    """Write every table of each document to `outdir/parquet/<table>/<name>.parquet`.

    Returns the paths written. Each file is replaced atomically; all files are rendered
    before the first is written, so a document that fails to render writes nothing.
    """
    rendered = parquet_files(documents, names)
    written = []
    for relative, content in rendered.items():
        path = Path(outdir, *relative.parts)
        _write_atomic(path, content)
        written.append(path)
    return written


def read_parquet_tables(outdir: Path) -> dict[str, pd.DataFrame]:
    """Read the parquet datasets under `outdir/parquet` (or `outdir` itself if it is the
    parquet folder) back into the tables of `pipeline.tables`, with their dtypes.

    A table without a folder comes back empty. Table folders are read recursively, as
    pyarrow reads them; rows come in path order (`a`, `dev/pdf/X`, `dev/text/X`).
    """
    root = Path(outdir)
    if root.name != PARQUET_DIR and (root / PARQUET_DIR).is_dir():
        root = root / PARQUET_DIR
    result = {}
    for name, empty in empty_tables().items():
        folder = root / name
        if not folder.is_dir():
            result[name] = empty
            continue
        # the order and the files pyarrow's dataset discovery uses: sorted path strings,
        # nothing under a name starting with "." or "_" (temporary files)
        files = sorted((p for p in folder.rglob("*.parquet")
                        if not any(part.startswith((".", "_"))
                                   for part in p.relative_to(folder).parts)),
                       key=lambda p: p.relative_to(folder).as_posix())
        if not files:
            result[name] = empty
            continue
        table = pa.concat_tables([pq.read_table(p, schema=SCHEMAS[name]) for p in files])
        frame = table.to_pandas().astype(COLUMNS[name])
        result[name] = frame.reset_index(drop=True)
    return result


def _parquet_bytes(frame: pd.DataFrame, schema: pa.Schema) -> bytes:
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, **_WRITE_OPTIONS)
    return sink.getvalue().to_pybytes()


def _file_stem(doc_id: Any) -> str:
    if (not isinstance(doc_id, str) or not doc_id or doc_id.startswith((".", "_"))
            or "/" in doc_id or "\\" in doc_id or "\0" in doc_id):
        # a leading "." or "_" would hide the file from dataset readers
        raise ValueError(f"doc_id {doc_id!r} cannot name a parquet file")
    return doc_id


def _relative_name(name: str) -> PurePosixPath:
    """`name` as a relative path every dataset reader sees and none reads as a partition."""
    parts = name.split("/") if isinstance(name, str) else []
    if (not parts or "\\" in name or "\0" in name
            or any(not part or part in (".", "..") or part.startswith((".", "_")) for part in parts)
            or any("=" in folder for folder in parts[:-1])):
        # "." or "_" would hide the file from dataset readers, "=" make a folder a partition
        raise ValueError(f"output name {name!r} cannot name a parquet file")
    return PurePosixPath(*parts)


def _write_atomic(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # a name of our own ("x" mode, so the umask applies, unlike mkstemp's 0600), unique
    # per writer so two processes converting at once never share a temporary file
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "xb") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
