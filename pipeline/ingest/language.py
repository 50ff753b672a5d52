"""Guess the language of a document from letter statistics: Kazakh, Russian or unknown.

The extraction rules are written for Kazakh; a Russian act (or a file whose text
layer is garbage) converts, but the user is warned. Kazakh is told by its own
letters (әғқңөұүһі), which make up about a seventh of the letters of any Kazakh
text and are absent from Russian; Russian by its function words and endings.
No model and no download: a document is decided in one pass over its letters.
"""

from __future__ import annotations

import regex

KAZAKH_LETTERS = frozenset("әғқңөұүһі")
# Russian words and endings that Kazakh (Cyrillic) text hardly ever has
RUSSIAN_WORDS = frozenset({
    "и", "в", "во", "на", "по", "с", "со", "для", "от", "что", "или", "к", "из", "о", "об",
    "при", "не", "это", "как", "также", "года", "является", "настоящего", "настоящее",
})
RUSSIAN_ENDINGS = ("ого", "его", "ому", "ему", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие",
                   "ых", "их", "ции", "ться", "ется", "ются", "ует", "уют")
MIN_LETTERS = 50  # below this, no verdict: "unknown", and no warning
KAZAKH_SHARE = 0.03  # share of Kazakh letters among Cyrillic ones (Kazakh text: ~0.15)
RUSSIAN_SHARE = 0.15  # share of words that look Russian (Russian legal text: ~0.3)
NAMES = {"kk": "Kazakh", "ru": "Russian", "unknown": "unknown"}

_WORD = regex.compile(r"\p{L}+")
_CYRILLIC_RUN = regex.compile(r"[\p{L}&&\p{Script=Cyrillic}]+", regex.VERSION1)


def detect_language(text: str) -> str:
    """"kk", "ru" or "unknown" (too few letters, or neither language).

    Letters are counted in runs over the whole text (the letters of the words
    are the letters of the text), not word by word.
    """
    folded = text.casefold()
    words = _WORD.findall(folded)
    cyrillic = sum(map(len, _CYRILLIC_RUN.findall(folded)))
    letters = sum(map(len, words))
    if cyrillic < MIN_LETTERS or cyrillic < letters / 2:
        return "unknown"
    kazakh = sum(folded.count(ch) for ch in KAZAKH_LETTERS)
    if kazakh >= KAZAKH_SHARE * cyrillic:
        return "kk"
    russian = sum(1 for w in words if w in RUSSIAN_WORDS or w.endswith(RUSSIAN_ENDINGS))
    return "ru" if russian >= RUSSIAN_SHARE * len(words) else "unknown"


def language_warnings(text: str) -> list[str]:
    """A one-line warning when a document with enough letters does not look Kazakh."""
    language = detect_language(text)
    if language == "kk" or sum(1 for ch in text if ch.isalpha()) < MIN_LETTERS:
        return []
    if language == "ru":
        return ["language looks like Russian (ru), not Kazakh: extraction rules are for Kazakh"]
    return ["language not recognised as Kazakh (unknown): extraction rules are for Kazakh"]
