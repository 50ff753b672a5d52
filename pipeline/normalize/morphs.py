"""Kazakh inflection, enough to tell a word form from a fragment.

Kazakh builds word forms by stacking suffixes on a stem (`министр-лік-тің`,
`тәртіб-і-н`, `ұсын-ыл-ады`). A form the vocabulary has never seen is still a
word when a known stem carries a chain of these suffixes; a fragment of a
letter-spaced line is not. The list holds the morphs of legal prose (plural,
possessive, case, derivation, voice, verbal nouns and participles, tense and
mood) in their harmony variants; it is a judge of plausibility, not an analyser.
"""

from __future__ import annotations

import functools

# Each entry stands for its harmony variants (back/front vowel, voiced/voiceless onset).
_MORPHS = """
лар лер дар дер тар тер
ы і сы сі ын ін н
ның нің дың дің тың тің
ға ге қа ке на не а е
ны ні ды ді ты ті
да де та те нда нде
дан ден тан тен нан нен
мен бен пен
ша ше ша ше
дай дей тай тей
лық лік дық дік тық тік
шы ші шылық шілік
ғы гі қы кі
дағы дегі тағы тегі ндағы ндегі
сыз сіз
лы лі ды ді ты ті
ыл іл л ын ін н ыс іс с
у уы уі уын уін уға уге уда уде удан уден умен уі уына уіне
ған ген қан кен
атын етін йтын йтін ытын ітін
ады еді йды йді ды ді
ар ер р
мақ мек бақ бек пақ пек
сын сін
са се
ып іп п
ма ме ба бе па пе
й
шақ шек
ушы уші
гер кер
""".split()
SUFFIXES = frozenset(_MORPHS)
# Case endings close a word form: nothing follows them (`негіздің іші` is two words).
CASES = frozenset("""
ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті н
да де та те нда нде дан ден тан тен нан нен мен бен пен
""".split())
MAX_MORPH = max(len(m) for m in SUFFIXES)
MIN_STEM = 3
# A chain longer than this, or of more morphs, is more likely words run together: the
# one-letter morphs (`ы`, `н`, `а`) would otherwise make a chain of almost anything.
MAX_CHAIN_LETTERS = 8
MAX_CHAIN_MORPHS = 4


def is_suffix_chain(tail: str) -> bool:
    """Whether `tail` is a short sequence of suffix morphs (the empty string is one)."""
    return len(tail) <= MAX_CHAIN_LETTERS and _chain(tail, MAX_CHAIN_MORPHS)


@functools.lru_cache(maxsize=65536)
def _chain(tail: str, morphs: int) -> bool:
    if not tail:
        return True
    if morphs == 0:
        return False
    for k in range(1, min(MAX_MORPH, len(tail)) + 1):
        morph = tail[:k]
        if morph in SUFFIXES and (k == len(tail) or morph not in CASES) \
                and _chain(tail[k:], morphs - 1):
            return True
    return False


def stems(word: str) -> list[str]:
    """Every stem (of MIN_STEM letters or more) that leaves a suffix chain after it."""
    return [word[:k] for k in range(len(word), MIN_STEM - 1, -1) if is_suffix_chain(word[k:])]
