"""Normalize: turn pages of damaged source lines into clean text, recording every repair.

Order matters and is fixed: furniture is dropped, lines are split into words
(undoing letter-spacing), the document's clean lines teach the vocabulary,
look-alike letters and split words are repaired with it, displaced words are
put back, and last the lines are reflowed into one paragraph per line.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..ingest.model import Role, SourceDocument, SourceLine
from ..letters import fix_lookalikes
from .displaced import restore_displaced, restore_lone_genitive
from .model import LineOrigin, NormalizedText, Paragraph, Repair
from .paragraphs import text_paragraphs
from .reflow import join_kind, uses_indent
from .segmentation import cut_spaced_words
from .splits import (
    MAX_UNINFLECTED,
    NARROW_START,
    UNINFLECTED,
    is_i_ending,
    is_word,
    join_split_words,
    split_glued_initials,
    split_glued_number_sign,
)
from .vocabulary import Vocabulary, load_lexicon, word_key
from .words import LineWords, Word, tokenize

__all__ = ["normalize", "NormalizedText", "Paragraph", "Repair", "LineOrigin", "build_vocabulary"]

_NUM_LABEL = regex.compile(r"^\d+\.$")
_ENDS_PUNCT = regex.compile(r"[.:;,!?]$")
MAX_GLUED_HEADING_WORDS = 8
# a word a unit's number follows in its label (`Глава 1.`, `Статья 5.`)
_UNIT_WORD = regex.compile(r"(?i:глава|статья|раздел|подраздел|параграф|пункт|часть)")
MIN_GLYPH_LINES = 3  # this many one-glyph lines in a row are one stretched line


# a sentence's last glyph, then a unit label's (`.`, `2`, `.`, then `Қ` or the run's end):
# two stretched lines
_LABEL_AFTER_END = regex.compile(r"(?<=[.:;])\d{1,3}[.)](?:\p{L}|$)")


MAX_PIECE_GLYPHS = 4  # a piece of a stretched line set on its own line has this many glyphs


def _glyph_piece(text: str) -> bool:
    """One glyph, or a few glyphs one space apart and no digit among them: a piece of a
    stretched line (`2 .` is a label: it starts a line, as where it stands on a line of
    its own)."""
    stripped = text.strip()
    if len(stripped) == 1:
        return True
    glyphs = stripped.split(" ")
    return len(glyphs) <= MAX_PIECE_GLYPHS and all(len(g) == 1 and not g.isdigit()
                                                   for g in glyphs)


def _glyph_runs(glyphs: list[SourceLine]) -> list[list[SourceLine]]:
    """One-glyph lines in a row, cut into the stretched lines they were: an extractor
    that sets the end of a paragraph glyph by glyph may go on so with the next one."""
    pieces = ["".join(g.text.split()) for g in glyphs]
    line_at = [i for i, piece in enumerate(pieces) for _ in piece]  # glyph -> its line
    cuts = sorted({line_at[m.start()] for m in _LABEL_AFTER_END.finditer("".join(pieces))} - {0})
    return [glyphs[a:b] for a, b in zip([0, *cuts], [*cuts, len(glyphs)], strict=True)]


def normalize(source: SourceDocument, vocabulary: Vocabulary | None = None) -> NormalizedText:
    """Normalize a read document: clean text, repairs with spans, and line origins."""
    lines: list[LineWords] = []
    dropped: list[tuple[int, SourceLine, str]] = []  # (index of the next kept line, line, reason)
    glyphs: list[SourceLine] = []  # a run of one-glyph lines: a stretched line set vertically

    def keep(line: SourceLine, flags: tuple[str, ...] = ()) -> None:
        words = tokenize(line)
        if lines and lines[-1].source.page == line.page and restore_lone_genitive(lines[-1],
                                                                                 words):
            return  # the word went back into the line before, where it is recorded
        words.index = len(lines)
        words.flags.extend(flags)
        lines.append(words)

    def flush_glyphs() -> None:
        if not glyphs:
            return  # (called after every line)
        for run in _glyph_runs(glyphs):
            if len(run) >= MIN_GLYPH_LINES:
                keep(replace(run[0], text=" ".join(g.text.strip() for g in run)),
                     ("glyph_lines",))
            else:
                for glyph in run:
                    keep(glyph)
        glyphs.clear()

    for page in source.pages:
        after_furniture = False
        for line in page.lines:
            if line.role == "furniture":
                flush_glyphs()
                dropped.append((len(lines), line, line.furniture or "page furniture"))
                after_furniture = True
                continue
            if after_furniture and line.blank_before:
                # the white space was measured from a header now dropped: it says nothing
                line = replace(line, blank_before=False)
            after_furniture = False
            if not line.text.strip():
                continue
            if not line.words_from_geometry and _glyph_piece(line.text):
                # `pdftotext` sets a widely stretched line glyph by glyph, PyMuPDF in
                # pieces of a few glyphs (`м ы н а` / `д а` / `й` / `р` / `е д а`)
                glyphs.append(line)
                continue
            flush_glyphs()
            keep(line)
        flush_glyphs()

    vocab = vocabulary if vocabulary is not None else build_vocabulary(lines, source.language)
    carry = ""  # the fragment a line-end hyphen broke off, which the next line finishes
    unfinished = ""  # a line's last word that is no word: a glyph run below may finish it
    for line in lines:
        _fix_lookalikes(line, vocab, source.language)
        cut_spaced_words(line, vocab, carry or ("glyph_lines" in line.flags and unfinished))
        join_split_words(line, vocab)
        split_glued_initials(line)
        split_glued_number_sign(line)
        carry = _hyphen_fragment(line)
        unfinished = _unfinished_word(line, vocab)
    for i, line in enumerate(lines):
        restore_displaced(line, lines[i + 1] if i + 1 < len(lines) else None)

    paragraphs = _paragraphs(lines, source.language)
    return _assemble(source, paragraphs, dropped, vocab)


def build_vocabulary(lines: list[LineWords], language: str = "kk") -> Vocabulary:
    """The document's own vocabulary: words of its clean lines, plus the shipped word list
    and dictionary of its language (`kk`, `ru`).

    Hyphen fragments at line ends (`ынтымақ-` / `тастығы`), a line's last word before
    a run of one-glyph lines (`беріл` / `е`, `д`, `і`), and words that start
    with the narrow glyph `і` (`қызмет ін`, a kerning split) are left out: they
    are exactly what the vocabulary is asked to judge. Real words in `і` (`ішкі`,
    `іс`) come from the shipped lexicon.
    """
    vocab = Vocabulary(lexicon=load_lexicon(language), language=language)
    after_hyphen = False
    for i, line in enumerate(lines):
        words = [w.text for w in line.words]
        if after_hyphen and words:
            words = words[1:]
        after_hyphen = bool(line.words) and line.words[-1].text.endswith("-")
        before_glyphs = i + 1 < len(lines) and "glyph_lines" in lines[i + 1].flags
        # (a next line that opens with a piece in `і`: the line may break inside a word)
        before_narrow = i + 1 < len(lines) and bool(lines[i + 1].words) \
            and lines[i + 1].words[0].text.startswith(NARROW_START)
        if after_hyphen or before_glyphs or before_narrow:
            words = words[:-1]  # (before glyphs: the stretched line may finish this word)
        if line.clean:
            vocab.add(_unsplit([fix_lookalikes(w, language=language) for w in words]))
    return vocab


def _unsplit(words: list[str]) -> list[str]:
    """Words that are no piece of a kerning split: neither an `і` word nor the one before it."""
    keep = [not w.startswith(NARROW_START) for w in words]
    for i in range(1, len(words)):
        if not keep[i]:
            keep[i - 1] = False
    return [w for w, k in zip(words, keep) if k]


def _unfinished_word(line: LineWords, vocab: Vocabulary) -> str:
    """`Каз` of `... Республики Каз` / `а` / `х` / ...: a last word of letters that is no
    word, which the glyphs set one per line after it finish (so the cut of those glyphs
    is judged with it: `ахстан`, not `ах стан`)."""
    last = line.words[-1].text if line.words else ""
    return last if last.isalpha() and word_key(last) not in vocab else ""


def _hyphen_fragment(line: LineWords) -> str:
    """`рассмотре` of a line ending in `рассмотре-`: what the next line's first word ends."""
    last = line.words[-1].text if line.words else ""
    if len(last) > 1 and last.endswith("-") and last[-2].isalpha():
        return last[:-1]
    return ""


