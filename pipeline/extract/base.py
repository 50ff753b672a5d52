"""What the extractors of every language hand on, and what a unit's neighbours tell them.

Language-neutral: the payloads (a deadline, a definition, a reference, a clause, an
obligation found), the context of a unit in its list, and `LanguageRules`, the
handful of functions `extract` needs of one language. The Kazakh modules and
`ru/` both build on these, so `extract` resolves, places and exports the findings
of either language with one code path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

from ..segment.quotes import quotation_depth


@dataclass(frozen=True)
class Deadline:
    text: str
    start: int  # offsets in the text the deadline was found in
    end: int
    relation: str  # within, not_later_than, before, after, from, not_exceeding, every, ...
    duration: str | None = None  # ISO 8601 duration of the window
    recurrence: str | None = None  # ISO 8601 period of a repeating duty
    working_days: bool = False
    anchor: str | None = None  # the event the window is counted from or to
    weak: bool = False  # a bare `after X` / `before X`: a deadline only inside a duty
    date: str | None = None  # ISO date when the anchor is an absolute date

    def normalized(self) -> dict:
        return {"relation": self.relation, "duration": self.duration,
                "recurrence": self.recurrence, "working_days": self.working_days}


@dataclass(frozen=True)
class Definition:
    term: str
    expansion: str | None  # None: the meaning is a list that follows (`«Аумақ» термині:`)
    start: int  # the whole construction, in the text it was found in
    end: int
    term_start: int
    term_end: int


# the key an external reference's unit chain gives each step's kind (`external.article`)
STEP_KEYS = {"art": "article", "para": "point", "subpara": "subpoint", "chp": "chapter",
             "part": "part", "subchp": "paragraph", "indent": "indent"}


@dataclass(frozen=True)
class Reference:
    """One reference to one target: `9 және 10-баптарында` is two, with the same text."""

    text: str
    start: int
    end: int
    steps: tuple[tuple[tuple[str, ...], str | None], ...]  # ((kinds, number), ...) outermost
    this_unit: str | None = None  # `осы тармақтың`: kind word of the enclosing unit
    external: dict | None = field(default=None, compare=False)
    act: str | None = None  # the act named before the chain (`Ережелердің`): its stem


@dataclass
class Clause:
    text: str
    start: int
    end: int
    cue: Any = None  # the language's cue that made the clause deontic
    actor: tuple[str, int, int] | None = None  # surface NP, offsets in the unit text
    actor_canonical: str | None = None
    condition: str | None = None
    trigger: str | None = None
    joined_by_also: bool = False  # `..., сондай-ақ ...`: a duty of its own
    sentence: int = 0  # index of the sentence the clause belongs to
    notes: list[str] = field(default_factory=list)


@dataclass
class UnitContext:
    """What a unit's neighbours tell about it."""

    chapeau_actor: tuple[str, str] | None = None  # (surface, canonical) of the list's chapeau
    chapeau_span: tuple[int, int] | None = None  # where that actor stands in the document text
    closer: str | None = None  # modality of the predicate that closes the list this item is in
    closer_passive: bool = False  # that predicate is passive: it names no actor for the items
    in_glossary: bool = False  # an item of a definitions list
    quoted: bool = False  # the unit begins inside a quotation («...») opened before it
    distributes: bool = False  # a chapeau whose predicate is stated item by item below it
    # a time the list's chapeau sets (`... 3 жыл мерзімге:`), with the chapeau's offset
    chapeau_deadline: tuple[Deadline, int] | None = None
    terms: dict[str, str] = field(default_factory=dict)  # casefolded term -> term
    # the chapeau ends in its predicate (`Запрещается:`, `Стороны обязуются:`): an item's
    # bare infinitive is that predicate's complement, not a directive of its own
    infinitives_governed: bool = False
    # the defined terms that name a body or a person (casefolded): actors by definition
    actor_terms: frozenset[str] = frozenset()
    # an item of a list of rights (`Комиссияның құқықтары:`, `Права:`): what it says the
    # holder does, the holder may do
    rights: bool = False


@dataclass(frozen=True)
class ObligationFound:
    modality: str
    clause: Clause
    actor: tuple[str, int, int] | None  # surface and offsets, None when implicit
    canonical: str | None
    from_chapeau: bool
    cue: str | None

    def takes_in(self, clause: Clause, modality: str, own_subject: object, text: str) -> bool:
        """Whether `clause` is one more predicate of this duty's subject (`ұйымдастырады,
        ... етеді`: one duty), and if so take it in: same sentence, same modality, no
        subject of its own, not added by `сондай-ақ` / `а также`."""
        if (own_subject is not None or clause.joined_by_also
                or self.clause.sentence != clause.sentence or self.modality != modality):
            return False
        self.clause.end = clause.end
        self.clause.text = text[self.clause.start:clause.end]
        return True


