"""Defined terms: `(бұдан әрі – X)`, `бұдан әрі X деп аталатын Y`, `«X» термині ... білдіреді`,
and the items of a definitions list (`X – ...` under `мынадай ұғымдар пайдаланылады:`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex


@dataclass(frozen=True)
class Definition:
    term: str
    expansion: str
    start: int  # the whole construction, in the text it was found in
    end: int
    term_start: int
    term_end: int


DASH = r"[–—-]"
# `(бұдан әрі – ТМД)`, `(бұдан әрі - Министрлік)`, `(бұдан әрі – Кеңес мүшелері деп аталады)`
PARENTHETICAL = regex.compile(
    r"\(\s*[Бб]ұдан\s+әрі\s*" + DASH + r"?\s*(?P<term>[^()]{1,80}?)"
    r"(?:\s+деп\s+аталады)?\s*\)")
# `Бұдан әрі Тараптар деп аталатын осы Келісімге қатысушы мемлекеттердің үкіметтері`
NAMED_AS = regex.compile(
    r"[Бб]ұдан\s+әрі\s+(?P<term>[^,.;:()]{1,60}?)\s+деп\s+аталатын\s+(?P<exp>[^,.;:()]{1,200})")
# `«өнеркәсіп» термині тауарлар ... жиынтығын білдіреді`
TERM_MEANS = regex.compile(
    r"«(?P<term>[^«»]{1,80})»\s+(?:термині|ұғымы|сөзі)\s+(?P<exp>.{1,400}?)\s+"
    r"(?:білдіреді|деп\s+түсініледі|деп\s+ұғынылады)")
# a definitions list item: `мемлекеттік органдардың халықаралық қызметі - ...`, `«X» – ...`
LIST_ITEM = regex.compile(r"^(?P<term>«[^«»]{1,80}»|[^:;()«»]{1,120}?)\s+" + DASH
                          + r"\s+(?P<exp>.+)$", regex.DOTALL)
# a chapeau that opens a definitions list
GLOSSARY_CHAPEAU = regex.compile(
    r"(?:ұғым|термин|анықтама)\p{L}*\s+(?:пайдаланыл|қолданыл)", regex.I)
MAX_EXPANSION_WORDS = 12
_LAST_BOUNDARY = regex.compile(r"[()\[\];:.,]", regex.REVERSE)  # searched backwards


def find_definitions(text: str, *, in_glossary: bool = False) -> list[Definition]:
    """Definitions in one unit's (or preamble's) text.

    `in_glossary` says the unit is an item of a list opened by a chapeau such
    as `Қағидаларда мынадай ұғымдар пайдаланылады:`.
    """
    found: list[Definition] = []
    for m in PARENTHETICAL.finditer(text):
        term = _clean_term(m.group("term"))
        expansion = _expansion_before(text, m.start())
        if term and expansion:
            found.append(Definition(term, expansion, m.start(), m.end(), m.start("term"),
                                    m.start("term") + len(m.group("term").rstrip())))
    for m in NAMED_AS.finditer(text):
        found.append(Definition(_clean_term(m.group("term")), m.group("exp").strip(), m.start(),
                                m.end(), m.start("term"), m.end("term")))
    for m in TERM_MEANS.finditer(text):
        found.append(Definition(m.group("term").strip(), m.group("exp").strip(), m.start(),
                                m.end(), m.start("term"), m.end("term")))
    if in_glossary or text.startswith("«"):
        m = LIST_ITEM.match(text)
        if m and not any(d.start == 0 for d in found):
            term = _clean_term(m.group("term"))
            if term and len(term.split()) <= 8:
                found.append(Definition(term, m.group("exp").strip().rstrip(";."), 0, len(text),
                                        m.start("term"), m.end("term")))
    return sorted(found, key=lambda d: d.start)


def _clean_term(term: str) -> str:
    return " ".join(term.strip().strip("«»\"").split())


def _expansion_before(text: str, end: int) -> str:
    """The noun phrase a parenthetical definition follows: back to the last boundary.

    The boundary is looked for backwards from `end`: scanning all the text before
    every definition would be quadratic in a unit that holds many.
    """
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    boundary = _LAST_BOUNDARY.search(text, 0, stop)
    words = text[boundary.end() if boundary else 0:stop].split()
    return " ".join(words[-MAX_EXPANSION_WORDS:])
