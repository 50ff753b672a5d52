"""Join words that a stretched line split before a narrow glyph.

In distributed lines the extractor often breaks a word before `і` or before
`: ; , .` (`өк ілдер імен`, `Министрл ікт ің`, `үшін :`). A piece is joined to
the word before it when the vocabulary says so: the joined form is a known
word (`кел істі` → `келісті`), or neither piece is one. Known words on both
sides whose join is unknown stay apart (`Қазақстан ішкі`).
"""

from __future__ import annotations

import regex

from .vocabulary import Vocabulary
from .words import LineWords, Word

# Punctuation that never follows a space in Kazakh typography.
_TRAILING_PUNCT = regex.compile(r"^[:;,.!?)»]+$")
_ENDS_WORDLIKE = regex.compile(r"[\p{L}\p{N}»)\"]$")
# Tokens that cannot stand alone: the narrow-glyph piece of a broken word.
NARROW_START = ("і",)


def join_split_words(line: LineWords, vocab: Vocabulary) -> None:
    """Merge split pieces of words in place, recording `split_word` repairs."""
    words = line.words
    out: list[Word] = []
    for word in words:
        prev = out[-1] if out else None
        if prev is not None and _should_join(prev, word, vocab):
            merged = Word(prev.text + word.text, prev.start, word.end, prev.gap_before,
                          [*prev.repairs, *[k for k in word.repairs if k not in prev.repairs]])
            kind = "punctuation_space" if _TRAILING_PUNCT.match(word.text) else "split_word"
            if kind not in merged.repairs:
                merged.repairs.append(kind)
            out[-1] = merged
        else:
            out.append(word)
    line.words = out


def _should_join(prev: Word, word: Word, vocab: Vocabulary) -> bool:
    if _TRAILING_PUNCT.match(word.text):
        # the last character decides (a search of the whole of a long joined word would not)
        return bool(_ENDS_WORDLIKE.search(prev.text[-1:])) and not prev.text.endswith(("«", "("))
    if not word.text.startswith(NARROW_START):
        return False
    if not prev.text or not prev.text[-1].isalpha():
        return False
    left, right = prev.text, word.text
    joined = left + right
    right_core = right.rstrip(":;,.!?)")
    if right_core == "і":  # a lone narrow glyph is never a word
        return True
    if joined in vocab:
        return True
    left_known, right_known = left in vocab, right in vocab
    return not left_known and not right_known
