"""PDF lines into blocks with roles: what the page shows, decided once, from geometry.

Official PDFs set an act's parts apart by layout, not by words: a title is a
centred (often bold) block of several lines, an approval stamp a stack of short
lines at the right (right-aligned, or left-aligned in a right-hand column), a
signature a role at the left with the name at the right margin of its first or
last line, a paragraph a run of full lines opened by a first-line indent, or
closed by a line that ends where the next line's first word would still have
fitted. This module measures the document's text frame (margins, leading,
indent), classifies every line's alignment, groups lines into blocks and gives
each block a role that travels with the text to segmentation (RESEARCH.md §5).

Words matter only where geometry is silent: a unit label after a finished
sentence starts a paragraph in a layout without indents, and a signature's
name is recognised as a name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from ..languages import patterns_for
from ..letters import fix_lookalikes
from .furniture import find_furniture
from .model import Align, Page, Role, SourceLine

# Right margin of ragged text: unless this share of lines end at one x, it is this quantile.
RAGGED_SHARE = 0.2
RAGGED_QUANTILE = 0.9
RAGGED_SLACK_EM = 1.0  # how much less exactly a line is centred in ragged-right text
# Alignment tolerance: the larger of this many points and this share of an em.
ALIGN_TOL_PT = 2.0
ALIGN_TOL_EM = 0.2
# A first-line indent is wider than this (em) and narrower than MAX_INDENT_EM.
MIN_INDENT_EM = 0.8
MAX_INDENT_EM = 6.0
# An indent is a hanging one where this share of its lines (of this many at least) go on
# from a line that stopped mid-sentence.
HANGING_SHARE = 0.7
MIN_HANGING_LINES = 5
# A line starting this far into the frame (share of its width) is in a right-hand column.
COLUMN_START = 0.25
# Vertical white space: a pitch this much over the leading (share) separates blocks.
GAP_RATIO = 1.3
# A block of lines set this much smaller (or larger) than the one before is another block.
SIZE_CHANGE = 0.1
# A right-side line that is a person's name joins the signature before it.
_SENTENCE_END = regex.compile(r"[.:;!?]$")
_SENTENCE_MARKS = (".", ":", ";", "!", "?")
# a unit label opening a line (`1.`, `1.1.`, `8)`, `а)`), in either language
_LABEL = regex.compile(r"^\s*(?:\d+(?:[.-]\d+)*[.)]|\p{Ll}\))\s")
_CLOSERS = regex.compile(r"[»)\"']+$")  # `... етеді.»`: the sentence ends inside a quote
_TERMINAL = regex.compile(r"[.:;,!?]$")


@dataclass(frozen=True)
class Frame:
    """The document's text frame: margins, body font size, leading and first-line indent."""

    left: float
    right: float
    em: float
    pitch: float
    indent: float | None
    # ragged right: no margin line ends on, so `right` is only where most lines end,
    # short of the true margin; what is centred between the margins is centred less exactly
    ragged: bool = False
    # a hanging indent: the offset of the lines that go on with a paragraph whose label
    # hangs in the margin (`1. ...` at the margin, the rest of the point set in)
    hang: float | None = None

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def tol(self) -> float:
        return max(ALIGN_TOL_PT, ALIGN_TOL_EM * self.em)


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    n = len(ordered)
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def _mode(values: Sequence[float], bin_pt: float, outermost: int) -> float:
    """Most common value (binned); ties go to the outermost bin (-1 smallest, +1 largest)."""
    bins = Counter(round(v / bin_pt) for v in values)
    best = max(bins, key=lambda b: (bins[b], outermost * b))
    return _median([v for v in values if round(v / bin_pt) == best])


