"""Defined terms: `(бұдан әрі – X)` (or `одан әрі`), `(бұдан былай "X" делінеді)`,
`бұдан әрі X деп аталатын Y`
(`Y, бұдан әрі X деп аталады`), `«X» термині ... білдіреді`
(or `«X» термині ...:` opening the list that says it), and the items of a definitions list
(`X – ...` under `мынадай ұғымдар пайдаланылады:`).
"""

from __future__ import annotations

import regex

from .base import Definition, glossary_items, unquote_term
from .morphology import POSTPOSITIONS, case_of

DASH = r"[–—-]"
# `бұдан әрі` (hereinafter), and its variant `одан әрі`
_HENCE = r"(?:[Бб]ұдан|[Оо]дан)"
# `(бұдан әрі – ТМД)`, `(бұдан әрі - Министрлік)`, `(бұдан әрі – Кеңес мүшелері деп аталады)`
PARENTHETICAL = regex.compile(
    r"\(\s*" + _HENCE + r"\s+(?:әрі|былай)\s*" + DASH + r"?\s*(?P<term>[^()]{1,80}?)"
    r"(?:\s+деп\s+атал(?:ады|атын)|\s+делінеді)?\s*\)")
# `..., бұдан әрі Тараптар деп аталады,`: the name given to what the sentence named before
NAMED_BEFORE = regex.compile(
    _HENCE + r"\s+(?:әрі|былай)\s+(?P<term>[^,.;:()]{1,60}?)\s+деп\s+аталады")
# `Бұдан әрі Тараптар деп аталатын осы Келісімге қатысушы мемлекеттердің үкіметтері`
NAMED_AS = regex.compile(
    _HENCE + r"\s+әрі\s+(?P<term>[^,.;:()]{1,60}?)\s+деп\s+аталатын\s+(?P<exp>[^,.;:()]{1,200})")
# `«өнеркәсіп» термині тауарлар ... жиынтығын білдіреді`
TERM_MEANS = regex.compile(
    r"«(?P<term>[^«»]{1,80})»\s+(?:термині|ұғымы|сөзі)\s+(?P<exp>.{1,400}?)\s+"
    r"(?:білдіреді|деп\s+түсініледі|деп\s+ұғынылады)")
# `«Инвестициялар» термині ... кез келген мүлкі мен мүліктік құқықтарын:`, `«Аумақ» термині:`:
# a term whose meaning is the list that follows (its verb `білдіреді` closes the last item)
TERM_OPENS_LIST = regex.compile(
    r"«(?P<term>[^«»]{1,80})»\s+(?:термині|ұғымы)(?P<exp>[^«»:;.]{0,400}):\s*$")
# `Бюджеттік кредит дегеніміз жергілікті бюджеттен ... ақша қаражаты`
CALLED = regex.compile(
    r"(?:^|(?<=[.;:]\s*))(?P<term>(?:[^.;:()«»]|\([^()]{0,40}\)){1,80}?)\s+дегеніміз\s*" + DASH
    + r"?\s*(?P<exp>[^.;]{1,400})")
# a definitions list item: `мемлекеттік органдардың халықаралық қызметі - ...`, `«X» – ...`,
# `казарма (жатақхана) - ...`, `... уәкілетті орган (бұдан әрі – уәкілетті орган) – ...`;
# a hyphen needs a space before it (`іс-шара` is one word), a dash does not (`құралдары –«...`)
LIST_ITEM = regex.compile(
    r"^(?P<term>«[^«»]{1,80}»|(?:[^:;()«»]|\([^()]{0,80}\)){1,160}?)"
    # (`"тұлға"-жеке ...`: an extractor may glue the dash to a quoted term)
    r"(?:\s+" + DASH + r"|\s*[–—]|(?<=[»\"])-)\s*(?P<exp>.+)$", regex.DOTALL)
# a chapeau that opens a definitions list: `мынадай ұғымдар пайдаланылады`,
# `Осы Келісімде пайдаланылатын негізгі ұғымдар мен терминдер:`
GLOSSARY_CHAPEAU = regex.compile(
    r"(?:ұғым|термин|анықтама)\p{L}*\s+(?:аппарат\p{L}*\s+)?(?:пайдаланыл|қолданыл)|"
    r"(?:пайдаланыл|қолданыл)\p{L}*\s+(?:\p{L}+\s+){0,2}(?:ұғым|термин)", regex.I)
_FURTHER_ON = regex.compile(r"\s*\(\s*" + _HENCE + r"\s+әрі[^()]*\)")
MAX_EXPANSION_WORDS = 12
# searched backwards; a comma or a point between digits (`0,5 метрге`) is part of a number
_LAST_BOUNDARY = regex.compile(r"[()\[\];:]|(?<!\d)[.,]|[.,](?!\d)", regex.REVERSE)


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
    for m in NAMED_BEFORE.finditer(text):
        term = _clean_term(m.group("term"))
        before = m.start()
        while before > 0 and text[before - 1] in " ,":
            before -= 1  # `..., бұдан әрі`: the phrase before the comma that opens it
        expansion = _expansion_before(text, before)
        if term and expansion:
            found.append(Definition(term, expansion, m.start(), m.end(), m.start("term"),
                                    m.end("term")))
    for m in NAMED_AS.finditer(text):
        found.append(Definition(_clean_term(m.group("term")), m.group("exp").strip(), m.start(),
                                m.end(), m.start("term"), m.end("term")))
    for m in TERM_MEANS.finditer(text):
        found.append(Definition(m.group("term").strip(), m.group("exp").strip(), m.start(),
                                m.end(), m.start("term"), m.end("term")))
    m = TERM_OPENS_LIST.search(text)
    if m and not any(d.term == m.group("term").strip() for d in found):
        found.append(Definition(m.group("term").strip(), m.group("exp").strip() or None,
                                m.start(), m.end(), m.start("term"), m.end("term")))
    for m in CALLED.finditer(text):
        found.append(Definition(_clean_term(m.group("term")), m.group("exp").strip(), m.start(),
                                m.end(), m.start("term"), m.end("term")))
    return glossary_items(text, found, in_glossary, GLOSSARY_CHAPEAU, _list_item)


def looks_like_glossary_item(text: str) -> bool:
    """`аға менеджерлер - бірінші басшылар ...;`: a short term, a dash, what it means.

    A term is named in the nominative: `Қазақстан Республикасы тарапынан - ...`,
    `Түрікменстанға қатысты - ...` say who or what for, and define nothing.
    """
    item = _list_item(text, 0, len(text))
    if item is None or text[:1].isdigit():
        return False
    last = item.term.split()[-1]
    return last.casefold() not in POSTPOSITIONS and case_of(last) == "nominative"


def _list_item(text: str, start: int, end: int) -> Definition | None:
    m = LIST_ITEM.match(text[start:end])
    if m is None:
        return None
    term = _clean_term(m.group("term"))
    if not term or len(term.split()) > 8:
        return None
    return Definition(term, m.group("exp").strip().rstrip(";."), start, end,
                      start + m.start("term"), start + m.end("term"))


def _clean_term(term: str) -> str:
    term = _FURTHER_ON.sub("", term)  # `... орган (бұдан әрі – уәкілетті орган)`: a term of its own
    return unquote_term(term)


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
