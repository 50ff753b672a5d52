"""Russian cross-references: `пунктом 4 настоящих Правил`, `подпунктом 2) пункта 3`,
`статьей 5`, `главой 2`, `приложению 1 к настоящим Правилам`, `настоящего пункта`, and
references to other acts (`статьи 3 Закона Республики Казахстан «О науке»`).

The Russian chain runs the other way round from the Kazakh one: innermost unit first,
then the units it belongs to, then the act (`подпункта 2) пункта 3 статьи 5 настоящего
Закона`). The payload is the shared `Reference`, steps outermost first, so `extract`
resolves it exactly as a Kazakh one.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from ..base import STEP_KEYS, Reference
from .morphology import lemma

# unit words (lemmas) and the unit kinds they may name (раздел is a part or a numbered
# section, глава a chapter or a section)
UNIT_LEMMAS: dict[str, tuple[str, ...]] = {
    "раздел": ("part", "sec"), "глава": ("chp", "sec"), "параграф": ("subchp",),
    "статья": ("art",), "пункт": ("para",), "подпункт": ("subpara",), "абзац": ("indent",),
}
_UNIT_WORD = r"(?P<word>раздел|глав|параграф|стат(?:ья|ьи|ье|ью|ьей|ьям|ьями|ьях|ей)|" \
             r"подпункт|пункт|абзац)\p{L}*"
_NUM = r"\d+(?:-\d+)?"
_AND = r"(?:\s*,\s*|\s+(?:и|или|либо)\s+|\s*,\s*(?:и|или)\s+)"
# the numbers after a unit word: `4`, `1 и 3`, `1, 2 и 5`, `5-8` (a range: `5 - 8`),
# sub-point labels `2)`, `1) и 3)`, `5-1)`; `№ 2`
_NUMBERS = (r"(?:№\s*)?(?:(?P<lo>\d+)\s*[-–]\s*(?P<hi>\d+)(?![\d\)\-])"
            r"|(?P<subnums>" + _NUM + r"\)(?:" + _AND + _NUM + r"\))*)"
            r"|(?P<nums>" + _NUM + r"(?:" + _AND + _NUM + r"(?!\)))*))")
STEP = regex.compile(r"(?<![\p{L}\d])" + _UNIT_WORD + r"\s+" + _NUMBERS, regex.IGNORECASE)
# a chain of steps, innermost first: `подпункта 2) пункта 3 статьи 5`
_STEP_PLAIN = regex.sub(r"\?P<\w+>", "?:", r"(?<![\p{L}\d])" + _UNIT_WORD + r"\s+" + _NUMBERS)
CHAIN = regex.compile(_STEP_PLAIN + r"(?:\s+" + _STEP_PLAIN + r")*", regex.IGNORECASE)
# documents a chain or an annex may belong to, as lemmas: this act's own (`настоящих
# Правил`) or another one (`Закона`, `Кодекса`)
ACT_LEMMAS = ("правило", "положение", "порядок", "постановление", "приказ", "решение",
              "закон", "кодекс", "соглашение", "договор", "инструкция", "регламент",
              "стандарт", "указ", "распоряжение", "конвенция", "протокол", "методика",
              "конституция", "перечень")
# acts a reference names without `настоящий` and still means one of this document's
# components (the Rules an order approves); the others are other acts
INTERNAL_ACTS = {"правило", "положение", "порядок", "инструкция", "регламент", "стандарт",
                 "методика", "перечень"}
_ACT_TYPES = {"закон": "law", "кодекс": "code", "соглашение": "agreement", "договор": "treaty",
              "постановление": "resolution", "указ": "decree", "приказ": "order",
              "конвенция": "convention", "протокол": "protocol", "распоряжение": "order",
              "решение": "decision", "конституция": "constitution"}
# the act after a chain: `настоящих Правил`, `настоящего постановления`, `Закона Республики
# Казахстан`, `Конституционного закона`, `Административного процедурно-процессуального
# кодекса`: up to three adjectives before the act word
ACT_AFTER = regex.compile(
    r"^\s*(?P<this>настоящ\p{L}*\s+|данн\p{L}*\s+)?"
    r"(?P<adjs>(?:[\p{L}\-]+(?:ого|его|ой|ей|ых|их|ым|им|ому|ему)\s+){0,3})"
    r"(?P<act>[\p{L}]+)", regex.IGNORECASE)
# an annex: `приложению 1 к настоящим Правилам`, `приложением № 2`, `приложения к
# настоящему приказу`, `(приложение 3)`
ANNEX = regex.compile(
    r"(?<![\p{L}\d])приложени\p{L}*(?:\s+(?:№\s*)?(?P<num>\d+))?"
    r"(?:\s+к\s+(?P<this>настоящ\p{L}*\s+)?(?P<act>[\p{L}]+))?", regex.IGNORECASE)
# `настоящего пункта`, `настоящей статьи`: the enclosing unit of that kind
THIS_UNIT = regex.compile(
    r"(?<![\p{L}\d])(?:настоящ|данн)\p{L}*\s+(?P<word>подпункт|пункт|стать|глав|раздел|"
    r"параграф)\p{L}*(?!\s+\d)", regex.IGNORECASE)
ACT_WINDOW = 200  # characters after a chain that can hold its act's name and title
_TITLE = regex.compile(r"^[^«»]{0,120}?«(?P<title>[^«»]{3,300})»")
_DATE = regex.compile(r"от\s+(\d{1,2})\s+(\p{L}+)\s+(\d{4})", regex.IGNORECASE)


def find_references(text: str) -> list[Reference]:
    """References in one unit's text; internal ones unresolved (see `extract._resolve`)."""
    found: list[Reference] = []
    for m in CHAIN.finditer(text):
        chain = m.group(0)
        steps = [(unit_kinds(s.group("word"), bool(s["subnums"])), _numbers(s))
                 for s in STEP.finditer(chain)]
        if not steps:
            continue
        steps.reverse()  # outermost first
        end = m.start() + len(chain)
        act, this, act_end = _act_after(text, end)
        if act is not None and (this or act in INTERNAL_ACTS):
            found += _each(text[m.start():act_end], m.start(), act_end, steps, act=act)
        elif act is not None:
            # another act: each reference tells its own unit chain
            found += [replace(r, external=_external(text, act, act_end, r.steps))
                      for r in _each(text[m.start():act_end], m.start(), act_end, steps)]
        else:
            found += _each(text[m.start():end], m.start(), end, steps)
    for m in ANNEX.finditer(text):
        if any(r.start <= m.start() < r.end for r in found):
            continue
        act = act_stem(m["act"]) if m["act"] else None
        if m["num"] is None and act is None:
            continue  # `с приложением документов`: attached papers, not an annex named
        found += _each(m.group(0), m.start(), m.end(), [(("annex",), (m["num"],))], act=act)
    for m in THIS_UNIT.finditer(text):
        if not any(r.start <= m.start() < r.end for r in found):
            found.append(Reference(m.group(0), m.start(), m.end(), (), this_unit=m.group("word")))
    return sorted(found, key=lambda r: r.start)


