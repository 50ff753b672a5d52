"""A corpus of output documents, for researchers: `pipeline.load("outputs/")`.

    >>> import pipeline
    >>> corpus = pipeline.load("outputs/")
    >>> corpus.obligations.query("actor == 'Министрлік'")

`Corpus` holds the raw output documents and exposes the flat tables of
`pipeline.tables` (`documents`, `units`, `obligations`, `deadlines`, `definitions`,
`references`) as DataFrame properties. The tables are built once, on first use, and
the same frames are returned afterwards: copy one before changing it in place.

One act may be in a corpus twice, converted from two inputs with one stem
(`outputs/dev/pdf/X.json` from a PDF, `outputs/dev/text/X.json` from its text
extraction): both have doc_id `X` (the input stem, by contract) and differ in
`source.path` (the `path` column of `documents`). Load one of their folders to join
tables on doc_id unambiguously. The same output twice (a copy under another name)
is refused.

pandas is imported on first use, not at import, so `import pipeline` stays cheap for
the command line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

PathLike = str | Path


class Corpus:
    """Output documents and their tables; build one with `load`."""

    def __init__(self, documents: Sequence[dict[str, Any]]) -> None:
        from .tables import DocumentLoadError

        self._documents = list(documents)
        self._by_id: dict[str, list[dict[str, Any]]] = {}
        for document in self._documents:
            doc_id = document.get("doc_id")
            twins = self._by_id.setdefault(doc_id, [])
            if any(_source_path(t) == _source_path(document) for t in twins):
                # the same conversion twice: every row of it would be counted twice
                raise DocumentLoadError(f"two documents with doc_id {doc_id!r} "
                                        f"from one source {_source_path(document)!r}")
            twins.append(document)

    # --- the documents ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._documents)

    def __repr__(self) -> str:
        # counted on the raw documents: repr must not build the tables
        obligations = sum(len(d.get("obligations") or []) for d in self._documents)
        return (f"<Corpus: {_plural(len(self), 'document')}, "
                f"{_plural(obligations, 'obligation')}>")

    @property
    def doc_ids(self) -> list[str]:
        """The documents' ids, in load order (an id shared by two documents once)."""
        return list(self._by_id)

    def document(self, doc_id: str) -> dict[str, Any]:
        """The raw output document (the parsed JSON dict) with this id.

        KeyError if there is none, or if two documents have it (one act converted from
        a PDF and from a text): the message names their sources.
        """
        twins = self._by_id.get(doc_id)
        if not twins:
            raise KeyError(f"no document {doc_id!r} in the corpus "
                           f"(have: {', '.join(self._by_id) or 'none'})")
        if len(twins) > 1:
            raise KeyError(f"{len(twins)} documents have doc_id {doc_id!r} (sources: "
                           f"{', '.join(map(str, map(_source_path, twins)))}); "
                           "load one of their folders")
        return twins[0]

    # --- the tables ------------------------------------------------------------------------

    @cached_property
    def tables(self) -> dict[str, pd.DataFrame]:
        """All tables by name, built once (see `pipeline.tables.COLUMNS` for their columns)."""
        from .tables import tables

        return tables(self._documents)

    def table(self, name: str) -> pd.DataFrame:
        """One table by name; KeyError naming the known tables for any other name."""
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"no table {name!r} (have: {', '.join(self.tables)})") from None

    @property
    def documents(self) -> pd.DataFrame:
        """One row per document: act type, issuer, date, number, title, pages, path."""
        return self.tables["documents"]

    @property
    def units(self) -> pd.DataFrame:
        """One row per structural unit, in reading order, with parent, depth and page."""
        return self.tables["units"]

    @property
    def obligations(self) -> pd.DataFrame:
        """One row per obligation: actor (canonical) and actor_text, modality, action,
        the deadline flattened into deadline_* columns, span start/end and page."""
        return self.tables["obligations"]

    @property
    def deadlines(self) -> pd.DataFrame:
        """One row per deadline: relation, ISO duration, recurrence, working days, anchor."""
        return self.tables["deadlines"]

    @property
    def definitions(self) -> pd.DataFrame:
        """One row per defined term and its expansion."""
        return self.tables["definitions"]

    @property
    def references(self) -> pd.DataFrame:
        """One row per reference: internal target eid or the external act as JSON text."""
        return self.tables["references"]


def load(path: PathLike | Sequence[PathLike]) -> Corpus:
    """Load output documents into a `Corpus`.

    `path` is an output folder (searched recursively for .json files), one output .json
    file, or a list of either. Raises `pipeline.tables.DocumentLoadError` with a one-line
    reason for a missing path, a folder without outputs or an unreadable file.
    """
    from .tables import load_documents

    paths = [path] if isinstance(path, (str, Path)) else list(path)
    return Corpus(load_documents(paths))


def _source_path(document: dict[str, Any]) -> Any:
    source = document.get("source")
    return source.get("path") if isinstance(source, dict) else None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
