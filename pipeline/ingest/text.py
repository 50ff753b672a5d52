"""Read already-extracted text (PDFBox/Tika-style or plain) into pages of lines.

The raw spacing of every line is kept: double spaces and letter-spacing are
the evidence the normalizer repairs from. Only the leading indentation is
taken off the text and kept as a cue.

Decoding is never a silent guess. A file that decodes cleanly in one encoding
is read in it: UTF-8 (or a BOM's UTF-8/UTF-16) is "certain", a single-byte
Cyrillic code page chosen by its letters (KZ-1048 or cp1251) is "guessed". A
file that does not is decoded line by line ("mixed"): lines valid as UTF-8 stay
UTF-8, any other line is read in the code page most plausible for it, and a line
that is text in none has its bad bytes replaced with U+FFFD. Every such line is
named in a warning and kept in `TextSource.decoded_lines`, from which the
export records an `encoding` repair. A file with more than 5% of its bytes
replaced, or holding NUL bytes, is refused.
"""

from __future__ import annotations

import codecs
import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import regex

from .furniture import find_furniture, page_number_run, running_line_run
from .language import choose_language
from .model import IngestError, Page, SourceDocument, SourceLine

# Three or more empty lines (or a form feed) end a page in stream-order extractions.
PAGE_BREAK_BLANKS = 3
# Leading spaces that count as a paragraph indent; a single space is noise.
INDENT_MIN = 2

CODE_PAGES = ("kz1048", "cp1251")  # the single-byte Cyrillic code pages Kazakh text comes in
NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "kz1048": "KZ-1048",
         "cp1251": "cp1251"}
# refuse a file when more than this share of its bytes is text in no known encoding
MAX_REPLACED_SHARE = 0.05
# a line read in a code page: at least this share of its non-ASCII characters must be
# Cyrillic letters or the typography legal texts use; otherwise it is not text in it
MIN_PLAUSIBLE_SHARE = 0.9
TYPOGRAPHY = frozenset("«»№–—“”„‘’…§°·©®™±×•\u00a0")
MAX_NAMED_LINES = 8  # a warning lists this many line numbers, then "and N more"

_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class DecodedLine:
    """A line of the file not read in the file's encoding: another one, or with bad bytes.

    `number` is the 1-based line of the file (lines end at b"\\n"), `raw` its bytes,
    `text` what was read, `replaced` how many bad bytes became U+FFFD (0: none).
    """

    number: int
    encoding: str
    raw: bytes
    text: str
    replaced: int = 0


@dataclass(frozen=True)
class Decoded:
    """A file's text, its encoding, how sure the reader is, and the lines read apart."""

    text: str
    encoding: str
    confidence: str  # "certain" | "guessed" | "mixed"
    lines: tuple[DecodedLine, ...] = ()


@dataclass
class TextSource(SourceDocument):
    """A text input read into pages, with how its bytes were decoded.

    `decoded_lines` are the lines read in another encoding than `encoding`, or with
    bad bytes replaced; `positions` maps each one's file line number to the
    (page, line) of the SourceLines it became.
    """

    encoding_confidence: str = "certain"
    decoded_lines: list[DecodedLine] = field(default_factory=list)
    positions: dict[int, list[tuple[int, int]]] = field(default_factory=dict)


def read_text(path: str | Path, language: str | None = None) -> SourceDocument:
    """Read a text file, detecting its encoding, into a TextSource (a SourceDocument).

    `language` ("kk", "ru") forces the language it is read in; by default it is
    told from the text."""
    path = Path(path)
    data = path.read_bytes()
    if not data.strip():
        raise IngestError("empty file")
    decoded = decode(data)
    doc = TextSource(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format="text",
        encoding=decoded.encoding,
        encoding_confidence=decoded.confidence,
        decoded_lines=list(decoded.lines),
    )
    pages, positions = _paginate(*_split_pages(decoded.text))
    doc.pages, doc.positions = mark_furniture(pages), positions
    if not any(page.lines for page in doc.pages):
        raise IngestError("no text")
    doc.warnings.extend(decoding_warnings(decoded))
    doc.language, said = choose_language(decoded.text, language)
    doc.warnings.extend(said)
    return doc


