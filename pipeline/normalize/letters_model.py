"""How much a string looks like one Kazakh word: a character trigram model of known words.

Cutting a letter-spaced run into words needs a judge for the pieces the
vocabulary has never seen. A word of the language has likely letter sequences
from its first letter to its last (`жиналады`); a piece cut in the wrong place
starts or ends where words do not (`сіпжин`). The model is trained on the
word types the vocabulary knows (each type once), with marks for the word's
start and end, and add-k smoothing.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable

SMOOTHING = 0.1
START, END = "^", "$"


class LetterModel:
    """Character trigrams of words; `cost` is the negative log-probability of a word."""

    def __init__(self, words: Iterable[str], base: LetterModel | None = None) -> None:
        self.trigrams: Counter[str] = Counter()
        self.bigrams: Counter[str] = Counter()
        self.base = base
        alphabet: set[str] = set(base.alphabet) if base else set()
        for word in words:
            marked = START * 2 + word + END
            alphabet.update(marked)
            for i in range(2, len(marked)):
                self.trigrams[marked[i - 2:i + 1]] += 1
                self.bigrams[marked[i - 2:i]] += 1
        self.alphabet = frozenset(alphabet)
        self._size = len(self.alphabet) + 1

    def _count(self, table: str, key: str) -> int:
        own = (self.trigrams if table == "tri" else self.bigrams)[key]
        return own + (self.base._count(table, key) if self.base else 0)

    def cost(self, word: str) -> float:
        """-log P(word as a whole word): its letters in order, from start to end."""
        marked = START * 2 + word.casefold() + END
        total = 0.0
        for i in range(2, len(marked)):
            tri = self._count("tri", marked[i - 2:i + 1])
            bi = self._count("bi", marked[i - 2:i])
            total -= math.log((tri + SMOOTHING) / (bi + SMOOTHING * self._size))
        return total


@functools.lru_cache(maxsize=4)
def lexicon_model(lexicon: frozenset[str]) -> LetterModel:
    """The model of the shipped lexicon, trained once per process."""
    return LetterModel(w for w in lexicon if w.isalpha())
