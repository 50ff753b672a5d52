"""What a Kazakh list's chapeau tells its items.

`Министрлік:` names the actor of items that each have a verb; `Комиссия мынадай
функцияларды жүзеге асырады:` states its predicate item by item; a verb closing the last
item (`... жүргізуі қажет.`) governs them all; `... субъектілеріне 3 жыл мерзімге:` sets a
time that holds for every item; `мынадай ұғымдар пайдаланылады:` opens a glossary.
"""

from __future__ import annotations

import regex

from ..segment.model import Unit
from .base import UnitContext
from .deadlines import find_deadlines
from .definitions import GLOSSARY_CHAPEAU, looks_like_glossary_item
from .obligations import (
    AREAS,
    bare_subject_chapeau,
    canonical_actor,
    chapeau_end_actor,
    competence_chapeau_holder,
    competence_holder,
    find_cue,
    find_subject,
    is_act_item,
    split_clauses,
)

# `Тексеру комиссиясының құқықтары:`: each item is a right (not `құқықтары мен міндеттері:`)
RIGHTS = regex.compile(r"(?<!міндеттері\s+мен\s+)құқықтар(?:ы|ын)?(?:\s+бар)?\s*:\s*$", regex.I)
# `..., мұнда:` under a formula: its items say what the symbols stand for (`W – ...
# индексі;`), neither terms of the act nor acts
LEGEND = regex.compile(r"(?:^|[\s,])мұнда(?:ғы)?\s*:\s*$", regex.I)
# `... жүзеге асырылады, атап айтқанда:`, `... мынадай формула бойынша есептеледі:`: the
# items spell out the complement of a predicate the chapeau has completed (or the formula
# and its legend); its one duty stays with it
NAMELY = regex.compile(r"атап\s+айтқанда\s*:\s*$|формула\p{L}*\s+бойынша", regex.I)


def frame_list(chapeau_text: str, chapeau_base: int,
               items: list[Unit]) -> tuple[dict[str, UnitContext], bool]:
    """What a Kazakh chapeau tells its items, and whether it states its predicate item by item."""
    contexts: dict[str, UnitContext] = {}
    # a glossary by its chapeau, or by its items: every one `short term – what it is`
    # (`мынадай азаматтарына қолданылады: 1) аға менеджерлер - бірінші басшылар ...`)
    own = [find_cue(split_clauses(u.text)[-1].text) if u.text.strip() else None
           for u in items]
    closer = own[-1].modality if own and own[-1] is not None else None
    # `1) ... өтініші; 2) ... қолдаухаты; 3) ... санкциясы талап етіледі.`: a passive closer
    closer_passive = bool(own and own[-1] is not None and own[-1].passive)
    # (items that only look like terms, `тоқсан қорытындысы бойынша – ... кешіктірмей`, whose
    # last one closes with a duty's verb, `... жүргізіледі.`, are that duty's items)
    legend = bool(LEGEND.search(chapeau_text))
    glossary = not legend and (bool(GLOSSARY_CHAPEAU.search(chapeau_text)) or (
        len(items) >= 2 and closer is None
        and all(looks_like_glossary_item(u.text) for u in items)))
    # `... кіру үшін ғалымның:` (whose attributes the items are), `... иеленушілерге:`
    # under `рұқсат етіледі` (to whom the items are allowed): the actor closes the chapeau
    # `Қордың өкілеттіктеріне:`: whose competence the items are
    subject = chapeau_end_actor(chapeau_text, dative=closer in ("permission", "prohibition")) \
        or competence_holder(chapeau_text) or competence_chapeau_holder(chapeau_text) \
        or find_subject(chapeau_text, len(chapeau_text))
    if subject is None and sum(cue is not None for cue in own) * 2 > len(items):
        subject = bare_subject_chapeau(chapeau_text)  # `Тәлімгер:`, its items' predicates
    actor = None
    if subject is not None:
        actor = (subject[0], canonical_actor(subject[0]),
                 chapeau_base + subject[1], chapeau_base + subject[2])
    # `... субъектілеріне 3 жыл мерзімге:`: a time the chapeau sets holds for every item
    bound = next(((d, chapeau_base) for d in find_deadlines(chapeau_text)
                  if not d.weak), None)
    chapeau_cue = find_cue(chapeau_text.rstrip(" :"))
    # items that name no acts (`өтінішті қанағаттандыру туралы;`, `тәртіптілік;`) are what
    # the chapeau's one duty is about: the duty stays with the chapeau
    acts = sum(1 for u, cue in zip(items, own) if cue is not None or is_act_item(u.text))
    # `мынадай негізгі бағыттар бойынша ынтымақтастықты жүзеге асырады:`: the items
    # are the areas of the one duty, not duties each
    distributes = (chapeau_cue is not None and chapeau_text.rstrip().endswith(":")
                   and 2 * acts > len(items) and not AREAS.search(chapeau_text)
                   and not NAMELY.search(chapeau_text))
    if legend:
        closer = None
    rights = chapeau_cue is None and not glossary and bool(RIGHTS.search(chapeau_text))
    if rights:
        closer = "permission"
    if glossary:
        distributes = False  # a glossary's items say what terms mean: no duty is closed
    if chapeau_cue is not None and not distributes or glossary:
        closer = None
    if distributes:
        # `Комиссия мынадай функцияларды жүзеге асырады:`: the items are what the chapeau's
        # predicate does, each a duty of its own; the chapeau states none besides them
        closer = chapeau_cue.modality
    for unit, cue in zip(items, own):
        # numbered items each bear the closing verb's duty (FORMAT.md); unnumbered ones only
        # when they name acts (`... сақтауы;`): a list of things (`... көшірмесі;`) is the
        # object of the one verb that closes it
        applies = cue is None and (distributes or unit.kind != "indent"
                                   or is_act_item(unit.text))
        contexts[unit.eid] = UnitContext(
            chapeau_actor=None if actor is None else (actor[0], actor[1]),
            chapeau_span=None if actor is None else (actor[2], actor[3]),
            closer=closer if applies else None, in_glossary=glossary,
            closer_passive=closer_passive and applies and closer is not None,
            chapeau_deadline=bound, rights=rights)
    return contexts, distributes