def measure_frame(lines: Sequence[SourceLine]) -> Frame:
    """The text frame of a document, from all its (non-furniture) lines.

    Margins come from the whole document, not one page: a last page holding only
    a stamp and a signature has no margin of its own. Left: the most common x0
    of the leftmost half of the lines (centred titles and indents do not vote).
    Right: the most common x1 of the rightmost half where lines are justified; in
    ragged-right text, where no x1 repeats much, the line ends near the longest.
    """
    boxes = [line.bbox for line in lines if line.bbox is not None]
    xs0 = sorted(b[0] for b in boxes)
    xs1 = sorted(b[2] for b in boxes)
    half = (len(boxes) + 1) // 2
    left = _mode(xs0[:half], 2.0, -1)
    right = _mode(xs1[-half:], 2.0, 1)
    at_right = sum(1 for x in xs1 if abs(x - right) <= 2.0)
    ragged = at_right < RAGGED_SHARE * len(xs1)
    if ragged:  # no margin line ends on
        right = max(right, xs1[int(RAGGED_QUANTILE * (len(xs1) - 1))])
    em = _median([line.font_size or 10.0 for line in lines])
    pitches = []
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and a.bbox and b.bbox and a.font_size and b.font_size \
                and abs(a.font_size - b.font_size) < SIZE_CHANGE * em:
            pitch = b.bbox[3] - a.bbox[3]
            if pitch > 0.5 * em:
                pitches.append(pitch)
    pitch = max(_mode(pitches, 0.5, -1), em) if len(pitches) >= 2 else 1.2 * em
    # the first-line indent: the most common offset of lines that start a little in and run
    # to the right margin (justified text) or go on in the next line at the left margin
    tol = max(ALIGN_TOL_PT, ALIGN_TOL_EM * em)
    offsets = []
    # (offset, whether the line before it, on its page, ended a sentence, whether that line
    # stood at the margin opening with a unit label)
    after: list[tuple[float, bool, bool | None]] = []
    for before, a, b in zip([None, *lines[:-1]], lines, [*lines[1:], None]):
        if a.bbox is None or not MIN_INDENT_EM * em < a.bbox[0] - left < MAX_INDENT_EM * em:
            continue
        full = right - a.bbox[2] <= tol
        goes_on = (b is not None and b.page == a.page and b.bbox is not None
                   and abs(b.bbox[0] - left) <= tol)
        if full or goes_on:
            offsets.append(a.bbox[0] - left)
        if before is not None and before.page == a.page and before.bbox is not None:
            at_margin = abs(before.bbox[0] - left) <= tol
            after.append((a.bbox[0] - left, before.text.rstrip().endswith(_SENTENCE_MARKS),
                          bool(_LABEL.match(before.text)) if at_margin else None))
    # a first-line indent follows the end of a paragraph; lines set in after a line that
    # stops mid-sentence, most of them, go on with a paragraph: a hanging indent
    hang = None
    going_on = [offset for offset, ended, _ in after if not ended]
    if len(going_on) >= MIN_HANGING_LINES:
        candidate = _mode(going_on, 1.0, -1)
        at = [ended for offset, ended, _ in after if abs(offset - candidate) <= tol]
        # (and the lines at the margin they go on from open with the labels that hang there:
        # a table's rows set a wrapped cell in the same way, with no label)
        labelled = [lab for offset, _, lab in after
                    if abs(offset - candidate) <= tol and lab is not None]
        if at.count(False) >= HANGING_SHARE * len(at) \
                and labelled.count(True) * 2 >= len(labelled) > 0:
            hang = candidate
            offsets = [o for o in offsets if abs(o - hang) > tol]
    indent = _mode(offsets, 1.0, -1) if len(offsets) >= 2 else None
    return Frame(left, right, em, pitch, indent, ragged, hang)


def classify(line: SourceLine, frame: Frame, page_width: float | None = None) -> Align:
    """Where a line sits between the margins (centred between them, or on the page)."""
    assert line.bbox is not None
    x0, _, x1, _ = line.bbox
    left, right, tol = x0 - frame.left, frame.right - x1, frame.tol
    at_left, at_right = left <= tol, right <= tol
    slack = max(2 * tol, 0.5 * frame.em) + (RAGGED_SLACK_EM * frame.em if frame.ragged else 0.0)
    centred = left > 2 * tol and (abs(left - right) <= slack or page_width is not None
                                  and abs(x0 + x1 - page_width) <= slack)
    if at_left:
        return "full" if at_right else "left"
    if frame.indent is not None and abs(left - frame.indent) <= tol and not (centred and line.bold):
        return "indent"
    if frame.hang is not None and abs(left - frame.hang) <= tol and not (centred and line.bold):
        return "hang"
    if centred:
        return "centre"
    if at_right:
        return "right" if left > COLUMN_START * frame.width else "indent"
    if left > COLUMN_START * frame.width:
        return "column"
    return "other"


_BODY = ("full", "left", "indent", "hang", "other")


def _kind(align: Align) -> str:
    """body (the text column), centre, or side (right-aligned or in a right-hand column)."""
    if align in _BODY:
        return "body"
    return "side" if align in ("right", "column") else align


def _columns(lines: Sequence[SourceLine], aligns: list[Align], frame: Frame) -> None:
    """Lines starting at one x far into the frame form a column (a stamp), even where one
    of them happens to look centred or right-aligned on its own."""
    tol = frame.tol
    for i in range(1, len(lines)):
        a, b = lines[i - 1], lines[i]
        if a.page != b.page or a.bbox is None or b.bbox is None:
            continue
        far = min(a.bbox[0], b.bbox[0]) - frame.left > COLUMN_START * frame.width
        if far and abs(a.bbox[0] - b.bbox[0]) <= tol and not _gap(a, b, frame):
            aligns[i - 1] = aligns[i] = "column"


