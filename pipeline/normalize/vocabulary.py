"""Which strings are words: the evidence for joining split words and hyphens.

Three sources, from most to least specific: the document's own clean lines
(lines that show no artifact), the word list shipped with the package for the
document's language, and a dictionary. For Kazakh the list is the corpus
lexicon (built by `kazlegal lexicon` from a folder of documents) and the
dictionary hunspell-kk when it and `spylls` are installed; for Russian the
list is general Russian (`normalize.russian`) and the dictionary pymorphy3's.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import regex

from . import russian
from .letters_model import LetterModel, lexicon_model
from .morphs import stems

_EDGE_PUNCT = regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")
HUNSPELL_PATHS = ("/usr/share/hunspell/kk_KZ", "/usr/share/myspell/kk_KZ")
MAX_WORD_LENGTH = 100  # a longer token (edge punctuation included) is never a known word


def word_key(token: str) -> str:
    """The form a token is looked up by: case-folded, outer punctuation removed."""
    return _EDGE_PUNCT.sub("", token).casefold()


class Vocabulary:
    """Counts of known words, with optional fall-back dictionaries."""

    def __init__(self, counts: Counter[str] | None = None, *, lexicon: frozenset[str] = frozenset(),
                 use_hunspell: bool = True, language: str = "kk") -> None:
        self.counts: Counter[str] = counts or Counter()
        # word pairs of the document's clean lines: its own usage, where one word and two
        # words are both right cuts of a letter-spaced run (`органдарымен`, `органдары мен`)
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.lexicon = lexicon
        self.language = language
        # the dictionary: hunspell-kk for Kazakh (if installed), pymorphy3's for Russian
        self._hunspell = load_hunspell() if use_hunspell and language == "kk" else None
        self._dictionary = russian.is_russian_word if use_hunspell and language == "ru" else None
        self._stems: set[str] | None = None
        self._letters: LetterModel | None = None
        self._tails: dict[str, list[str]] | None = None  # is_compound's index of `counts`
        self._tails_of = 0  # the number of words `_tails` was built from

    @property
    def letters(self) -> LetterModel:
        """A letter model of the words known here (the document's and the lexicon's)."""
        if self._letters is None:
            self._letters = LetterModel((w for w in self.counts if w.isalpha()),
                                        base=lexicon_model(self.lexicon))
        return self._letters

    def plausible(self, token: str) -> bool:
        """A known word, or a form not seen but well made: a known word's stem carrying a
        chain of suffixes (`тәртібін` from `тәртібі`, `айқындайды` from `айқындау`)."""
        return self.known_stem(token) > 0

    def known_stem(self, token: str) -> int:
        """The length of the longest known stem a suffix chain follows in `token` (0: none)."""
        key = word_key(token)
        if key in self:
            return len(key)
        if self.language != "kk":
            return 0  # a Russian dictionary lists every form: a form is known or it is not
        if self._stems is None:
            self._stems = _stems_of(self.counts) | lexicon_stems(self.lexicon)
        return next((len(stem) for stem in stems(key)
                     if len(stem) >= MIN_KNOWN_STEM and stem in self._stems
                     and (stem == key or not _GENITIVE_END.search(stem))), 0)

    def add(self, tokens: Iterable[str]) -> None:
        previous = ""
        for token in tokens:
            key = word_key(token)
            if len(key) > 1 and any(ch.isalpha() for ch in key):
                self.counts[key] += 1
            # a pair only where no punctuation parts the two words
            if previous and key and key == token.casefold() and previous.isalpha():
                self.pairs[(previous, key)] += 1
            previous = key if key == token.casefold() else ""
        self._tails = None

    def written_apart(self, word: str) -> int:
        """Where the document itself writes `word` as two words and never as one: the
        length of the first (`органдарымен` -> 9 when `органдары мен` stands in its clean
        lines and `органдарымен` does not); 0 otherwise."""
        key = word_key(word)
        if not key.isalpha() or key in self.counts:
            return 0
        cuts = [k for k in range(2, len(key) - 1) if (key[:k], key[k:]) in self.pairs]
        return cuts[0] if len(cuts) == 1 else 0

    def is_compound(self, left: str, right: str) -> bool:
        """Whether `left-right` is a known hyphenated compound, in any inflection.

        `іс-шаралар` licenses `іс-` + `шаралары`: the second parts share a stem.
        """
        left = left.casefold()
        right = right.casefold()
        if f"{left}-{right}" in self:
            return True
        prefix = left + "-"
        if self._tails is None or self._tails_of != len(self.counts):
            self._tails, self._tails_of = compound_tails(self.counts), len(self.counts)
        for tails in (self._tails.get(prefix, ()), lexicon_tails(self.lexicon).get(prefix, ())):
            for tail in tails:
                stem = min(len(tail), len(right), 4)
                if stem >= 2 and tail[:stem] == right[:stem]:
                    return True
        return False

    def count(self, token: str) -> int:
        return self.counts.get(word_key(token), 0)

    def listed(self, token: str) -> bool:
        """Known from the document itself or the shipped word list, not only from a dictionary
        (a word only a dictionary knows is a rarer one: `приказана` beside `приказа на`)."""
        key = word_key(token)
        return bool(key) and (key in self.counts or key in self.lexicon)

    def __contains__(self, token: str) -> bool:
        if len(token) > MAX_WORD_LENGTH:
            return False  # not a word: and split pieces joined into one can grow without end
        key = word_key(token)
        if not key:
            return False
        if key in self.counts or key in self.lexicon:
            return True
        if self._dictionary is not None:
            return self._dictionary(key)
        return self._hunspell is not None and _hunspell_lookup(self._hunspell, key)


MIN_KNOWN_STEM = 4  # shorter stems vouch for too much
# a genitive closes a word form: `мемлекеттің` + `ісі` is two words, not one
_GENITIVE_END = regex.compile(r"(?:ның|нің|дың|дің|тың|тің)$")


def compound_tails(words: Iterable[str]) -> dict[str, list[str]]:
    """Each `left-` that starts a hyphenated word, with what follows it in each such word:
    `is_compound` looks a prefix up instead of scanning every known word."""
    tails: dict[str, list[str]] = {}
    for word in words:
        at = word.find("-")
        while at >= 0:
            tails.setdefault(word[:at + 1], []).append(word[at + 1:])
            at = word.find("-", at + 1)
    return tails


@functools.lru_cache(maxsize=4)
def lexicon_tails(lexicon: frozenset[str]) -> dict[str, list[str]]:
    """`compound_tails` of the shipped lexicon, worked out once per process."""
    return compound_tails(lexicon)


def _stems_of(words: Iterable[str]) -> set[str]:
    return {stem for word in words for stem in stems(word) if len(stem) >= MIN_KNOWN_STEM}


@functools.lru_cache(maxsize=4)
def lexicon_stems(lexicon: frozenset[str]) -> frozenset[str]:
    """The stems of the shipped lexicon, worked out once per process."""
    return frozenset(_stems_of(lexicon))


LEXICON_FILES = {
    "kk": ("data/lexicon.txt", "data/compounds.txt", "data/common.txt"),
    "ru": ("data/ru_words.txt",),
}


@functools.lru_cache(maxsize=2)
def load_lexicon(language: str = "kk") -> frozenset[str]:
    """The shipped word lists of a language: for Kazakh the corpus lexicon (`kazlegal
    lexicon`), curated compounds and common words; for Russian general word forms."""
    words: set[str] = set()
    for name in LEXICON_FILES.get(language, LEXICON_FILES["kk"]):
        try:
            text = resources.files("pipeline").joinpath(name).read_text("utf-8")
        except (FileNotFoundError, OSError):
            continue
        words.update(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def load_hunspell():  # -> spylls Dictionary | None
    """hunspell-kk through spylls, if both are installed; None otherwise."""
    try:
        from spylls.hunspell import Dictionary  # type: ignore[import-not-found]
    except ImportError:
        return None
    for base in HUNSPELL_PATHS:
        if Path(base + ".dic").exists():
            try:
                return Dictionary.from_files(base)
            except Exception:  # a broken dictionary must not stop a conversion
                return None
    return None


def _hunspell_lookup(dictionary, key: str) -> bool:
    try:
        return bool(dictionary.lookup(key))
    except Exception:
        return False
