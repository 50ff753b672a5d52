"""Cross-references: `осы Қағидалардың 4-тармағы`, `осы тармақтың`, `5-бабының 8) тармақшасы`,
and references to other acts (`«...» 2015 жылғы 18 қарашадағы ... Заңы 11-бабының 11-тармағы`).
"""

from __future__ import annotations

import functools

import regex

from ..segment.dates import parse_date
from .base import STEP_KEYS, Reference

# unit words and the unit kinds they may name (бөлім is a part or a numbered section)
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "бөлім": ("part", "sec"), "тарау": ("chp", "sec"), "параграф": ("subchp",),
    "бап": ("art",), "баб": ("art",), "тармақша": ("subpara",), "тармақ": ("para",),
    "тармағ": ("para",), "абзац": ("indent",),
}
_UNIT_WORD = r"(?P<word>бөлім|тарау|параграф|бап|баб|тармақша|тармақ|тармағ|абзац)\p{L}*"
_NUM = r"\d+(?:-\d+)?"
_AND = r"(?:\s*,?\s+(?:және|мен|немесе)\s+)"
# the numbers of one step: `5-` (`22-3-`), `9 және 10-`, `1, 2-`; `8) `, `1), 2) және 3) `;
# a range `5-8 ` (no hyphen before the word)
_NUMBERS = (r"(?:(?P<lo>\d+)\s*[-–]\s*(?P<hi>\d+)\s+(?=\p{L})"
            r"|(?P<nums>" + _NUM + r"(?:\s*,\s*" + _NUM + r")*" + _AND + r"?" + r"(?:(?<=\s)"
            + _NUM + r")?)\s*-\s*"
            r"|(?P<subnums>\d+\)(?:\s*,\s*\d+\))*(?:" + _AND + r"\d+\))?)\s+)")
# one step of a chain: `5-бабының`, `2-тармағы`, `8) тармақшасына`, `9 және 10-баптарында`
STEP = regex.compile(_NUMBERS + _UNIT_WORD, regex.IGNORECASE)
CHAIN = regex.compile(
    r"(?:" + _NUMBERS + r"(?:бөлім|тарау|параграф|бап|баб|тармақша|тармақ|тармағ|абзац)"
    r"\p{L}*(?:\s+(?:және|мен|,)\s*(?=\d))?\s*)+", regex.IGNORECASE)
# an annex: `1-қосымшаға`, `(1, 2-қосымшалар)`, `N 1 қосымшаға`, `№ 2 қосымша`
ANNEX = regex.compile(
    r"(?:" + _NUMBERS + r"|[NН№]\s*(?P<sign>\d+)\s+)?(?<![\p{L}\d])қосымша\p{L}*", regex.IGNORECASE)
# the act an annex or a chain belongs to, just before it: `осы Қағидаларға`, `Ережелердің`
ACT_BEFORE = regex.compile(
    r"(?:\b(?P<this>[Оо]сы)\s+)?(?P<act>" + "|".join(
        ("Ереже", "Қағида", "Заң", "Келісім", "қаулы", "бұйрық", "Кодекс", "Жарлық",
         "Нұсқаулық", "Тәртіп", "шешім", "Стандарт", "Регламент")) + r")\p{L}*\s+$",
    regex.IGNORECASE)
_RANK = {kind: rank for rank, kind in enumerate(
    ("part", "sec", "chp", "subchp", "art", "para", "subpara", "indent"))}
MAX_RANGE = 50  # `5-8 тармақтарын` is spelled out; a wider "range" is a misread number
_NUMBER = regex.compile(r"\d+(?:-\d+)?")
# `осы тармақтың`, `осы баптың`: the enclosing unit of that kind
THIS_UNIT = regex.compile(r"\b[Оо]сы\s+" + _UNIT_WORD)
# `осы Қағидалардың`, `осы Ереженің`, `осы Заңның`: this very act
THIS_ACT = regex.compile(
    r"\b[Оо]сы\s+(?P<act>Ереже|Қағида|Заң|Келісім|қаулы|бұйрық|Кодекс|Жарлық|Нұсқаулық|Тәртіп)"
    r"\p{L}*\s+$", regex.IGNORECASE)
# another act named just before a chain: `... Заңы 5-бабының`, `... келісімнің 5-бабының`
OTHER_ACT = regex.compile(
    # (a stem's last consonant voices before a vowel: `Жарлығы`, `бұйрығы`)
    r"(?P<act>Заң|Кодекс|келісім|шарт|қаулы|Жарлы[қғ]|бұйры[қғ]|конвенция|хаттама)\p{L}*\s+$",
    regex.IGNORECASE)
