"""The Russian finders of one unit, without spaCy: what the components run, and what
`extract` calls directly (a conversion need not load spaCy at all)."""

from __future__ import annotations

from ..base import ObligationFound, UnitContext, quotation_depth
from ..finders import in_text, spans_text
from .actors import (
    NounPhrase,
    canonical,
    defined_term_for,
    find_subject,
    inanimate_subject,
    own_actor,
)
from .deadlines import find_deadlines
from .obligations import (
    DEFINES,
    DESCRIPTIVE_PASSIVE,
    Clause,
    Cue,
    condition_of,
    find_cue,
    is_about_the_act,
    split_clauses,
    trigger_of,
)
from .references import find_references


def find_obligations(text: str, context: UnitContext | None = None) -> list[ObligationFound]:
    """Deontic clauses of one unit's Russian text (see `obligations` for the cues).

    The discourse rules are the Kazakh ones: an item with no predicate of its own bears
    the modality of the list's chapeau (or of the verb closing the list) and the
    chapeau's actor; coordinated predicates of one subject are one duty; the new wording
    an amendment quotes is no duty.
    """
    context = context or UnitContext()
    results: list[ObligationFound] = []
    previous: ObligationFound | None = None
    # the subject a clause of the sentence named (duty or not): `Рабочим органом является
    # уполномоченный орган, который осуществляет ...` - the relative clause's actor
    said: tuple[int, tuple[str, int, int], str] | None = None
    about: int | None = None  # the sentence in which the act speaks of itself
    # how deep in an amendment's quoted wording the clause starts (read on clause by clause:
    # from the unit's start for each clause would be quadratic)
    depth, quoted_at = (1 if context.quoted else 0), 0
    clauses = split_clauses(text)
    for index, clause in enumerate(clauses):
        cue = find_cue(clause.text)
        modality = cue.modality if cue else None
        if cue is not None and cue.infinitive and context.infinitives_governed \
                and context.closer and index == len(clauses) - 1:
            # `Запрещается: 1) требовать ...`: the item completes the chapeau's predicate
            modality = context.closer
            if cue.negated and modality == "obligation":
                modality = "prohibition"  # `Стороны обязуются: ... не разглашать ...`
            cue = None
        before = said if said is not None and said[0] == clause.sentence else None
        subject = find_subject(clause.text, cue, context.actor_terms)
        if subject is not None and subject.case == "nomn":
            said = (clause.sentence, _located(subject, clause), canonical(subject, clause.text))
        if context.distributes and index == len(clauses) - 1 \
                and clause.text.rstrip().endswith(":"):
            continue  # `Комиссия рассматривает:`: its items bear the duties
        if modality is None and context.closer and index == len(clauses) - 1:
            modality = context.closer  # a list item governed by its chapeau's predicate
        # `Настоящие Правила разработаны ... и определяют порядок ...`: the act speaks of
        # itself, in every clause of the sentence that names no other subject
        if is_about_the_act(clause.text):
            about = clause.sentence
        elif about == clause.sentence and own_actor(clause.text, cue,
                                                    context.actor_terms) is not None \
                and not (cue is not None and DEFINES.match(cue.text)):
            # (`... и определяют порядок ... (далее – гражданские служащие)`: a term the
            # act defines in passing is no subject of its own)
            about = None
        if modality is None or about == clause.sentence:
            previous = None
            continue
        depth = quotation_depth(text[quoted_at:clause.start], depth)
        quoted_at = clause.start
        if depth > 0:
            previous = None
            continue  # the new wording an amendment quotes: a text of another act
        own = own_actor(clause.text, cue, context.actor_terms)
        if cue is not None and own is None and (
                cue.passive and cue.lemma in DESCRIPTIVE_PASSIVE
                or cue.finite and not context.chapeau_actor
                and inanimate_subject(clause.text, context.actor_terms)):
            # `Формат определяется ...`: how a thing is; `Обжалование не приостанавливает
            # исполнение`: what a thing does - statements, not duties
            previous = None
            continue
        # coordinated predicates of one subject (`транслируется ... и записывается`) are one
        # duty, unless `а также` adds a duty of its own
        if previous is not None and previous.takes_in(clause, modality, own, text):
            continue
        actor, canonical_form, from_chapeau = _actor(text, clause, cue, context, previous,
                                                     before, own)
        clause.condition = condition_of(clause.text)
        clause.trigger = trigger_of(clause.text)
        found = ObligationFound(modality, clause, actor, canonical_form, from_chapeau,
                                cue.text if cue else None)
        results.append(found)
        previous = found
    return results


def _located(np: NounPhrase, clause: Clause) -> tuple[str, int, int]:
    return np.surface(clause.text), clause.start + np.start, clause.start + np.end


def _actor(text: str, clause: Clause, cue: Cue | None, context: UnitContext, previous,
           said, own: NounPhrase | None):
    """The clause's actor: (surface, start, end), canonical, whether from the chapeau."""
    if own is not None:
        surface, start, end = _located(own, clause)
        return (surface, start, end), _canonical(own, clause, context, text), False
    chapeau = None
    if context.chapeau_actor:
        surface, canonical_form = context.chapeau_actor
        chapeau = ((surface, -1, -1), canonical_form, True)
    if cue is None:
        # an item with no verb of its own is what the chapeau's predicate acts on
        return chapeau or (None, None, False)
    if cue.passive or cue.impersonal or cue.laid_on:
        return None, None, False
    if cue.relative and said is not None:
        return said[1], said[2], False
    if previous is not None and previous.actor is not None and \
            previous.clause.sentence == clause.sentence:
        return previous.actor, previous.canonical, previous.from_chapeau
    if said is not None and not cue.addressed:
        return said[1], said[2], False
    if chapeau is not None:
        return chapeau
    return None, None, False


def _canonical(np: NounPhrase, clause: Clause, context: UnitContext, text: str) -> str:
    form = canonical(np, clause.text)
    after = text[clause.start + np.end:]
    return defined_term_for(np.surface(clause.text), form, after, context.terms) or form


def find_in_unit(text: str, context: UnitContext | None = None):
    """A unit's deadlines, obligations and references, as the spaCy components give them."""
    return (in_text(find_deadlines(text), text),
            [o for o in find_obligations(text, context)
             if spans_text(o.clause.start, o.clause.end, text)],
            in_text(find_references(text), text))


__all__ = ["find_obligations", "find_in_unit"]