def decode(data: bytes) -> Decoded:
    """Decode bytes as UTF-8, UTF-16 (with BOM), KZ-1048 or cp1251, or line by line.

    The two single-byte Cyrillic code pages differ only in where they put the
    Kazakh letters, so the one that yields more Kazakh letters and fewer
    control characters wins. Raises IngestError for what is not text.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[3:].decode("utf-8"), "utf-8-sig", "certain")
        except UnicodeDecodeError:
            return _by_line(data[3:], "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", "certain")
        except UnicodeDecodeError as exc:
            raise IngestError(f"not valid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise IngestError("binary data, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "certain")
    except UnicodeDecodeError:
        pass
    raw_lines = data.split(b"\n")
    if not any(_is_utf8(line) and not line.isascii() for line in raw_lines):
        # nothing in it is UTF-8: one code page for the whole file, if one reads it cleanly
        best = _best_code_page(data)
        if best is not None:
            return Decoded(data.decode(best), best, "guessed")
    return _by_line(data, "utf-8")


def _by_line(data: bytes, utf8_name: str) -> Decoded:
    """Decode each line on its own: UTF-8 where valid, else a code page, else with U+FFFD."""
    raw_lines = data.split(b"\n")
    foreign = b"\n".join(line for line in raw_lines if not _is_utf8(line))
    fallback = _best_code_page(foreign, strict=False) or CODE_PAGES[0]
    texts: list[str] = []
    chosen: list[DecodedLine | None] = []  # per line: how a non-ASCII line was read
    for number, raw in enumerate(raw_lines, start=1):
        line = _decode_line(number, raw, fallback, utf8_name)
        chosen.append(line)
        texts.append(line.text if line else raw.decode("ascii"))
    used = Counter(line.encoding for line in chosen if line and not line.replaced)
    main = max(used, key=lambda e: (used[e], e == utf8_name)) if used else utf8_name
    apart = tuple(line for line in chosen if line and (line.encoding != main or line.replaced))
    damaged = [line for line in apart if line.replaced]
    replaced = sum(line.replaced for line in damaged)
    if replaced > MAX_REPLACED_SHARE * len(data):
        raise IngestError(f"not text in a known encoding (UTF-8, UTF-16, KZ-1048, cp1251): "
                          f"{replaced} of {len(data)} bytes, on {len(damaged)} lines from line "
                          f"{damaged[0].number}, read in none of them")
    return Decoded("\n".join(texts), main, "mixed", apart)


def _decode_line(number: int, raw: bytes, fallback: str, utf8_name: str) -> DecodedLine | None:
    """How one line reads (None for plain ASCII)."""
    if raw.isascii():
        return None
    if _is_utf8(raw):
        return DecodedLine(number, utf8_name, raw, raw.decode("utf-8"))
    candidates = [c for c in CODE_PAGES if _reads_as(raw, c)]
    if candidates:
        best = max(candidates, key=lambda c: (_plausibility(raw.decode(c)), c == fallback))
        return DecodedLine(number, best, raw, raw.decode(best))
    # text in no encoding: replace the bad bytes, in the code page if the rest reads in it
    text = raw.decode(fallback, errors="replace")
    if not _plausible(text.replace("\ufffd", "")):
        text = raw.decode("utf-8", errors="replace")
        fallback = "utf-8"
    text = _CONTROL.sub("\ufffd", text)
    return DecodedLine(number, fallback, raw, text, replaced=text.count("\ufffd"))


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _reads_as(raw: bytes, code_page: str) -> bool:
    try:
        text = raw.decode(code_page)
    except UnicodeDecodeError:
        return False
    return _plausible(text)


def _plausible(text: str) -> bool:
    """No control characters, and the non-ASCII characters are Cyrillic or typography."""
    if _CONTROL.search(text):
        return False
    high = [ch for ch in text if ord(ch) > 127]
    good = sum(1 for ch in high if ch in TYPOGRAPHY or _CYRILLIC.match(ch))
    return not high or good >= MIN_PLAUSIBLE_SHARE * len(high)


def _best_code_page(data: bytes, strict: bool = True) -> str | None:
    """The code page whose reading of `data` is most plausible; None if none reads it."""
    best: tuple[float, str] | None = None
    for encoding in CODE_PAGES:
        try:
            text = data.decode(encoding, errors="strict" if strict else "replace")
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, encoding)
    if best is None or best[0] <= 0:
        return None
    return best[1]


def decoding_warnings(decoded: Decoded) -> list[str]:
    """One line per kind of trouble: lines read in another encoding, bytes replaced."""
    warnings: list[str] = []
    main = NAMES.get(decoded.encoding, decoded.encoding)
    other: dict[str, list[int]] = {}
    for line in decoded.lines:
        if not line.replaced:
            other.setdefault(line.encoding, []).append(line.number)
    for encoding, numbers in sorted(other.items()):
        warnings.append(f"mixed encodings: {_lines(numbers)} not {main} like the rest of the "
                        f"file, read as {NAMES.get(encoding, encoding)}")
    damaged = [line for line in decoded.lines if line.replaced]
    for line in damaged[:MAX_NAMED_LINES]:
        bad = _bad_bytes(line.raw, line.encoding)
        warnings.append(f"line {line.number}: {line.replaced} byte(s) not text in any known "
                        f"encoding replaced with U+FFFD ({_escape(bad)})")
    if len(damaged) > MAX_NAMED_LINES:
        warnings.append(f"{len(damaged) - MAX_NAMED_LINES} more line(s) with bytes replaced "
                        "with U+FFFD")
    return warnings


def escape_bytes(raw: bytes) -> str:
    """Bytes as text that names every non-ASCII byte: b"1. \\xcc\\xe8" -> "1. \\xcc\\xe8"."""
    return raw.decode("ascii", errors="backslashreplace")


def _escape(raw: bytes) -> str:
    shown = escape_bytes(raw[:24])
    return shown + ("…" if len(raw) > 24 else "")


def _bad_bytes(raw: bytes, encoding: str) -> bytes:
    """The bytes of `raw` that `encoding` does not read (or that are control characters)."""
    bad = bytearray()
    position = 0
    while position < len(raw):
        try:
            raw[position:].decode(encoding)
            break
        except UnicodeDecodeError as exc:
            bad += raw[position + exc.start:position + exc.end]
            position += exc.end
    bad += bytes(b for b in raw if b < 32 and b not in b"\t\r\f")
    return bytes(bad)


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:MAX_NAMED_LINES]))
    more = f" and {len(numbers) - MAX_NAMED_LINES} more" if len(numbers) > MAX_NAMED_LINES else ""
    return f"line{'s' if len(numbers) > 1 else ''} {shown}{more}"


def _plausibility(text: str) -> float:
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return 0.0
    cyrillic = len(_CYRILLIC.findall(text))
    kazakh = sum(1 for ch in text if ch in _KAZAKH_LETTERS)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return (cyrillic + 2 * kazakh - 10 * controls) / len(text)


def mark_furniture(pages: list[Page]) -> list[Page]:
    """Page numbers and running headers get the role `furniture` (and the reason)."""
    found = find_furniture(pages)
    for page in pages:
        page.lines = [replace(line, role="furniture", furniture=found[(line.page, line.number)])
                      if (line.page, line.number) in found else line for line in page.lines]
    return pages


def split_pages(text: str) -> list[Page]:
    """Split text into pages at form feeds, runs of empty lines or (where neither is
    left) page-number lines, and lines with cues."""
    return _paginate(*_split_pages(text))[0]


def _split_pages(text: str) -> tuple[list[Page], dict[int, list[tuple[int, int]]]]:
    """The pages, and for each line of the file (1-based) the (page, line) it became."""
    text = text.replace("\r\n", "\n")
    # where the extractor marked its pages (form feeds), a run of empty lines is white
    # space on a page (`pdftotext -layout` above a page number, in a signature block)
    blank_runs_break = "\f" not in text.rstrip("\f\n")
    pages: list[Page] = [Page(number=1)]
    positions: dict[int, list[tuple[int, int]]] = {}
    blanks = 0
    for number, physical in enumerate(text.split("\n"), start=1):
        for raw in physical.split("\r"):  # a lone carriage return ends a line too
            chunks = raw.split("\f")
            for i, chunk in enumerate(chunks):
                if i > 0:  # a form feed: new page
                    pages.append(Page(number=len(pages) + 1))
                    blanks = 0
                if not chunk.strip():
                    blanks += 1 if i == 0 else 0
                    continue
                page = pages[-1]
                if blank_runs_break and blanks >= PAGE_BREAK_BLANKS and page.lines:
                    page = Page(number=len(pages) + 1)
                    pages.append(page)
                    blank_before = False
                else:
                    blank_before = blanks > 0 and bool(page.lines)
                blanks = 0
                stripped = chunk.lstrip(" \t\u00a0")
                lead = len(chunk) - len(stripped)
                page.lines.append(
                    SourceLine(
                        text=stripped,
                        page=page.number,
                        number=len(page.lines) + 1,
                        indent=lead >= INDENT_MIN,
                        leading_gap=lead == 1,
                        blank_before=blank_before,
                    )
                )
                positions.setdefault(number, []).append((page.number, len(page.lines)))
    return [p for p in pages if p.lines] or [Page(number=1)], positions


Positions = dict[int, list[tuple[int, int]]]


def _paginate(pages: list[Page], positions: Positions) -> tuple[list[Page], Positions]:
    """A text of one page (its page breaks lost) cut at its page-number lines, or where
    there are none at a running header or footer that repeats.

    A marker on the first line means it stands at the top of each page (a page
    starts with it); otherwise at the bottom (a page ends with it).
    The file-line positions follow the lines to their new pages.
    """
    if len(pages) != 1:
        return pages, positions
    lines = pages[0].lines
    texts = [line.text for line in lines]
    numbers = page_number_run(texts) or running_line_run(texts)
    if not numbers:
        return pages, positions
    # a marker on the first line stands at the top of every page, else at the bottom
    at_top = numbers[0] == 0
    cuts = sorted({k if at_top else k + 1 for k in numbers} - {0, len(lines)})
    out: list[Page] = []
    moved: dict[tuple[int, int], tuple[int, int]] = {}
    for start, end in zip([0, *cuts], [*cuts, len(lines)]):
        number = len(out) + 1
        page = Page(number=number)
        for k, line in enumerate(lines[start:end]):
            page.lines.append(replace(line, page=number, number=k + 1,
                                      blank_before=line.blank_before and k > 0))
            moved[(line.page, line.number)] = (number, k + 1)
        out.append(page)
    return out, {n: [moved.get(at, at) for at in ats] for n, ats in positions.items()}
