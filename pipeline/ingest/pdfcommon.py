"""What both PDF readers share: reading the file's bytes, no-text warnings, the result.

Kept apart from `pdf.py` so that the pypdfium2 reader does not import pdfplumber.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .language import choose_language
from .layout import lay_out
from .model import IngestError, Page, SourceDocument

NO_TEXT = "no text layer: scanned PDF, it needs OCR first"
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


# a document has a few fonts, asked about per line (pdfium) or per glyph (pdfplumber); bounded:
# subset prefixes (`ABCDEF+`) make every document's names new in a long batch
@lru_cache(maxsize=4096)
def is_bold_font(name: str) -> bool:
    """Whether a font name says bold (`ABCDEF+DejaVuSerif-Bold`, `Arial,Bold`,
    `TimesNewRomanPS-BoldMT`)."""
    folded = name.casefold()
    return any(word in folded for word in _BOLD_NAMES)


def load_pdf_bytes(path: str | Path) -> bytes:
    """The file's bytes, after the checks that need no PDF parser.

    Catching a truncated file here matters: pdfminer "recovers" a cut-off file
    by scanning for objects and can silently return fewer pages.
    """
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read file: {exc.strerror or exc}") from exc
    if not data:
        raise IngestError("empty file")
    if b"%PDF-" not in data[:1024]:
        raise IngestError("not a PDF (no %PDF- header)")
    # Readers require %%EOF within the last 1024 bytes (PDF 1.7, implementation note 18).
    if b"%%EOF" not in data[-1024:]:
        raise IngestError("truncated PDF (no %%EOF marker at the end)")
    return data


def no_text_warnings(pages: list[Page]) -> list[str]:
    """Warnings for text-less pages; IngestError when no page has text at all."""
    if not any(page.lines for page in pages):
        raise IngestError(NO_TEXT)
    return [
        f"page {page.number}: no text layer (blank or scanned page)"
        for page in pages
        if not page.lines
    ]


def pdf_document(path: str | Path, data: bytes, pages: list[Page],
                 warnings: list[str], language: str | None = None) -> SourceDocument:
    """The SourceDocument both PDF readers return: its language (`language`, or told
    from the text), pages laid out in blocks with roles, warnings, the file's sha256."""
    warnings = no_text_warnings(pages) + warnings
    language, said = choose_language(
        "\n".join(line.text for page in pages for line in page.lines), language)
    pages = lay_out(pages, language)
    return SourceDocument(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format="pdf",
        pages=pages,
        warnings=warnings + said,
        language=language,
    )
