"""Output documents as pandas tables: one row per document, unit, obligation, deadline,
definition and reference.

The JSON output is a tree; analysts and the rules checker want flat tables they can
filter with `DataFrame.query`. Every table carries `doc_id`, so tables of many
documents concatenate and join (`units.eid` = `obligations.unit`, ...).

    >>> from pipeline.tables import load_documents, tables
    >>> t = tables(load_documents(["outputs/"]))
    >>> t["obligations"].query("actor == 'Министрлік'")

Columns and dtypes are fixed (see `COLUMNS`) whatever the input, so an empty corpus
still yields frames with the right columns: text is pandas' nullable `string`,
counts and offsets nullable `Int64`, flags nullable `boolean`, the act's date
`datetime64[ns]`. Rows come in document order, and within a document in the
order of the JSON lists (units in reading order, parents before children).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas is imported when a table is built: the CLI starts without it
    import pandas as pd

STRING = "string"
INT = "Int64"
BOOL = "boolean"
DATE = "datetime64[ns]"

# table -> column -> dtype; the order here is the column order of the frames
COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": STRING, "act_type": STRING, "issuer": STRING, "date": DATE,
        "number": STRING, "title": STRING, "pages": INT, "path": STRING,
    },
    "units": {
        "doc_id": STRING, "component": STRING, "eid": STRING, "kind": STRING, "num": STRING,
        "heading": STRING, "text": STRING, "start": INT, "end": INT, "page": INT,
        "parent": STRING, "depth": INT,
    },
    "obligations": {
        "doc_id": STRING, "id": STRING, "unit": STRING, "modality": STRING, "actor": STRING,
        "actor_text": STRING, "action": STRING, "trigger": STRING, "condition": STRING,
        "deadline_relation": STRING, "deadline_duration": STRING,
        "deadline_recurrence": STRING, "deadline_working_days": BOOL,
        "deadline_anchor": STRING, "deadline_text": STRING,
        "start": INT, "end": INT, "page": INT,
    },
    "deadlines": {
        "doc_id": STRING, "unit": STRING, "text": STRING, "relation": STRING,
        "duration": STRING, "recurrence": STRING, "working_days": BOOL, "anchor": STRING,
        "start": INT, "end": INT, "page": INT,
    },
    "definitions": {
        "doc_id": STRING, "term": STRING, "expansion": STRING, "component": STRING,
        "unit": STRING, "start": INT, "end": INT,
    },
    "references": {
        "doc_id": STRING, "unit": STRING, "text": STRING, "target": STRING,
        "external": STRING, "start": INT, "end": INT,
    },
}
TABLES: tuple[str, ...] = tuple(COLUMNS)


class DocumentLoadError(Exception):
    """An output file that cannot be read as a document; str() is a one-line reason."""


# --- reading output files -------------------------------------------------------------------

def find_outputs(paths: Iterable[str | Path]) -> list[Path]:
    """The .json files named by `paths`: files as given, folders searched recursively (sorted).

    A file named twice (`outputs/ outputs/a.json`) is kept once. Raises DocumentLoadError
    for a path that does not exist or a folder without .json files, so that a typo in a
    CI command fails loudly instead of checking nothing.
    """
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            # dotfiles (the batch cache index `.kazlegal-cache.json`) are not outputs
            files = sorted(p for p in path.rglob("*.json")
                           if p.is_file() and not p.name.startswith("."))
            if not files:
                raise DocumentLoadError(f"{name}: folder holds no .json outputs")
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise DocumentLoadError(f"{name}: no such file or folder")
    seen: set[Path] = set()
    unique = []
    for path in found:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append(path)
    return unique


def read_document(path: str | Path) -> dict[str, Any]:
    """One output document, parsed; DocumentLoadError if it is unreadable or not an object."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DocumentLoadError(f"{path}: cannot read: {exc}") from exc
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DocumentLoadError(
            f"{path}: not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    if not isinstance(document, dict):
        raise DocumentLoadError(f"{path}: not an output document (top level is not an object)")
    return document


def load_documents(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Read the output documents at `paths` (.json files or folders of them), in sorted order."""
    return [read_document(p) for p in find_outputs(paths)]


# --- flattening -------------------------------------------------------------------------------

def tables(documents: Sequence[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """Flatten output documents into the tables of `COLUMNS` (keyed by table name)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for document in documents:
        pages = PageMap(document.get("pages") or [])
        doc_id = document.get("doc_id")
        rows["documents"].append(_document_row(document))
        for name, flatten in _FLATTENERS.items():
            rows[name].extend({"doc_id": doc_id, **row} for row in flatten(document, pages))
    return {name: _frame(rows[name], COLUMNS[name]) for name in COLUMNS}


def empty_tables() -> dict[str, pd.DataFrame]:
    """The tables of no documents: the right columns and dtypes, no rows."""
    return tables([])


class PageMap:
    """The page a text offset came from, by the document's `pages` map."""

    def __init__(self, pages: list[dict[str, Any]]) -> None:
        spans = sorted((p["span"][0], p["page"]) for p in pages if p.get("span"))
        self._starts = [start for start, _ in spans]
        self._pages = [page for _, page in spans]

    def page_at(self, offset: int | None) -> int | None:
        # the last stretch starting at or before the offset: a line break between two
        # stretches belongs to the page before it
        if offset is None or not self._starts:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._pages[max(i, 0)]


def _span(item: dict[str, Any]) -> tuple[int | None, int | None]:
    span = item.get("span") or [None, None]
    return span[0], span[1]


def _document_row(document: dict[str, Any]) -> dict[str, Any]:
    meta = document.get("metadata") or {}
    source = document.get("source") or {}
    return {
        "doc_id": document.get("doc_id"), "act_type": meta.get("act_type"),
        "issuer": meta.get("issuer"), "date": meta.get("date"), "number": meta.get("number"),
        "title": meta.get("title"), "pages": source.get("pages"), "path": source.get("path"),
    }


def _units(document: dict[str, Any], pages: PageMap) -> Iterator[dict[str, Any]]:
    def walk(units: list[dict], component: str, parent: str | None, depth: int):
        for unit in units:
            start, end = _span(unit)
            page = pages.page_at(start)
            yield {
                "component": component, "eid": unit.get("eid"), "kind": unit.get("kind"),
                "num": unit.get("num"), "heading": unit.get("heading"),
                "text": unit.get("text"), "start": start, "end": end,
                "page": page if page is not None else unit.get("page"),
                "parent": parent, "depth": depth,
            }
            yield from walk(unit.get("children") or [], component, unit.get("eid"), depth + 1)

    for component in document.get("components") or []:
        yield from walk(component.get("units") or [], component.get("eid"), None, 1)


def _deadline_fields(deadline: dict[str, Any] | None) -> dict[str, Any]:
    deadline = deadline or {}
    return {key: deadline.get(key)
            for key in ("relation", "duration", "recurrence", "working_days", "anchor", "text")}


def _obligations(document: dict[str, Any], pages: PageMap) -> Iterator[dict[str, Any]]:
    for ob in document.get("obligations") or []:
        start, end = _span(ob)
        actor = ob.get("actor") or {}
        deadline = {f"deadline_{k}": v for k, v in _deadline_fields(ob.get("deadline")).items()}
        yield {
            "id": ob.get("id"), "unit": ob.get("unit"), "modality": ob.get("modality"),
            "actor": actor.get("canonical"), "actor_text": actor.get("text"),
            "action": ob.get("action"), "trigger": ob.get("trigger"),
            "condition": ob.get("condition"), **deadline,
            "start": start, "end": end, "page": pages.page_at(start),
        }


def _deadlines(document: dict[str, Any], pages: PageMap) -> Iterator[dict[str, Any]]:
    for deadline in document.get("deadlines") or []:
        start, end = _span(deadline)
        yield {"unit": deadline.get("unit"), **_deadline_fields(deadline),
               "start": start, "end": end, "page": pages.page_at(start)}


def _definitions(document: dict[str, Any], pages: PageMap) -> Iterator[dict[str, Any]]:
    for definition in document.get("definitions") or []:
        start, end = _span(definition)
        yield {"term": definition.get("term"), "expansion": definition.get("expansion"),
               "component": definition.get("component"), "unit": definition.get("unit"),
               "start": start, "end": end}


def _references(document: dict[str, Any], pages: PageMap) -> Iterator[dict[str, Any]]:
    for reference in document.get("references") or []:
        start, end = _span(reference)
        external = reference.get("external")
        yield {
            "unit": reference.get("unit"), "text": reference.get("text"),
            "target": reference.get("target"),
            # an open-ended object: kept as canonical JSON text so the column stays scalar
            "external": (None if external is None
                         else json.dumps(external, ensure_ascii=False, sort_keys=True)),
            "start": start, "end": end,
        }


_FLATTENERS = {
    "units": _units, "obligations": _obligations, "deadlines": _deadlines,
    "definitions": _definitions, "references": _references,
}


def _frame(rows: list[dict[str, Any]], columns: dict[str, str]) -> pd.DataFrame:
    import pandas as pd

    data = {}
    for column, dtype in columns.items():
        values = [row.get(column) for row in rows]
        if dtype == DATE:
            # a malformed date becomes NaT rather than failing the whole table
            data[column] = pd.Series(pd.to_datetime(pd.Series(values, dtype=object),
                                                    format="%Y-%m-%d", errors="coerce"),
                                     dtype=DATE)
        else:
            data[column] = pd.Series(pd.array([_coerce(v, dtype) for v in values], dtype=dtype))
    return pd.DataFrame(data, columns=list(columns))


def _coerce(value: Any, dtype: str) -> Any:
    """A value of the wrong type (a document that breaks the schema) becomes missing."""
    if value is None:
        return None
    if dtype == INT:
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if dtype == BOOL:
        return value if isinstance(value, bool) else None
    return value if isinstance(value, str) else None
