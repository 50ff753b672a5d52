"""Put back a word that a stream-order extractor drew out of reading order.

The PDFs draw a link word (usually a genitive) separately; stream-order text
then glues it to the line end and leaves a double space where it belongs:
`туралы  жобасы мақұлдансын.келісімнің` → `туралы келісімнің жобасы мақұлдансын.`,
`Келісімнің  4) тармақшасында көрсетілген3-бабының` → `Келісімнің 3-бабының 4) ...`.
`pdftotext -raw` sets such a word alone on a line of its own after the line it
belongs in (`Осы Келісімнің 4) тармақшасында` / `3-бабының`): it goes back before
the one number it governs there. The move is made only on strong evidence and is
always recorded, so an analyst can find every one.
"""

from __future__ import annotations

import regex

from .words import LineWords, Word

# A word glued after sentence-final punctuation with no space: `мақұлдансын.келісімнің`
_GLUED = regex.compile(r"^(.*\p{L}[.!?;:])(\p{Ll}[\p{L}\-]*)$")
# A numbered genitive glued straight onto the line's last word: `көрсетілген3-бабының`,
# `3)3-бабының`, `1-тармағына6-бабының` (a word never runs into a digit)
_GLUED_NUMBERED = regex.compile(
    r"^(.*[\p{L})\],.:;!?-])(\d+(?:-\d+)*-\p{Ll}+(?:ның|нің|дың|дің|тың|тің))$")
# Genitive ending (-ның/-нің/-дың/-дің/-тың/-тің), also after a number: `5-бабының`
_GENITIVE = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
# A possessed noun (3rd person possessive, any case): what a genitive governs.
_POSSESSIVE = regex.compile(
    r"(?:ы|і|сы|сі)(?:на|не|нда|нде|нан|нен|н|мен|ның|нің)?[.,;:]?$"
)


# An article's or a point's numbered genitive alone on its line: `3-бабының`, `2-тармағының`
_LONE_GENITIVE = regex.compile(r"\d+(?:-\d+)*-(?:баб|тармағ)\p{Ll}*(?:ның|нің|дың|дің|тың|тің)")
# the number of a part such a genitive governs: `4)`, `5-1)`, `1-тармағына`, `2-тармақшасы`
_PART_NUMBER = regex.compile(r"\d+(?:-\d+)*(?:\)|-тарма\p{L}*)[,;:.]?")
_LIST_WORDS = {"және", "немесе", "мен", "бен", "пен"}


def restore_lone_genitive(prev: LineWords, line: LineWords) -> bool:
    """Move a numbered genitive set alone on `line` back into `prev`, before the one
    number there that it governs; True when moved (then `line` is spent).

    Only where `prev` holds exactly one such number (or one list of them, `1), 2) және
    3)`) not already governed by a numbered genitive: with two, the place is a guess.
    """
    if len(line.words) != 1 or prev.letter_spaced or len(prev.words) < 2:
        return False
    word = line.words[0]
    if not _LONE_GENITIVE.fullmatch(word.text):
        return False
    places = _governed_places(prev.words, prev.source.leading_gap) or _document_holes(prev.words)
    if len(places) != 1:
        return False
    at = places[0]
    moved = Word(word.text, 0, 0, " ", ["displaced_link"], moved_from=line.raw)
    moved.note = ("word drawn out of reading order onto a line of its own, put back before "
                  "the number it governs")
    if at == 0:
        moved.gap_before = prev.words[0].gap_before
        prev.words[0].gap_before = " "
    else:
        prev.words[at].gap_before = " "
    prev.words.insert(at, moved)
    prev.flags.append("displaced_link")
    return True


def _governed_places(words: list[Word], hole_at_start: bool = False) -> list[int]:
    """Where a list of part numbers starts that no numbered genitive governs yet.

    `hole_at_start`: the line opens with the space a word drawn apart left (PyMuPDF:
    ` 1) және 3) тармақшаларының`): a number there is a reference, not a label."""
    if hole_at_start and words and _PART_NUMBER.fullmatch(words[0].text):
        return [0]
    places = []
    for k, word in enumerate(words):
        if not _PART_NUMBER.fullmatch(word.text):
            continue
        before = words[k - 1].text if k else ""
        if k and (_PART_NUMBER.fullmatch(before) or before in _LIST_WORDS
                  or _GENITIVE.search(before) and before[:1].isdigit()):
            continue  # inside a list (`1), 2) және 3)`), or governed (`3-бабының 4)`)
        if word.text.endswith(")") and k + 1 < len(words) \
                and not words[k + 1].text.startswith(("тармақша", "тар-")):
            continue  # a sub-point's label (`1) ұйымдарға ...`), not a reference
        places.append(k)
    return places