def _gap(a: SourceLine, b: SourceLine, frame: Frame) -> bool:
    """Vertical white space between two lines of one page (more than the leading)."""
    assert a.bbox is not None and b.bbox is not None
    return b.bbox[3] - a.bbox[3] > GAP_RATIO * frame.pitch * max(1.0, (b.font_size or frame.em)
                                                                 / frame.em)


def _ends_unforced(a: SourceLine, b: SourceLine, frame: Frame) -> bool:
    """Line `a` ends a sentence where `b`'s first word would still have fitted: a
    paragraph's end. A line that ends mid-sentence is broken by hand, not ended."""
    if a.bbox is None or b.first_word_width is None:
        return False
    room = frame.right - a.bbox[2]
    # the room first: most lines run to the margin, and the test costs no regex
    return (room > b.first_word_width + 0.3 * frame.em + frame.tol
            and bool(_SENTENCE_END.search(_CLOSERS.sub("", a.text.rstrip()))))


def _label_after_sentence(a: SourceLine, b: SourceLine, p) -> bool:
    # (_SENTENCE_END's test without a regex: the stripped text ends in no newline)
    return bool(a.text.rstrip().endswith(_SENTENCE_MARKS) and p.LABEL_START.match(b.text))


def _continues(a: SourceLine, b: SourceLine, align_a: Align, align_b: Align,
               frame: Frame, p) -> bool:
    """Whether line `b` continues the block of line `a` (the line before it)."""
    kind = _kind(align_a)
    if kind != _kind(align_b) or a.parts or b.parts:
        return False
    if a.bold != b.bold or abs((a.font_size or 0) - (b.font_size or 0)) > SIZE_CHANGE * frame.em:
        return False
    same_page = a.page == b.page
    if same_page and _gap(a, b, frame):
        return False
    if kind == "body":
        if align_b == "indent" or _ends_unforced(a, b, frame) or _label_after_sentence(a, b, p):
            return False
        return True
    if not same_page:
        return False
    if kind == "centre":
        return not p.LABEL_START.match(b.text)
    return True  # right-aligned lines and lines of one right-hand column stack (a stamp)


def group_blocks(lines: Sequence[SourceLine], frame: Frame,
                 page_widths: dict[int, float] | None = None, language: str = "kk"
                 ) -> tuple[list[list[int]], list[Align]]:
    """Indices of the lines of each block, in order, and every line's alignment."""
    p = patterns_for(language)
    widths = page_widths or {}
    aligns: list[Align] = [classify(line, frame, widths.get(line.page)) if line.bbox else "other"
                           for line in lines]
    _columns(lines, aligns, frame)
    blocks: list[list[int]] = []
    for i, line in enumerate(lines):
        if blocks and _continues(lines[i - 1], line, aligns[i - 1], aligns[i], frame, p):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    return blocks, aligns


def _short(line: SourceLine, frame: Frame, p) -> bool:
    """A left-side line that stops well before the right margin, no sentence in it."""
    return (line.bbox is not None and frame.right - line.bbox[2] > COLUMN_START * frame.width
            and not _TERMINAL.search(line.text.rstrip()) and not p.LABEL_START.match(line.text))


def _is_name(text: str, p) -> bool:
    return bool(p.PERSON_NAME.fullmatch(" ".join(text.split())))


def _signs(line: SourceLine, p) -> bool:
    """A line in columns that is a signature: a person's name in its last column, or an
    office or a party in it (`Премьер-Министрі`, `... Үкіметі үшін`); not a form's row
    (`СТН N    ______`, `Өтініш иесінің қолы    ______`)."""
    parts = [" ".join(text.split()) for text, _, _ in line.parts]
    return (_is_name(parts[-1], p) or any(p.SIGNATURE_ROLE.search(part) for part in parts)
            or any(p.SIGNED_WITHOUT_NAME.match(part) for part in parts))


