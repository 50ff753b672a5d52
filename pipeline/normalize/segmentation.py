"""Cut a letter-spaced run whose word gaps were lost back into words.

Some extractors write a stretched line with one space between all glyphs and
nothing wider between words (`з а қ с т а н Р е с п у б л и к а с ы н ы ң`,
RESEARCH.md §5): joining the glyphs gives one long string
(`ҚазақстанРеспубликасыныңҮкіметі`). The words come back from evidence in this
order: punctuation and letter case (a comma ends a word, a capital after a small
letter starts one, digits and letters part), then the vocabulary (the
document's own clean words and the shipped lexicon), then Kazakh inflection
(a known stem with a chain of suffixes). The cut with the lowest cost wins:
known words are cheap, well-made unknown forms a little dearer, and any other
piece pays for being new and for how unlike a word its letters are (a letter
model of the known words judges that).
"""

from __future__ import annotations

import regex

from .vocabulary import Vocabulary, word_key
from .words import LineWords, Word

MAX_WORD = 40
MAX_RUN = 500  # a letter-spaced run longer than any line is left as it is (bounded work)
# What a piece costs, in the units of the letter model (negative log-probability): a known
# word a flat price; a well-made form (known stem, suffix chain) a little more, plus what its
# suffixes add to the cost of its letters; any other piece a price for being new plus what
# its letters cost as one word.
KNOWN = 6.0
DICTIONARY = 2.0  # what a word only the dictionary knows costs over KNOWN: it is rarer
NUMBER = 2.0
PLAUSIBLE = 7.0
UNKNOWN = 6.0

_NUMERIC = regex.compile(r"^[\d.,/]+$")
_NUMBER_PREFIX = regex.compile(r"^\d+(?:[-–]\d+)*-")  # `22-3-бабына`, `5-1)`: a number, then a word
_WORD_GAPS = regex.compile(r"(?<=\S) {2,}(?=\S)")
# a line marks its word gaps with this many double spaces; one alone may be the hole a word
# drawn out of order left (`б а п т ы ң  е р е ж е л е р і :1 - т а р м а ғ ы н ы ң`)
MIN_WORD_GAPS = 2
_CLOSE = set(")»,;:.!?")
_OPEN = set("(«№")


def _boundaries(text: str) -> list[int]:
    """Positions where a word must end: around punctuation, at a capital after a small
    letter, between digits and letters (unless a hyphen joins them)."""
    cuts = {0, len(text)}
    for i in range(1, len(text)):
        a, b = text[i - 1], text[i]
        if a in _CLOSE and (b.isalnum() or b in _OPEN) and not (a in ".," and b.isdigit()) \
                and not _initials(text, i):
            cuts.add(i)  # `...лері)өзара`, `органдары;2)`; but `1.1`, `1,6`, `Т.А.Ә.` stay
        elif b in _OPEN and (a.isalnum() or a in _CLOSE):
            cuts.add(i)
        elif a.islower() and b.isupper():
            cuts.add(i)  # `ҚазақстанРеспубликасының`
        elif (a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit()):
            cuts.add(i)  # `2019жылғы`; `22-3-бабына` keeps its hyphens
        elif b in "–—" or a in "–—":
            cuts.add(i)
        elif a == "-" and b.isupper() and i >= 2 and text[i - 2].islower():
            cuts.update((i - 1, i))  # `әрі-Атақ`: a dash between words, not a compound
    return sorted(cuts)


def _initials(text: str, i: int) -> bool:
    """`Т.А.Ә.`, `М.Қ.`: a capital, a dot, a capital."""
    # (the first may follow a small letter it was run into, where another initial follows:
    # `КелушініңТ.А.Ә.`, but not `басшысыЕ.Нұрбековке`, an initial and its surname)
    return (i >= 2 and text[i - 1] == "." and text[i - 2].isupper() and text[i].isupper()
            and (i < 3 or not text[i - 3].isalpha()
                 or text[i - 3].islower() and text[i + 1:i + 2] == "."))


def _cost(piece: str, vocab: Vocabulary) -> float:
    core = piece.strip(")»,;:.!?(«\"'")
    if not core:
        return 0.0  # punctuation alone attaches to its neighbour at no cost
    if _NUMERIC.match(core):
        return NUMBER
    core = _NUMBER_PREFIX.sub("", core)
    if not core:
        return NUMBER
    if core in vocab:
        return KNOWN if vocab.listed(core) else KNOWN + DICTIONARY
    if "-" in core.strip("-"):  # a compound: its parts
        return sum(_cost(part, vocab) for part in core.split("-") if part)
    stem = vocab.known_stem(core) if len(core) > 1 else 0
    letters = vocab.letters
    if stem:
        # a known stem: what its suffixes add to the letters' cost, over the known price
        return PLAUSIBLE + max(0.0, letters.cost(core) - letters.cost(core[:stem]))
    return UNKNOWN + letters.cost(core)


def split_run(text: str, vocab: Vocabulary, prefix: str = "") -> list[tuple[int, int]]:
    """The words of `text` (glyphs joined, no spaces) as (start, end) offsets.

    `prefix` is the fragment a hyphen broke off at the end of the line before
    (`рассмотре-`): the first word of the run finishes it, and is judged so."""
    words: list[tuple[int, int]] = []
    cuts = _boundaries(text)
    for start, end in zip(cuts, cuts[1:]):
        words.extend(_split_segment(text, start, end, vocab, prefix if start == 0 else ""))
    return _attach_punctuation(text, words)


