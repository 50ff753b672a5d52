"""Glyph geometry to lines of words, and the layout cues of a page.

Backend-neutral on purpose: the PDF readers (pdfplumber, pypdfium2) only turn
their characters into plain `Glyph` tuples; deciding lines, word boundaries and
cues happens here, so both readers give the same answer for the same page.

Why geometry and not a fixed tolerance (RESEARCH.md §2): government PDFs
stretch whole lines with the character-spacing operator, so letters are as far
apart as words are in other PDFs. No single gap threshold works for every file,
so each line's word gaps are decided from that line's own gaps.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
from operator import gt, itemgetter, or_

from .model import SourceLine

Glyph = tuple[str, float, float, float, float, float, bool]
"""(text, x0, x1, top, bottom, size, bold): PDF points, top-left origin.

x1 is the end of the glyph's own advance, without character spacing, so
`next.x0 - prev.x1` is the white space the producer added after the glyph.
`bold` is the weight of the glyph's font (a title or heading cue).
"""

TEXT, X0, X1, TOP, BOTTOM, SIZE, BOLD = range(7)

# Two glyphs are on one line when their vertical centres are this close (em).
LINE_TOLERANCE_EM = 0.5
# Lines with space glyphs: another gap is a word gap only when it is this much
# wider than the line's typical letter gap (tabs, signature columns) ...
SPACED_LINE_EXTRA_EM = 0.6
# ... or when it is nearly as wide as a space glyph of the line: a hole a space
# wide between two glyphs is a word drawn as its own string.
SPACE_WIDTH_FRACTION = 0.8
# The letter gap level of a line is this quantile of its gaps between glyphs
# (letters outnumber words; the lowest gaps are kerning, not letter spacing).
LETTER_LEVEL_QUANTILE = 0.25
# A jump this large (em) in the sorted gaps separates letter gaps from word gaps.
GAP_JUMP_EM = 0.1
# A gap this much (em) wider than the letter level is a word gap regardless.
WORD_GAP_CAP_EM = 0.25
# pdfplumber's default x_tolerance: what a fixed-tolerance reader would do.
NAIVE_TOLERANCE_PT = 3.0
# White space wider than this (in em) between two visible glyphs is a column gap
# (a tab stop, a signature's name far right of the role), kept as COLUMN_SEPARATOR.
COLUMN_GAP_EM = 2.5
COLUMN_SEPARATOR = "    "
COLUMN_RATIO = 3.0  # ... and this many times the line's other word gaps
# Letters this far apart (em) mean the line was stretched with character spacing.
STRETCHED_EM = 0.1
# Cues (see SourceLine).
INDENT_EM = 1.0
ENDS_SHORT_EM = 2.0
BLANK_PITCH_RATIO = 1.5
MARGIN_BIN_PT = 2.0
_INF = float("inf")


@dataclass
class LineGeometry:
    """One line decided from glyph geometry, before page-level cues."""

    words: list[str]
    naive_words: list[str]
    x0: float
    top: float
    x1: float
    bottom: float
    font_size: float
    letter_gap: float  # typical white space between glyphs inside a word, points
    # column[i]: a column-wide gap (a tab stop, a signature's name far right) precedes words[i]
    columns: list[bool] | None = None
    bold: bool = False  # most of its glyphs are bold
    first_word_width: float = 0.0  # points: would the word have fitted on the line before?
    parts: tuple[tuple[str, float, float], ...] | None = None  # (text, x0, x1) between column gaps

    @property
    def text(self) -> str:
        """Words joined by one space; a column gap is kept as COLUMN_SEPARATOR."""
        if not self.columns or not any(self.columns):
            return " ".join(self.words)
        parts = [self.words[0]]
        for word, column in zip(self.words[1:], self.columns[1:]):
            parts.append(COLUMN_SEPARATOR if column else " ")
            parts.append(word)
        return "".join(parts)

    @property
    def naive_text(self) -> str:
        return " ".join(self.naive_words)

    @property
    def stretched(self) -> bool:
        return self.letter_gap > STRETCHED_EM * self.font_size


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    mid = n // 2
    return ordered[mid] if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def _vertical_centre(glyph: Glyph) -> float:
    return glyph[TOP] + glyph[BOTTOM]  # twice the centre: only compared, never shown


def group_lines(glyphs: Iterable[Glyph]) -> list[list[Glyph]]:
    """Cluster glyphs into lines by vertical centre; lines top to bottom, glyphs by x.

    Sorting by position (never by content-stream order) is what puts a word
    that the producer drew out of order back in its place.

    A glyph joins the line whose first glyph (the reference) it is close to:
    within LINE_TOLERANCE_EM of the larger of the two sizes. Glyphs come sorted
    by centre, so the glyphs within the reference's own tolerance are found by
    bisection, and only the glyphs after them are tried one by one (a larger
    glyph reaches further): the same lines as trying every glyph in turn.
    Where two strings
    overlap on the page (a signature's name set into the end of a long role),
    position interleaves their glyphs; there each string's glyphs are followed
    from one to the next instead.
    """
    # Glyphs without text (unmapped, control codes) carry no letter and no gap.
    ordered = sorted(filter(itemgetter(TEXT), glyphs), key=_vertical_centre)
    centres = [g[TOP] + g[BOTTOM] for g in ordered]  # doubled, hence 2 * tolerance below
    lines: list[list[Glyph]] = []
    count = len(ordered)
    # bisection needs centres in order: a NaN (or an overflow) sorts nowhere
    sorted_centres = math.isfinite(sum(centres))
    first = 0
    while first < count:
        ref = ordered[first]
        ref_centre = centres[first]
        ref_size = ref[SIZE] or (ref[BOTTOM] - ref[TOP])
        reach = 2 * LINE_TOLERANCE_EM * ref_size
        end = first + 1
        if sorted_centres and reach >= 0:  # (a NaN size fails the test: glyph by glyph)
            # the first glyph beyond the reference's reach, by the same subtraction as below
            end = bisect.bisect_right(centres, reach, end, count,
                                      key=lambda centre: centre - ref_centre)
        while end < count:
            glyph = ordered[end]
            size = glyph[SIZE] or (glyph[BOTTOM] - glyph[TOP])
            if not centres[end] - ref_centre <= 2 * LINE_TOLERANCE_EM * max(ref_size, size):
                break  # (written as the test to join, so that a NaN starts a line)
            end += 1
        lines.append(ordered[first:end])
        first = end
    by_x = itemgetter(X0)
    for line in lines:
        line.sort(key=by_x)
        _unweave_overlaps(line)
    return lines


# A glyph starting this far (em) inside the one before it belongs to another, overlapping string
# (kerning moves a glyph back by less).
OVERLAP_EM = 0.1


def _unweave_overlaps(line: list[Glyph]) -> None:
    """Put the glyphs of overlapping strings one string after the other, in place.

    Where a glyph starts more than OVERLAP_EM inside the one before it (and is not
    the same glyph drawn twice over itself, fake bold, which measure_line drops),
    the glyphs that overlap there are followed as chains: each glyph continues the
    string whose last glyph ends nearest to where it starts, without overlapping
    it (`Казахста|н` and `|А.`), and the strings are written in the order they start.
    """
    i = _overlap_at(line, 1)
    while i < len(line):
        prev, glyph = line[i - 1], line[i]
        tol = _overlap_tolerance(glyph)
        start, end, reach = i - 1, i + 1, max(prev[X1], glyph[X1])
        while end < len(line) and line[end][X0] < reach - tol:
            reach = max(reach, line[end][X1])
            end += 1
        chains: list[list[Glyph]] = []
        for g in line[start:end]:
            fits = [c for c in chains if g[X0] >= c[-1][X1] - tol]
            if fits:
                min(fits, key=lambda c: abs(g[X0] - c[-1][X1])).append(g)
            else:
                chains.append([g])
        line[start:end] = [g for chain in chains for g in chain]
        i = _overlap_at(line, end)


def _overlap_tolerance(glyph: Glyph) -> float:
    return OVERLAP_EM * (glyph[SIZE] or (glyph[BOTTOM] - glyph[TOP]) or 1.0)


def _overlap_at(line: Sequence[Glyph], start: int) -> int:
    """The index (from `start` on) of the first glyph that starts inside the one before
    it, not as a glyph drawn twice; len(line) when none does (nearly every line).

    The tolerance is written out rather than called: this looks at every glyph.
    """
    prev = line[start - 1]
    for i in range(start, len(line)):
        glyph = line[i]
        tol = OVERLAP_EM * (glyph[SIZE] or (glyph[BOTTOM] - glyph[TOP]) or 1.0)
        # (`not >=`, not `<`, so that a NaN counts as an overlap; and not the same
        # glyph drawn twice over itself, which measure_line drops)
        if not glyph[X0] >= prev[X1] - tol and not (glyph[TEXT] == prev[TEXT]
                                                   and abs(glyph[X0] - prev[X0]) < tol):
            return i
        prev = glyph
    return len(line)


def _spaced_level_and_threshold(gaps: Sequence[float], space_widths: Sequence[float],
                                em: float) -> tuple[float, float]:
    """For a line with space glyphs: (letter gap level, word gap threshold).

    Real space glyphs mark the words; other gaps count only when far wider. The
    gaps are sorted once: those up to the threshold (the letter gaps) are the first.
    """
    ordered = sorted(gaps)
    level = ordered[int(LETTER_LEVEL_QUANTILE * (len(ordered) - 1))] if ordered else 0.0
    extra = SPACED_LINE_EXTRA_EM * em
    space_width = _median(space_widths)
    if space_width > 0.15 * em:
        extra = min(extra, SPACE_WIDTH_FRACTION * space_width)
    threshold = level + extra
    if math.isnan(sum(ordered, threshold)):  # a NaN sorts nowhere: test the gaps one by one
        letters = [gap for gap in gaps if gap <= threshold]
    else:
        letters = ordered[:bisect.bisect_right(ordered, threshold)]
    if letters:  # the letter level comes from gaps inside words only
        level = _median(letters)
    return level, threshold


def _letter_level_and_threshold(gaps: Sequence[float], em: float) -> tuple[float, float]:
    """For a line without space glyphs: (letter gap level, word gap threshold).

    The sorted gaps fall into a letter cluster and one or more wider clusters
    (word gaps, tab-sized gaps). The letter level is a low quantile; the first
    clear jump above it starts the word gaps, and everything wider than a word
    gap is a word boundary too, so further clusters (tabs) need no own split.
    A line whose gaps are all alike is one word (a stretched single word).
    """
    ordered = sorted(gaps)
    start = int(LETTER_LEVEL_QUANTILE * (len(ordered) - 1))
    level = ordered[start]
    threshold = level + WORD_GAP_CAP_EM * em
    for low, high in zip(ordered[start:], ordered[start + 1 :]):
        if high - low >= GAP_JUMP_EM * em:
            threshold = min(threshold, (low + high) / 2)
            break
    return level, threshold


def _words(texts: Sequence[str], space: Sequence[bool], breaks: Sequence[bool]) -> list[str]:
    """Words from glyph texts: a space glyph or a break before a glyph ends a word."""
    return _cut(texts, space, breaks)[0]


def _cut(texts: Sequence[str], space: Sequence[bool], breaks: Sequence[bool]
         ) -> tuple[list[str], list[int], list[int]]:
    """Words, the index of each word's first glyph, and the cuts (space glyphs and
    breaks, in order).

    A word runs from a cut (after it when it is a space glyph) to the next cut:
    one join per word, the glyphs themselves looked at once.
    """
    cuts = list(compress(range(len(space)), map(or_, space, breaks)))
    words: list[str] = []
    firsts: list[int] = []
    start = 0
    for cut in cuts:
        if cut > start:
            words.append("".join(texts[start:cut]))
            firsts.append(start)
        start = cut + 1 if space[cut] else cut
    if len(texts) > start:
        words.append("".join(texts[start:]))
        firsts.append(start)
    return words, firsts, cuts


def _words_and_columns(texts: Sequence[str], space: Sequence[bool], breaks: Sequence[bool],
                       spans: Sequence[float] | None, em: float) -> tuple[list[str], list[bool]]:
    """Words, and for each whether a column gap precedes it.

    A column gap is wide (over COLUMN_GAP_EM) and far wider than the line's
    other word gaps: justification widens every gap of a line alike, a tab
    stop or a signature's name at the right margin widens one.
    """
    words, firsts, _ = _cut(texts, space, breaks)
    return words, _columns(firsts, spans, em)


def _columns(firsts: Sequence[int], spans: Sequence[float] | None, em: float) -> list[bool]:
    """Whether a column gap precedes each word (its first glyph at `firsts`); `spans[i]`
    is the white space before glyph i back to the last visible glyph."""
    columns = [False] * len(firsts)
    if not spans or max(spans) <= COLUMN_GAP_EM * em:
        return columns  # no gap is wide enough: the usual line
    # white space before each word; none before the first
    before = [0.0] + [spans[first] for first in firsts[1:]]
    for i, gap in enumerate(before):
        if i == 0 or gap <= COLUMN_GAP_EM * em:
            continue  # only a wide gap can be a column gap: the median below is then worth it
        others = [g for j, g in enumerate(before) if j != i and j > 0]
        if others and gap > COLUMN_RATIO * _median(others):
            columns[i] = True
    return columns


def _word_boxes(space: Sequence[bool], breaks: Sequence[bool], starts: Sequence[float],
                ends: Sequence[float]) -> list[tuple[float, float]]:
    """(x0, x1) of each word, cut as `_words_and_columns` cuts them."""
    boxes: list[tuple[float, float]] = []
    current: list[int] = []
    for i, (is_space, brk) in enumerate(zip(space, breaks)):
        if (is_space or brk) and current:
            boxes.append((starts[current[0]], max(ends[k] for k in current)))
            current = []
        if not is_space:
            current.append(i)
    if current:
        boxes.append((starts[current[0]], max(ends[k] for k in current)))
    return boxes


def _column_parts(words: Sequence[str], columns: Sequence[bool],
                  boxes: Sequence[tuple[float, float]]) -> tuple[tuple[str, float, float], ...]:
    """The pieces of a line between its column gaps: (text, x0, x1) each."""
    parts: list[tuple[str, float, float]] = []
    group: list[int] = []
    for i, column in enumerate(columns):
        if column and group:
            parts.append((" ".join(words[k] for k in group), boxes[group[0]][0],
                          boxes[group[-1]][1]))
            group = []
        group.append(i)
    parts.append((" ".join(words[k] for k in group), boxes[group[0]][0], boxes[group[-1]][1]))
    return tuple(parts)


def measure_line(line: Sequence[Glyph]) -> LineGeometry | None:
    """Decide one line's words from its glyph gaps; None for a line of blanks.

    `line` must be sorted by x0 (as `group_lines` returns it). One pass over
    the glyphs collects texts, gaps and extents: this runs for every glyph of
    every page, so it is kept to one plain loop (with the list methods bound
    once), and words are cut with one join per word.
    """
    texts: list[str] = []
    space: list[bool] = []
    # gaps[i] is the white space before glyph i, measured from the end of the
    # previous glyph's advance, so a narrow glyph (і : ; ,) has the same gap
    # as a wide one.
    gaps: list[float] = []
    inner: list[float] = []  # gaps between two non-space glyphs
    sizes: list[float] = []
    space_widths: list[float] = []
    # white space before each glyph back to the last visible glyph: a column gap
    # may be one wide gap or a run of space glyphs
    spans: list[float] = []
    starts: list[float] = []  # x0 of each kept glyph
    ends: list[float] = []  # x1 of each kept glyph
    add_text, add_space, add_gap, add_inner = texts.append, space.append, gaps.append, inner.append
    add_size, add_span, add_start, add_end = sizes.append, spans.append, starts.append, ends.append
    last_visible_x1: float | None = None
    bold = 0
    x0 = top = _INF
    x1 = bottom = -_INF
    prev: Glyph | None = None
    prev_space = True
    for glyph in line:
        text, gx0, gx1, gtop, gbottom, size, gbold = glyph
        if prev is not None:
            if (
                text == prev[0]
                and abs(gx0 - prev[1]) < 0.1 * size
                and abs(gtop - prev[3]) < 0.1 * size
            ):
                continue  # the same glyph drawn twice (fake bold, shadow text)
            gap = gx0 - prev[2]
        else:
            gap = 0.0
        is_space = text.isspace()
        add_text(text)
        add_start(gx0)
        add_end(gx1)
        add_space(is_space)
        add_gap(gap)
        if is_space:
            add_span(0.0)
            space_widths.append(gx1 - gx0)
        else:
            add_span(0.0 if last_visible_x1 is None else gx0 - last_visible_x1)
            last_visible_x1 = gx1
            if not prev_space:  # a gap next to a space glyph belongs to that space
                add_inner(gap)
            add_size(size)
            bold += gbold
            # Comparisons, not min()/max(): this line runs for every glyph.
            if gx0 < x0:
                x0 = gx0
            if gx1 > x1:
                x1 = gx1
            if gtop < top:
                top = gtop
            if gbottom > bottom:
                bottom = gbottom
        prev, prev_space = glyph, is_space
    if not sizes:
        return None
    em = _median(sizes) or 1.0

    if space_widths:
        level, threshold = _spaced_level_and_threshold(inner, space_widths, em)
    elif inner:
        level, threshold = _letter_level_and_threshold(inner, em)
    else:
        level, threshold = 0.0, float("inf")

    breaks = list(map(gt, gaps, repeat(threshold)))
    words, firsts, cuts = _cut(texts, space, breaks)
    columns = _columns(firsts, spans, em)
    parts = (_column_parts(words, columns, _word_boxes(space, breaks, starts, ends))
             if any(columns) else None)
    first = space.index(False)
    after = bisect.bisect_right(cuts, first)
    first_end = cuts[after] if after < len(cuts) else len(texts)
    naive_breaks = list(map(gt, gaps, repeat(NAIVE_TOLERANCE_PT)))
    # most lines break where a fixed tolerance does too: the same words, not cut again
    naive_words = list(words) if naive_breaks == breaks else _words(texts, space, naive_breaks)
    return LineGeometry(
        words=words,
        columns=columns,
        naive_words=naive_words,
        x0=x0,
        top=top,
        x1=x1,
        bottom=bottom,
        font_size=em,
        letter_gap=max(level, 0.0) if len(sizes) > 1 else 0.0,
        bold=2 * bold > len(sizes),
        first_word_width=max(ends[first:first_end]) - x0,
        parts=parts,
    )


def _mode_binned(values: Sequence[float], outermost: int) -> float:
    """Most common value, binned to MARGIN_BIN_PT.

    Ties (a ragged page has no repeated x) go to the outermost bin: the
    smallest when `outermost` is -1 (left margin), the largest when +1 (right).
    """
    bins = Counter(round(v / MARGIN_BIN_PT) for v in values)
    best = max(bins, key=lambda b: (bins[b], outermost * b))
    inside = [v for v in values if round(v / MARGIN_BIN_PT) == best]
    return _median(inside)


def text_margins(lines: Sequence[LineGeometry]) -> tuple[float, float]:
    """The page's left and right text margins.

    Left: the most common x0 among the leftmost half of the lines (centred
    titles and indented first lines do not vote). Right: the most common x1
    among the rightmost half (short last lines do not vote).
    """
    xs0 = sorted(line.x0 for line in lines)
    xs1 = sorted(line.x1 for line in lines)
    half = (len(lines) + 1) // 2
    return _mode_binned(xs0[:half], -1), _mode_binned(xs1[-half:], 1)


def page_lines(glyphs: Iterable[Glyph], page: int) -> list[SourceLine]:
    """Every text line of one page, top to bottom, with its layout cues."""
    measured = [m for m in map(measure_line, group_lines(glyphs)) if m is not None]
    if not measured:
        return []
    left, right = text_margins(measured)
    page_em = _median([m.font_size for m in measured])
    pitches = [b.bottom - a.bottom for a, b in zip(measured, measured[1:])]
    # The leading is the most common pitch (ties: the smaller one), so blank
    # lines between paragraphs do not inflate it; floored at one em because a
    # superscript split off as its own line makes a pitch shorter than any leading.
    if len(pitches) >= 2:
        typical_pitch = max(_mode_binned(pitches, -1), page_em)
    else:  # too few lines to measure the leading: assume single spacing
        typical_pitch = 1.2 * page_em

    out: list[SourceLine] = []
    for number, line in enumerate(measured, 1):
        em = line.font_size  # cues are relative to the line's own font size
        text = line.text
        # a kept column gap is not a difference; the same words need no joining and
        # splitting to tell (most lines)
        differs = line.naive_words != line.words and line.naive_text.split() != text.split()
        pitch = pitches[number - 2] if number > 1 else 0.0
        out.append(
            SourceLine(
                text=text,
                page=page,
                number=number,
                indent=line.x0 - left > INDENT_EM * em,
                blank_before=number > 1 and pitch > BLANK_PITCH_RATIO * typical_pitch,
                ends_short=right - line.x1 > ENDS_SHORT_EM * em,
                bbox=(round(line.x0, 2), round(line.top, 2), round(line.x1, 2),
                      round(line.bottom, 2)),
                font_size=round(em, 2),
                letter_spaced=differs and line.stretched,
                naive_text=line.naive_text if differs else None,
                words_from_geometry=True,
                bold=line.bold,
                first_word_width=round(line.first_word_width, 2),
                parts=line.parts,
            )
        )
    return out
