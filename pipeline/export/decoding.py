"""`encoding` repairs: the lines of a text input not read in the file's encoding.

The text reader (pipeline.ingest.text) decodes a file that no one encoding reads
cleanly line by line and keeps each line it read apart (another code page, or
bad bytes replaced with U+FFFD) with the (page, line) positions it became. Here
each one becomes a repair whose span is where that line stands in the normalized
text, found through the offset map (`NormalizedText.origins`), so normalization
itself needs to know nothing about encodings. A line dropped as page furniture
points at its `page_furniture` repair's (empty) span.
"""

from __future__ import annotations

from ..ingest.text import NAMES, TextSource, escape_bytes
from ..normalize.model import NormalizedText, Repair


def encoding_repairs(normalized: NormalizedText) -> list[Repair]:
    """One `encoding` repair per line read apart; `before` is the raw bytes, escaped."""
    source = normalized.source
    if not isinstance(source, TextSource) or not source.decoded_lines:
        return []
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for origin in normalized.origins:  # a line split in two (a glued heading) has two
        key = (origin.page, origin.line)
        start, end = spans.get(key, origin.span)
        spans[key] = (min(start, origin.span[0]), max(end, origin.span[1]))
    lines = {(line.page, line.number): line.text for page in source.pages for line in page.lines}
    furniture = {(r.page, r.before): r.span for r in normalized.repairs
                 if r.kind == "page_furniture"}
    main = NAMES.get(source.encoding or "", source.encoding)
    repairs = []
    for decoded in source.decoded_lines:
        positions = source.positions.get(decoded.number, [])
        found = [spans[p] for p in positions if p in spans]
        if found:
            span = (min(s for s, _ in found), max(e for _, e in found))
        else:
            dropped = [furniture[(page, lines[(page, n)])] for page, n in positions
                       if (page, lines.get((page, n))) in furniture]
            if not dropped:
                continue  # a line with nothing to show (blank once decoded)
            span = dropped[0]
        if decoded.replaced:
            note = (f"line {decoded.number}: {decoded.replaced} byte(s) not text in any known "
                    "encoding replaced with U+FFFD")
        else:
            note = (f"line {decoded.number}: not {main} like the rest of the file, read as "
                    f"{NAMES.get(decoded.encoding, decoded.encoding)}")
        repairs.append(Repair("encoding", span, escape_bytes(decoded.raw.rstrip(b"\r")),
                              normalized.text[span[0]:span[1]],
                              page=positions[0][0] if positions else None, note=note))
    return repairs
