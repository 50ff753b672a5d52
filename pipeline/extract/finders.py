"""The Kazakh finders of one unit, without spaCy: what the components run, and what
`extract` calls directly (a conversion need not load spaCy at all).

`find_obligations` reads the deontic clauses of a unit with the context its list
gives (see `base.UnitContext`); `find_in_unit` returns a unit's deadlines,
obligations and references as the spaCy components would carry them.
"""

from __future__ import annotations

import regex

from .base import Deadline, ObligationFound, UnitContext
from .deadlines import find_deadlines
from .morphology import case_of
from .obligations import (
    DEFINES,
    IMPERSONAL,
    NEGATED_ACT,
    NORMATIVE,
    Clause,
    canonical_actor,
    competence_holder,
    condition_of,
    defined_term_for,
    describes,
    find_cue,
    find_subject,
    formalizes_amendments,
    is_about_the_act,
    laid_on_actor,
    no_duty,
    opening_actor,
    opening_possessor,
    split_clauses,
    trigger_of,
    verbal_noun_agent,
)
from .references import Reference, find_references


def find_obligations(text: str, context: UnitContext | None = None) -> list[ObligationFound]:
    """Deontic clauses of one unit's text (see `obligations` for the cues)."""
    context = context or UnitContext()
    results: list[ObligationFound] = []
    previous: ObligationFound | None = None
    # the subject a clause of the sentence named (duty or not): `Үкіметі ... акционері болып
    # табылады, Қорды басқаруға қатысады` - the second predicate has the first one's subject
    said: tuple[int, tuple[str, int, int]] | None = None
    about: int | None = None  # the sentence in which the act speaks of itself
    clauses = split_clauses(text)
    for index, clause in enumerate(clauses):
        cue = find_cue(clause.text)
        modality = cue.modality if cue else None
        before = said if said is not None and said[0] == clause.sentence else None
        subject = find_subject(clause.text, cue.start if cue else len(clause.text), strict=True,
                               listed=context.chapeau_actor is not None)
        if subject is not None:
            said = (clause.sentence, (subject[0], clause.start + subject[1],
                                      clause.start + subject[2]))
        if context.distributes and index == len(clauses) - 1 \
                and clause.text.rstrip().endswith(":"):
            continue  # `... мынадай функцияларды жүзеге асырады:`: its items bear the duties
        if context.rights and modality == "obligation" and not cue.passive \
                and NORMATIVE.fullmatch(cue.text):
            modality = "permission"  # `1) ... құжаттаманы сұратады және алады;` under `құқықтары:`
        if cue is None and context.closer and index == len(clauses) - 1 \
                and not (no_duty(clause.text) and not _BEING.search(clause.text)):
            # (`... 10 тәулікті құрайды.`: a predicate of its own, what is, takes no duty; but
            # `... сыпайы қарым-қатынаста болады;` in a list of duties is how one must be)
            modality = context.closer  # a list item governed by the verb that closes the list
            if modality == "obligation" and NEGATED_ACT.search(clause.text):
                modality = "prohibition"  # `... кедергі келтірмеуге;` under `келіседі`
        # `... (бұдан әрі – Қағидалар) ... әзірленді және ... тәртібін айқындайды`: what the
        # act does, in every clause of the sentence in which it speaks of itself
        if is_about_the_act(clause.text):
            about = clause.sentence
        elif about == clause.sentence and not (cue is not None and DEFINES.search(clause.text)):
            about = None
        if modality is None or about == clause.sentence or (
                cue is not None and cue.passive_present
                and (describes(clause.text)
                     or formalizes_amendments(text, clause.start, clause.text))
                and not _has_binding_deadline(clause.text)):
            # (`отырыстары ... регламентке сәйкес жүргізіледі`: how a thing is done, by a rule
            # or by a vote, and no time to do it by - a description, not a duty)
            previous = None
            continue
        if _BRACKETED.fullmatch(clause.text):
            previous = None
            continue  # `(уәкілетті өкіл толтырады)`: a form's caption under its blank
        if _quoted(text, clause.start, context.quoted) or (
                cue is not None and _quoted(text, clause.start + cue.start, context.quoted)):
            previous = None
            continue  # the new wording an amendment quotes: a text of another act
        own_subject = _own_subject(clause, cue)
        # coordinated predicates of one subject (`ұйымдастырады, ... етеді`) are one duty,
        # unless `сондай-ақ` adds a duty of its own
        if previous is not None and previous.takes_in(clause, modality, own_subject, text):
            continue
        actor, canonical, from_chapeau = _actor(text, clause, cue, context, previous,
                                                before[1] if before else None)
        clause.condition = condition_of(clause.text)
        clause.trigger = trigger_of(clause.text)
        found = ObligationFound(modality, clause, actor, canonical, from_chapeau,
                                cue.text if cue else None)
        results.append(found)
        previous = found
    return results


_BRACKETED = regex.compile(r"\s*\([^()]*\)[\s.;]*")
_BEING = regex.compile(r"\bболады\W*$", regex.I)


def _quoted(text: str, at: int, open_before: bool) -> bool:
    """Whether `at` stands inside «...» (a quotation the unit may open before it starts)."""
    before = text[:at]
    if "«" not in before and "»" not in before:
        return open_before  # no quotation mark before `at`: the depth it started with
    depth = 1 if open_before else 0
    for ch in before:
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
    return depth > 0


def _own_subject(clause: Clause, cue) -> tuple[str, int, int] | None:
    if cue is not None and (cue.passive or cue.laid_on):
        return None
    # a subject proper: `комиссия мүшесін ... шеттетуді` is an object, the duty goes on
    return find_subject(clause.text, cue.start if cue else len(clause.text), strict=True)


