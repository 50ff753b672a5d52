"""The extractors as plain functions of one unit's text: what the spaCy components find.

`find_obligations` (with `UnitContext`, what a unit's neighbours tell about it)
lives here, beside `find_deadlines`, `find_references` and `find_definitions`,
so that `extract` can run them without spaCy (whose import alone costs more
than converting a short act); `components` wraps the same functions as spaCy
pipeline components.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .deadlines import Deadline, find_deadlines
from .obligations import (
    Clause,
    canonical_actor,
    condition_of,
    defined_term_for,
    find_cue,
    find_subject,
    is_about_the_act,
    laid_on_actor,
    split_clauses,
    trigger_of,
)
from .references import Reference, find_references


@dataclass
class UnitContext:
    """What a unit's neighbours tell about it."""

    chapeau_actor: tuple[str, str] | None = None  # (surface, canonical) of the list's chapeau
    chapeau_span: tuple[int, int] | None = None  # where that actor stands in the document text
    closer: str | None = None  # modality of the predicate that closes the list this item is in
    in_glossary: bool = False  # an item of a definitions list
    terms: dict[str, str] = field(default_factory=dict)  # casefolded term -> term


@dataclass(frozen=True)
class ObligationFound:
    modality: str
    clause: Clause
    actor: tuple[str, int, int] | None  # surface and offsets, None when implicit
    canonical: str | None
    from_chapeau: bool
    cue: str | None


def find_obligations(text: str, context: UnitContext | None = None) -> list[ObligationFound]:
    """Deontic clauses of one unit's text (see `obligations` for the cues)."""
    context = context or UnitContext()
    results: list[ObligationFound] = []
    previous: ObligationFound | None = None
    clauses = split_clauses(text)
    for index, clause in enumerate(clauses):
        cue = find_cue(clause.text)
        modality = cue.modality if cue else None
        if cue is None and context.closer and index == len(clauses) - 1:
            modality = context.closer  # a list item governed by the verb that closes the list
        if modality is None or is_about_the_act(clause.text):
            previous = None
            continue
        if cue is not None and cue.passive_present and not _has_binding_deadline(clause.text):
            previous = None
            continue  # a passive statement of procedure (`... айқындалады`), not a duty
        own_subject = _own_subject(clause, cue)
        # coordinated predicates of one subject (`ұйымдастырады, ... етеді`) are one duty,
        # unless `сондай-ақ` adds a duty of its own
        if (previous is not None and own_subject is None and not clause.joined_by_also
                and previous.clause.sentence == clause.sentence
                and previous.modality == modality):
            previous.clause.end = clause.end
            previous.clause.text = text[previous.clause.start:clause.end]
            continue
        actor, canonical, from_chapeau = _actor(text, clause, cue, context, previous)
        clause.condition = condition_of(clause.text)
        clause.trigger = trigger_of(clause.text)
        found = ObligationFound(modality, clause, actor, canonical, from_chapeau,
                                cue.text if cue else None)
        results.append(found)
        previous = found
    return results


def _own_subject(clause: Clause, cue) -> tuple[str, int, int] | None:
    if cue is not None and (cue.passive or cue.laid_on):
        return None
    return find_subject(clause.text, cue.start if cue else len(clause.text))


def _has_binding_deadline(text: str) -> bool:
    return any(not d.weak and d.relation != "indefinite" for d in find_deadlines(text))


def _actor(text: str, clause: Clause, cue, context: UnitContext, previous):
    if cue is not None and cue.laid_on:
        np = laid_on_actor(text, clause.start + cue.start)
        if np:
            return np, _canonical(np[0], context, text[np[2]:]), False
    if cue is not None and cue.passive:
        return None, None, False
    limit = cue.start if cue else len(clause.text)
    np = find_subject(clause.text, limit)
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




# --- what the spaCy components give, without spaCy ---------------------------------------------

_RUN = re.compile(r"\S+")  # the stdlib's \s is str.isspace, as spaCy's tokenizer splits


def find_in_unit(text: str, context: UnitContext | None = None
                 ) -> tuple[list[Deadline], list[ObligationFound], list[Reference]] | None:
    """Deadlines, obligations and references of one unit, as the spaCy components give them.

    The components keep an item as a span expanded to whole tokens and hang its
    payload on the span's character offsets, so an item is dropped when it lies
    outside the text and two items whose spans cover the same tokens share the
    last payload. Neither can happen when every item lies inside the text and no
    two items start in one whitespace-separated run and end in one (tokens never
    cross such runs). Then the plain results are the components' results; otherwise
    this returns None and the caller runs the components themselves.
    """
    deadlines = find_deadlines(text)
    obligations = find_obligations(text, context)
    references = find_references(text)
    items = [(d.start, d.end) for d in deadlines]
    items += [(o.clause.start, o.clause.end) for o in obligations]
    items += [(r.start, r.end) for r in references]
    if any(not 0 <= start < end <= len(text) for start, end in items):
        return None
    starts = [m.start() for m in _RUN.finditer(text)]
    keys = set()
    for start, end in items:
        # the run a span's first token is in (after white space: the next run), and the
        # run its last token is in (in white space: the run before)
        first = bisect.bisect_right(starts, start) - (0 if text[start].isspace() else 1)
        last = bisect.bisect_right(starts, end - 1) - 1
        keys.add((first, last))
    if len(keys) < len(items):
        return None
    return deadlines, obligations, references


__all__ = ["UnitContext", "ObligationFound", "find_obligations", "find_in_unit"]
