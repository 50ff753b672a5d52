"""What a Russian list's chapeau tells its items (the Kazakh discourse rules, in Russian).

`Уполномоченный орган:` names the actor of items that each have a verb; `Комиссия
рассматривает:` / `Комиссия не рассматривает:` states its predicate item by item (each
item a duty, or a ban, of the chapeau's actor); `Отделу ... обеспечить:` addresses its
items to the dative; `... запрет сроком на 3 года на приобретение:` sets a time that holds
for every item; `используются следующие понятия:` opens a glossary. A chapeau that
chooses one of its items (`принимает одно из следующих решений:`) or lists the areas of
its one duty (`по следующим направлениям:`), its stages (`включает в себя:`), the things
it hands over (`представляет следующие документы: 1) проект протокола;`) or whom its one
ban concerns (`Не допускаются ... претенденты: 1) имеющие ...`) keeps that duty to itself.
"""

from __future__ import annotations

import regex

from ..base import UnitContext
from .actors import canonical, chapeau_actor
from .deadlines import find_deadlines
from .definitions import GLOSSARY_CHAPEAU, looks_like_glossary_item
from .obligations import find_cue, split_clauses

# `одно из следующих решений:`: the items are alternatives, one duty chooses among them
ONE_OF = regex.compile(r"\b(?:одн\p{L}*|один|любо\p{L}*)\s+из\s+(?:следующ|указанн|перечисленн)",
                       regex.I)
# `..., за исключением:`, `не допускается, кроме случаев:`: the items are the exceptions to
# the chapeau's one duty or ban, no duties of their own
EXCEPTIONS = regex.compile(r"(?:за\s+исключением|кроме)(?:\s+\p{L}+){0,2}\s*:\s*$", regex.I)
# `по следующим направлениям:`: the items are the areas of the one duty; `в следующих
# случаях:`, the cases in which it is done; `в следующем порядке:`, its steps; `с
# приложением:`, what goes with it
AREAS = regex.compile(r"\bпо\s+следующим\s+(?:\p{L}+\s+){0,2}?(?:направлени|вопрос|сфер|"
                      r"област)\p{L}*|\bв\s+следующих\s+(?:\p{L}+\s+){0,2}?случаях|"
                      r"\bпо\s+(?:двум|трем|трём|четырем|четырём)\s+(?:\p{L}+\s+)?направлени|"
                      r"\bв\s+следующем\s+порядке|\bс\s+приложением\s*:|"
                      # `Конкурс ... включает в себя:`: its stages, what it is made of
                      r"\bвключа\p{L}*(?:\s+в\s+себя)?\s*:\s*$|\bсостоит\s+из\s*:\s*$",
                      regex.I)
# the object a chapeau's verb announces (`... следующие документы:`)
OBJECTS = regex.compile(r"\bследующ\p{L}*\s+(?:\p{L}+\s+){0,2}?\p{L}+\s*:\s*$", regex.I)
# an item that names an act: an infinitive or a verbal noun first (`рассмотрение ...`,
# `принять ...`), not a thing (`проект протокола;`, `заполненные оценочные листы;`)
_ACT_ITEM = regex.compile(r"^\W*(?:\p{L}+\s+){0,2}?\p{L}+(?:[ая]ние|ение|тие|ция|ть|ться|ти)\b",
                          regex.I)
# `Не допускаются ... претенденты: 1) имеющие ...; 2) на основании ...`: items that say
# which of the chapeau's nouns it means (a participle or a qualifying phrase), not acts
_QUALIFIER_ITEM = regex.compile(
    r"^\W*(?:\p{L}+(?:щ|вш|нн|[еи]м)(?:ий|ый|ая|ое|ее|ие|ые|ых|ым|ими|его|ого|ей|ой|ую)"
    r"|на\s+основании|в\s+отношении"
    # (`деятельность которых приостановлена`, `учредителями (участниками) ... которых`)
    r"|(?:[\p{L}\-(),]+\s+){0,12}котор\p{L}+)\b", regex.I)
# `Права:`, `Комиссия имеет следующие права:`: each item is a right (not `Права и обязанности:`)
RIGHTS = regex.compile(r"(?:^|\s)(?:права|имеет\s+(?:следующие\s+)?права)\s*:\s*$", regex.I)
# `..., где:` under a formula: its items say what the symbols stand for (`С – стоимость
# ...;`), neither terms of the act nor acts
LEGEND = regex.compile(r"(?:^|[\s,])(?:где|здесь)\s*:\s*$", regex.I)
# `... приводится к пятибалльной системе оценок, а именно:`, `... вычисляется по
# следующей формуле:`: the items spell out the complement of a predicate the chapeau has
# completed (or the formula and its legend); its one duty stays with it
NAMELY = regex.compile(r"\bа\s+именно\s*:\s*$|\bформул\p{L}*\s*:\s*$", regex.I)


