"""What normalization hands to segmentation: clean text, its repairs and its origins."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..ingest.model import BBox, Role, SourceDocument


@dataclass(frozen=True)
class Repair:
    """One change made to the source text; `span` indexes the normalized text."""

    kind: str
    span: tuple[int, int]
    before: str
    after: str
    page: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class LineOrigin:
    """Where a stretch of normalized text came from: a source line on a page."""

    span: tuple[int, int]
    page: int
    line: int
    bbox: BBox | None = None


@dataclass(frozen=True)
class Paragraph:
    """A line of the normalized text (one paragraph) with the layout cues it began with."""

    span: tuple[int, int]
    page: int
    indent: bool = False
    blank_before: bool = False
    role: Role | None = None  # from the page's layout (PDF) or content and shape (text)


@dataclass
class NormalizedText:
    """Normalized text (one paragraph per line), with repairs and an offset map."""

    source: SourceDocument
    text: str
    repairs: list[Repair] = field(default_factory=list)
    origins: list[LineOrigin] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    language: str = "kk"  # as ingest told it (`SourceDocument.language`); segmentation reads it

    def page_spans(self) -> list[tuple[int, tuple[int, int]]]:
        """The page map: consecutive stretches of text that came from one page."""
        spans: list[tuple[int, tuple[int, int]]] = []
        for origin in self.origins:
            if spans and spans[-1][0] == origin.page:
                spans[-1] = (origin.page, (spans[-1][1][0], origin.span[1]))
            else:
                spans.append((origin.page, origin.span))
        return spans

    def page_at(self, offset: int) -> int | None:
        """The page a character of the normalized text came from."""
        import bisect

        starts = [o.span[0] for o in self.origins]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return None
        return self.origins[i].page