# a document named in the genitive (`Қағидалардың`, `Заңының`, `Келісімнің`): its point or
# article in the genitive may stand after it, before the possessed noun they both govern
_DOCUMENT_GENITIVE = regex.compile(
    r"(?:(?:қағида|заң|келісім|қаулы|бұйры[қғ]|ереже|кодекс|шешім|конвенция|хаттама)\p{L}*"
    r"|^\d+(?:-\d+)?-ба[пб]\p{L}*)(?:ның|нің|дың|дің|тың|тің)$", regex.IGNORECASE)
# `бірінші бөлігі`: an ordinal before the possessed noun
_ORDINAL = regex.compile(r"\p{L}+(?:ыншы|інші|ншы|нші)$", regex.IGNORECASE)


MAX_WORD = 40  # a longer "word" is no document's name (and is not searched letter by letter)


def _document_holes(words: list[Word]) -> list[int]:
    """Where a numbered genitive drawn apart came from when no part number is left to govern:
    between a document's (or an article's) genitive and the possessed noun after it (`Осы
    Қағидалардың талаптарына` / `4-тармағының` → `Қағидалардың 4-тармағының талаптарына`,
    `24-баптың бірінші бөлігі` / `1-тармағының`)."""
    return [k for k in range(1, len(words))
            if len(words[k - 1].text) <= MAX_WORD and _DOCUMENT_GENITIVE.search(words[k - 1].text)
            and not words[k].text[:1].isdigit()
            and (_POSSESSIVE.search(words[k].text)
                 or _ORDINAL.search(words[k].text) and k + 1 < len(words)
                 and _POSSESSIVE.search(words[k + 1].text))]


def restore_displaced(line: LineWords, next_line: LineWords | None) -> bool:
    """Move a displaced end-of-line word into the double-space gap it left.

    Returns True when a word was moved.
    """
    if line.letter_spaced or line.source.words_from_geometry or len(line.words) < 3:
        return False
    last = line.words[-1]
    glued = _GLUED.match(last.text) or _GLUED_NUMBERED.match(last.text)
    if glued:
        head, moved_text = glued.group(1), glued.group(2)
    elif _GENITIVE.search(last.text) and _dangles(next_line):
        head, moved_text = None, last.text
    else:
        return False
    # the gap may stand before the last word itself when a word was glued onto it, or
    # before the first word (a space the extractor left at the line's start)
    candidates = line.words if glued else line.words[:-1]
    gaps = [i for i, w in enumerate(candidates) if i > 0 and len(w.gap_before) >= 2]
    if not gaps and line.source.leading_gap and _GLUED_NUMBERED.match(last.text):
        gaps = [0]
    if len(gaps) != 1:
        return False
    at = gaps[0]
    if not glued and not any(_POSSESSIVE.search(w.text) for w in line.words[at:at + 2]):
        return False
    if head is not None:
        cut = last.start + len(head)
        stay = Word(head, last.start, cut, last.gap_before, list(last.repairs))
        moved = Word(moved_text, cut, last.end, " ", ["displaced_link"])
        body = [*line.words[:-1], stay]
    else:
        moved = Word(moved_text, last.start, last.end, " ", ["displaced_link"])
        body = list(line.words[:-1])
    moved.note = "word drawn out of reading order, put back at the double-space gap"
    body[at].gap_before = " "  # the gap is explained by the move, not a stray space
    line.words = [*body[:at], moved, *body[at:]]
    line.flags.append("displaced_link")
    return True


def _dangles(next_line: LineWords | None) -> bool:
    """A genitive at a line end governs the next line unless that line starts anew."""
    if next_line is None or not next_line.words:
        return True
    first = next_line.words[0].text
    return not first[:1].islower()
