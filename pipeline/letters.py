"""Replace Latin look-alike letters inside Cyrillic words (`Yкiметi` → `Үкіметі`).

Older official texts were typed with Latin letters standing in for Cyrillic
ones that look the same. Only words that already hold a Cyrillic letter are
touched: Latin words, numbers and `30x40 мм` stay as they are. Which Cyrillic
letter a Latin one stands for depends on the language: `i` and `h` are Kazakh
`і` and `һ`, which Russian has not, and `Y` is only ever `У` in Russian.
"""

from __future__ import annotations

import re

import regex

# Latin letter -> Cyrillic candidates, most likely first. Y/y are ambiguous in
# Kazakh (Ү/У, ү/у); the vocabulary settles them when it can.
LOOKALIKES: dict[str, tuple[str, ...]] = {
    "A": ("А",), "B": ("В",), "C": ("С",), "E": ("Е",), "H": ("Н",), "I": ("І",),
    "K": ("К",), "M": ("М",), "O": ("О",), "P": ("Р",), "T": ("Т",), "X": ("Х",),
    "Y": ("Ү", "У"),
    "a": ("а",), "c": ("с",), "e": ("е",), "h": ("һ",), "i": ("і",), "k": ("к",),
    "o": ("о",), "p": ("р",), "x": ("х",), "y": ("у", "ү"),
}
# Russian has neither і nor һ nor Ү: those Latin letters stand for nothing in a Russian word
RUSSIAN_LOOKALIKES: dict[str, tuple[str, ...]] = {
    latin: tuple(c for c in cyrillic if c not in "ІіһҮү")
    for latin, cyrillic in LOOKALIKES.items()
    if any(c not in "ІіһҮү" for c in cyrillic)
}
TABLES = {"kk": LOOKALIKES, "ru": RUSSIAN_LOOKALIKES}
_CYRILLIC = regex.compile(r"\p{Script=Cyrillic}")
_HAS_LATIN = re.compile(r"[A-Za-z]")  # the standard library's: twice as quick to call
_WORD = regex.compile(r"[\p{L}]+")


def fix_lookalikes(token: str, known=None, language: str = "kk") -> str:
    """Return `token` with look-alike Latin letters inside Cyrillic words replaced.

    `known`, if given, is a container of known words used to choose between
    ambiguous candidates (Y → Ү or У). `language` ("kk", "ru") says which
    Cyrillic letters there are to stand in for.
    """
    if not _HAS_LATIN.search(token):  # the usual token: no Latin letter at all
        return token
    table = TABLES.get(language, LOOKALIKES)
    return _WORD.sub(lambda m: _fix_word(m.group(0), known, table), token)


def _fix_word(word: str, known, table: dict[str, tuple[str, ...]]) -> str:
    if not _CYRILLIC.search(word) or not _HAS_LATIN.search(word):
        return word
    if any(ch.isascii() and ch.isalpha() and ch not in table for ch in word):
        return word  # a real Latin letter (e.g. a mixed code): leave the word alone
    variants = [""]
    for ch in word:
        options = table.get(ch, (ch,))
        variants = [v + o for v in variants for o in options][:16]
    if known is not None:
        for variant in variants:
            if variant in known:
                return variant
    return variants[0]
