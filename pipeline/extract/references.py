"""Cross-references: `осы Қағидалардың 4-тармағы`, `осы тармақтың`, `5-бабының 8) тармақшасы`,
and references to other acts (`«...» 2015 жылғы 18 қарашадағы ... Заңы 11-бабының 11-тармағы`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..segment.dates import parse_date

# unit words and the unit kinds they may name (бөлім is a part or a numbered section)
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "бөлім": ("part", "sec"), "тарау": ("chp", "sec"), "параграф": ("subchp",),
    "бап": ("art",), "баб": ("art",), "тармақша": ("subpara",), "тармақ": ("para",),
    "тармағ": ("para",), "абзац": ("indent",),
}
_UNIT_WORD = r"(?P<word>бөлім|тарау|параграф|бап|баб|тармақша|тармақ|тармағ|абзац)\p{L}*"
# one step of a chain: `5-бабының`, `2-тармағы`, `8) тармақшасына`
STEP = regex.compile(
    r"(?:(?P<num>\d+(?:-\d+)?)-|(?P<subnum>\d+)\)\s+)" + _UNIT_WORD, regex.IGNORECASE)
CHAIN = regex.compile(
    r"(?:(?:\d+(?:-\d+)?-|\d+\)\s+)(?:бөлім|тарау|параграф|бап|баб|тармақша|тармақ|тармағ|абзац)"
    r"\p{L}*(?:\s+(?:және|мен|,)\s*(?=\d))?\s*)+", regex.IGNORECASE)
# `осы тармақтың`, `осы баптың`: the enclosing unit of that kind
THIS_UNIT = regex.compile(r"\b[Оо]сы\s+" + _UNIT_WORD)
# `осы Қағидалардың`, `осы Ереженің`, `осы Заңның`: this very act
THIS_ACT = regex.compile(
    r"\b[Оо]сы\s+(?P<act>Ереже|Қағида|Заң|Келісім|қаулы|бұйрық|Кодекс|Жарлық|Нұсқаулық|Тәртіп)"
    r"\p{L}*\s+$", regex.IGNORECASE)
# another act named just before a chain: `... Заңы 5-бабының`, `... келісімнің 5-бабының`
OTHER_ACT = regex.compile(
    r"(?P<act>Заң|Кодекс|келісім|шарт|қаулы|Жарлық|бұйрық|конвенция|хаттама)\p{L}*\s+$",
    regex.IGNORECASE)
ACT_WINDOW = 200  # characters before a chain that can hold `осы Қағидалардың` / `... Заңы`
_TITLE = regex.compile(r"«(?P<title>[^«»]{3,300})»\s*(?:[^«»]{0,80})$")


@dataclass(frozen=True)
class Reference:
    text: str
    start: int
    end: int
    steps: tuple[tuple[tuple[str, ...], str], ...]  # ((kinds, number), ...) outermost first
    this_unit: str | None = None  # `осы тармақтың`: kind word of the enclosing unit
    external: dict | None = field(default=None, compare=False)


def find_references(text: str) -> list[Reference]:
    """References in one unit's text; internal ones unresolved (see `resolve`)."""
    found: list[Reference] = []
    for m in CHAIN.finditer(text):
        steps = tuple((unit_kinds(s.group("word")), s.group("num") or s.group("subnum"))
                      for s in STEP.finditer(m.group(0)))
        if not steps:
            continue
        end = m.start() + len(m.group(0).rstrip())  # the chain's trailing space is not in it
        # the act's name ends where the chain starts: read just the words before it, not
        # all the text before every chain (quadratic in a unit of many references)
        lo = max(0, m.start() - ACT_WINDOW)
        this_act = THIS_ACT.search(text, lo, m.start())
        if this_act:
            start = this_act.start()
            found.append(Reference(text[start:end], start, end, steps))
            continue
        other = OTHER_ACT.search(text, lo, m.start())
        if other:
            found.append(Reference(text[other.start():end], other.start(), end, steps,
                                   external=_external(text, other, steps)))
            continue
        found.append(Reference(text[m.start():end], m.start(), end, steps))
    for m in THIS_UNIT.finditer(text):
        if not any(r.start <= m.start() < r.end for r in found):
            found.append(Reference(m.group(0), m.start(), m.end(), (), this_unit=m.group("word")))
    return sorted(found, key=lambda r: r.start)


def unit_kinds(word: str) -> tuple[str, ...]:
    """The unit kinds a Kazakh unit word may name (`тармағы` → para)."""
    w = word.casefold()
    for stem in sorted(UNIT_WORDS, key=len, reverse=True):
        if w.startswith(stem):
            return UNIT_WORDS[stem]
    return ()


def _external(text: str, act: regex.Match, steps) -> dict:
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
        key = {"art": "article", "para": "point", "subpara": "subpoint", "chp": "chapter",
               "part": "part", "subchp": "paragraph", "indent": "indent"}.get(kinds[0], kinds[0])
        out[key] = num
    return out


def _act_type(word: str) -> str:
    w = word.casefold()
    for stem, act in (("заң", "law"), ("кодекс", "code"), ("келісім", "agreement"),
                      ("шарт", "treaty"), ("қаулы", "resolution"), ("жарлық", "decree"),
                      ("бұйрық", "order"), ("конвенция", "convention"), ("хаттама", "protocol")):
        if w.startswith(stem):
            return act
    return "act"
