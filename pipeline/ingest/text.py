"""Read already-extracted text (PDFBox/Tika-style or plain) into pages of lines.

The raw spacing of every line is kept: double spaces and letter-spacing are
the evidence the normalizer repairs from. Only the leading indentation is
taken off the text and kept as a cue.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import replace
from pathlib import Path

import regex

from .furniture import find_furniture, page_number_run
from .language import language_warnings
from .model import IngestError, Page, SourceDocument, SourceLine

# Three or more empty lines (or a form feed) end a page in stream-order extractions.
PAGE_BREAK_BLANKS = 3
# Leading spaces that count as a paragraph indent; a single space is noise.
INDENT_MIN = 2

_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")


def read_text(path: str | Path) -> SourceDocument:
    """Read a text file, detecting its encoding, into a SourceDocument."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise IngestError("empty file")
    text, encoding = decode(data)
    doc = SourceDocument(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format="text",
        encoding=encoding,
    )
    doc.pages = mark_furniture(split_pages(text))
    if not any(page.lines for page in doc.pages):
        raise IngestError("no text")
    doc.warnings.extend(language_warnings(text))
    return doc


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, UTF-16 (with BOM), KZ-1048 or cp1251.

    The two single-byte Cyrillic code pages differ only in where they put the
    Kazakh letters, so the one that yields more Kazakh letters and fewer
    control characters wins.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise IngestError(f"not valid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise IngestError("binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for encoding in ("kz1048", "cp1251"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None or best[0] <= 0:
        raise IngestError("not text in a known encoding (UTF-8, UTF-16, KZ-1048, cp1251)")
    return best[1], best[2]


def _plausibility(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    cyrillic = len(_CYRILLIC.findall(text))
    kazakh = sum(1 for ch in text if ch in _KAZAKH_LETTERS)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return (cyrillic + 2 * kazakh - 10 * controls) / len(text)


def mark_furniture(pages: list[Page]) -> list[Page]:
    """Page numbers and running headers get the role `furniture` (and the reason)."""
    found = find_furniture(pages)
    for page in pages:
        page.lines = [replace(line, role="furniture", furniture=found[(line.page, line.number)])
                      if (line.page, line.number) in found else line for line in page.lines]
    return pages


def split_pages(text: str) -> list[Page]:
    """Split text into pages at form feeds or runs of empty lines, and lines with cues."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages: list[Page] = [Page(number=1)]
    blanks = 0
    for raw in text.split("\n"):
        chunks = raw.split("\f")
        for i, chunk in enumerate(chunks):
            if i > 0:  # a form feed: new page
                pages.append(Page(number=len(pages) + 1))
                blanks = 0
            if not chunk.strip():
                blanks += 1 if i == 0 else 0
                continue
            page = pages[-1]
            if blanks >= PAGE_BREAK_BLANKS and page.lines:
                page = Page(number=len(pages) + 1)
                pages.append(page)
                blank_before = False
            else:
                blank_before = blanks > 0 and bool(page.lines)
            blanks = 0
            stripped = chunk.lstrip(" \t\u00a0")
            lead = len(chunk) - len(stripped)
            page.lines.append(
                SourceLine(
                    text=stripped.rstrip("\n"),
                    page=page.number,
                    number=len(page.lines) + 1,
                    indent=lead >= INDENT_MIN,
                    blank_before=blank_before,
                )
            )
    pages = [p for p in pages if p.lines] or [Page(number=1)]
    return split_at_page_numbers(pages[0]) if len(pages) == 1 else pages


def split_at_page_numbers(page: Page) -> list[Page]:
    """One page of text whose page breaks were lost, cut at its page-number lines.

    A number on the first line means numbers stand at the top of each page (a
    page starts with its number); otherwise at the bottom (a page ends with it).
    """
    lines = page.lines
    numbers = page_number_run([line.text for line in lines])
    if not numbers:
        return [page]
    at_top = numbers[0] == 0
    cuts = [k if at_top else k + 1 for k in numbers]
    cuts = sorted({c for c in cuts if 0 < c < len(lines)})
    pages: list[Page] = []
    for start, end in zip([0, *cuts], [*cuts, len(lines)]):
        number = len(pages) + 1
        pages.append(Page(number=number, lines=[
            replace(line, page=number, number=k + 1, blank_before=line.blank_before and k > 0)
            for k, line in enumerate(lines[start:end])]))
    return pages
