"""The extractors as spaCy pipeline components (registered factories).

    >>> import spacy, pipeline.extract  # registers "kk" and the factories
    >>> nlp = spacy.blank("kk")
    >>> for name in ("kazlegal_definitions", "kazlegal_deadlines", "kazlegal_obligations",
    ...              "kazlegal_references"):
    ...     nlp.add_pipe(name)
    >>> doc = nlp("Министрлік он жұмыс күні ішінде есеп береді.")
    >>> [(s.text, s._.kazlegal.modality) for s in doc.spans["kazlegal_obligations"]]

Each component writes a span group `doc.spans["kazlegal_<what>"]`; every span
carries its normalized payload in `span._.kazlegal`. Unit context (the
chapeau's actor of a list, a list's closing modality, whether the unit is a
glossary item) comes in `doc._.kazlegal_context` and is optional.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import language  # noqa: F401 - registers the "kk" language
from .base import Deadline, ObligationFound, UnitContext
from .deadlines import find_deadlines
from .definitions import find_definitions
from .obligations import (
    IMPERSONAL,
    NEGATED_ACT,
    Clause,
    canonical_actor,
    condition_of,
    defined_term_for,
    describes,
    find_cue,
    find_subject,
    is_about_the_act,
    laid_on_actor,
    split_clauses,
    trigger_of,
    verbal_noun_agent,
)
from .references import find_references
from .spans import set_group as _set_group
from .spans import set_obligations
from .spans import unit_context as _context
from .spans import unit_text as _text


class DeadlineFinder:
    def __call__(self, doc: Doc) -> Doc:
        return _set_group(doc, "kazlegal_deadlines", "DEADLINE", find_deadlines(_text(doc)))


class DefinitionFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = find_definitions(_text(doc), in_glossary=_context(doc).in_glossary)
        return _set_group(doc, "kazlegal_definitions", "DEFINITION", found)


class ReferenceFinder:
    def __call__(self, doc: Doc) -> Doc:
        return _set_group(doc, "kazlegal_references", "REFERENCE", find_references(_text(doc)))


class ObligationFinder:
    """One obligation per duty-bearing clause, with its actor."""

    def __call__(self, doc: Doc) -> Doc:
        return set_obligations(doc, find_obligations(_text(doc), _context(doc)))


def find_obligations(text: str, context: UnitContext | None = None) -> list[ObligationFound]:
    """Deontic clauses of one unit's text (see `obligations` for the cues)."""
    context = context or UnitContext()
    results: list[ObligationFound] = []
    previous: ObligationFound | None = None
    # the subject a clause of the sentence named (duty or not): `Үкіметі ... акционері болып
    # табылады, Қорды басқаруға қатысады` - the second predicate has the first one's subject
    said: tuple[int, tuple[str, int, int]] | None = None
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
        if cue is None and context.closer and index == len(clauses) - 1:
            modality = context.closer  # a list item governed by the verb that closes the list
            if modality == "obligation" and NEGATED_ACT.search(clause.text):
                modality = "prohibition"  # `... кедергі келтірмеуге;` under `келіседі`
        if modality is None or is_about_the_act(clause.text) or (
                cue is not None and cue.passive_present and describes(clause.text)
                and not _has_binding_deadline(clause.text)):
            # (`отырыстары ... регламентке сәйкес жүргізіледі`: how a thing is done, by a rule
            # or by a vote, and no time to do it by - a description, not a duty)
            previous = None
            continue
        if _quoted(text, clause.start, context.quoted):
            previous = None
            continue  # the new wording an amendment quotes: a text of another act
        own_subject = _own_subject(clause, cue)
        # coordinated predicates of one subject (`ұйымдастырады, ... етеді`) are one duty,
        # unless `сондай-ақ` adds a duty of its own
        if (previous is not None and own_subject is None and not clause.joined_by_also
                and previous.clause.sentence == clause.sentence
                and previous.modality == modality):
            previous.clause.end = clause.end
            previous.clause.text = text[previous.clause.start:clause.end]
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


def _quoted(text: str, at: int, open_before: bool) -> bool:
    """Whether `at` stands inside «...» (a quotation the unit may open before it starts)."""
    depth = 1 if open_before else 0
    for ch in text[:at]:
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


def _has_binding_deadline(text: str) -> bool:
    return any(not d.weak and d.relation != "indefinite" for d in find_deadlines(text))


def _actor(text: str, clause: Clause, cue, context: UnitContext, previous,
           said: tuple[str, int, int] | None = None):
    """The clause's actor: (surface, start, end), canonical, whether from the chapeau.

    `said` is a subject an earlier clause of the sentence named, with no duty of its own.
    """
    if cue is not None and cue.laid_on:
        np = laid_on_actor(text, clause.start + cue.start)
        if np:
            return np, _canonical(np[0], context, text[np[2]:]), False
    if cue is not None and cue.passive:
        return None, None, False
    if cue is not None and IMPERSONAL.search(clause.text):
        if context.chapeau_actor:
            surface, canonical = context.chapeau_actor
            return (surface, -1, -1), canonical, True
        np = verbal_noun_agent(clause.text, cue.start)
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
    limit = cue.start if cue else len(clause.text)
    listed = context.chapeau_actor is not None
    np = find_subject(clause.text, limit, strict=True, listed=listed)
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


@Language.factory("kazlegal_deadlines")
def make_deadline_finder(nlp: Language, name: str) -> DeadlineFinder:
    return DeadlineFinder()


@Language.factory("kazlegal_definitions")
def make_definition_finder(nlp: Language, name: str) -> DefinitionFinder:
    return DefinitionFinder()


@Language.factory("kazlegal_references")
def make_reference_finder(nlp: Language, name: str) -> ReferenceFinder:
    return ReferenceFinder()


@Language.factory("kazlegal_obligations")
def make_obligation_finder(nlp: Language, name: str) -> ObligationFinder:
    return ObligationFinder()


PIPES = ("kazlegal_definitions", "kazlegal_deadlines", "kazlegal_obligations",
         "kazlegal_references")
__all__ = ["UnitContext", "ObligationFound", "find_obligations", "PIPES", "Deadline"]
