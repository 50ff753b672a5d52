"""Kazakh number words: `он бес` → 15, `отыз` → 30, `15 (он бес)` and `он бес (15)` → 15."""

from __future__ import annotations

import regex

UNITS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
         "тоғыз": 9}
TENS = {"он": 10, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50, "алпыс": 60,
        "жетпіс": 70, "сексен": 80, "тоқсан": 90}
HUNDRED = {"жүз": 100}
_WORDS = {**UNITS, **TENS, **HUNDRED}
# longest first, so `он` does not shadow `оны`-like forms; matched as whole words
_NUMBER_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))
# one number: digits, words, or the one with the other in brackets (`15 (он бес)`, `екі (2)`).
# Up to MAX_NUMBER_WORDS words (`тоғыз жүз тоқсан тоғыз`): an unbounded run would be re-read
# from each of its words when no unit follows it.
MAX_NUMBER_WORDS = 6
_WORD_GROUP = f"(?:{_NUMBER_WORD})"
NUMBER = (
    rf"(?:\d+(?:\s*\((?:{_WORD_GROUP}\s*){{1,{MAX_NUMBER_WORDS}}}\))?"
    rf"|(?:{_WORD_GROUP}(?:\s+{_WORD_GROUP}){{0,{MAX_NUMBER_WORDS - 1}}})(?:\s*\(\d+\))?)"
)
_DIGITS = regex.compile(r"\d+")
_NUMBER_RE = regex.compile(r"^" + NUMBER + r"$", regex.IGNORECASE)


def parse_number(text: str) -> int | None:
    """The value of a number in digits and/or words, or None."""
    text = " ".join(text.split()).casefold()
    if not _NUMBER_RE.match(text):
        return None
    digits = _DIGITS.search(text)  # `15 (он бес)`, `он бес (15)`: the digits say it
    if digits:
        return int(digits.group(0))
    total = 0
    for word in text.split():
        value = _WORDS[word]
        if value == 100:
            total = (total or 1) * 100
        else:
            total += value
    return total
