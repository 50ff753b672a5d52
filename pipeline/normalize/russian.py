"""The Russian word evidence the normalizer judges damaged text by.

Two sources, both from the pymorphy3-dicts-ru package (the OpenCorpora
dictionary, installed from the package index, read offline):

- the dictionary itself, through pymorphy3: whether a string is one of its
  five million word forms (`word_is_known`); it plays the part hunspell-kk
  plays for Kazakh, a yes/no for any inflected form;
- `data/ru_words.txt`, the word forms of the OpenCorpora annotated corpus
  (news, fiction, encyclopaedia and legal text; about 43,000 forms), taken
  from the same package by `python -m pipeline.normalize.russian`. It is
  general Russian, not our documents, and it trains the letter model that
  judges pieces no dictionary knows (see `letters_model`).

Russian inflection needs no suffix model of ours: the dictionary lists every
form, so a form is either known or judged by its letters. Its one- and
two-letter entries are mostly abbreviations and letter names (`н`, `ми`,
`ст`); the real short words are a closed class, listed here, so that a
letter-spaced run is not cut into them.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import regex

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "ru_words.txt"
HEADER = (
    "# kazlegal: Russian word forms of the OpenCorpora annotated corpus, as listed in\n"
    "# pymorphy3-dicts-ru (OpenCorpora dictionary, CC BY-SA); `ё` written `е`, lower case.\n"
    "# Built by `python -m pipeline.normalize.russian`.\n"
)
_FORM = regex.compile(r"\p{Cyrillic}+(?:-\p{Cyrillic}+)?")
MIN_DICTIONARY_WORD = 3  # shorter words count only when they are SHORT_WORDS
# prepositions, conjunctions, particles and pronouns of one or two letters
SHORT_WORDS = frozenset("""
а в и к о с у я во до за из ко на не ни но об от по со то же ли бы ее их им ей ею он мы ты
вы уж да
""".split())


@functools.lru_cache(maxsize=1)
def morph():  # -> pymorphy3.MorphAnalyzer | None
    """pymorphy3's Russian analyser, loaded once per process (None if not installed)."""
    try:
        import pymorphy3
    except ImportError:  # a declared dependency; without it the word list alone judges
        return None
    return pymorphy3.MorphAnalyzer(lang="ru")


@functools.lru_cache(maxsize=65536)
def is_russian_word(word: str) -> bool:
    """Whether `word` (lower case) is a form in the Russian dictionary."""
    if len(word) < MIN_DICTIONARY_WORD:
        return word in SHORT_WORDS
    analyser = morph()
    if analyser is None or not _FORM.fullmatch(word):
        return False
    return bool(analyser.word_is_known(word))


def build_word_list() -> list[str]:
    """The word forms of the OpenCorpora annotated corpus, from the installed dictionary."""
    analyser = morph()
    if analyser is None:
        raise RuntimeError("pymorphy3 and pymorphy3-dicts-ru are needed to build the list")
    words = set()
    # keys are `form:tag` for every form the annotated corpus has
    for key in analyser.prob_estimator.p_t_given_w.keys():
        form = key.split(":")[0].replace("ё", "е")
        if _FORM.fullmatch(form) and (len(form) >= MIN_DICTIONARY_WORD or form in SHORT_WORDS):
            words.add(form)
    return sorted(words)


if __name__ == "__main__":
    WORDS_FILE.write_text(HEADER + "".join(w + "\n" for w in build_word_list()), "utf-8")
    sys.stdout.write(f"wrote {WORDS_FILE}\n")