def frame_list(chapeau_text: str, chapeau_base: int,
               items: list) -> tuple[dict[str, UnitContext], bool]:
    """For each item: the chapeau's actor, the modality it bears, glossary or not; and
    whether the chapeau states its predicate item by item (then it bears none itself)."""
    contexts: dict[str, UnitContext] = {}
    chapeau_cue = find_cue(chapeau_text.rstrip(" :"))
    legend = bool(LEGEND.search(chapeau_text))
    # (items that look like terms under a chapeau with a predicate of its own, `конкурс
    # проводится: 1) первый этап – ...;`, are its stages, not terms)
    glossary = not legend and (bool(GLOSSARY_CHAPEAU.search(chapeau_text)) or (
        len(items) >= 2 and all(looks_like_glossary_item(u.text) for u in items)
        and chapeau_cue is None))
    own = [find_cue(split_clauses(u.text)[-1].text) if u.text.strip() else None
           for u in items]
    closer = own[-1].modality if own and own[-1] is not None else None
    np = chapeau_actor(chapeau_text)
    actor = None
    if np is not None:
        actor = (np.surface(chapeau_text), canonical(np, chapeau_text),
                 chapeau_base + np.start, chapeau_base + np.end)
    # `... запрет сроком на 3 года на приобретение:`: a time the chapeau sets holds for all
    bound = next(((d, chapeau_base) for d in find_deadlines(chapeau_text) if not d.weak), None)
    exceptions = bool(EXCEPTIONS.search(chapeau_text))
    objects = chapeau_cue is not None and _items_of_one_duty(chapeau_text, chapeau_cue, items, own)
    distributes = (chapeau_cue is not None and chapeau_text.rstrip().endswith(":")
                   and not glossary and not ONE_OF.search(chapeau_text)
                   and not AREAS.search(chapeau_text) and not exceptions
                   and not NAMELY.search(chapeau_text) and not objects)
    if chapeau_cue is not None or exceptions or legend:
        closer = chapeau_cue.modality if distributes else None
    # `Запрещается:`, `Участникам конкурса запрещается:`: the items' infinitives complete
    # the predicate that ends the chapeau
    governs = chapeau_cue is not None and distributes and \
        not chapeau_text.rstrip(" :")[chapeau_cue.end:].strip()
    # `Права:`: the items' infinitives are what the holder may do
    if chapeau_cue is None and not glossary and RIGHTS.search(chapeau_text):
        closer, governs = "permission", True
    for unit, cue in zip(items, own):
        # numbered items each bear the chapeau's (or the closing verb's) duty; unnumbered
        # ones only under a chapeau that states its predicate item by item
        applies = cue is None and (distributes or unit.kind != "indent") \
            and not (unit.kind == "indent" and _formula_line(unit.text))
        contexts[unit.eid] = UnitContext(
            chapeau_actor=None if actor is None else (actor[0], actor[1]),
            chapeau_span=None if actor is None else (actor[2], actor[3]),
            closer=closer if (applies or governs) and not glossary else None,
            in_glossary=glossary, chapeau_deadline=bound, infinitives_governed=governs)
    return contexts, distributes


def _items_of_one_duty(chapeau_text: str, chapeau_cue, items: list, own: list) -> bool:
    """Whether the items under a chapeau with its verb are what its one duty is about, no
    duties each (FORMAT.md: an unnumbered item bears the chapeau's duty only when it
    names an act)."""
    cues_none = all(cue is None for cue in own)
    # `... представляет в финансовое подразделение следующие документы:`: the things its
    # one duty hands over, unnumbered lines, or numbered things (`1) проект протокола;`)
    if OBJECTS.search(chapeau_text[chapeau_cue.end:]) and (
            all(u.kind == "indent" for u in items)
            or cues_none and not any(_ACT_ITEM.search(u.text) for u in items)):
        return True
    if not items or not cues_none:
        return False
    # `2) осуществляет согласование: правил ...; списка ...;`: unnumbered lines that name
    # no act
    if all(u.kind == "indent" and not _ACT_ITEM.search(u.text) for u in items):
        return True
    # `конкурс проводится: 1) первый этап – ...;`: items that read `X – Y` are the parts
    # (stages, criteria) of the one duty
    if len(items) >= 2 and all(looks_like_glossary_item(u.text) for u in items):
        return True
    # `Не допускаются к участию претенденты:`: the items qualify who the one ban concerns
    # (the chapeau goes on past its verb to that noun; `Комиссия рассматривает:` does not)
    return bool(chapeau_text.rstrip(" :")[chapeau_cue.end:].strip()) and all(
        _QUALIFIER_ITEM.search(u.text) for u in items)


_FORMULA = regex.compile(r"\S\s*=\s*\S")
# a legend line: a symbol or a few (`С`, `ПР`, `С1, С2, Сn`), a dash, what it stands for
_LEGEND = regex.compile(r"^\p{L}{1,3}\d*(?:\s*,\s*\p{L}{1,3}\d*)*\s*[–—-]\s")


def _formula_line(text: str) -> bool:
    """A formula (`С = ПР + КР, где:`) or a line of its legend (`ПР – прямые расходы;`):
    what an amount is made of, no act for a list's closing verb to make a duty of."""
    return bool(_FORMULA.search(text) or _LEGEND.match(text)) or looks_like_glossary_item(text)
