"""Split a raw line into words, undoing letter-spacing.

Stream-order extractors write a line stretched with character spacing as
glyphs separated by one space, with two spaces where the words are
(`ө т к і з у  ж ә н е`). Every word keeps the offsets of the raw text it was
made from, so each repair can later be recorded with its exact `before`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..ingest.model import SourceLine

# A run of this many one-glyph tokens separated by single spaces is letter-spaced.
MIN_SPACED_RUN = 3
# A whole line is letter-spaced when this share of its tokens are single glyphs.
SPACED_LINE_SHARE = 0.6

_TOKEN = regex.compile(r"\S+")


@dataclass(slots=True)  # one per word of the document: no __dict__ each
class Word:
    """A word of the output and the raw text it came from."""

    text: str
    start: int  # offsets of the raw source text in the line's raw text
    end: int
    gap_before: str = ""  # the raw white space before it ("" for the first word)
    repairs: list[str] = field(default_factory=list)  # kinds, in the order applied
    note: str | None = None
    moved_from: str | None = None  # the raw line a word came from, when another line


@dataclass(slots=True)
class LineWords:
    """A source line as a list of words, after line-local repairs."""

    source: SourceLine
    raw: str
    words: list[Word]
    letter_spaced: bool = False
    flags: list[str] = field(default_factory=list)
    index: int = -1  # position among the document's kept lines (-1: a split-off part)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def clean(self) -> bool:
        """No artifact seen on this line: its words can teach the vocabulary."""
        if self.source.words_from_geometry:
            return True  # words decided from glyph positions, not from spacing evidence
        if self.letter_spaced:
            return False
        return all(len(w.gap_before) <= 1 and not w.repairs for w in self.words)


def tokenize(line: SourceLine) -> LineWords:
    """Split a line into words, joining letter-spaced runs."""
    raw = line.text
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(raw)]
    if line.words_from_geometry or not tokens:
        return LineWords(line, raw, _plain_words(raw, tokens))
    singles = sum(1 for s, e in tokens if e - s == 1)
    if singles >= MIN_SPACED_RUN and singles / len(tokens) >= SPACED_LINE_SHARE:
        return LineWords(line, raw, _join_spaced(raw, tokens), letter_spaced=True)
    return LineWords(line, raw, _join_spaced_runs(raw, tokens))


def _plain_words(raw: str, tokens: list[tuple[int, int]]) -> list[Word]:
    words = []
    prev_end = None
    for s, e in tokens:
        gap = "" if prev_end is None else raw[prev_end:s]
        words.append(Word(raw[s:e], s, e, gap))
        prev_end = e
    return words


def _join_spaced(raw: str, tokens: list[tuple[int, int]]) -> list[Word]:
    """Letter-spaced text: single spaces sit between glyphs, wider gaps between words.

    A token of several glyphs was not stretched, so the single spaces around it
    are word gaps too (`Кеңес хатшылығы ж ү з е г е`).
    """
    words: list[Word] = []
    group: list[tuple[int, int]] = []
    gap_before = ""

    def flush() -> None:
        if not group:
            return
        s, e = group[0][0], group[-1][1]
        word = Word(raw[s:e].replace(" ", ""), s, e, gap_before)
        if len(group) > 1:
            word.repairs.append("letter_spacing")
        words.append(word)

    widest = _widest_letter_gap(raw, tokens)
    prev: tuple[int, int] | None = None
    for s, e in tokens:
        if prev is not None:
            gap = raw[prev[1]:s]
            if len(gap) > widest or e - s > 1 or prev[1] - prev[0] > 1:
                flush()
                group = []
                gap_before = gap
        group.append((s, e))
        prev = (s, e)
    flush()
    return words


# A layout-keeping extractor (`pdftotext -layout`) sets a stretched line's glyphs several
# spaces apart: the gaps between words are then the ones this much wider than the median.
WORD_GAP_RATIO = 1.5


def _widest_letter_gap(raw: str, tokens: list[tuple[int, int]]) -> int:
    """The widest gap (in spaces) between two glyphs of one word of a letter-spaced line:
    one, where single spaces sit between glyphs; where none does, the gaps under
    WORD_GAP_RATIO times their median (`к   і   т   і   л` is one word)."""
    gaps = sorted(s - prev_e for (prev_s, prev_e), (s, e) in zip(tokens, tokens[1:])
                  if prev_e - prev_s == 1 and e - s == 1)
    if not gaps or gaps[0] <= 1:
        return 1
    median = gaps[len(gaps) // 2]
    return max(g for g in gaps if g < WORD_GAP_RATIO * median)


def _join_spaced_runs(raw: str, tokens: list[tuple[int, int]]) -> list[Word]:
    """A normal line: only runs of single glyphs (a letter-spaced stretch) are joined."""
    words: list[Word] = []
    i = 0
    prev_end: int | None = None
    while i < len(tokens):
        j = i
        # extend a run of one-glyph tokens separated by exactly one space
        while (
            j + 1 < len(tokens)
            and tokens[j][1] - tokens[j][0] == 1
            and tokens[j + 1][1] - tokens[j + 1][0] == 1
            and tokens[j + 1][0] - tokens[j][1] == 1
        ):
            j += 1
        s = tokens[i][0]
        gap = "" if prev_end is None else raw[prev_end:s]
        if j - i + 1 >= MIN_SPACED_RUN:
            e = tokens[j][1]
            word = Word(raw[s:e].replace(" ", ""), s, e, gap, ["letter_spacing"])
            words.append(word)
            prev_end = e
            i = j + 1
        else:
            e = tokens[i][1]
            words.append(Word(raw[s:e], s, e, gap))
            prev_end = e
            i += 1
    return words
