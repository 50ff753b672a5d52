"""Group lines into paragraphs and decide how lines join.

Layout breaks lines; the normalized text has one paragraph (title, heading,
point, sub-point, unnumbered paragraph, signature) per line. A line starts a
new paragraph on a layout cue (blank line, indent, a signature column) or a
structure cue (a numbering label after a finished sentence); otherwise it
continues the paragraph before it, across page breaks too.
"""

from __future__ import annotations

import regex

from .vocabulary import Vocabulary
from .words import LineWords

# Labels that open a unit: `1.`, `8)`, `5-бап`, `2-тарау`, `1-бөлім`, `1-параграф`, `IV.`
_LABEL = regex.compile(
    r"^(?:\d+(?:\.\d+)*\.(?:\s|$)|\d+\)\s|\d+-(?:бап|тарау|бөлім|параграф)\b|[IVXLC]+\.\s)",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.:;!?]$")
_GENITIVE_END = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)$", regex.IGNORECASE)
_COLUMN_GAP = 4  # this many spaces inside a line: a second column (signature name)
# A hyphen at the end of a line after a letter: a candidate end-of-line hyphenation.
_HYPHEN_END = regex.compile(r"([\p{L}\d][\p{L}\d]*)-$")
_WORD_START = regex.compile(r"^(\p{L}[\p{L}\d]*)")


def _same_block(prev: LineWords, line: LineWords, finished: bool) -> bool:
    """PDF lines set at one indent (a stamp at the right, a centred block) run on.

    A first-line indent opens a paragraph; a second line at the very same
    indent continues the first unless a sentence or a label ends or starts.
    """
    a, b = prev.source.bbox, line.source.bbox
    if a is None or b is None or not prev.source.indent or finished:
        return False
    return abs(a[0] - b[0]) < 1.0 and not _LABEL.match(line.text)


def uses_indent(lines: list[LineWords]) -> bool:
    """Whether the document marks paragraphs by indentation at all."""
    indented = sum(1 for line in lines if line.source.indent)
    return indented >= 2 and indented >= 0.05 * len(lines)


def is_column_line(line: LineWords) -> bool:
    return any(len(w.gap_before) >= _COLUMN_GAP for w in line.words[1:])


def starts_paragraph(prev: LineWords | None, line: LineWords, indented_doc: bool) -> bool:
    """Whether `line` opens a new paragraph rather than continuing `prev`."""
    if prev is None or line.source.blank_before:
        return True
    text, prev_text = line.text, prev.text
    finished = bool(_SENTENCE_END.search(prev_text))
    if is_column_line(prev):
        return True
    if is_column_line(line):
        # a signature whose role runs over two lines: `... Республикасының` / `Министрі   Name`
        return finished or not _GENITIVE_END.search(prev_text) or len(prev.words) > 5
    if indented_doc and line.source.indent:
        return not _same_block(prev, line, finished)
    if _LABEL.match(text) and (finished or not indented_doc):
        return True
    if finished and line.letter_spaced and text[:1].isupper():
        # a letter-spaced line set apart by the layout (a stamp), not a paragraph's tail
        return True
    if not indented_doc and finished and text[:1].isupper():
        if prev.source.words_from_geometry:
            return prev.source.ends_short
        return True
    return False


def join_kind(prev_text: str, next_text: str, vocab: Vocabulary) -> str:
    """How two lines of one paragraph meet: 'space', 'glue' or 'dehyphenate'."""
    if next_text[:1] in ",.;:)»" :
        return "glue"
    m = _HYPHEN_END.search(prev_text)
    n = _WORD_START.match(next_text)
    if not m or not n or prev_text.endswith(" -"):
        return "space"
    left, right = m.group(1), n.group(1)
    if left.isdigit() or (left.isupper() and len(left) >= 2) or any(c.isdigit() for c in left):
        return "glue"  # `20-` `ТМД-`: a number or abbreviation keeps its hyphen
    if vocab.is_compound(left, right):
        return "glue"
    if left + right in vocab:
        return "dehyphenate"
    if left in vocab and right in vocab:
        return "glue"  # two words: a compound such as `әлеуметтік-саяси`
    return "dehyphenate"