def _split_segment(text: str, start: int, end: int, vocab: Vocabulary,
                   prefix: str = "") -> list[tuple[int, int]]:
    """Cheapest cut of text[start:end] into pieces (dynamic programming over end points)."""
    n = end - start
    best = [0.0] + [float("inf")] * n
    back = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(max(0, j - MAX_WORD), j):
            if best[i] == float("inf"):
                continue
            piece = text[start + i:start + j]
            if i == 0 and prefix:
                # the end of a hyphenated word, or the second part of a compound
                cost = min(_cost(prefix + piece, vocab), _cost(f"{prefix}-{piece}", vocab))
            else:
                cost = _cost(piece, vocab)
            cost += best[i]
            if cost < best[j]:
                best[j], back[j] = cost, i
    pieces: list[tuple[int, int]] = []
    j = n
    while j > 0:
        i = back[j]
        pieces.append((start + i, start + j))
        j = i
    return pieces[::-1]


def _attach_punctuation(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Closing punctuation joins the word before it, opening punctuation the word after; a
    piece that starts with a hyphen is the second half of a compound (`кеңесші` in
    `консультативтік-кеңесші`)."""
    out: list[tuple[int, int]] = []
    pending: int | None = None  # start of an opening mark waiting for its word
    for start, end in words:
        piece = text[start:end]
        if out and pending is None and (all(ch in _CLOSE for ch in piece)
                                        or piece.startswith("-") and piece != "-"):
            out[-1] = (out[-1][0], end)
        elif all(ch in _OPEN for ch in piece):
            pending = start if pending is None else pending
        else:
            out.append((pending if pending is not None else start, end))
            pending = None
    if pending is not None:
        out.append((pending, len(text)))
    return out


def cut_spaced_words(line: LineWords, vocab: Vocabulary, carry: str = "") -> None:
    """Cut the letter-spaced words of a line that are no word into words, in place.

    Only where the line shows no word gaps of its own: a line with two spaces
    between words (`ө т к і з у  ж ә н е`) has said where its words end. Each
    new word keeps the raw offsets of its own glyphs, so its repair is
    recorded with the exact source it was made from. `carry` is the fragment
    the line before ended in with a hyphen, which the line's first word finishes.
    """
    if len(_WORD_GAPS.findall(line.raw.strip())) >= MIN_WORD_GAPS:
        return  # the line marks its word gaps (two spaces): its words are words
    out: list[Word] = []
    for index, word in enumerate(line.words):
        if ("letter_spacing" not in word.repairs or len(word.text) > MAX_RUN
                or word_key(word.text) in vocab):
            out.append(word)
            continue
        prefix = carry if index == 0 else ""
        raw = line.raw
        # where each glyph of the joined word stands in the raw line
        at = [k for k in range(word.start, word.end) if not raw[k].isspace()]
        pieces = split_run(word.text, vocab, prefix) if len(at) == len(word.text) else []
        if len(pieces) <= 1:
            out.append(word)
            continue
        pieces = _as_written(word.text, pieces, vocab)
        for n, (start, end) in enumerate(pieces):
            first, last = at[start], at[end - 1] + 1
            gap = word.gap_before if n == 0 else raw[at[start - 1] + 1:first]
            out.append(Word(word.text[start:end], first, last, gap,
                            [*word.repairs, "word_gaps"], word.note))
    line.words = out


def _as_written(text: str, pieces: list[tuple[int, int]],
                vocab: Vocabulary) -> list[tuple[int, int]]:
    """Pieces that the document writes as two words elsewhere, and never as one, cut so;
    and a noun with `мен` that may be a coordination (`құжаттар мен материалдарды`) or an
    instrumental (`тәртіппен жүзеге асырылады`), cut as the document writes it most, or
    else as the word after it reads."""
    out: list[tuple[int, int]] = []
    for n, (start, end) in enumerate(pieces):
        k = vocab.written_apart(text[start:end])
        if not k and vocab.language == "kk":
            after = text[pieces[n + 1][0]:pieces[n + 1][1]] if n + 1 < len(pieces) else ""
            k = _coordinated(text[start:end], after, vocab)
        out.extend([(start, start + k), (start + k, end)] if k else [(start, end)])
    return out


_WITH = ("мен", "бен", "пен")
# what an instrumental noun goes with rather than a coordinated one: a verb form, a
# participle, a converb, or one of these words
_VERBAL = regex.compile(r"(?:ған|ген|қан|кен|атын|етін|йтын|йтін|ады|еді|йды|йді|сын|сін|ып|іп"
                        r"|уге|уға)$")
_NOT_COORDINATED = {"және", "не", "немесе", "өзара", "бірге", "бірлесіп", "тиісті", "жаппай",
                    "қатар", "байланысты", "қоса", "тең", "ғана", "бойынша", "жүзеге", "келісу",
                    "салыстырғанда", "қарым-қатынаста"}


def _coordinated(piece: str, after: str, vocab: Vocabulary) -> int:
    """The length of the noun before a coordinating `мен` in `piece` (0: one word).

    Both cuts are words; the document's clean lines decide where they write one more
    often; where they write neither, a noun after it (`... мен материалдарды`) makes a
    coordination, and a verb, a closing punctuation or a bracket an instrumental."""
    key = piece.casefold()
    if len(key) < 6 or not key.endswith(_WITH) or not key.isalpha():
        return 0
    stem = key[:-3]
    if stem not in vocab or key not in vocab:
        return 0
    apart, glued = vocab.pairs[(stem, key[-3:])], vocab.count(key)
    if apart != glued:
        return len(stem) if apart > glued else 0
    word = after.casefold()
    if (not word or not word[:1].isalpha() or word[-1:] in ".,;:)»" or word in _NOT_COORDINATED
            or _VERBAL.search(word)):
        return 0
    return len(stem)
