"""What ingestion hands to normalization: pages of source lines with their cues.

Both readers (PDF and text) produce the same shape, so every later stage is
blind to where a line came from, except through the cues recorded here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, top-left origin

# What a block of lines is on the page. Decided once, from geometry (PDF, in ingest) or
# from content and line shape (text, in normalize), and read by segmentation.
Role = Literal["title", "heading", "paragraph", "stamp", "signature", "note", "furniture"]
ROLES: tuple[str, ...] = ("title", "heading", "paragraph", "stamp", "signature", "note",
                          "furniture")
# How a PDF line sits between the text margins.
Align = Literal["full", "left", "indent", "hang", "centre", "right", "column", "other"]


@dataclass(frozen=True)
class SourceLine:
    """One physical line of the source, as read.

    `text` is the line without its trailing newline and without leading
    indentation. For PDFs its words are already decided from glyph geometry and
    joined by single spaces; for text it is raw (double spaces, letter-spacing
    and all), because the spaces are the evidence the normalizer works from.
    """

    text: str
    page: int  # 1-based
    number: int  # 1-based line number within its page
    indent: bool = False  # starts right of the page's text margin / with leading spaces
    # text: one space before the first word, where a stream-order extractor lost a word drawn
    # out of order (`  4) тармақшасында ... көрсетілген3-бабының`)
    leading_gap: bool = False
    blank_before: bool = False  # vertical white space (a blank line) separates it from the last
    ends_short: bool = False  # ends well before the right margin (PDF only)
    bbox: BBox | None = None
    font_size: float | None = None
    # PDF only: the glyphs were stretched (character spacing) and the words were
    # recovered from geometry; `naive_text` is what a fixed-tolerance reader gives.
    letter_spaced: bool = False
    naive_text: str | None = None
    words_from_geometry: bool = False
    bold: bool = False  # PDF: set in a bold font
    first_word_width: float | None = None  # PDF: points, for "would it have fitted above?"
    # PDF: the pieces of a line split by a column gap (a signature's name at the right):
    # (text, x0, x1) each, so a signature block can be read column by column
    parts: tuple[tuple[str, float, float], ...] | None = None
    align: Align | None = None  # PDF: where the line sits between the margins
    # The layout block (paragraph) the line belongs to, numbered through the document,
    # and that block's role. None where ingest cannot tell (text input): normalize decides.
    block: int | None = None
    role: Role | None = None
    furniture: str | None = None  # why the line is page furniture ("page number", ...)


@dataclass
class Page:
    number: int  # 1-based
    lines: list[SourceLine] = field(default_factory=list)
    width: float | None = None
    height: float | None = None


@dataclass
class SourceDocument:
    """An input file read into pages of lines."""

    path: str
    sha256: str
    format: Literal["pdf", "text"]
    pages: list[Page] = field(default_factory=list)
    encoding: str | None = None  # text inputs: the encoding that was decoded
    warnings: list[str] = field(default_factory=list)
    # "kk" or "ru": told from the text once, here (or forced), and read by every later stage
    language: str = "kk"


class IngestError(Exception):
    """An input that cannot be read; the message says why, in one line."""
