"""Ingest: read a PDF or a text file into pages of source lines with layout cues."""

from __future__ import annotations

from pathlib import Path

from .model import IngestError, Page, SourceDocument, SourceLine
from .text import read_text

__all__ = ["read", "read_text", "IngestError", "Page", "SourceDocument", "SourceLine"]

PDF_MAGIC = b"%PDF-"


def read(path: str | Path, *, password: str | None = None, engine: str = "pdfium",
         language: str | None = None) -> SourceDocument:
    """Read an input file, choosing the reader by its content (PDF magic) or suffix.

    PDFs are read with pypdfium2's glyph boxes (`engine="pdfium"`, fast) or
    pdfplumber's (`engine="pdfplumber"`); both feed the same geometry code.
    `language` ("kk" or "ru") forces the document's language; by default the
    reader tells it from the text (`SourceDocument.language`).
    """
    path = Path(path)
    if not path.exists():
        raise IngestError("no such file")
    if path.is_dir():
        raise IngestError("is a directory")
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:  # permissions, a device, a vanished file: say why in one line
        raise IngestError(f"cannot read: {exc.strerror or exc}") from None
    if PDF_MAGIC in head or path.suffix.lower() == ".pdf":
        if engine == "pdfplumber":
            from .pdf import read_pdf  # imported only when a PDF is read

            return read_pdf(path, password=password, language=language)
        if engine != "pdfium":
            raise ValueError(f"unknown PDF engine {engine!r}")
        from .pdfium import read_pdf_pdfium

        return read_pdf_pdfium(path, password=password, language=language)
    return read_text(path, language=language)
