"""Read a PDF's text layer into pages of lines, words decided from glyph geometry.

pdfplumber (pdfminer) gives every glyph with its box; `geometry` turns them into
lines and words. `extract_text()` is not used: its fixed gap tolerance spells
out every letter of a stretched line (RESEARCH.md §2). Nothing is removed here:
page numbers, running headers and hyphens are kept for the normalizer.
"""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pdfminer.layout import LTChar, LTContainer
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from .geometry import Glyph, page_lines
from .model import IngestError, Page, SourceDocument
from .pdfcommon import is_bold_font, load_pdf_bytes, pdf_document

_MAX_SLOPE = 0.01  # baseline slope (about 0.6 degrees) beyond which a glyph counts as rotated


def _open_error(exc: Exception, password: str | None) -> IngestError:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect):
        if password is None:
            return IngestError("PDF is encrypted; pass --password to open it")
        return IngestError("wrong password")
    if isinstance(cause, PDFEncryptionError):
        return IngestError(f"unsupported encryption: {cause}")
    return IngestError(f"corrupt PDF: {_one_line(cause)}")


def _one_line(exc: object) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def page_glyphs(page: pdfplumber.page.Page) -> tuple[list[Glyph], int]:
    """The page's upright glyphs as plain tuples, and how many rotated ones were left out.

    Read from `page.layout` (pdfminer's LTChar objects) with the same coordinate
    transform as `page.chars`: the glyphs are identical (tests check it), but
    pdfplumber's conversion of every attribute of every char into a dict costs
    twice as much as pdfminer's parsing itself.

    Rotated glyphs (stamps, diagonal "ЖОБА" watermarks) would be cut into the
    horizontal lines they cross, so they are counted and reported instead.
    """
    height = float(page.height)
    mb_x0, mb_top = (float(v) for v in page.mediabox[:2])
    glyphs: list[Glyph] = []
    rotated = 0
    stack: list = [page.layout]
    while stack:
        for obj in stack.pop():
            if isinstance(obj, LTChar):
                # pdfminer's `upright` only catches quarter turns; a baseline
                # with any slope (b of the glyph matrix) is not a text line either.
                a, b = obj.matrix[0], obj.matrix[1]
                if not obj.upright or abs(b) > _MAX_SLOPE * abs(a):
                    rotated += 1
                    continue
                glyphs.append((
                    obj.get_text(),
                    obj.x0 + mb_x0,
                    obj.x1 + mb_x0,
                    height - obj.y1 + mb_top,
                    height - obj.y0 + mb_top,
                    obj.size,
                    is_bold_font(obj.fontname),
                ))
            elif isinstance(obj, LTContainer):  # figures (form XObjects) hold glyphs too
                stack.append(obj)
    return glyphs, rotated


def read_pdf(path: str | Path, password: str | None = None,
             language: str | None = None) -> SourceDocument:
    """Read every text line of a PDF, in reading order, with geometry cues.

    Raises IngestError (one-line reason) for files that are not PDFs, are
    corrupt or truncated, are encrypted without the right password, or have
    no text layer on any page. `language` ("kk", "ru") forces the language the
    document is read in; by default it is told from the text.
    """
    data = load_pdf_bytes(path)
    pages: list[Page] = []
    warnings: list[str] = []
    # pdfminer raises a zoo of exception types on malformed input (PSEOF,
    # PDFSyntaxError, zlib.error, KeyError, ...): any failure inside the parser
    # means the file is unreadable, so all of them become an IngestError.
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password)
    except Exception as exc:
        raise _open_error(exc, password) from exc
    with pdf:
        try:
            pdf_pages = pdf.pages
        except Exception as exc:
            raise _open_error(exc, password) from exc
        if not pdf_pages:
            raise IngestError("PDF has no pages")
        for number, pdf_page in enumerate(pdf_pages, 1):
            try:
                glyphs, rotated = page_glyphs(pdf_page)
                width, height = round(float(pdf_page.width), 2), round(float(pdf_page.height), 2)
            except Exception as exc:
                raise IngestError(f"corrupt PDF: page {number}: {_one_line(exc)}") from exc
            finally:
                pdf_page.close()  # drop pdfplumber's per-page caches: flat memory
            if rotated:
                warnings.append(f"page {number}: {rotated} rotated glyphs left out")
            lines = page_lines(glyphs, number)
            pages.append(Page(number=number, lines=lines, width=width, height=height))
    return pdf_document(path, data, pages, warnings, language)

