"""Extract: definitions, deadlines, obligations (with actors) and references from each unit.

The extractors are spaCy components, over a Kazakh `Language` of ours (see
`components`) or over spaCy's own Russian (see `ru/`), chosen by the document's
language; this module runs them over every unit of the structure with the
context a unit's neighbours give (a list's chapeau names the actor of its items;
a verb closing the last item governs them all), resolves internal references to
eids and turns everything into spans of the normalized text. What differs
between the languages comes in one `LanguageRules` each.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import regex

from ..segment.model import Component, Structure, Unit
from .base import Deadline, LanguageRules, UnitContext, quotation_depth
from .definitions import find_definitions
from .finders import find_in_unit
from .lists import frame_list as frame_kazakh_list
from .references import (
    Reference,
    act_stem,
    amended_external,
    annex_label,
    find_references,
    names_own,
    unit_kinds,
)

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract", "Extraction", "kazakh_pipeline", "guess_language", "KAZAKH", "rules_for"]


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
    import spacy  # a conversion calls the finders directly: spaCy only for this pipeline

    from .components import PIPES

    nlp = spacy.blank("kk")
    for name in PIPES:
        if name != "kazlegal_definitions":
            nlp.add_pipe(name)
    return nlp


def extract(structure: Structure, text: str) -> Extraction:
    """Everything extracted from a segmented document, with spans into `text`."""
    rules = rules_for(document_language(structure, text))
    out = Extraction()
    document = DocumentIndex.of(structure, rules)
    for component in structure.components:
        _extract_component(rules, component, text, out, document)
    for n, obligation in enumerate(out.obligations, 1):
        obligation["id"] = f"ob_{n}"
    return out


def document_language(structure: Structure, text: str) -> str:
    """The language segmentation read in the metadata; guessed from the letters if none."""
    return structure.metadata.language or guess_language(text)


_KAZAKH_ONLY = frozenset("әғқңөұүһі")
_RUSSIAN_MARKS = frozenset("ыэъё")


def guess_language(text: str) -> str:
    """"ru" when the letters Russian has and Kazakh lacks or rarely uses (ы, э, ъ, ё)
    outnumber the Kazakh-only ones (ә, ғ, қ, ң, ө, ұ, ү, һ, і), else "kk".

    Kazakh writes ы too, but its own letters are about a seventh of its letters and
    outnumber it; a Russian act has none of them but in a quoted Kazakh name.
    """
    kazakh = russian = 0
    for ch in text.casefold():
        if ch in _KAZAKH_ONLY:
            kazakh += 1
        elif ch in _RUSSIAN_MARKS:
            russian += 1
    return "ru" if russian > kazakh else "kk"


def _extract_component(rules: LanguageRules, component: Component, text: str,
                       out: Extraction, document: DocumentIndex) -> None:
    units = list(component.walk())
    head_end = units[0].span[0] if units else component.span[1]
    head = text[component.span[0]:head_end]
    terms: dict[str, str] = {}
    actors: set[str] = set()  # the terms that name bodies or persons, where the rules tell
    # definitions first: they name the actors of the whole component
    for d in rules.find_definitions(head):
        _add_definition(out, terms, component.eid, component.eid, component.span[0], d)
        _note_actor(rules, d, actors)
    contexts = _list_contexts(component, rules)
    _mark_quoted(units, text, contexts)
    # glossary items (`X – what it means`): where, in each, the sentence that defines ends
    glossary_items: dict[str, int] = {}
    for unit in units:
        ctx = contexts.get(unit.eid, UnitContext())
        for d in rules.find_definitions(unit.text, in_glossary=ctx.in_glossary):
            _add_definition(out, terms, component.eid, unit.eid, unit.text_span[0], d)
            _note_actor(rules, d, actors)
            if ctx.in_glossary and d.start == 0:
                end = _SENTENCE_END.search(unit.text, d.term_end)
                glossary_items[unit.eid] = end.end() if end else len(unit.text)
    for r in rules.find_references(head):
        number, act = rules.annex_label(r.text.strip())
        if number is not None and act is None:
            continue  # `1-қосымша`, `Приложение 2` alone: the component's own header, a label
        reference = _reference(r, component, document, None, component.span[0], rules)
        if reference["target"] != component.eid:  # `2-қосымша` in its own stamp: a label
            out.references.append(reference)
    parents = {child.eid: unit for unit in units for child in unit.children}
    for unit in units:
        ctx = contexts.get(unit.eid, UnitContext())
        ctx.terms = terms
        ctx.actor_terms = frozenset(actors)
        # the components' functions, called directly: what the spaCy components would give
        deadlines, obligations, references = rules.find_in_unit(unit.text, ctx)
        base = unit.text_span[0]
        clause_spans = [(o.clause.start, o.clause.end) for o in obligations]
        deadlines = [d for d in deadlines if not d.weak
                     or any(a <= d.start < b for a, b in clause_spans)]
        for d in deadlines:
            out.deadlines.append(_deadline_dict(d, unit.eid, base))
        if unit.eid in glossary_items:
            # a definition lays no duty, whatever verb its meaning holds; a sentence after
            # it may (`... ауысуы. Азаматтардың ... өтілі болуы керек.`)
            obligations = [o for o in obligations
                           if o.clause.start >= glossary_items[unit.eid]]
        for o in obligations:
            out.obligations.append(_obligation(o, unit, base, deadlines, ctx))
        chapeau = _chapeau(unit, parents) if references and rules.amended_external else None
        for r in references:
            if chapeau is not None and r.external is None and r.this_unit is None \
                    and not rules.names_own(r.text):
                # `... Жер кодексінде: 1) 24-баптың ...`: a point of the act being amended
                amended = rules.amended_external(chapeau, r.steps)
                if amended is not None:
                    r = replace(r, external=amended)
            out.references.append(_reference(r, component, document, unit, base, rules))


_SENTENCE_END = regex.compile(r"[.;](?=\s+\p{Lu}|\s*$)")


def _chapeau(unit: Unit, parents: dict[str, Unit]) -> str | None:
    """The text of the nearest unit above `unit` that ends in a colon (its list's chapeau)."""
    parent = parents.get(unit.eid)
    while parent is not None:
        if parent.text.rstrip().endswith(":"):
            return parent.text
        parent = parents.get(parent.eid)
    return None


def _note_actor(rules: LanguageRules, d, actors: set[str]) -> None:
    if rules.names_actor is not None and rules.names_actor(d):
        actors.add(d.term.casefold())


def _add_definition(out: Extraction, terms: dict[str, str], component: str, unit: str,
                    base: int, d) -> None:
    out.definitions.append({"term": d.term, "expansion": d.expansion, "component": component,
                            "unit": unit, "span": [base + d.start, base + d.end],
                            "term_span": [base + d.term_start, base + d.term_end]})
    terms.setdefault(d.term.casefold(), d.term)


def _mark_quoted(units: list[Unit], text: str, contexts: dict[str, UnitContext]) -> None:
    """Units that begin inside a quotation opened in an earlier unit (an amendment's new
    wording of several points: `«5. ...` ... `7. ...»`).

    A new wording opens at the start of a unit or after a colon (`... редакцияда
    жазылсын: «...`); a name in quotes elsewhere opens none, even when it leaves a
    quotation mark unclosed (`«Государственная корпорация «Правительство для граждан»`).
    """
    depth = 0
    for unit in units:
        if depth > 0:
            contexts.setdefault(unit.eid, UnitContext()).quoted = True
        label_and_text = text[unit.span[0]:unit.text_span[1]] if unit.text else unit.text
        depth = quotation_depth(label_and_text, depth)


def _list_contexts(component: Component, rules: LanguageRules) -> dict[str, UnitContext]:
    """For each list item: the chapeau's actor, the closing modality, glossary or not."""
    contexts: dict[str, UnitContext] = {}
    for parent in [None, *component.walk()]:
        children = parent.children if parent else component.units
        # an outer list first: a list opened inside it (an item ending in ':') frames its
        # own items after it
        for chapeau, items in _lists_of(parent, children):
            chapeau_text, chapeau_base, chapeau_unit = chapeau
            # a chapeau of several sentences: only the one that opens the list speaks to
            # its items (`... в течение десяти рабочих дней ... . По итогам ... принимается
            # одно из следующих решений:`)
            cut = _last_sentence_start(chapeau_text)
            chapeau_text, chapeau_base = chapeau_text[cut:], chapeau_base + cut
            framed, distributes = rules.frame_list(chapeau_text, chapeau_base, items)
            if distributes:
                contexts.setdefault(chapeau_unit or "", UnitContext()).distributes = True
            contexts.update(framed)
    return contexts


# a sentence's end: a word's last letters (not an initial, `А. Қайсағалиев`), a number or a
# bracket, then a full stop and a capital
_CHAPEAU_SENTENCE_END = regex.compile(r"(?<=\p{Ll}{3}|\d|\))[.!?]\s+(?=\p{Lu})")


def _last_sentence_start(text: str) -> int:
    """Where the last sentence of `text` starts (0 for one sentence)."""
    start = 0
    for m in _CHAPEAU_SENTENCE_END.finditer(text):
        start = m.end()
    return start


def _lists_of(parent: Unit | None, children: list[Unit]):
    """The lists among `children`: (chapeau, items) for a parent ending with ':' and for
    every unnumbered paragraph ending with ':' (its items are the paragraphs after it).

    (`Жерлеу орындарын абаттандыру:` over `Учаскенің шекарасында:` / `... орнатуға;` /
    `... отырғызуға жол беріледі.`: the inner list is closed by its own verb.)
    """
    if parent is not None and parent.text.rstrip().endswith(":"):
        yield (parent.text, parent.text_span[0], parent.eid), _run_of_items(children)
    for k, child in enumerate(children):
        if child.kind == "indent" and child.text.rstrip().endswith(":"):
            items = _run_of_items(children[k + 1:], closed=True)
            if items:
                yield (child.text, child.text_span[0], child.eid), items


def _run_of_items(children: list[Unit], closed: bool = False) -> list[Unit]:
    """The list proper: siblings of the first item's kind, up to the first of another kind.

    Unnumbered paragraphs after a list of sub-points close the point; they are
    not items of the list. With `closed`, a list of unnumbered paragraphs ends at the
    item that ends its sentence (`... жол беріледі.` after `... орнатуға;`): the
    paragraphs after it are sentences of their own.
    """
    items: list[Unit] = []
    for child in children:
        if items and child.kind != items[0].kind:
            break
        if child.kind in ("para", "subpara", "indent"):
            items.append(child)
            if closed and child.kind == "indent" and _ends_list(items):
                break
    return items


def _ends_list(items: list[Unit]) -> bool:
    """Whether the last item closes the sentence its chapeau opened: it ends with a full
    stop and goes on from the chapeau (a small letter) or from an item ending with ';'."""
    text = items[-1].text.strip()
    if not text.endswith(".") or text.endswith(":"):
        return False
    return text[:1].islower() or (len(items) > 1 and items[-2].text.rstrip().endswith(";"))


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
    if clause.condition and inside:
        # a time inside the condition dates the event the duty depends on (`... босатылғаннан
        # кейінгі бір жыл ішінде қаза тапқан жағдайда`), not the duty
        within = _span_of(clause.condition, unit.text, clause.start, clause.end)
        if within is not None:
            inside = [d for d in inside if not within[0] <= d.start < within[1]]
    inside.sort(key=lambda d: (d.weak, d.start))
    deadline = None
    if not inside and ctx.chapeau_deadline is not None:
        d, base = ctx.chapeau_deadline
        inside = [d]
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


def _span_of(phrase: str, text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where `phrase` (its white space normalized) stands in text[start:end]."""
    pattern = r"\s+".join(regex.escape(w) for w in phrase.split())
    m = regex.search(pattern, text[start:end]) if pattern else None
    return (start + m.start(), start + m.end()) if m else None


@dataclass(frozen=True)
class UnitIndex:
    """A component's units in document order, by eid, and by number (each number's units
    in document order: a reference's first step looks its number up, not scans them all)."""

    units: list[Unit]
    by_eid: dict[str, Unit]
    by_num: dict[str | None, list[Unit]] = field(default_factory=dict)

    @classmethod
    def of(cls, units: list[Unit]) -> UnitIndex:
        by_num: dict[str | None, list[Unit]] = {}
        for u in units:
            by_num.setdefault(u.num, []).append(u)
        return cls(units, {u.eid: u for u in units}, by_num)


@dataclass(frozen=True)
class DocumentIndex:
    """What references resolve against: every component's units, the act word each
    component is named by (`қағида`, `қаулы`), and the annexes' own numbers and the
    component each is an annex to (`... Қағидаларына 2-қосымша` is annex_3 when the
    Rules are annex_1)."""

    units: dict[str, UnitIndex]
    acts: dict[str, str | None]  # component eid -> act stem
    annexes: list[tuple[str, str | None, str]]  # (eid, its number, the component it annexes)

    unit_kinds: Callable[[str], tuple[str, ...]] = unit_kinds  # unit word -> unit kinds

    @classmethod
    def of(cls, structure: Structure, rules: LanguageRules | None = None) -> DocumentIndex:
        rules = rules or KAZAKH
        units, acts, annexes = {}, {}, []
        for component in structure.components:
            walked = list(component.walk())
            units[component.eid] = UnitIndex.of(walked)
            acts[component.eid] = (rules.act_stem(component.type_kk)
                                   or rules.type_stems.get(component.type))
        for component in structure.components[1:]:
            number, named = rules.annex_label(component.approval or "")
            parent = "main"
            if named and named != acts.get("main"):
                # annexed to the component that act word names (the Rules, not the order)
                parent = next((c.eid for c in structure.components[1:]
                               if acts[c.eid] == named and c.eid != component.eid), "main")
            annexes.append((component.eid, number, parent))
        return cls(units, acts, annexes, rules.unit_kinds)

    def component_named(self, act: str | None, here: str) -> str:
        """The component an act word names, seen from component `here`."""
        if act is None or self.acts.get(here) == act:
            return here
        return next((eid for eid, stem in self.acts.items() if stem == act), here)

    def annex(self, number: str | None, parent: str) -> str | None:
        candidates = [eid for eid, num, of in self.annexes if of == parent]
        if number is None:
            return candidates[0] if len(candidates) == 1 else None
        return next((eid for eid, num, of in self.annexes if of == parent and num == number),
                    None)


# when a component's own word is unknown: the act word its type is named by
_TYPE_STEMS = {"rules": "қағида", "regulation": "ереже", "resolution": "қаулы", "order": "бұйрық",
               "decision": "шешім", "decree": "жарлық", "law": "заң", "agreement": "келісім",
               "instruction": "нұсқаулық", "procedure": "тәртіп", "standard": "стандарт"}

KAZAKH = LanguageRules(
    code="kk", pipeline=kazakh_pipeline, find_in_unit=find_in_unit,
    find_definitions=find_definitions,
    find_references=find_references, frame_list=frame_kazakh_list, act_stem=act_stem,
    annex_label=annex_label, unit_kinds=unit_kinds, names_own=names_own, type_stems=_TYPE_STEMS,
    amended_external=amended_external)


def rules_for(language: str) -> LanguageRules:
    """The extractors of `language` ("kk", "ru"); Kazakh for anything else.

    The Russian ones are imported the first time a Russian act comes: their patterns
    take a quarter of a second to compile, which a Kazakh conversion need not pay.
    """
    if language == "ru":
        from .ru import RUSSIAN

        return RUSSIAN
    return KAZAKH


def _reference(r: Reference, component: Component, document: DocumentIndex, unit: Unit | None,
               base: int, rules: LanguageRules) -> dict[str, Any]:
    target = None
    # the amendments to other acts name those acts' points (`«...» бөлімінде 1-тармақ алып
    # тасталсын`): only what they say is their own (`осы ...`) is a point of this document
    amended_elsewhere = component.type == "amendments" and not rules.names_own(r.text)
    if r.external is None and not amended_elsewhere:
        target = _resolve(r, component.eid, document, unit)
    return {"unit": unit.eid if unit else component.eid, "text": r.text,
            "span": [base + r.start, base + r.end], "target": target, "external": r.external}


def _resolve(r: Reference, here: str, document: DocumentIndex, unit: Unit | None) -> str | None:
    if r.steps and r.steps[0][0] == ("annex",):
        return _resolve_annex(r, here, document)
    index = document.units[here]
    if r.this_unit is not None:
        kinds = document.unit_kinds(r.this_unit)
        if unit is None:
            return None
        for candidate in reversed(_ancestors(index, unit)):
            if candidate.kind in kinds:
                return candidate.eid
        return None
    # `Ережелердің 5-тармағы` in the order that approves the Rules: a unit of the Rules
    scope_eid = document.component_named(r.act, here)
    if scope_eid != here:
        index, unit = document.units[scope_eid], None
    scope: list[Unit] | None = None  # None: the whole component, looked up by number
    found: Unit | None = None
    for kinds, num in r.steps:
        candidates = index.by_num.get(num, []) if scope is None else scope
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


def _resolve_annex(r: Reference, here: str, document: DocumentIndex) -> str | None:
    """`осы Қағидаларға 1-қосымшаға` → the Rules' annex 1; `1-қосымшаға` alone → an annex
    of this component when it has any, else of the act."""
    number = r.steps[0][1]
    if r.act is not None:
        parent = document.component_named(r.act, here)
    else:
        parent = here if any(of == here for _, _, of in document.annexes) else "main"
    found = document.annex(number, parent)
    if found is None and parent != "main" and r.act is None:
        found = document.annex(number, "main")
    return found


def _ancestors(index: UnitIndex, unit: Unit) -> list[Unit]:
    """The unit's ancestors and itself, outermost first."""
    parts = unit.eid.split("/")
    chain = []
    for k in range(2, len(parts) + 1):
        eid = "/".join(parts[:k])
        if eid in index.by_eid:
            chain.append(index.by_eid[eid])
    return chain

