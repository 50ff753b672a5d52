"""Tell the language of a document from letter statistics: Kazakh, Russian or unknown.

Both official languages are read; the language decides which vocabulary repairs
the text and which labels, formulas and stamps segmentation looks for, so it is
decided once, here, and travels down with the data (`SourceDocument.language`).

Kazakh is told by its own letters (әғқңөұүһі), which make up about a seventh
of the letters of any Kazakh text and are absent from Russian; Russian by its
function words and endings, found in about a third of the words of any Russian
text. Each is measured against what is typical of its language and the
stronger wins, so a Russian act with a running header or a form in Kazakh
stays Russian, and a Kazakh act quoting a Russian name stays Kazakh. No model
and no download: a document is decided in one pass over its letters.
"""

from __future__ import annotations

from collections import Counter

import regex

LANGUAGES = ("kk", "ru")  # what the pipeline reads; anything else is read as Kazakh
DEFAULT = "kk"
KAZAKH_LETTERS = frozenset("әғқңөұүһі")
# Russian words and endings that Kazakh (Cyrillic) text hardly ever has
RUSSIAN_WORDS = frozenset({
    "и", "в", "во", "на", "по", "с", "со", "для", "от", "что", "или", "к", "из", "о", "об",
    "при", "не", "это", "как", "также", "года", "является", "настоящего", "настоящее",
})
RUSSIAN_ENDINGS = ("ого", "его", "ому", "ему", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие",
                   "ых", "их", "ции", "ться", "ется", "ются", "ует", "уют")
MIN_LETTERS = 50  # below this, no verdict: "unknown", and no warning
KAZAKH_SHARE = 0.03  # least share of Kazakh letters among Cyrillic ones for Kazakh
RUSSIAN_SHARE = 0.15  # least share of words that look Russian for Russian
# what each share is in a typical text of its language: the strengths compared
KAZAKH_TYPICAL = 0.15
RUSSIAN_TYPICAL = 0.33
NAMES = {"kk": "Kazakh", "ru": "Russian", "unknown": "unknown"}

_WORD = regex.compile(r"\p{L}+")
_NOT_CYRILLIC = regex.compile(r"\P{Script=Cyrillic}+")
# a letter-spaced stretch (`п о р у ч е н и й`): its glyphs are one word, not many
_SPACED_RUN = regex.compile(r"(?<!\S)\p{L}(?: \p{L}(?!\S)){2,}")


def detect_language(text: str) -> str:
    """"kk", "ru" or "unknown" (too few letters, or neither language)."""
    text = _SPACED_RUN.sub(lambda m: m.group(0).replace(" ", ""), text)
    words = _WORD.findall(text.casefold())
    # the letters counted in one string, not word by word or letter by letter in Python
    letters = "".join(words)
    cyrillic = len(_NOT_CYRILLIC.sub("", letters))
    if cyrillic < MIN_LETTERS or cyrillic < len(letters) / 2:
        return "unknown"
    kazakh = sum(map(letters.count, KAZAKH_LETTERS)) / cyrillic
    # each distinct word tested once: a document repeats its words
    russian = sum(count for w, count in Counter(words).items()
                  if w in RUSSIAN_WORDS or w.endswith(RUSSIAN_ENDINGS)) / len(words)
    candidates = []
    if kazakh >= KAZAKH_SHARE:
        candidates.append((kazakh / KAZAKH_TYPICAL, "kk"))
    if russian >= RUSSIAN_SHARE:
        candidates.append((russian / RUSSIAN_TYPICAL, "ru"))
    return max(candidates)[1] if candidates else "unknown"


def choose_language(text: str, forced: str | None = None) -> tuple[str, list[str]]:
    """The language a document is read in, and the warnings that go with it.

    `forced` (`--language`) wins over the text. A document whose language is not
    recognised is read as Kazakh, with a warning when it has enough letters to judge.
    """
    if forced is not None:
        if forced not in LANGUAGES:
            raise ValueError(f"unknown language {forced!r}; choose from {', '.join(LANGUAGES)}")
        return forced, []
    language = detect_language(text)
    if language in LANGUAGES:
        return language, []
    if sum(1 for ch in text if ch.isalpha()) < MIN_LETTERS:
        return DEFAULT, []
    return DEFAULT, ["language not recognised as Kazakh or Russian (unknown): read as Kazakh"]


def language_warnings(text: str) -> list[str]:
    """A one-line warning when a document with enough letters is in neither language."""
    return choose_language(text)[1]