def _signatures(lines: Sequence[SourceLine], blocks: list[list[int]], aligns: list[Align],
                frame: Frame, p) -> list[tuple[list[int], Role | None]]:
    """Join the lines of each signature into one block, and give it its role.

    A signature is a line with a column gap (role ... name), with the rest of a
    role set over two lines (the name at the right of the first or the last), or
    a role whose name stands alone at the right on the line below.
    """
    out: list[tuple[list[int], Role | None]] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        first = lines[block[0]]
        if len(block) == 1 and first.parts and _signs(first, p):
            members = list(block)
            prev = out[-1][0] if out else None
            if (prev is not None and len(prev) == 1 and out[-1][1] is None
                    and _kind(aligns[prev[0]]) == "body" and _short(lines[prev[0]], frame, p)
                    and lines[prev[0]].page == first.page):
                members = prev + members  # `Қазақстан Республикасының` / `Премьер-Министрі   Name`
                out.pop()
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            if (nxt is not None and len(nxt) == 1 and _kind(aligns[nxt[0]]) == "body"
                    and _short(lines[nxt[0]], frame, p) and lines[nxt[0]].page == first.page
                    and (p.GENITIVE_END.search(first.parts[0][0])
                         or lines[nxt[0]].text[:1].islower())):
                # the role goes on under the name: `Қазақстан Республикасының   Name` /
                # `Премьер-Министрі`, `Облыстық мәслихат   Name` / `сессиясының төрағасы`
                members.append(nxt[0])
                k += 1
            out.append((members, "signature"))
        elif (len(block) == 1 and aligns[block[0]] in ("right", "column")
              and _is_name(first.text, p) and out and _kind(aligns[out[-1][0][-1]]) == "body"
              and _short(lines[out[-1][0][-1]], frame, p)):
            members = out.pop()[0] + block  # a role, its name alone at the right below it
            out.append((members, "signature"))
        else:
            out.append((block, None))
        k += 1
    return out


def block_role(lines: Sequence[SourceLine], aligns: Sequence[Align],
               language: str = "kk") -> Role:
    """The role of a block that is not a signature, from its alignment, weight and first words."""
    p = patterns_for(language)
    kind = _kind(aligns[0])
    text = fix_lookalikes(lines[0].text, language=language)
    if kind == "side":
        return "stamp"
    if kind == "centre" or (kind == "body" and all(line.bold for line in lines)):
        return "heading" if p.LABEL_START.match(text) else "title"
    if p.NOTE.match(text):
        return "note"
    return "paragraph"


def _split_parts(line: SourceLine) -> list[SourceLine]:
    """A line's column pieces as lines of their own (same page and line number)."""
    assert line.parts is not None and line.bbox is not None
    _, top, _, bottom = line.bbox
    return [replace(line, text=text, bbox=(round(x0, 2), top, round(x1, 2), bottom), parts=None,
                    naive_text=None, letter_spaced=False)
            for text, x0, x1 in line.parts]


def _read_signature(lines: list[SourceLine]) -> list[SourceLine]:
    """A signature block column by column: the role's lines, then the name at the right."""
    left: list[SourceLine] = []
    right: list[SourceLine] = []
    for line in lines:
        if line.parts:
            pieces = _split_parts(line)
            left.extend(pieces[:-1])
            right.append(pieces[-1])
        else:
            (right if line.align in ("right", "column") else left).append(line)
    return left + right


def _with(line: SourceLine, **changes: object) -> SourceLine:
    """`dataclasses.replace(line, **changes)` without its getattr of every field, done for
    every line: a SourceLine's fields are all plain init fields, all in its __dict__."""
    return SourceLine(**{**line.__dict__, **changes})


def lay_out(pages: list[Page], language: str = "kk") -> list[Page]:
    """Give every line of a PDF its alignment, block and role; mark page furniture.

    `language` ("kk", "ru") says which unit labels, notes and names the words
    that geometry leaves to them are read with."""
    furniture = find_furniture(pages)
    body = [line for page in pages for line in page.lines
            if (line.page, line.number) not in furniture]
    if not body:
        return pages
    frame = measure_frame(body)
    widths = {page.number: page.width for page in pages if page.width}
    blocks, aligns = group_blocks(body, frame, widths, language)
    p = patterns_for(language)
    by_page: dict[int, list[SourceLine]] = {}
    for number, (members, role) in enumerate(_signatures(body, blocks, aligns, frame, p)):
        # the role is read from text and weight only: each line is copied once, with all three
        role = role or block_role([body[i] for i in members], [aligns[i] for i in members],
                                  language)
        lines = [_with(body[i], align=aligns[i], block=number, role=role) for i in members]
        if role == "signature":
            lines = _read_signature(lines)
        for line in lines:
            by_page.setdefault(line.page, []).append(line)
    out: list[Page] = []
    for page in pages:
        kept = by_page.get(page.number, [])
        for line in page.lines:  # furniture back where it stood, by its line number
            reason = furniture.get((line.page, line.number))
            if reason:
                at = next((k for k, other in enumerate(kept) if other.number > line.number),
                          len(kept))
                kept.insert(at, replace(line, role="furniture", furniture=reason))
        out.append(replace(page, lines=kept))
    return out