def _fix_lookalikes(line: LineWords, vocab: Vocabulary, language: str) -> None:
    for word in line.words:
        fixed = fix_lookalikes(word.text, vocab, language)
        if fixed != word.text:
            word.text = fixed
            word.repairs.append("lookalike")


def _paragraphs(lines: list[LineWords],
                language: str) -> list[tuple[list[LineWords], Role | None]]:
    """Paragraphs with their roles: as the page's layout showed them (PDF), or read from
    content and line shape (text); a title glued to the heading after it is taken apart."""
    if lines and all(line.source.block is not None for line in lines):
        return [(para, para[0].source.role) for para in _layout_blocks(lines)]
    paragraphs = text_paragraphs(lines, uses_indent(lines), language)
    out: list[tuple[list[LineWords], Role | None]] = []
    for i, (para, role) in enumerate(paragraphs):
        nxt = paragraphs[i + 1][0] if i + 1 < len(paragraphs) else None
        parts = _split_glued_heading(para, nxt)
        out.append((parts[0], role))
        out.extend((part, "heading") for part in parts[1:])
    return out


def _layout_blocks(lines: list[LineWords]) -> list[list[LineWords]]:
    """Paragraphs as ingest grouped them from geometry: one per layout block."""
    paragraphs: list[list[LineWords]] = []
    for line in lines:
        if paragraphs and paragraphs[-1][-1].source.block == line.source.block:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def _split_glued_heading(para: list[LineWords],
                         nxt: list[LineWords] | None) -> list[list[LineWords]]:
    last = para[-1]
    words = last.words
    if nxt is None or not (nxt[0].source.blank_before or nxt[0].source.indent):
        return [para]
    if _NUM_LABEL.match(para[0].words[0].text if para[0].words else ""):
        return [para]  # a numbered paragraph, not a title
    for k in range(1, len(words) - 1):
        if not _NUM_LABEL.match(words[k].text) or _UNIT_WORD.fullmatch(words[k - 1].text):
            continue  # (`Глава 1. Общие положения`: the number of the chapter it names)
        tail = words[k + 1:]
        if (
            len(tail) <= MAX_GLUED_HEADING_WORDS
            and tail[0].text[:1].isupper()
            and not _ENDS_PUNCT.search(tail[-1].text)
            and not _ENDS_PUNCT.search(words[k - 1].text)
        ):
            head = LineWords(last.source, last.raw, words[:k], last.letter_spaced, last.flags,
                             index=last.index)
            heading = LineWords(last.source, last.raw, words[k:], last.letter_spaced,
                                ["glued_heading"], index=-1)
            return [[*para[:-1], head], [heading]]
    return [para]


