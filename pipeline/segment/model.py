"""What segmentation hands on: the act's metadata, its components and their unit trees."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

# A unit's eid segment prefix, from the top of the hierarchy down (DESIGN.md).
UNIT_KINDS = ("part", "sec", "chp", "subchp", "art", "para", "subpara", "indent")


@dataclass
class Signatory:
    role: str
    name: str
    span: Span | None = None


@dataclass
class Unit:
    """A numbered (or unnumbered: `indent`) unit of a component.

    `span` covers the whole unit, label and children included, so spans nest;
    `text_span` covers just `text`, the unit's own words without the number
    label and without its children's text (so text[text_span] == unit.text).
    """

    eid: str
    kind: str  # one of UNIT_KINDS
    num: str | None  # the printed number, as a string ("5", "8"); None for indent
    heading: str | None
    text: str
    span: Span
    text_span: Span
    page: int | None = None
    children: list[Unit] = field(default_factory=list)

    def walk(self):
        """This unit and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Note:
    """An editorial note (`Ескерту. ...`): kept and marked, never a provision."""

    text: str
    span: Span
    after: str | None  # eid of the unit it follows, or None at the component's start


@dataclass
class Component:
    """The act itself (`main`) or a document attached to it (`annex_1`, ...)."""

    eid: str
    type: str  # resolution, decree, order, law, code, decision, regulation, rules, agreement, ...
    type_kk: str | None
    title: str | None
    draft: bool
    approval: str | None  # the approval stamp's text, e.g. "... қаулысымен бекітілген"
    span: Span
    signatories: list[Signatory] = field(default_factory=list)
    preamble: str | None = None
    enacting_formula: str | None = None  # ҚАУЛЫ ЕТЕДІ:, БҰЙЫРАМЫН:, ШЕШІМ етті:, ...
    units: list[Unit] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def walk(self):
        """All units of the component, in document order."""
        for unit in self.units:
            yield from unit.walk()


@dataclass
class Metadata:
    """Metadata of the act as a whole (the main component)."""

    act_type: str | None = None
    act_type_kk: str | None = None
    issuer: str | None = None
    date: str | None = None  # ISO 8601
    number: str | None = None
    title: str | None = None
    language: str = "kk"
    place: str | None = None
    signatories: list[Signatory] = field(default_factory=list)


@dataclass
class Structure:
    """The segmented document."""

    metadata: Metadata
    components: list[Component]

    def units(self):
        for component in self.components:
            yield from component.walk()

    def find(self, eid: str) -> Unit | None:
        for unit in self.units():
            if unit.eid == eid:
                return unit
        return None
