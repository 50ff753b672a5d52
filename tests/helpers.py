"""Small builders for made-up test documents."""

from __future__ import annotations

from pipeline.ingest.model import Page, SourceDocument
from pipeline.ingest.text import mark_furniture, split_pages
from pipeline.normalize import NormalizedText, normalize


def text_doc(text: str) -> SourceDocument:
    """A SourceDocument read from a string, as the text reader would read a file."""
    pages: list[Page] = mark_furniture(split_pages(text))
    return SourceDocument(path="made-up.txt", sha256="0" * 64, format="text", pages=pages)


def norm(text: str) -> NormalizedText:
    return normalize(text_doc(text))
