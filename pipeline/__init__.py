"""kazlegal: Kazakh legal acts (PDF or extracted text) into structured, checked data.

    >>> import pipeline
    >>> doc = pipeline.convert("corpora/000_f37db273f0083b9d.txt")
    >>> doc["text"][:20]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .corpus import load

__version__ = "0.1.0"
__all__ = ["convert", "load", "__version__"]


def convert(path: str | Path, *, password: str | None = None, engine: str = "pdfium",
            language: str | None = None) -> dict[str, Any]:
    """Convert one input file into the output document (a JSON-ready dict).

    The document's language ("kk" or "ru") is told from its text, unless
    `language` forces it; it is recorded in `metadata.language`.

    Raises `pipeline.ingest.IngestError` with a one-line reason for input that
    cannot be read.
    """
    from .collector import paused
    from .export.json import document_dict
    from .extract import extract
    from .ingest import read
    from .normalize import normalize
    from .segment import segment

    path = Path(path)
    with paused():  # millions of objects, next to no cycles: see pipeline.collector
        source = read(path, password=password, engine=engine, language=language)
        normalized = normalize(source)
        structure = segment(normalized)
        extraction = extract(structure, normalized.text)
        return document_dict(path.stem, normalized, structure, extraction)