def _act_after(text: str, end: int) -> tuple[str | None, bool, int]:
    """The act named right after a chain: (its lemma, named `настоящий`, where it ends)."""
    m = ACT_AFTER.match(text[end:end + ACT_WINDOW])
    if m is None:
        return None, False, end
    act = act_stem(m["act"])
    if act is None:
        return None, False, end
    return act, bool(m["this"]), end + m.end()


def _numbers(m: regex.Match) -> tuple[str | None, ...]:
    """`5` → (5,); `1 и 3` → (1, 3); `5-8` → (5, 6, 7, 8); `1) и 3)` → (1, 3)."""
    if m["lo"]:
        lo, hi = int(m["lo"]), int(m["hi"])
        if lo < hi <= lo + 50:
            return tuple(str(n) for n in range(lo, hi + 1))
        return (f"{m['lo']}-{m['hi']}",)
    listed = m["nums"] or m["subnums"] or ""
    return tuple(regex.findall(r"\d+(?:-\d+)?", listed)) or (None,)


def _each(text: str, start: int, end: int, steps, **kw) -> list[Reference]:
    """One reference per target: a step with several numbers fans out."""
    chains: list[list[tuple[tuple[str, ...], str | None]]] = [[]]
    for kinds, numbers in steps:
        chains = [chain + [(kinds, n)] for chain in chains for n in numbers]
    return [Reference(text, start, end, tuple(chain), **kw) for chain in chains]


