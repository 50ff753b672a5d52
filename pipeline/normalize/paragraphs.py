"""Text without geometry: paragraphs and their roles from content and line shape.

Extracted text (PDFBox/Tika, `pdftotext`, text copied from a viewer) keeps the
page's line breaks but marks no paragraphs: no indent, no blank line. What is
left to go on (RESEARCH.md §5):

- shape: a line that ends a sentence well before the document's full-line
  width, where the next line's first word would still have fitted, ends its
  paragraph; a text whose lines are not wrapped at any width has one paragraph
  per line;
- content: a unit label (`5.`, `8)`, `2-тарау`) opens a paragraph; a line that
  stops mid-sentence goes on into the next one, unless it closes a title
  (`... бекіту туралы`), a signature (`... Премьер-Министрі А. Мамин`) or a
  stamp (`... қаулысымен бекітілген`); a stamp is the run of short lines that
  ends in its approval words, and is one paragraph.

Each paragraph gets the role the page would have shown (title, heading,
paragraph, stamp, signature, note), so segmentation reads text and PDF alike.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from types import ModuleType

import regex

from ..ingest.model import Role
from ..languages import patterns_for
from ..letters import fix_lookalikes
from ..patterns import EDITORIAL_MARK
from .words import LineWords

_TERMINAL = regex.compile(r"[.:;!?]$")
_CLOSERS = regex.compile(r"[»)\"']+$")
_INITIAL = regex.compile(r"\p{Lu}\.")
MIN_WORD_RUN = 3  # one-word lines in a row: a justified line `pdftotext` broke up
_BARE_NUMBER = regex.compile(r"^\d+(?:-\d+)?(?:\.\d+)*[.)]$")
_COLUMN_GAP = 4  # this many spaces inside a line: a second column (a signature's name)
_TABLE_START = regex.compile(r"\s*<table\b", regex.IGNORECASE)
_TABLE_END = regex.compile(r"</table>\s*$", regex.IGNORECASE)
_DEFINING_DASH = regex.compile(r"\s[–—-]\s")
_BRACKETED = regex.compile(r"^\(.*\)[.;]?$")
MAX_STAMP_LINES = 12
BLANK_SHARE = 0.3  # blank lines before more lines than this do not part paragraphs
MAX_STAMP_LINE_WORDS = 8
MAX_SIGNATURE_WORDS = 12
# Line shape: the full-line width is the most common length among the longer lines
# (3-character bins); a text whose lines run longer than this is not wrapped.
WIDTH_BIN = 3
UNWRAPPED_WIDTH = 150
# A line ends short when the next word would have fitted with this much to spare
# (share of the width): a first line is shorter by its indent, a justified line varies.
SLACK_SHARE = 0.1
FULL_SHARE = 0.85  # a line this long is a wrapped line of a paragraph
OVERLONG = 1.25  # a line this much longer than the width is paragraphs the extractor joined
IRREGULAR_SHARE = 0.01  # more such lines than this: the text keeps to no width


@dataclass(frozen=True)
class Shape:
    """How a text's lines are set: their full width in characters, and whether it indents."""

    width: float  # inf: lines are not wrapped (one paragraph per line)
    indented: bool
    # every line keeps to the width: where a line stops short is a layout fact (an extractor
    # that joins some lines and breaks others, `pdftotext` without -layout, is not regular)
    regular: bool = True

    def full(self, line: LineWords) -> bool:
        """A line that runs (nearly) to the full width of a wrapped text."""
        return len(line.text) >= FULL_SHARE * self.width

    def ends_short(self, line: LineWords, nxt: LineWords) -> bool:
        """`line` stops where the next line's first word would still have fitted.

        In a text not wrapped at any width every line ends where its writer ended it.
        """
        if self.width == float("inf"):
            return True  # (inf - length > inf would say never)
        length = len(line.text)
        if length > OVERLONG * self.width:
            return True
        first = len(nxt.words[0].text) if nxt.words else 0
        return self.width - length > first + 1 + max(2.0, SLACK_SHARE * self.width)