ACT_WINDOW = 200  # characters before a chain that can hold `осы Қағидалардың` / `... Заңы`
_TITLE = regex.compile(r"«(?P<title>[^«»]{3,300})»\s*(?:[^«»]{0,80})$")


# Necessary words: every CHAIN and THIS_UNIT match has a unit word (THIS_UNIT's lower-case,
# CHAIN's in any case: its casefold), every ANNEX match `қосымша` in any case. A unit with
# none of them (most) is not searched. (A letter that matches a Cyrillic one ignoring case
# casefolds to it.)
_UNIT_STEMS = ("бөлім", "тарау", "параграф", "бап", "баб", "тармақ", "тармағ", "абзац")


def find_references(text: str) -> list[Reference]:
    """References in one unit's text; internal ones unresolved (see `resolve`)."""
    found: list[Reference] = []
    folded = text.casefold()
    units = any(stem in folded for stem in _UNIT_STEMS)
    for m in CHAIN.finditer(text) if units else ():
        steps = [(unit_kinds(s.group("word")), _numbers(s)) for s in STEP.finditer(m.group(0))]
        if not steps:
            continue
        # a chain runs from the larger unit to the smaller; `4) тармақшасында 3-бабының`
        # (a stream-order extractor's displaced genitive) is read in that order too
        steps.sort(key=lambda step: _RANK.get(step[0][0], len(_RANK)))
        end = m.start() + len(m.group(0).rstrip())  # the chain's trailing space is not in it
        # the act's name ends where the chain starts: read just the words before it, not
        # all the text before every chain (quadratic in a unit of many references)
        lo = max(0, m.start() - ACT_WINDOW)
        this_act = THIS_ACT.search(text, lo, m.start())
        if this_act:
            start = this_act.start()
            found += _each(text[start:end], start, end, steps, act=act_stem(this_act["act"]))
            continue
        other = OTHER_ACT.search(text, lo, m.start())
        if other:
            found += _each(text[other.start():end], other.start(), end, steps,
                           external=external_of(text, other,
                                              [(k, n[0]) for k, n in steps]))
            continue
        named = ACT_BEFORE.search(text, lo, m.start())
        start = named.start() if named else m.start()
        found += _each(text[start:end], start, end, steps,
                       act=act_stem(named["act"]) if named else None)
    for m in ANNEX.finditer(text) if "қосымша" in folded else ():
        if any(r.start <= m.start() < r.end for r in found):
            continue
        numbers = _numbers(m) if (m["nums"] or m["subnums"] or m["lo"]) else (
            (m["sign"],) if m["sign"] else (None,))
        named = ACT_BEFORE.search(text, max(0, m.start() - ACT_WINDOW), m.start())
        if numbers == (None,) and named is None:
            continue  # `қосымша тексеру`: "additional"; an annex unnumbered is named by its act
        start = named.start() if named else m.start()
        found += _each(text[start:m.end()], start, m.end(), [(("annex",), numbers)],
                       act=act_stem(named["act"]) if named else None)
    for m in THIS_UNIT.finditer(text) if units else ():
        if not any(r.start <= m.start() < r.end for r in found):
            found.append(Reference(m.group(0), m.start(), m.end(), (), this_unit=m.group("word")))
    return sorted(found, key=lambda r: r.start)


def _numbers(m: regex.Match) -> tuple[str | None, ...]:
    """The numbers one step names: `5` → (5,); `9 және 10` → (9, 10); `5-8` → (5, 6, 7, 8)."""
    if m["lo"]:
        lo, hi = int(m["lo"]), int(m["hi"])
        if lo < hi <= lo + MAX_RANGE:
            return tuple(str(n) for n in range(lo, hi + 1))
        return (f"{m['lo']}-{m['hi']}",)
    listed = m["nums"] or m["subnums"] or ""
    return tuple(_NUMBER.findall(listed)) or (None,)


def _each(text: str, start: int, end: int, steps, **kw) -> list[Reference]:
    """One reference per target: the last step with several numbers fans out."""
    chains: list[list[tuple[tuple[str, ...], str | None]]] = [[]]
    for kinds, numbers in steps:
        chains = [chain + [(kinds, n)] for chain in chains for n in numbers]
    return [Reference(text, start, end, tuple(chain), **kw) for chain in chains]


_ACT_STEMS = ("ереже", "қағида", "заң", "келісім", "қаулы", "бұйрық", "кодекс", "жарлық",
              "нұсқаулық", "тәртіп", "шешім", "стандарт", "регламент")