# A list's chapeau and what it tells its items: (chapeau text, its offset in the document,
# its eid or None) and the items -> {eid: UnitContext} for the items, and whether the
# chapeau's own predicate is stated item by item (then it bears no duty itself).
ListFramer = Callable[[str, int, list], tuple[dict[str, UnitContext], bool]]


@dataclass(frozen=True)
class LanguageRules:
    """What `extract` needs of one language: its pipeline and the few functions that read
    the document around a unit (definitions, references, lists, act words)."""

    code: str  # ISO 639-1
    pipeline: Callable[[], Any]  # the spaCy Language with the per-unit components
    # (text, context) -> (deadlines, obligations, references): what the components give,
    # without spaCy (a conversion calls it directly)
    find_in_unit: Callable[..., tuple[list, list, list]]
    find_definitions: Callable[..., list[Definition]]  # (text, *, in_glossary=False)
    find_references: Callable[[str], list[Reference]]
    frame_list: ListFramer
    act_stem: Callable[[str | None], str | None]  # act word -> the stem components are named by
    annex_label: Callable[[str], tuple[str | None, str | None]]  # stamp -> (number, act stem)
    unit_kinds: Callable[[str], tuple[str, ...]]  # unit word -> unit kinds
    names_own: Callable[[str], bool]  # a reference's text -> whether it says `this` (`осы`)
    type_stems: dict[str, str]  # component type -> act stem, when its own word is unknown
    # whether a definition's term names a body or a person (its units' actors may be named
    # by the term alone: `(далее – Госкорпорация)`); None: terms are no actors by themselves
    names_actor: Callable[[Definition], bool] | None = None
    # (chapeau, a reference's steps) -> the amended act's unit, where the chapeau names the
    # act its items amend (`... Жер кодексінде (...):`); None: not read in this language
    amended_external: Callable[[str, Any], dict | None] | None = None


def unquote_term(term: str) -> str:
    """A term without the quotes that enclose it whole (`«Кірістер»` → `Кірістер`); quotes
    inside a name stay (`«АӨО» РМК`, `АОО «НИШ»`)."""
    term = " ".join(term.split())
    inner = term[1:-1]
    if len(term) > 1 and term[0] in "«\"" and term[-1] in "»\"" \
            and inner.count("«") == inner.count("»"):
        return inner.strip()
    return term


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The outermost «...» of `text` whose closing mark is there too, as (start, end).

    A sentence does not end inside one (`... «Запретная зона. Проход запрещен» ...`: the
    words of a sign, a title); an opening mark left unclosed quotes nothing here.
    """
    if "«" not in text:
        return []
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    for i, ch in enumerate(text):
        if ch == "«":
            opened.append(i)
        elif ch == "»" and opened:
            start = opened.pop()
            if not opened:
                spans.append((start, i + 1))
    return spans


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether `at` falls inside one of `spans` (sorted, not overlapping)."""
    return any(a < at < b for a, b in spans)


__all__ = ["Deadline", "Definition", "Reference", "STEP_KEYS", "Clause", "UnitContext",
           "ObligationFound",
           "LanguageRules", "ListFramer", "quotation_depth", "quoted_spans", "inside"]


_SENTENCE = regex.compile(r"[^.]+(?:\.(?!\d)|$)")


def glossary_items(text: str, found: list[Definition], in_glossary: bool,
                   chapeau: regex.Pattern, list_item: Callable[[str, int, int], Definition | None],
                   ) -> list[Definition]:
    """`found` with a paragraph's glossary entries added, sorted by start: the paragraph
    itself as one entry (an item of a glossary, or a quoted term), and after a glossary
    chapeau's colon every sentence that reads as `term - what it means` (a glossary run
    into one paragraph, one sentence per term: `... ұғымдар пайдаланылады: Кредит беруші -
    ... . Бюджеттік кредит ...`). `list_item` reads one entry, in the language's own terms."""
    if in_glossary or text.startswith("«"):
        item = list_item(text, 0, len(text))
        if item and not any(d.start == 0 for d in found):
            found.append(item)
    m = chapeau.search(text)
    colon = text.find(":", m.end()) if m else -1
    if colon > 0:
        for start, end in _sentences(text, colon + 1):
            item = list_item(text, start, end)
            if item and not any(d.start <= start < d.end for d in found):
                found.append(item)
    return sorted(found, key=lambda d: d.start)


def _sentences(text: str, start: int) -> list[tuple[int, int]]:
    out = []
    for m in _SENTENCE.finditer(text, start):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            out.append((s, e))
    return out