class _TextBuilder:
    """Accumulates the normalized text and knows the current offset."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def emit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def take_back(self, n: int) -> None:
        """Remove the last `n` characters written (a line-end hyphen)."""
        self.parts[-1] = self.parts[-1][:-n]
        self.pos -= n

    def text(self) -> str:
        return "".join(self.parts)

    def last_word(self) -> str:
        """The word the text written so far ends in (pieces already glued to it included)."""
        tail = ""
        for part in reversed(self.parts):
            tail = part + tail
            if any(ch.isspace() for ch in part):
                break
        return tail.split()[-1] if tail.split() else ""


def _assemble(source: SourceDocument, paragraphs: list[tuple[list[LineWords], Role | None]],
              dropped: list[tuple[int, SourceLine, str]], vocab: Vocabulary) -> NormalizedText:
    out = _TextBuilder()
    repairs: list[Repair] = []
    origins: list[LineOrigin] = []
    paragraph_list: list[Paragraph] = []
    drop_at: dict[int, list[tuple[SourceLine, str]]] = {}
    for index, line, reason in dropped:
        drop_at.setdefault(index, []).append((line, reason))

    for p, (para, role) in enumerate(paragraphs):
        if p:
            if "glued_heading" in para[0].flags:
                repairs.append(Repair("glued_heading", (out.pos, out.pos + 1), " ", "\n",
                                      page=para[0].source.page,
                                      note="title glued to the heading that follows it"))
            out.emit("\n")
        para_start = out.pos
        for li, line in enumerate(para):
            for src, reason in drop_at.pop(line.index, []):
                repairs.append(Repair("page_furniture", (out.pos, out.pos), src.text, "",
                                      page=src.page, note=reason))
            if li:
                repairs.extend(_join_lines(para[li - 1], line, out, vocab, repairs))
            start = out.pos
            repairs.extend(_emit_line(line, out))
            origins.append(LineOrigin((start, out.pos), line.source.page, line.source.number,
                                      line.source.bbox))
        first = para[0].source
        paragraph_list.append(Paragraph((para_start, out.pos), first.page, first.indent,
                                        first.blank_before, role))
    for rest in drop_at.values():
        for src, reason in rest:
            repairs.append(Repair("page_furniture", (out.pos, out.pos), src.text, "",
                                  page=src.page, note=reason))
    repairs.sort(key=lambda r: (r.span[0], r.span[1]))
    return NormalizedText(source=source, text=out.text(), repairs=repairs, origins=origins,
                          paragraphs=paragraph_list, language=source.language)


def _join_lines(prev: LineWords, line: LineWords, out: _TextBuilder,
                vocab: Vocabulary, written: list[Repair]) -> list[Repair]:
    """Write what goes between two lines of one paragraph; return the repair it makes."""
    kind = join_kind(prev.text, line.text, vocab)
    last, first = prev.words[-1], line.words[0]
    page = line.source.page
    if "glyph_lines" in line.flags and kind == "space" and _continues_word(last, first, vocab):
        # `пайдалан` / `ы л а д ы :`: the vertical glyphs finish the word of the line above
        return [Repair("split_word", (out.pos - len(last.text), out.pos + len(first.text)),
                       f"{last.text}\n{first.text}", last.text + first.text, page=page,
                       note="a stretched line set one glyph per line continues this word")]
    if kind == "space" and first.text.startswith(NARROW_START) \
            and _kerning_split(out.last_word(), first, vocab):
        # `мүшел` / `іг` / `іне`: an extractor (pypdf) broke the line at a kerning gap
        return [Repair("split_word", (out.pos - len(last.text), out.pos + len(first.text)),
                       f"{last.text}\n{first.text}", last.text + first.text, page=page,
                       note="a line broken at the gap before a narrow glyph")]
    if kind == "dehyphenate":
        _take_back_hyphen(out, written)
        start = out.pos - len(last.text) + 1
        return [Repair("hyphenation", (start, out.pos + len(first.text)),
                       f"{last.text}\n{first.text}", last.text[:-1] + first.text, page=page)]
    if kind == "glue":
        if line.text[:1] in ",.;:)»":
            span = (out.pos - len(last.text), out.pos + len(first.text))
            return [Repair("punctuation_space", span, f"{last.text}\n{first.text}",
                           last.text + first.text, page=page)]
        return []
    out.emit(" ")
    return []


def _kerning_split(last: str, first: Word, vocab: Vocabulary) -> bool:
    """A line's last word (`last`, with what was glued to it) and a next line that starts
    with a piece in `і` that is no word, where the two joined are a known word or a
    well-made form of one (`мүшел` / `іг` / `іне`, `шеңбер` / `інде`)."""
    right = first.text.rstrip(",.;:)»")
    if not (right.startswith(NARROW_START) and last[-1:].isalpha() and right.isalpha()):
        return False
    if is_word(right, vocab) or vocab.language != "kk":
        return False  # (a line may well end in a word: the piece after it must be none)
    if right == "і":
        return is_i_ending(last, vocab)
    if vocab.plausible(last + right):  # a known word, or a well-made form of one
        return True
    # neither is a word (`тәул` / `ікт` / `ік`), as within a line (`splits._should_join`)
    return not (last in vocab
                or len(last) <= MAX_UNINFLECTED and last.casefold() in UNINFLECTED)


def _continues_word(last: Word, first: Word, vocab: Vocabulary) -> bool:
    """Joined to the word before it, the first word of a glyph run makes a word: where the
    run's word is no word (then a well-made form will do), or the word before is none
    (`беріл` / `е`, `д`, `і`: then only a known word, `еді` being one too)."""
    if not last.text[-1:].isalpha():
        return False
    joined = last.text + first.text
    if word_key(first.text) in vocab:
        return word_key(last.text) not in vocab and joined in vocab
    return vocab.plausible(joined)  # a known word, or a well-made form of one


def _take_back_hyphen(out: _TextBuilder, written: list[Repair]) -> None:
    """Remove the line-end hyphen already written, and from the repairs that end with it.

    The repairs of the line's last word (a look-alike, letter-spacing) and the
    line's own (words from glyph positions) were recorded with the hyphen, and
    page furniture dropped after the line stands just after it: without this,
    their spans would point one character too far into the joined word.
    """
    end = out.pos
    out.take_back(1)
    for i in range(len(written) - 1, -1, -1):  # the repairs ending at the hyphen come last
        repair = written[i]
        if repair.span[1] != end:
            break
        start = repair.span[0] - 1 if repair.span[0] == end else repair.span[0]
        after = repair.after[:-1] if repair.after.endswith("-") else repair.after
        written[i] = replace(repair, span=(start, end - 1), after=after)


def _emit_line(line: LineWords, out: _TextBuilder) -> list[Repair]:
    """Write a line's words; return the repairs its words carry."""
    repairs: list[Repair] = []
    page = line.source.page
    displaced_from: int | None = None
    for i, word in enumerate(line.words):
        if i:
            gap = word.gap_before
            if (not line.letter_spaced and gap not in ("", " ")
                    and "displaced_link" not in word.repairs):
                repairs.append(Repair("whitespace", (out.pos, out.pos + 1), gap, " ", page=page))
            out.emit(" ")
        start = out.pos
        out.emit(word.text)
        if "displaced_link" in word.repairs:
            displaced_from = i
            continue
        kinds = [k for k in word.repairs if k != "lookalike"] + (
            ["lookalike"] if "lookalike" in word.repairs else [])
        before = line.raw[word.start:word.end]
        if kinds and before != word.text:
            note = ("also: " + ", ".join(kinds[1:])) if len(kinds) > 1 else None
            repairs.append(Repair(kinds[0], (start, out.pos), before, word.text, page=page,
                                  note=note))
    source = line.source
    if source.naive_text is not None:
        kind = "letter_spacing" if source.letter_spaced else "word_gaps"
        text = " ".join(w.text for w in line.words)
        repairs.append(Repair(kind, (out.pos - len(text), out.pos), source.naive_text, text,
                              page=page, note="words decided from glyph positions"))
    if displaced_from is not None:
        rest = line.words[displaced_from:]
        after = " ".join(w.text for w in rest)
        moved_from = rest[0].moved_from
        if moved_from is not None:  # from the next line: the rest of this one, then that one
            stayed = rest[1:]
            raw = (line.raw[stayed[0].start:stayed[-1].end] if stayed else "") + "\n" + moved_from
        else:
            raw = line.raw[min(w.start for w in rest):max(w.end for w in rest)]
        repairs.append(Repair("displaced_link", (out.pos - len(after), out.pos), raw, after,
                              page=page, note=line.words[displaced_from].note))
    return repairs