def _after_its_object(text: str, np: tuple[str, int, int], limit: int) -> bool:
    """`... әрекет ету мерзімін сот айқындайды`: a bare noun after a marked (accusative)
    object and right before the verb is the subject (a bare noun alone there, `органдар
    құрады`, is an unmarked object)."""
    before = text[:np[1]].split()
    return bool(before) and case_of(before[-1].strip(",;")) == "accusative" \
        and len(text[np[2]:limit].split()) <= 1


def _has_binding_deadline(text: str) -> bool:
    return any(not d.weak and d.relation != "indefinite" for d in find_deadlines(text))


def _actor(text: str, clause: Clause, cue, context: UnitContext, previous,
           said: tuple[str, int, int] | None = None):
    """The clause's actor: (surface, start, end), canonical, whether from the chapeau.

    `said` is a subject an earlier clause of the sentence named, with no duty of its own.
    """
    if cue is not None and cue.laid_on:
        # a duty laid on someone (`... жүктеледі`), or a power given (`... уәкілдік берілген`)
        np = laid_on_actor(text, clause.start + cue.start,
                           dative=cue.modality == "permission")
        if np:
            return np, _canonical(np[0], context, text[np[2]:]), False
    if cue is not None and cue.passive:
        return None, None, False
    if cue is not None and cue.text.casefold().endswith(("жатады", "кіреді")):
        # `Төрағаның міндеттеріне ... ұйымдастыру жатады (кіреді)`: whose duties they are
        np = competence_holder(clause.text)
        if np:
            surface, start, end = np
            return ((surface, clause.start + start, clause.start + end),
                    _canonical(surface, context, clause.text[end:]), False)
        if context.chapeau_actor:  # the verb that closes a list of someone's competence
            surface, canonical = context.chapeau_actor
            return (surface, -1, -1), canonical, True
    if cue is not None and IMPERSONAL.search(clause.text):
        if context.chapeau_actor:
            surface, canonical = context.chapeau_actor
            return (surface, -1, -1), canonical, True
        np = verbal_noun_agent(clause.text, cue.start) or opening_actor(clause.text, cue.start)
        if np:
            surface, start, end = np
            return ((surface, clause.start + start, clause.start + end),
                    _canonical(surface, context, clause.text[end:]), False)
        return None, None, False
    if cue is None and context.chapeau_actor:
        # an item with no verb of its own (`иесі бүркемеленген өтініштерді;`) is the object
        # of the chapeau's or the closing verb, whose subject the chapeau names
        surface, canonical = context.chapeau_actor
        return (surface, -1, -1), canonical, True
    if cue is None and context.closer_passive:
        return None, None, False  # an item of a list a passive verb closes: no actor named
    limit = cue.start if cue else len(clause.text)
    listed = context.chapeau_actor is not None
    np = find_subject(clause.text, limit, strict=True, listed=listed)
    if listed and np is not None and clause.text[:np[1]].strip() \
            and not _after_its_object(clause.text, np, limit):
        # an item under a chapeau that names who acts: a noun inside it (`... кәсіпорын ...
        # бойынша`, `адамдар тарту үшін`) is no subject of its own; only one that opens it
        # is, or one between a marked object and the verb (`... мерзімін сот айқындайды`)
        np = None
    if np is None and said is not None and previous is None:
        return said, _canonical(said[0], context, text[said[2]:]), False
    if np is None and context.chapeau_actor is None and (previous is None or
                                                          previous.actor is None):
        # no subject proper: an actor read out of an object compound, an agent phrase,
        # a possessor
        having = cue is not None and cue.text.casefold().startswith(("болуы", "құқығы",
                                                                      "міндеті"))
        # `мүшелерінің ғана дауыс беру құқығы бар`: the possessed noun is the cue's own
        reach = limit + len(cue.text.split()[0]) if having and cue.text.split()[0].casefold() \
            in ("құқығы", "міндеті") else limit
        np = find_subject(clause.text, reach, having=having)
        if np is None and having:
            np = opening_possessor(clause.text, limit)
    if np:
        surface, start, end = np
        canonical = _canonical(surface, context, clause.text[end:])
        return (surface, clause.start + start, clause.start + end), canonical, False
    if previous is not None and previous.actor is not None:
        return previous.actor, previous.canonical, previous.from_chapeau
    if context.chapeau_actor:
        surface, canonical = context.chapeau_actor
        return (surface, -1, -1), canonical, True
    return None, None, False


def _canonical(np: str, context: UnitContext, after: str = "") -> str:
    return defined_term_for(np, after, context.terms) or canonical_actor(np)


def find_in_unit(text: str, context: UnitContext | None = None
                 ) -> tuple[list[Deadline], list[ObligationFound], list[Reference]]:
    """A unit's deadlines, obligations and references, as the spaCy components give them
    (an item a span could not hold, outside the text or on white space only, is left out)."""
    return (in_text(find_deadlines(text), text),
            [o for o in find_obligations(text, context) if spans_text(o.clause.start,
                                                                      o.clause.end, text)],
            in_text(find_references(text), text))


def spans_text(start: int, end: int, text: str) -> bool:
    """Whether text[start:end] is a span spaCy's `char_span(alignment_mode="expand")` keeps."""
    return 0 <= start < end <= len(text) and not text[start:end].isspace()


def in_text(items: list, text: str) -> list:
    return [item for item in items if spans_text(item.start, item.end, text)]


__all__ = ["find_obligations", "find_in_unit", "spans_text", "in_text"]