_OWN = regex.compile(r"\bосы\b", regex.IGNORECASE)


def names_own(text: str) -> bool:
    """Whether a reference's words say it is to this very document (`осы тармақ`)."""
    return _OWN.search(text) is not None


def act_stem(word: str | None) -> str | None:
    """`Қағидаларға` → `қағида`: the act word a reference or a component is named by."""
    if not word:
        return None
    w = word.casefold()
    return next((stem for stem in _ACT_STEMS if w.startswith(stem)), None)


def unit_kinds(word: str) -> tuple[str, ...]:
    """The unit kinds a Kazakh unit word may name (`тармағы` → para)."""
    w = word.casefold()
    for stem in sorted(UNIT_WORDS, key=len, reverse=True):
        if w.startswith(stem):
            return UNIT_WORDS[stem]
    return ()


def external_of(text: str, act: regex.Match, steps) -> dict:
    """What can be read of another act: its type, title, date, and the unit chain."""
    window = text[max(0, act.start() - 400):act.end()]
    title = _TITLE.search(window[: window.rfind(act.group(0))] if act.group(0) in window else "")
    date = parse_date(window[-200:])
    out: dict = {"act_type": _act_type(act.group("act"))}
    if title:
        out["title"] = title.group("title").strip()
    if date:
        out["date"] = date[0]
    for kinds, num in steps:
        if kinds:  # (a unit word no kind is known for names no step)
            out[STEP_KEYS.get(kinds[0], kinds[0])] = num
    return out


# a chapeau that names, in the locative or dative, the act its items amend: `2003 жылғы 20
# маусымдағы Қазақстан Республикасының Жер кодексінде (...):`, `... Заңына мынадай
# өзгерістер енгізілсін:`
AMENDED_IN = regex.compile(
    r"(?P<act>(?:кодекс|заң(?!нама)|қаулы|бұйры[қғ]|шешім|жарлы[қғ]|келісім)\p{L}*?"
    r"(?:інде|ында|нде|нда|іне|ына|не|на))\b"
    # only the act's citation in brackets, and what is done to it, before the colon
    r"\s*(?:\((?:[^()]|\([^()]*\))*\))?\s*(?:мынадай\s+(?:өзгеріс|толықтыру)[^:]*)?:\s*$",
    regex.I)
MAX_AMENDED_REACH = 3000  # characters before a chapeau's colon where the amended act is named
_ACT_WORD = regex.compile(r"(?P<act>\p{L}+)")


def amended_external(chapeau: str, steps) -> dict | None:
    """The unit `steps` of the act a chapeau's items amend, where the chapeau (ending in a
    colon) names that act (`... Жер кодексінде (...): 1) 24-баптың ...`); None otherwise."""
    act = _amended_act(chapeau)
    return None if act is None else external_of(chapeau, act, steps)


@functools.lru_cache(maxsize=8)  # asked once per reference of the items under one chapeau
def _amended_act(chapeau: str) -> regex.Match | None:
    # (its last characters only: the act's citation may be long, the chapeau longer; the
    # act's word alone is returned: its title and date are read before it)
    m = AMENDED_IN.search(chapeau, max(0, len(chapeau) - MAX_AMENDED_REACH))
    return _ACT_WORD.match(chapeau, m.start("act")) if m else None


def _act_type(word: str) -> str:
    w = word.casefold()
    for stem, act in (("заң", "law"), ("кодекс", "code"), ("келісім", "agreement"),
                      ("шарт", "treaty"), ("қаулы", "resolution"), ("жарлық", "decree"),
                      ("жарлығ", "decree"), ("бұйрық", "order"), ("бұйрығ", "order"),
                      ("конвенция", "convention"), ("хаттама", "protocol")):
        if w.startswith(stem):
            return act
    return "act"


_ANNEX_LABEL = regex.compile(
    r"(?P<word>\p{L}+)?\s*(?:(?P<num>\d+)\s*-\s*|[NН№]\s*(?P<sign>\d+)\s+)қосымша\b",
    regex.IGNORECASE)


def annex_label(stamp: str) -> tuple[str | None, str | None]:
    """An annex's own number and the act word it is annexed to, read from its stamp.

    `... бару қағидаларына 2-қосымша` → ("2", "қағида"); `1-қосымша` → ("1", None).
    """
    m = _ANNEX_LABEL.search(stamp)
    if m is None:
        return None, None
    return m["num"] or m["sign"], act_stem(m["word"])
