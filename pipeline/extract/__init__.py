"""Extract: definitions, deadlines, obligations (with actors) and references from each unit.

The extractors are spaCy components over a Kazakh `Language` (see
`components`); this module runs them over every unit of the structure with
the context a unit's neighbours give (a list's chapeau names the actor of its
items; a verb closing the last item governs them all), resolves internal
references to eids and turns everything into spans of the normalized text.
It calls the components' functions directly (`finders.find_in_unit`), and
spaCy only for a unit whose spans spaCy could merge or drop: the results are
the components' results, without spaCy's import and tokenizer on every unit.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..segment.model import Component, Structure, Unit
from .deadlines import Deadline
from .definitions import GLOSSARY_CHAPEAU, find_definitions
from .finders import UnitContext, find_in_unit
from .obligations import canonical_actor, find_cue, find_subject, split_clauses
from .references import Reference, find_references, unit_kinds

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract", "Extraction", "kazakh_pipeline"]


@dataclass
class Extraction:
    definitions: list[dict[str, Any]] = field(default_factory=list)
    references: list[dict[str, Any]] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    obligations: list[dict[str, Any]] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def kazakh_pipeline() -> Language:
    """spacy.blank("kk") with the kazlegal components run per unit, built once per process.

    Definitions are not among them: `extract` finds them in a first pass over the
    whole component, because they name the actors of every unit.
    """
    import spacy

    from .components import PIPES

    nlp = spacy.blank("kk")
    for name in PIPES:
        if name != "kazlegal_definitions":
            nlp.add_pipe(name)
    return nlp


def extract(structure: Structure, text: str) -> Extraction:
    """Everything extracted from a segmented document, with spans into `text`."""
    out = Extraction()
    for component in structure.components:
        _extract_component(component, text, out)
    for n, obligation in enumerate(out.obligations, 1):
        obligation["id"] = f"ob_{n}"
    return out


def _run(nlp: Language, unit_text: str, context: UnitContext):
    doc = nlp.make_doc(unit_text)
    doc._.kazlegal_context = context
    doc.user_data["kazlegal_text"] = unit_text  # the components read it, not Doc.text
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _found(unit_text: str, context: UnitContext):
    """(deadlines, obligations, references) of one unit, as the spaCy components give them."""
    found = find_in_unit(unit_text, context)
    if found is not None:
        return found
    doc = _run(kazakh_pipeline(), unit_text, context)  # spans spaCy may merge or drop
    return tuple([s._.kazlegal for s in doc.spans[f"kazlegal_{what}"]]
                 for what in ("deadlines", "obligations", "references"))


def _extract_component(component: Component, text: str, out: Extraction) -> None:
    units = list(component.walk())
    index = UnitIndex(units, {u.eid: u for u in units})  # built once: references look up here
    head_end = units[0].span[0] if units else component.span[1]
    head = text[component.span[0]:head_end]
    terms: dict[str, str] = {}
    # definitions first: they name the actors of the whole component
    for d in find_definitions(head):
        _add_definition(out, terms, component.eid, component.eid, component.span[0], d)
    contexts = _list_contexts(component, text)
    for unit in units:
        ctx = contexts.get(unit.eid, UnitContext())
        for d in find_definitions(unit.text, in_glossary=ctx.in_glossary):
            _add_definition(out, terms, component.eid, unit.eid, unit.text_span[0], d)
    for r in find_references(head):
        out.references.append(_reference(r, component.eid, index, None, component.span[0]))
    for unit in units:
        ctx = contexts.get(unit.eid, UnitContext())
        ctx.terms = terms
        deadlines, obligations, references = _found(unit.text, ctx)
        base = unit.text_span[0]
        clause_spans = [(o.clause.start, o.clause.end) for o in obligations]
        deadlines = [d for d in deadlines if not d.weak
                     or any(a <= d.start < b for a, b in clause_spans)]
        for d in deadlines:
            out.deadlines.append(_deadline_dict(d, unit.eid, base))
        for o in obligations:
            out.obligations.append(_obligation(o, unit, base, deadlines, ctx))
        for reference in references:
            out.references.append(_reference(reference, unit.eid, index, unit, base))


def _add_definition(out: Extraction, terms: dict[str, str], component: str, unit: str,
                    base: int, d) -> None:
    out.definitions.append({"term": d.term, "expansion": d.expansion, "component": component,
                            "unit": unit, "span": [base + d.start, base + d.end],
                            "term_span": [base + d.term_start, base + d.term_end]})
    terms.setdefault(d.term.casefold(), d.term)


def _list_contexts(component: Component, text: str) -> dict[str, UnitContext]:
    """For each list item: the chapeau's actor, the closing modality, glossary or not."""
    contexts: dict[str, UnitContext] = {}
    for parent in [None, *component.walk()]:
        children = parent.children if parent else component.units
        chapeau, items = _chapeau_and_items(parent, children)
        if chapeau is None or not items:
            continue
        chapeau_text, chapeau_base = chapeau
        glossary = bool(GLOSSARY_CHAPEAU.search(chapeau_text))
        subject = find_subject(chapeau_text, len(chapeau_text))
        actor = None
        if subject is not None:
            actor = (subject[0], canonical_actor(subject[0]),
                     chapeau_base + subject[1], chapeau_base + subject[2])
        own = [find_cue(split_clauses(u.text)[-1].text) if u.text.strip() else None
               for u in items]
        closer = own[-1].modality if own and own[-1] is not None else None
        if closer and find_cue(chapeau_text.rstrip(":")):
            closer = None  # the chapeau has a predicate of its own: its items are its objects
        for unit, cue in zip(items, own):
            contexts[unit.eid] = UnitContext(
                chapeau_actor=None if actor is None else (actor[0], actor[1]),
                chapeau_span=None if actor is None else (actor[2], actor[3]),
                closer=closer if cue is None else None, in_glossary=glossary)
    return contexts