def measure_shape(lines: list[LineWords], indented: bool) -> Shape:
    lengths = sorted(len(line.text) for line in lines if len(line.words) >= 3)
    if not lengths:
        return Shape(float("inf"), indented)
    upper = lengths[len(lengths) // 2:]
    bins = Counter(length // WIDTH_BIN for length in upper)
    best = max(bins, key=lambda b: (bins[b], b))
    width = (best + 1) * WIDTH_BIN
    if width > UNWRAPPED_WIDTH:
        return Shape(float("inf"), indented)
    overlong = sum(1 for line in lines if len(line.text) > OVERLONG * width)
    return Shape(float(width), indented, overlong <= IRREGULAR_SHARE * len(lines))


def _text(line: LineWords, p: ModuleType) -> str:
    return fix_lookalikes(line.text, language=p.LANGUAGE)


def _ends_sentence(text: str) -> bool:
    """A line ending in terminal punctuation (a comma counts: a clause of its own); not a
    line ending in a person's initials (`... Вице-Министрі М.Қ.`: the surname follows)."""
    stripped = _CLOSERS.sub("", EDITORIAL_MARK.sub("", text.rstrip()))
    # (the initials are looked for in the line's last characters only: a long line's words
    # would each be tried from every letter)
    return bool(_TERMINAL.search(stripped)) and not _ENDS_IN_INITIALS.search(stripped[-40:]) \
        and not _ENDS_IN_ABBREVIATION.search(stripped[-12:])


# a person's initials after a word, one or two (`М.Қ.`, `Е.`): a name goes on past them
_ENDS_IN_INITIALS = regex.compile(r"\p{L}{2,}\s+(?:\p{Lu}\.\s?){1,2}$")
# an abbreviation a name or a number follows (`академии им.` / `И. Алтынсарина`, `ст.`,
# `п.`, `көш.`): no sentence ends there (`г.`, `ж.` may: `... 2020 г.`)
_ENDS_IN_ABBREVIATION = regex.compile(r"(?:^|\s)(?:им|ст|п|пп|ч|ул|обл|көш)\.$")


def is_column_line(line: LineWords) -> bool:
    """A line with a second column (`Премьер-Министрі          А. Мамин`): one gap at least
    _COLUMN_GAP wide and twice as wide as the next widest, a name after it. A justified line
    kept with its spacing (`pdftotext -layout`: `Осы   Заң   Қазақстанның    қоры`) has many
    wide gaps alike; a stretched (letter-spaced) line's word gaps are wide as they come; a
    number after a wide gap (`Заңының          3-бабының 5-1)`) is a word set apart, no name."""
    if line.letter_spaced:
        return False
    gaps = [len(w.gap_before) for w in line.words[1:]]
    if not gaps or max(gaps) < _COLUMN_GAP:
        return False
    ordered = sorted(gaps)
    if len(ordered) > 1 and ordered[-1] < 2 * ordered[-2]:
        return False
    column = line.words[1 + gaps.index(ordered[-1]):]
    return not any(ch.isdigit() for w in column for ch in w.text)


def _name_only(text: str, p: ModuleType) -> bool:
    return bool(p.PERSON_NAME.fullmatch(" ".join(text.split())))


def signature_end(text: str, p: ModuleType) -> bool:
    """A line that closes a signature: a role (or its last part) and the signer's name."""
    words = text.split()
    if not words or len(words) > MAX_SIGNATURE_WORDS:
        return False
    # (after the line drawn for the hand signature: `маслихата _______Т. Сарпеков`)
    m = regex.search(r"(?:^|[\s_])(" + p.PERSON_NAME.pattern + r")$", text.strip())
    return bool(m) and (m.start(1) == 0 or not _ends_sentence(text[:m.start(1)]))


def _stamp_end(text: str, p: ModuleType) -> bool:
    """The line a stamp ends with: its approval words, or an annex header."""
    return bool(p.APPROVAL.search(text) or p.ANNEX_HEADER.search(text))


def _stamp_line(line: LineWords, shape: Shape, p: ModuleType) -> bool:
    """A line that can stand in a stamp: short, no sentence, no unit label."""
    text = _text(line, p)
    return (len(line.words) <= MAX_STAMP_LINE_WORDS and not _ends_sentence(text)
            and not p.LABEL_START.match(text) and not signature_end(text, p)
            and not is_column_line(line) and not shape.full(line))


def find_stamps(lines: list[LineWords], shape: Shape, p: ModuleType) -> list[tuple[int, int]]:
    """Stamps as (first, last) line indices: a run of short lines ending in approval words.

    From each line that ends a stamp, the stamp reaches back over the short lines
    above it (`Қазақстан Республикасы` / `Үкіметінің` / `2019 жылғы ...` / `№ 149
    қаулысымен` / `бекітілген`) up to a sentence, a signature or a longer line. A
    language whose stamps open with their approval words (Russian) is read forward
    instead (`find_stamps_forward`).
    """
    if p.STAMP_OPENS:
        return find_stamps_forward(lines, shape, p)
    stamps: list[tuple[int, int]] = []
    taken = -1
    # a blank line above a stamp's first line ends it, unless the text has blank lines
    # between most of its lines (then a blank line says nothing)
    blanks_part = sum(line.source.blank_before for line in lines) < BLANK_SHARE * len(lines)
    for end, line in enumerate(lines):
        text = _text(line, p)
        if end <= taken or not _stamp_end(text, p) or len(line.words) > 2 * MAX_STAMP_LINE_WORDS \
                or shape.full(line) and not _whole_line_stamp(lines, end, p):
            continue  # a wrapped line of a sentence may end in `... бекітілген` too
        if _ends_sentence(text.rstrip("»\"")) and not text.rstrip().endswith("қосымша."):
            continue
        if _in_word_run(lines, end):
            continue  # `бөлімі` / `бекітілген` / `Ережелердің`: a line an extractor set word
            # by word, not a stamp
        if _formula_follows(lines, end, p):
            continue  # `... № 607 қаулысымен бекітілген ... ереженің ... сәйкес, БҰЙЫРАМЫН:`
        start = end
        while (start - 1 > taken and end - start + 1 < MAX_STAMP_LINES
               and not (blanks_part and lines[start].source.blank_before)
               and _stamp_line(lines[start - 1], shape, p)
               and not _stamp_end(_text(lines[start - 1], p), p)
               # a sentence's end without its period (`... алуға болады`): not the stamp's
               and not p.FINITE_VERB.search(_text(lines[start - 1], p))

               and not _SIGNED_ON.match(_text(lines[start - 1], p))  # a visa's date above
               and not _BRACKETED.match(_text(lines[start - 1], p))  # a remark under a title
               and not _DEFINING_DASH.search(_text(lines[start - 1], p))):  # a note's `ЖСН – ...`
            start -= 1
        if start > 0 and (_signed_in_full(_text(lines[start - 1], p), p) or (
                start > 1 and _name_only(_text(lines[start - 1], p), p)
                and _signed_role(_text(lines[start - 2], p), p))):
            pass  # the act's signature is whole above (role and name, or the name under its
            # role): an office in the nominative below it
            # opens the stamp (`Қазақстан Республикасының` / `Ішкі істер министрі` / `2022
            # жылғы ...` / `№ 896 бұйрығына` / `қосымша`)
        elif start < end and _signed_role(_text(lines[start], p), p):
            start += 1  # `Министр` / `1-қосымша`: the role that signed the act above
        elif (start + 1 < end and _role_start(lines[start], p)
              and _signed_role(_text(lines[start + 1], p), p)):
            start += 2  # that role over two lines: `Қазақстан Республикасының` / `Премьер-Министрі`
        if start > 0 and _bare_label(_text(lines[start - 1], p), p):
            continue  # `4)` / `бекітілген ...`: the text of a label set on a line alone
        start = _agreed_above(lines, start, taken, shape, p)
        stamps.append((start, end))
        taken = end
    return _merge_stamps(stamps, _headed_stamps(lines, shape, p))


def _headed_stamps(lines: list[LineWords], shape: Shape, p: ModuleType) -> list[tuple[int, int]]:
    """Stamps headed by their approval word (`«БЕКІТІЛГЕН»` / ... / `№ 97 қаулысымен`): from
    the heading over short stamp lines down to the line that ends in the approving act."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not _HEADED.match(_text(lines[i], p)):
            i += 1
            continue
        end = i
        while end + 1 < len(lines) and end - i + 1 < MAX_STAMP_LINES \
                and _stamp_line(lines[end + 1], shape, p):
            end += 1
            joined = " ".join(_text(line, p) for line in lines[i:end + 1])
            if p.APPROVED_FIRST.match(joined):
                found.append((i, end))
                break
        i = end + 1
    return found


# the heading of a stamp a word processor sets first (`«БЕКІТІЛГЕН»`), on a line of its own
_HEADED = regex.compile(r"^\s*[«\"]?\s*(?:БЕКІТІЛГЕН|БЕКІТІЛДІ)[»\"]?\s*$")


def _merge_stamps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Both lists of stamps, in order: a stamp of `b` takes the place of those of `a` it
    holds (`БЕКІТІЛГЕН` alone ends in approval words too), and gives way to any other."""
    out = list(a)
    for start, end in b:
        out = [(s, e) for s, e in out if not (start <= s and e <= end)]
        if not any(s <= end and start <= e for s, e in out):
            out.append((start, end))
    return sorted(out)


AGREED_LINES = 4  # `«КЕЛІСІЛДІ»` and the agreeing body's name, over up to three lines
# the day a visa was signed, in the nominative (`2015 жыл 23 сәуір`): a stamp dates its act
# in the attributive (`2015 жылғы 20 сәуірдегі`)
_SIGNED_ON = regex.compile(r"^\d{4}\s*жыл\s+\d{1,2}\s+\p{L}+$")


def _agreed_above(lines: list[LineWords], start: int, taken: int, shape: Shape,
                  p: ModuleType) -> int:
    """Where a stamp starts that has the notes of the bodies that agreed above it
    (`«КЕЛІСІЛДІ»` / `Қазақстан Республикасы` / `Ішкі істер министрлігі`, once per body):
    they are set in the stamp's block, not a document of their own."""
    while True:
        agreed = next((k for k in range(start - 1, max(taken, start - 1 - AGREED_LINES), -1)
                       if p.AGREED.match(_text(lines[k], p))), None)
        if agreed is None or not all(_stamp_line(lines[k], shape, p)
                                     for k in range(agreed, start)):
            return start
        start = agreed


def _in_word_run(lines: list[LineWords], i: int) -> bool:
    """Line `i` is one word inside a run of one-word lines, with one before it and one
    after it (a justified line an extractor broke up); the first line of a run may be
    a stamp's (`1-қосымша` / `Нысан` / `Өтініш`)."""
    def single(k: int) -> bool:
        return 0 <= k < len(lines) and len(lines[k].words) == 1
    return single(i - 1) and single(i) and single(i + 1)


# a numbered part of an act, the word that may govern a sub-point's number (`10-бабы`)
_PART_NUMBER = regex.compile(r"^\d+(?:-\d+)?-\p{L}+$")


def _bare_label(text: str, p: ModuleType) -> bool:
    """A unit label alone on its line (`4)`, `2.`): the line after it is its text."""
    m = p.LABEL_START.match(text)
    return bool(m) and not text[m.end():].strip()


# lines after a stamp's last line in which an enacting formula betrays it (an extractor may
# set a line word by word)
FORMULA_REACH = 12


def _formula_follows(lines: list[LineWords], end: int, p: ModuleType) -> bool:
    """An enacting formula within the next lines, the sentence going on to it: what ends in
    approval words there is a preamble citing an approved act, not a stamp (a stamp comes
    after the act's own formula, with the document it approves)."""
    for line in lines[end + 1:end + 1 + FORMULA_REACH]:
        text = _text(line, p)
        if p.ENACTING.search(text):
            return True
        if _ends_sentence(text) or (p.LABEL_START.match(text)
                                    and not p.REFERENCE_AFTER_LABEL.match(text)):
            return False
    return False


# the line that closes a stamp: the number of the act that approved (`№ 149`, a blank `№ ___`)
_STAMP_NUMBER = regex.compile(r"(?:^|\s)(?:№|N)\s*\S*\s*$")
_STAMP_GOES_ON = regex.compile(r"^(?:\p{Ll}|\d|[«\"№(]|от\s)")
_CLAUSE_END = regex.compile(r"[.:;!?]$")


def find_stamps_forward(lines: list[LineWords], shape: Shape,
                        p: ModuleType) -> list[tuple[int, int]]:
    """Stamps that open with their words, read forward: `Утверждены` / `постановлением
    Правительства` / `Республики Казахстан` / `от 28 марта 2019 года` / `№ 149`, an
    annex header `Приложение 1` / `к Правилам ...`, an agreement `«СОГЛАСОВАНО»` / ...

    A stamp goes on over short lines while they continue it: a line in lower case, a
    date, a number, a new stamp phrase (`Утвержден приказом` after `«СОГЛАСОВАНО»`),
    a proper name in capitals (`Республики Казахстан`), or whoever the line before
    names the approver for (`приказом` / `Министр внутренних дел`). It ends at the
    approving act's number, at `Форма` or `Проект`, and before any other line (the title).
    """
    stamps: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        text = _text(lines[i], p)
        if not (_opens_stamp(text, p) and _stamp_text_line(lines[i], shape, p)
                or _opens_stamp(text, p) and _STAMP_NUMBER.search(text)
                and _whole_line_stamp(lines, i, p)):
            i += 1
            continue
        end = i
        while (not _STAMP_NUMBER.search(_text(lines[end], p)) and end + 1 < len(lines)
               and end - i + 1 < MAX_STAMP_LINES
               and _stamp_text_line(lines[end + 1], shape, p)
               and _continues_stamp(_text(lines[end], p), _text(lines[end + 1], p), p)):
            end += 1
        stamps.append((i, end))
        i = end + 1
    return stamps


def _opens_stamp(text: str, p: ModuleType) -> bool:
    return bool(p.APPROVAL.match(text) or p.ANNEX_HEADER.match(text) or p.AGREED.match(text))


def _stamp_text_line(line: LineWords, shape: Shape, p: ModuleType) -> bool:
    """A short line with no sentence in it (a comma may end it: `членами семей,`)."""
    text = _text(line, p)
    return (len(line.words) <= MAX_STAMP_LINE_WORDS and not _CLAUSE_END.search(text)
            and not p.LABEL_START.match(text) and not signature_end(text, p)
            and not is_column_line(line) and not shape.full(line))


def _continues_stamp(a: str, b: str, p: ModuleType) -> bool:
    """Whether line `b` goes on with the stamp whose last line so far is `a`."""
    if p.FORM.match(b) or p.DRAFT.match(b):
        return False  # `Форма`: the form's title follows
    if _STAMP_GOES_ON.match(b) or _opens_stamp(b, p) or p.STAMP_TOP.match(b):
        return True
    if all(w[:1].isupper() for w in b.split()[:2]):
        return True  # a name in capitals goes on: `Республики Казахстан, своих`
    last = a.split()[-1] if a.split() else ""
    # `«СОГЛАСОВАНО»`, `Утверждены приказом`: who agrees or approves comes next
    return bool(p.STAMP_TOP.match(a) and len(a.split()) <= 2 or p.ACT_WORD.fullmatch(last))


def _whole_line_stamp(lines: list[LineWords], i: int, p: ModuleType) -> bool:
    """A full-width line that is a stamp by itself: it starts after a sentence or a
    signature, with a capital, and a capital starts the line after it (an unwrapped
    text sets `... бұйрығымен бекітілген` on one line, the title below)."""
    text, before = _text(lines[i], p), _text(lines[i - 1], p) if i else ""
    after = _text(lines[i + 1], p) if i + 1 < len(lines) else ""
    return (text[:1].isupper()
            and (not before or _ends_sentence(before) or signature_end(before, p))
            and not after[:1].islower())


def _signed_in_full(text: str, p: ModuleType) -> bool:
    """A signature's role and the signer's name on one line (`... министрі М. Ахметжанов`)."""
    m = regex.search(r"(?:^|\s)(" + p.PERSON_NAME.pattern + r")$", text.strip())
    return bool(m) and m.start(1) > 0 and signature_end(text, p) \
        and bool(p.SIGNATURE_ROLE.search(text[:m.start(1)]))


def _signed_role(text: str, p: ModuleType) -> bool:
    """An office in the nominative (`Министр`, `... Премьер-Министрі`): a signature's role,
    where a stamp names its issuer in the genitive (`... министрінің`)."""
    last = text.split()[-1] if text.split() else ""
    return bool(p.SIGNATURE_ROLE.search(last)) and not p.GENITIVE_END.search(last)


def _role_goes_on(a: str, b: str, p: ModuleType) -> bool:
    """A signature whose name stands on the role's first line, the role going on below."""
    m = regex.search(r"(?:^|\s)(" + p.PERSON_NAME.pattern + r")$", a.strip())
    head = a[:m.start(1)].strip() if m else ""
    return (bool(head) and bool(p.GENITIVE_END.search(head)) and len(b.split()) <= 4
            and not _ends_sentence(b) and bool(p.SIGNATURE_ROLE.search(b)))


def _capitals(text: str) -> bool:
    """Letters, all of them capitals (`ЖӘНЕ ӨТКІЗУ ТӘРТІБІ`), and no unit label."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and not text[:1].isdigit()


def _heading_label(text: str, p: ModuleType) -> bool:
    """A chapter, part or paragraph-of-a-code label: a heading, whatever follows."""
    return bool(p.CHAPTER.match(text) or p.PART.match(text) or p.SUBCHAPTER.match(text))


def _role_start(line: LineWords, p: ModuleType) -> bool:
    """The first part of a signature's role set over two lines (`Қазақстан Республикасының`)."""
    text = _text(line, p)
    return (len(line.words) <= 6 and not _ends_sentence(text) and not p.LABEL_START.match(text)
            and (bool(p.GENITIVE_END.search(text)) or bool(p.SIGNATURE_ROLE.search(text))))


class _Reader:
    """Walks the lines once, deciding for each whether it opens a paragraph."""

    def __init__(self, lines: list[LineWords], shape: Shape, p: ModuleType) -> None:
        self.lines = lines
        self.shape = shape
        self.p = p  # the language's pattern table
        self.stamp_of: dict[int, int] = {}
        for number, (first, last) in enumerate(find_stamps(lines, shape, p)):
            for i in range(first, last + 1):
                self.stamp_of[i] = number
        self.head = True  # in a component's head (before its first sentence): titles
        self.first = 0  # the first line of the paragraph being read

    def opens(self, i: int) -> bool:
        """Whether line `i` starts a new paragraph (line `i - 1` is the one before)."""
        p = self.p
        prev, line = self.lines[i - 1], self.lines[i]
        a, b = _text(prev, p), _text(line, p)
        shape = self.shape
        stamp_a, stamp_b = self.stamp_of.get(i - 1), self.stamp_of.get(i)
        if stamp_a is not None or stamp_b is not None:
            return stamp_a != stamp_b
        if _TABLE_START.match(b) or _TABLE_END.search(a):
            return True  # a table (as markup some extractors keep) is a paragraph of its own
        if _single_glyphs(line) and _single_glyphs(prev, at_end=True):
            return False  # a stretched line an extractor set one glyph per line
        if a.endswith("-") and not a.endswith(" -"):
            return False  # a hyphenated word
        if p.NOTE.match(a) and len(prev.words) <= 2:
            return False  # `Ескерту.` alone on its line: the note's text follows
        if len(prev.words) == 1 and _BARE_NUMBER.match(a) and not p.LABEL_START.match(b):
            return False  # a point's number alone on its line: its text follows
        if self._word_run(i):
            return False  # `pdftotext` set a widely justified line one word per line
        ended = _ends_sentence(a)
        # a lower-case word, closing punctuation or a bracket goes on with the sentence
        lower = b[:1].islower() or b[:1] in ",.;:)»("
        if signature_end(a, p) and _role_goes_on(a, b, p):
            return False  # `Қазақстан Республикасының   А. Мамин` / `Премьер-Министрі`
        if signature_end(a, p) and (not lower or is_column_line(prev)):
            return True
        if is_column_line(prev) or is_column_line(line) and not _role_start(prev, p):
            return True
        if (p.SIGNED_WITHOUT_NAME.match(a) and not lower and not _name_only(b, p)
                and not signature_end(b, p)) or ended and p.SIGNED_WITHOUT_NAME.match(b):
            # `Қазақстан Республикасының Үкіметі үшін`, the President alone: a signature
            # with no name, a paragraph of its own
            return True
        if (signature_end(b, p) or is_column_line(line)) and _role_start(prev, p):
            return False  # `Қазақстан Республикасының` / `Премьер-Министрі   А. Мамин`
        if _name_only(b, p) and _role_start(prev, p):
            return False  # the name of a signature on its own line, under the role
        if line.source.leading_gap and not ended and p.LABEL_START.match(b):
            # ` 1) және 3) тармақшаларының`: the space a word drawn apart left, before a
            # number it governed (`Осы қаулының  1-тармағының 1) ...`): no label
            return False
        if line.source.blank_before:
            return ended or not lower
        if self.head and not ended and p.PREAMBLE_START.match(b):
            return True  # `О лотереях ...` / `Настоящий Закон регулирует ...`: the title is over
        if shape.indented and line.source.indent:
            # a centred title set over lines, each in from the margin (`pdftotext -layout`),
            # goes on where the line before was set in too and the sentence goes on
            # (in a head, until the title ends in `туралы` or its type)
            return not (prev.source.indent and not ended
                        and (lower or self.head and not p.TITLE_END.search(a)))
        if _INITIAL.fullmatch(a.replace(" ", "")):
            return False  # an initial alone on its line (`Е.`): the name it stands for follows
        # (not a form's fields or a table's cells, whose lines are spaced out as they are)
        pieces = (prev.letter_spaced and line.letter_spaced and not p.BLANKS.search(a + b)
                  and "<" not in a + b)
        if not ended and not p.LABEL_START.match(b) and (
                pieces or _INITIAL.fullmatch(b.replace(" ", ""))):
            # an extractor breaks a stretched (letter-spaced) line at its widest gaps, a piece
            # per line: the sentence goes on (`б а с ш ы с ы` / `Е .` / `Н ұ р б е к о в к е`)
            return False
        short = shape.ends_short(prev, line)
        if p.LABEL_START.match(b):
            # `... Заңының 5-бабының` / `8) тармақшасына сәйкес`: a reference, not a label;
            # after a genitive that governs it (`Осы Келісімнің` / `4) тармақшасында`) even
            # where the line before ends short (an extractor's text box ended there)
            if _bare_label(b, p) and i + 1 < len(self.lines):
                # a label alone on its line: what follows it tells (a justified line an
                # extractor set word by word: `тармақтың` / `1)` / `және` / `2)` / ...)
                b = b + " " + _text(self.lines[i + 1], p)
            if not ended and a.split() and p.REFERENCE_AFTER_LABEL.match(b) and (
                    p.GENITIVE_END.search(a.split()[-1]) or _PART_NUMBER.match(a.split()[-1])
                    or p.REFERENCE_AFTER_LABEL.match("1) " + a.split()[-1])):
                return False  # (or after a numbered part, `10-бабы` / `1) тармақшасына`, or
                # after `және`: `1) және` / `2) тармақшаларында`)
            return ended or short or not p.REFERENCE_AFTER_LABEL.match(b)
        if p.NOTE.match(b):
            return True
        if self.head and _BRACKETED.match(b) and not ended:
            return True  # `(Мөр нобайын ... қараңыз)` under a title: an editorial remark
        if self.head and _BRACKETED.match(a):
            return True
        if not ended:
            if a.count("(") > a.count(")") and not p.LABEL_START.match(b):
                return False  # `... (бұдан әрі -` / `ӘДК) ...`: no paragraph ends in brackets
            if _capitals(b) and _capitals(" ".join(a.split()[-3:])) \
                    and _heading_label(_text(self.lines[self.first], p), p):
                return False  # a heading in capitals wraps (`2-тарау. БЕЙБІТ ЖИНАЛЫСТАРДЫ
                # ҰЙЫМДАСТЫРУ` / `ЖӘНЕ ӨТКІЗУ ТӘРТІБІ`)
            if (a.endswith(",") and short and not self.head
                    and not _heading_label(_text(self.lines[self.first], p), p)):
                return True  # a clause of a preamble set as a paragraph of its own (a
                # chapter's heading, `Глава 2. Порядок посещения членами семей,`, wraps)
            if (self.head and not b[:1].islower() and p.TITLE_END.search(a)
                    and not p.LABEL_START.match(_text(self.lines[self.first], p))):
                return True  # `... бекіту туралы` / `«Сауда ... туралы» ...`, `2014 жылғы ...`
            if lower or b[:1].isdigit() or p.WANTS_MORE.search(a) or a.endswith(("№", " N")):
                return False  # mid-sentence: a genitive wants its noun, `№` its number
            if self.head and (p.PREAMBLE_START.match(b) or _subject_and_formula(b, p)):
                # `Об утверждении ...` / `В соответствии с ...` or `Правительство ...
                # ПОСТАНОВЛЯЕТ:`: the title is over
                return True
            if p.FINITE_VERB.search(a):
                return True  # Kazakh ends its sentences with the verb: a period left out
            if _marker_line(prev, p):
                return True  # `Нысан` (`Н ы с а н`) on its own line above a form's title
            if self.head and p.BLANKS.search(b) and not p.BLANKS.search(a):
                return True  # a form's title, then its fields to fill in
            if (self.head and _signed_role(a, p) and not lower and self.first > 0
                    and p.APPROVED.search(_text(self.lines[self.first - 1], p))):
                return True  # `«БЕКІТІЛГЕН»` / `... оқу орнының бастығы`: who approves, the title
            if self.head:
                # a title runs on until it ends in `туралы` or the type of the document
                return p.HEAD_LINE.search(a) is not None or p.PLACE.match(a) is not None
            if p.STAMP_TOP.match(a):
                return True
            if len(a) > OVERLONG * shape.width:
                return False  # lines an extractor ran together, stopping mid-sentence
            # a line that stops short mid-sentence ends its paragraph; but where the text
            # keeps to no width and the language capitalises inside sentences (Russian:
            # `... руководствуется Конституцией` / `Республики Казахстан, ...`), the
            # sentence goes on to its punctuation, save a form's fields and short labels
            return short and (p.SHORT_LINE_ENDS or shape.regular or bool(p.BLANKS.search(a))
                              or bool(p.BLANKS.search(b))
                              or len(line.words) <= 2 and b.rstrip().endswith(":"))
        if lower:
            # an item after a chapeau's colon or after the item before it, however long the
            # line before (an item's `;` may fall just at a full line's end)
            return a.rstrip().endswith((":", ";"))
        # a sentence ends the line and a capital starts the next: most often a new paragraph
        # (a sentence ending just at the line end inside a paragraph is the rarer case), unless
        # the text marks its paragraphs with indents and this line has none
        return not shape.indented

    def _word_run(self, i: int) -> bool:
        """Line `i - 1` is one word of a run of MIN_WORD_RUN one-word lines or more, and
        line `i` goes on with it (it is no unit label)."""
        p = self.p
        def single(k: int) -> bool:
            line = self.lines[k] if 0 <= k < len(self.lines) else None
            return (line is not None and len(line.words) == 1 and k not in self.stamp_of
                    and not _ends_sentence(line.text) and not p.LABEL_START.match(line.text))
        if not single(i - 1) or p.LABEL_START.match(self.lines[i].text):
            return False
        start, end = i - 1, i - 1
        while single(start - 1):
            start -= 1
        while single(end + 1):
            end += 1
        return end - start + 1 >= MIN_WORD_RUN

    def paragraphs(self) -> list[tuple[list[LineWords], Role]]:
        out: list[tuple[list[LineWords], Role]] = []
        current: list[LineWords] = []
        for i, line in enumerate(self.lines):
            if current and self.opens(i):
                out.append((current, self._role(current, i - len(current))))
                current = []
                self.first = i
            current.append(line)
        if current:
            out.append((current, self._role(current, len(self.lines) - len(current))))
        return out

    def _role(self, lines: list[LineWords], first: int) -> Role:
        """The role of a paragraph, and whether the component's head goes on after it."""
        p = self.p
        text = _text(lines[0], p)
        whole = " ".join(_text(line, p) for line in lines)
        if first in self.stamp_of:
            self.head = True  # an annex starts: its title comes next
            return "stamp"
        if p.NOTE.match(text):
            return "note"
        if (signature_end(whole, p) or is_column_line(lines[-1]) and len(whole.split()) <= 14
                or len(lines) == 2 and _role_goes_on(_text(lines[0], p), _text(lines[1], p), p)):
            self.head = True  # what follows a signature is a new document's head, if anything
            return "signature"
        if len(lines) == 1 and _marker_line(lines[0], p):
            return "stamp"  # `Жоба`, `Нысан`, `БЕКІТЕМІН` on a line of its own
        if (self.head and first > 0 and p.APPROVED.search(_text(self.lines[first - 1], p))
                and _signed_role(whole, p)):
            return "stamp"  # `«БЕКІТІЛГЕН»` / `... оқу орнының бастығы`: who approves a form
        if p.LABEL_START.match(text):
            self.head = False
            heading = _heading_label(text, p) or not _ends_sentence(whole)
            return "heading" if heading and len(whole.split()) <= 30 else "paragraph"
        if self.head and not _ends_sentence(whole):
            if p.HEAD_LINE.search(whole) or _BRACKETED.match(whole) or p.PLACE.match(whole):
                return "paragraph"  # an act, date or place line before the title; a remark
            self.head = False  # the title is read: what follows is the preamble or body
            return "title"
        self.head = False
        return "paragraph"


MAX_SUBJECT_WORDS = 6


def _subject_and_formula(text: str, p: ModuleType) -> bool:
    """A line that is a whole enacting formula with its subject (`Правительство Республики
    Казахстан ПОСТАНОВЛЯЕТ:`): a paragraph of its own, never the end of a title."""
    m = p.ENACTING.search(text)
    if not m:
        return False
    subject = text[:m.start()].split()
    return 0 < len(subject) <= MAX_SUBJECT_WORDS and subject[0][:1].isupper()


def _marker_line(line: LineWords, p: ModuleType) -> bool:
    """`Жоба`, `Нысан`, `БЕКІТЕМІН` alone on a line, letter-spaced or not."""
    words = [w.text for w in line.words]
    if len(words) >= 3 and all(len(w) == 1 for w in words):
        words = ["".join(words)]  # `Н ы с а н`
    return len(words) <= 2 and p.STAMP_TOP.match(
        fix_lookalikes(" ".join(words), language=p.LANGUAGE)) is not None


def _single_glyphs(line: LineWords, at_end: bool = False) -> bool:
    """A line of one glyph (or, `at_end`, a line ending in a letter a glyph can continue)."""
    text = line.text
    if at_end:
        return bool(text) and (len(text) == 1 or text[-1].isalpha())
    return len(text) == 1


def text_paragraphs(lines: list[LineWords], indented: bool,
                    language: str = "kk") -> list[tuple[list[LineWords], Role]]:
    """Group the lines of a text without geometry into paragraphs, each with its role."""
    if not lines:
        return []
    p = patterns_for(language)
    return _form_titles(_Reader(lines, measure_shape(lines, indented), p).paragraphs(), p)


_CAPITAL_WORD = regex.compile(r"\b\p{Lu}{4,}\b")
FORM_HEAD = 4  # paragraphs after a form's first one that may still hold its title


def _form_titles(paragraphs: list[tuple[list[LineWords], Role]], p: ModuleType,
                 ) -> list[tuple[list[LineWords], Role]]:
    """A form opens with blanks to fill (`Кімге______`, `(лауазымы)` ...) before its title
    (`Біржолғы өтемақы төлеу туралы ӨТІНІШ`): the title is the line after them, capitalised
    or the first with nothing to fill in."""
    out = list(paragraphs)
    for i, (para, role) in enumerate(out):
        text = " ".join(line.text for line in para)
        after = " ".join(line.text for line in out[i + 1][0]) if i + 1 < len(out) else ""
        # the form's fields, or (`Начальнику ...` / `Ф.И.О. ...`) its addressee and then fields
        if role != "title" or not (p.BLANKS.search(text)
                                   or p.FORM_ADDRESSEE.match(text) and p.BLANKS.search(after)):
            continue
        for k in range(i + 1, min(len(out), i + 1 + FORM_HEAD)):
            text = " ".join(_text(line, p) for line in out[k][0])
            if out[k][1] == "stamp" or _ends_sentence(text) and not _CAPITAL_WORD.search(text):
                break
            if not p.BLANKS.search(text) and not _BRACKETED.match(text):
                out[i] = (para, "paragraph")
                out[k] = (out[k][0], "title")
                break
    return out
