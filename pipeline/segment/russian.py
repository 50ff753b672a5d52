"""Russian metadata that needs morphology: the issuer named in the genitive, in the nominative.

A Russian act line or stamp names its issuer after the type word, in the
genitive: `ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН`, `Утверждены
постановлением Правительства Республики Казахстан от 28 марта 2019 года № 149`,
`решением Северо-Казахстанского областного маслихата`. The issuer is that
phrase with its head (and the adjectives before it) in the nominative:
`Правительство Республики Казахстан`; what follows the head stays genitive.
The inflection comes from pymorphy3's Russian dictionary (no rules of our own
for a language that has a dictionary).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..normalize.russian import morph
from ..patterns_ru import ACT_WORD, AGREED

MODIFIERS = {"ADJF", "PRTF", "NUMR"}  # words that agree with the head noun before it
HEADS = {"NOUN"}


def issuer_of(texts: Iterable[str]) -> str | None:
    """The issuer an act line or a stamp names after its type word, in the nominative."""
    for text in texts:
        text = AGREED.sub("", text)
        m = ACT_WORD.search(text)
        if not m:
            continue
        words = text[m.end():].split()
        cut = next((i for i, w in enumerate(words)
                    if w[:1].isdigit() or w[:1] in "«\"(" or w in ("№", "N", "от")), len(words))
        phrase = words[:cut]
        if phrase:
            return nominative(phrase)
    return None


def nominative(words: list[str]) -> str:
    """A genitive noun phrase (`Правительства Республики Казахстан`) in the nominative: its
    first noun and the modifiers before it, agreeing with it; the rest kept as written."""
    parses = [_genitive_parse(word) for word in words]
    head = next((i for i, p in enumerate(parses) if p is not None and _is_head(p)), None)
    if head is None or any(p is None or p.tag.POS not in MODIFIERS for p in parses[:head]):
        return " ".join(words)  # already nominative, or not a phrase we can read
    noun = parses[head]
    out = []
    for word, parse in zip(words[:head + 1], parses[:head + 1]):
        wanted = {"nomn", noun.tag.number or "sing"}
        if parse is not noun and noun.tag.number != "plur" and noun.tag.gender:
            wanted.add(noun.tag.gender)  # an adjective takes its noun's gender
        inflected = parse.inflect(wanted)
        out.append(_same_case(word, inflected.word) if inflected else word)
    return " ".join(out + words[head + 1:])


def _genitive_parse(word: str):
    """The parse of `word` as a genitive noun or modifier, if it can be one (`Министр`,
    nominative only, cannot: a phrase written in the nominative stays as it is)."""
    analyser = morph()
    if analyser is None:
        return None
    for parse in analyser.parse(word):
        if "gent" in parse.tag and (parse.tag.POS in HEADS or parse.tag.POS in MODIFIERS):
            return parse
    return None


def _is_head(parse) -> bool:
    """A noun, or a participle used as one (`Управляющего делами`)."""
    return parse.tag.POS in HEADS or "Subx" in parse.tag


def _same_case(original: str, word: str) -> str:
    """`word` written in the letter case of `original` (capitals, capitalised, lower)."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-")) \
            if "-" in original else word[:1].upper() + word[1:]
    return word