_OWN = regex.compile(r"\b(?:настоящ\p{L}*|данн\p{L}*)\b", regex.IGNORECASE)


def names_own(text: str) -> bool:
    """Whether a reference's words say it is to this very document (`настоящего пункта`,
    `данной главы`)."""
    return _OWN.search(text) is not None


def act_stem(word: str | None) -> str | None:
    """`Правилам` → `правило`, `постановления` → `постановление`: the act word a
    reference or a component is named by (its lemma), or None."""
    if not word:
        return None
    first = word.split()[0] if word.split() else word
    found = lemma(first.strip("«»\"")).casefold()
    if found == "правила":
        found = "правило"
    return found if found in ACT_LEMMAS else None


def unit_kinds(word: str, sublabel: bool = False) -> tuple[str, ...]:
    """The unit kinds a Russian unit word may name (`пунктом` → para); numbers written as
    sub-point labels (`пунктами 1) и 2)`) name sub-points whatever the word."""
    if sublabel:
        return ("subpara",)
    w = word.casefold()
    if w.startswith("стат"):  # статья, статьи, ..., and the plural genitive статей
        return UNIT_LEMMAS["статья"]
    if w.startswith("подпункт"):
        return UNIT_LEMMAS["подпункт"]
    if w.startswith("пункт"):
        return UNIT_LEMMAS["пункт"]
    if w.startswith("глав"):
        return UNIT_LEMMAS["глава"]
    for stem in ("раздел", "параграф", "абзац"):
        if w.startswith(stem):
            return UNIT_LEMMAS[stem]
    return ()


def _external(text: str, act: str, act_end: int, steps) -> dict:
    """What can be read of another act: its type, title, date, and the unit chain."""
    after = text[act_end:act_end + 400]
    out: dict = {"act_type": _ACT_TYPES.get(act, "act")}
    title = _TITLE.match(after)
    if title:
        out["title"] = title.group("title").strip()
    date = _DATE.search(after[:title.start("title") if title else 120])
    if date:
        from .deadlines import parse_date_ru

        iso = parse_date_ru(" ".join(date.groups()))
        if iso:
            out["date"] = iso
    for kinds, num in steps:
        if kinds:  # (a unit word no kind is known for names no step)
            out[STEP_KEYS.get(kinds[0], kinds[0])] = num
    return out


_ANNEX_LABEL = regex.compile(
    r"[Пп]риложение\s*(?:№\s*)?(?P<num>\d+)?(?:\s+к\s+(?:настоящ\p{L}*\s+)?(?P<word>\p{L}+))?")


def annex_label(stamp: str) -> tuple[str | None, str | None]:
    """An annex's own number and the act word it is annexed to, read from its stamp.

    `Приложение 2 к Правилам посещения ...` → ("2", "правило"); `Приложение 1` → ("1", None);
    an approval stamp (`Утверждены приказом ...`) names no annex: (None, None).
    """
    m = _ANNEX_LABEL.search(stamp)
    if m is None:
        return None, None
    return m["num"], act_stem(m["word"])


# when a component's own word is unknown: the act word its type is named by
TYPE_STEMS = {"rules": "правило", "regulation": "положение", "resolution": "постановление",
              "order": "приказ", "decision": "решение", "decree": "указ", "law": "закон",
              "agreement": "соглашение", "instruction": "инструкция", "procedure": "порядок",
              "standard": "стандарт", "code": "кодекс"}
