"""Russian number words in any case: `десяти` → 10, `двадцати пяти` → 25, `5 (пять)` and
`пяти (5)` → 5.

The regular expression finds the words by their stems (cheap, no analysis); the value
is read from each word's lemma through pymorphy3, so every case form counts
(`десять`, `десяти`, `десятью`; `одного`, `одному`; `трех`, `трём`).
"""

from __future__ import annotations

import regex

from .morphology import forms

UNITS = {"один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
         "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
         "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
         "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19}
TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
        "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
HUNDREDS = {"сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
            "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
VALUES = {**UNITS, **TENS, **HUNDREDS}
# the stems every case form of a number word begins with
_STEMS = (r"одн|один|дв|тр[иеёо]|четыр|пят|шест|сем|восем|девят|десят|одиннадцат|двенадцат"
          r"|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат"
          r"|двадцат|тридцат|сорок|девяност|ст[оа]|двухсот|трехсот|трёхсот|четырехсот|сот")
NUMBER_WORD = r"(?:(?<![\p{L}\d])(?:" + _STEMS + r")\p{L}*)"
MAX_NUMBER_WORDS = 4
# one number: digits (`10`, `1 (один)`), or up to MAX_NUMBER_WORDS number words (`десяти (10)`)
NUMBER = (r"(?:\d+(?:\s*\((?:" + NUMBER_WORD + r"\s*){1," + str(MAX_NUMBER_WORDS) + r"}\))?"
          r"|" + NUMBER_WORD + r"(?:\s+" + NUMBER_WORD + r"){0," + str(MAX_NUMBER_WORDS - 1)
          + r"}(?:\s*\(\d+\))?)")
_DIGITS = regex.compile(r"\d+")


def word_value(word: str) -> int | None:
    """The value of one number word in any case, or None (`двух` → 2, `дней` → None)."""
    w = word.casefold()
    for f in forms(w):
        if f.lemma in VALUES and (f.pos in ("NUMR", "ADJF") or f.lemma == "один"):
            return VALUES[f.lemma]
    return None


def parse_number(text: str) -> int | None:
    """The value of a number in digits and/or words, or None."""
    text = " ".join(text.split())
    digits = _DIGITS.search(text)  # `5 (пять)`, `десяти (10)`: the digits say it
    if digits:
        return int(digits.group(0))
    total = 0
    for word in text.split():
        value = word_value(word)
        if value is None:
            return None
        total += value
    return total or None