def _chapeau_and_items(parent: Unit | None, children: list[Unit]):
    """A list is a run of sibling items after a text ending with ':' (the chapeau)."""
    if parent is not None and parent.text.rstrip().endswith(":"):
        return (parent.text, parent.text_span[0]), _run_of_items(children)
    for k, child in enumerate(children):
        if child.kind == "indent" and child.text.rstrip().endswith(":"):
            return (child.text, child.text_span[0]), _run_of_items(children[k + 1:])
    return None, []


def _run_of_items(children: list[Unit]) -> list[Unit]:
    """The list proper: siblings of the first item's kind, up to the first of another kind.

    Unnumbered paragraphs after a list of sub-points close the point; they are
    not items of the list.
    """
    items: list[Unit] = []
    for child in children:
        if items and child.kind != items[0].kind:
            break
        if child.kind in ("para", "subpara", "indent"):
            items.append(child)
    return items


def _deadline_dict(d: Deadline, unit: str, base: int) -> dict[str, Any]:
    return {"unit": unit, "text": d.text, "span": [base + d.start, base + d.end],
            "relation": d.relation, "duration": d.duration, "recurrence": d.recurrence,
            "working_days": d.working_days, "anchor": d.anchor, "date": d.date}


def _obligation(o, unit: Unit, base: int, deadlines: list[Deadline],
                ctx: UnitContext) -> dict[str, Any]:
    clause = o.clause
    actor = None
    if o.actor is not None:
        surface, start, end = o.actor
        actor = {"text": surface, "canonical": o.canonical}
        if o.from_chapeau:
            if ctx.chapeau_span:
                actor["span"] = list(ctx.chapeau_span)
            actor["from"] = "chapeau"
        elif start >= 0:
            actor["span"] = [base + start, base + end]
    inside = [d for d in deadlines if clause.start <= d.start < clause.end]
    inside.sort(key=lambda d: (d.weak, d.start))
    deadline = None
    if inside:
        d = inside[0]
        deadline = {"text": d.text, "span": [base + d.start, base + d.end],
                    "relation": d.relation, "duration": d.duration, "recurrence": d.recurrence,
                    "working_days": d.working_days, "anchor": d.anchor, "date": d.date}
    action = clause.text
    if o.actor is not None and not o.from_chapeau and o.actor[1] >= clause.start:
        action = (unit.text[clause.start:o.actor[1]] + unit.text[o.actor[2]:clause.end])
    action = " ".join(action.split()).strip(" ,;.:")
    return {"unit": unit.eid, "modality": o.modality, "actor": actor, "action": action,
            "trigger": clause.trigger, "deadline": deadline, "condition": clause.condition,
            "cue": o.cue, "text": clause.text,
            "span": [base + clause.start, base + clause.end]}


@dataclass(frozen=True)
class UnitIndex:
    """A component's units in document order, and by eid."""

    units: list[Unit]
    by_eid: dict[str, Unit]
    by_num: dict[str | None, list[Unit]] = field(default_factory=dict)  # in document order

    def __post_init__(self) -> None:
        for unit in self.units:
            self.by_num.setdefault(unit.num, []).append(unit)


def _reference(r: Reference, unit_eid: str, index: UnitIndex, unit: Unit | None,
               base: int) -> dict[str, Any]:
    target = None
    if r.external is None:
        target = _resolve(r, index, unit)
    return {"unit": unit_eid, "text": r.text, "span": [base + r.start, base + r.end],
            "target": target, "external": r.external}


def _resolve(r: Reference, index: UnitIndex, unit: Unit | None) -> str | None:
    units = index.units
    if r.this_unit is not None:
        kinds = unit_kinds(r.this_unit)
        if unit is None:
            return None
        for candidate in reversed(_ancestors(index, unit)):
            if candidate.kind in kinds:
                return candidate.eid
        return None
    scope: list[Unit] = units
    found: Unit | None = None
    for kinds, num in r.steps:
        candidates = index.by_num.get(num, []) if scope is units else scope
        matches = [u for u in candidates if u.kind in kinds and u.num == num]
        if not matches:
            return None
        if unit is not None and len(matches) > 1:
            family = {a.eid for a in _ancestors(index, unit)}
            near = [m for m in matches if m.eid.rsplit("/", 1)[0] in family]
            matches = near or matches
        found = matches[0]
        scope = list(found.walk())[1:]
    return found.eid if found else None


def _ancestors(index: UnitIndex, unit: Unit) -> list[Unit]:
    """The unit's ancestors and itself, outermost first."""
    parts = unit.eid.split("/")
    chain = []
    for k in range(2, len(parts) + 1):
        eid = "/".join(parts[:k])
        if eid in index.by_eid:
            chain.append(index.by_eid[eid])
    return chain

