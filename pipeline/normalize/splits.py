"""Join words that a stretched line split before a narrow glyph.

In distributed lines the extractor often breaks a word before `і` or before
`: ; , .` (`өк ілдер імен`, `Министрл ікт ің`, `үшін :`). A piece is joined to
the word before it when the vocabulary says so: the joined form is a known
word (`кел істі` → `келісті`) or a well-made form of a known stem while the
piece is no word (`мөлшер ін` → `мөлшерін`), or neither piece is a word. Known
words on both sides whose join is unknown stay apart (`Қазақстан ішкі`).
"""

from __future__ import annotations

import regex

from .vocabulary import MAX_WORD_LENGTH, Vocabulary
from .words import LineWords, Word

# Punctuation that never follows a space in Kazakh typography (`!` is left out: old acts
# draw their tables with it, `Өтініштің ! Зақым алған !`, spaces and all).
_TRAILING_PUNCT = regex.compile(r"^[:;,.?)»]+$")
_ENDS_WORDLIKE = regex.compile(r"[\p{L}\p{N}»)\"]$")
# Tokens that cannot stand alone: the narrow-glyph piece of a broken word.
NARROW_START = ("і",)


def join_split_words(line: LineWords, vocab: Vocabulary) -> None:
    """Merge split pieces of words in place, recording `split_word` repairs.

    A word split twice (`кел іс ім`) is judged whole first: when the pieces
    joined all together make a known word, they are one word.
    """
    words = line.words
    out: list[Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        run = _narrow_run(words, i)
        if run > 1 and out and "".join(w.text for w in words[i - 1:i + run]) in vocab:
            for piece in words[i:i + run]:
                out[-1] = _merged(out[-1], piece)
            i += run
            continue
        prev = out[-1] if out else None
        if prev is not None and _should_join(prev, word, vocab):
            out[-1] = _merged(prev, word)
        else:
            out.append(word)
        i += 1
    line.words = out


MAX_PIECES = 4  # a word split more often than this is not judged whole


def _narrow_run(words: list[Word], i: int) -> int:
    """How many pieces in a row, from `i`, start with a narrow glyph (up to MAX_PIECES)."""
    n = 0
    while n < MAX_PIECES and i + n < len(words) and words[i + n].text.startswith(NARROW_START):
        n += 1
    return n


def _merged(prev: Word, word: Word) -> Word:
    merged = Word(prev.text + word.text, prev.start, word.end, prev.gap_before,
                  [*prev.repairs, *[k for k in word.repairs if k not in prev.repairs]])
    kind = "punctuation_space" if _TRAILING_PUNCT.match(word.text) else "split_word"
    if kind not in merged.repairs:
        merged.repairs.append(kind)
    return merged


def _should_join(prev: Word, word: Word, vocab: Vocabulary) -> bool:
    if _TRAILING_PUNCT.match(word.text):
        # the last character decides (a search of the whole of a long joined word would not)
        return bool(_ENDS_WORDLIKE.search(prev.text[-1:])) and not prev.text.endswith(("«", "("))
    if not prev.text or not prev.text[-1].isalpha():
        return False
    if not word.text.startswith(NARROW_START):
        return _stretched_apart(prev, word, vocab)
    left, right = prev.text, word.text
    joined = left + right
    right_core = right.rstrip(":;,.!?)")
    if vocab.language != "kk":
        # outside Kazakh, a word in `і` is no word (a Kazakh phrase in a Russian act, split
        # before the narrow glyph)
        return True
    if joined in vocab:
        return True
    if right_core == "і":
        return is_i_ending(left, vocab)
    if len(left) <= MAX_UNINFLECTED and left.casefold() in UNINFLECTED:
        return False  # `және іскерлік`, `сондай-ақ істің`: these words take no ending
    left_known, right_known = left in vocab, is_word(right_core, vocab)
    if left_known and not right_known:
        # `мөлшер ін`: the piece is no word, the joined form a known stem with its suffixes
        return vocab.plausible(joined)
    return not left_known and not right_known


# vowels a word may end in before a split `і` that is not its ending (`жи і`: `и` is none)
_VOWELS = frozenset("аәеоөұүыіэюяёАӘЕОӨҰҮЫІЭЮЯЁ")
# a word whose last vowel is a back one: by vowel harmony its endings take `ы`, never `і`
_BACK_VOWEL_LAST = regex.compile(r"[аоұыяёюАОҰЫЯЁЮ][^аәеоөұүыіиэюяёАӘЕОӨҰҮЫІИЭЮЯЁ]*$")
# words that never take an ending: what follows them in `і` is a word of its own
UNINFLECTED = frozenset({
    "және", "немесе", "мен", "бен", "пен", "сондай-ақ", "әрі", "не", "да", "де", "та", "те",
    "үшін", "бойынша", "сәйкес", "туралы", "арқылы", "дейін", "кейін", "бірге", "қарай",
    "сияқты", "ретінде", "ал", "бірақ", "егер", "яғни", "өзара", "жөнінде",
})
MAX_UNINFLECTED = max(map(len, UNINFLECTED))  # (a long run of joined pieces is none of them)
MIN_STEM_OF_A_WORD = 4  # a piece whose known stem is this long is a word of its own


def is_word(piece: str, vocab: Vocabulary) -> bool:
    """A known word, or a form of a known stem of MIN_STEM_OF_A_WORD letters or more
    (`істейді` of `істеу`: `жұмыс істейді` is two words, though the document never wrote
    `істейді` elsewhere); the short pieces a kerning split leaves (`ін`, `іне`) are not."""
    return piece in vocab or (vocab.known_stem(piece) >= MIN_STEM_OF_A_WORD
                              and vocab.plausible(piece))


def is_i_ending(left: str, vocab: Vocabulary) -> bool:
    """Whether a lone `і` after `left` is its ending (`Үкімет і`), not a word of its own
    (`Республикасының і оң көрсеткіші`: the index i, written in Cyrillic)."""
    if left[-1:] in _VOWELS or _BACK_VOWEL_LAST.search(left[-12:]):
        # after a vowel that ending is `сі` (`кезеңдегі і`), after a back vowel `ы`
        # (`арналған і`)
        return False
    whole = len(left) <= MAX_WORD_LENGTH and is_word(left, vocab)
    return not whole or vocab.plausible(left + "і")


def _stretched_apart(prev: Word, word: Word, vocab: Vocabulary) -> bool:
    """`желт о қ с а н ғ а`: an extractor spaced out only part of a stretched word. One of
    the two is a letter-spaced run, one space parts them, neither is a word, and together
    they are a known word (or a known stem with its suffixes)."""
    if "letter_spacing" not in prev.repairs and "letter_spacing" not in word.repairs:
        return False
    if word.gap_before != " " or not word.text[:1].isalpha():
        return False
    right = word.text.rstrip(":;,.!?)»")
    if prev.text in vocab or right in vocab or not right.isalpha():
        return False
    joined = prev.text + right
    return vocab.plausible(joined)  # a known word, or a well-made form of one


# `КазахстанА.` before `Дадебаев` at a line's end: a signature's name set so close to its
# role that the extractor lost the gap between them
_GLUED_INITIAL = regex.compile(r"^(?P<word>\p{L}*\p{Ll})(?P<initial>(?:\p{Lu}\.){1,2})$")
_SURNAME = regex.compile(r"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$")


def split_glued_initials(line: LineWords) -> None:
    """Give back the gap between a role and the initials of the name after it, in place.

    Only at the end of a line, before a surname (`... Республики КазахстанА. Дадебаев`
    → `... Казахстан А. Дадебаев`): a word never ends in a capital and a period.
    """
    if len(line.words) < 2:
        return
    word, last = line.words[-2], line.words[-1]
    m = _GLUED_INITIAL.match(word.text)
    if not m or not _SURNAME.match(last.text):
        return
    word.text = f"{m.group('word')} {m.group('initial')}"
    word.repairs.append("word_gaps")
    word.note = "the initials of a name were glued to the word before them"


# `№9`: the number sign glued to its number (official texts always set a space after it)
_GLUED_NUMBER_SIGN = regex.compile(r"^№(?=\d)")


def split_glued_number_sign(line: LineWords) -> None:
    """Give back the space after a number sign glued to its number, in place (`№9` →
    `№ 9`): an extractor lost it; the acts write `№ 149`, never `№149`."""
    for word in line.words:
        if _GLUED_NUMBER_SIGN.match(word.text):
            word.text = "№ " + word.text[1:]
            word.repairs.append("word_gaps")
            word.note = "the space after a number sign was lost"
