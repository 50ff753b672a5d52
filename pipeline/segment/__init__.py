"""Segment: normalized text → metadata, components (the act, its annexes) and unit trees."""

from __future__ import annotations

import regex

from ..normalize.model import NormalizedText
from ..patterns import ACT_TYPES, ACT_WORD, FORMULA_TYPES, NUMBER, TITLE_TYPE_WORD
from .components import ComponentBlocks, read_component, split_components
from .dates import parse_date
from .model import Component, Metadata, Note, Signatory, Structure, Unit
from .units import Block, build_units, parse_label

__all__ = ["segment", "parse_label", "parse_date", "Structure", "Component", "Unit", "Metadata",
           "Signatory", "Note"]

_GENITIVE = regex.compile(r"(ның|нің|дың|дің|тың|тің)$")
# `Жарлығының жобасы`, `қаулысының жобасы`: the act names a draft of another act
_DRAFT_OF = regex.compile(r"(\p{L}+?)(?:ның|нің|дың|дің|тың|тің)\s+жобас", regex.IGNORECASE)


def segment(normalized: NormalizedText) -> Structure:
    """Read the structure of a normalized document."""
    text = normalized.text
    blocks = [Block(text[p.span[0]:p.span[1]], p.span, p.page) for p in normalized.paragraphs
              if p.span[1] > p.span[0]]
    groups = split_components(blocks)
    parts = [read_component(group) for group in groups]
    components: list[Component] = []
    for index, part in enumerate(parts):
        eid = "main" if index == 0 else f"annex_{index}"
        components.append(_component(eid, part))
    if components:
        _mark_drafts(components, text)
    metadata = _metadata(components[0], parts[0]) if components else Metadata()
    return Structure(metadata=metadata, components=components)


def _component(eid: str, part: ComponentBlocks) -> Component:
    blocks = part.blocks
    span = (blocks[0].span[0], blocks[-1].span[1])
    title = " ".join(b.text for b in part.title) or None
    act_type, type_kk = _component_type(part, title, is_main=eid == "main")
    component = Component(
        eid=eid, type=act_type, type_kk=type_kk, title=title, draft=part.draft,
        approval=" ".join(b.text for b in part.approval) or None, span=span,
        signatories=[s for _, s in part.signatures],
        preamble=" ".join(b.text for b in part.preamble) or None,
        enacting_formula=part.formula_text,
    )
    component.units = build_units(part.body, eid)
    component.notes = _notes(part, component.units)
    return component


def _component_type(part: ComponentBlocks, title: str | None,
                    is_main: bool) -> tuple[str, str | None]:
    """The kind of document: from the act line, the title's type word, or the formula."""
    candidates: list[str] = []
    for block in part.act_lines:
        m = ACT_WORD.search(block.text)
        if m:
            candidates.append(m.group("word"))
    if title and not is_main:
        m = TITLE_TYPE_WORD.search(title)
        if m:
            candidates.append(m.group("word"))
    for word in candidates:
        found = _lookup_type(word)
        if found:
            return found
    if part.formula_text:
        key = " ".join(part.formula_text.rstrip(":").upper().split())
        act = FORMULA_TYPES.get(key)
        if act is None and ("КЕЛІСТІ" in key or "УАҒДАЛАСТЫ" in key):
            act = "agreement"
        if act:
            roles = " ".join(s.role for _, s in part.signatures)
            if act == "resolution" and "Президенті" in roles:
                act = "decree"
            return act, _kk_of(act)
    if title:
        m = TITLE_TYPE_WORD.search(title)
        if m:
            found = _lookup_type(m.group("word"))
            if found:
                return found
    return ("act" if is_main else "annex"), None


def _lookup_type(word: str) -> tuple[str, str] | None:
    folded = word.casefold()
    for stem in sorted(ACT_TYPES, key=len, reverse=True):
        if folded.startswith(stem):
            return ACT_TYPES[stem]
    return None


def _kk_of(act_type: str) -> str | None:
    for english, kazakh in ACT_TYPES.values():
        if english == act_type:
            return kazakh
    return None


def _mark_drafts(components: list[Component], text: str) -> None:
    """An annex is a draft when marked `Жоба`, or when the act names a draft of its type."""
    main = components[0]
    drafted: set[str] = set()
    for m in _DRAFT_OF.finditer(text[main.span[0]:main.span[1]]):
        found = _lookup_type(m.group(1))
        if found:
            drafted.add(found[0])
    for component in components[1:]:
        if component.type in drafted and component.type in {
                "decree", "resolution", "law", "code", "order", "decision", "agreement"}:
            component.draft = True


def _metadata(main: Component, part: ComponentBlocks) -> Metadata:
    meta = Metadata(act_type=main.type, act_type_kk=main.type_kk, title=main.title,
                    signatories=list(main.signatories))
    for block in part.act_lines:
        if meta.date is None:
            found = parse_date(block.text)
            if found:
                meta.date = found[0]
        if meta.number is None:
            m = NUMBER.search(block.text)
            if m:
                meta.number = m.group("number").rstrip(".")
    meta.issuer = part.formula_subject or _issuer_from_act_line(part)
    if part.place is not None:
        meta.place = part.place.text.rstrip(".")
    return meta


def _issuer_from_act_line(part: ComponentBlocks) -> str | None:
    """`Қазақстан Республикасы Үкіметінің 2012 жылғы ...` → `Қазақстан Республикасының Үкіметі`."""
    for block in part.act_lines:
        words = block.text.split()
        cut = next((i for i, w in enumerate(words) if w[:1].isdigit() or w in ("№", "N")),
                   len(words))
        phrase = words[:cut]
        if not phrase:
            continue
        if ACT_WORD.fullmatch(phrase[-1]) and len(phrase) > 1:
            phrase = phrase[:-1]  # `... ҮКІМЕТІНІҢ ҚАУЛЫСЫ`: the issuer is before the type word
        if not _GENITIVE.search(phrase[-1].casefold()):
            continue
        head = _GENITIVE.sub("", phrase[-1].casefold())
        head = head.upper() if phrase[-1].isupper() else phrase[-1][:len(head)]
        modifiers = phrase[:-1]
        last = modifiers[-1] if modifiers else ""
        if last[-1:].casefold() in "ыі" and not _GENITIVE.search(last.casefold()):
            suffix = "ның" if last[-1:].casefold() == "ы" else "нің"
            modifiers = [*modifiers[:-1], last + (suffix.upper() if last.isupper() else suffix)]
        return " ".join([*modifiers, head]) or None
    return None


def _notes(part: ComponentBlocks, units: list[Unit]) -> list[Note]:
    notes = []
    for block in part.notes:
        before = [u.eid for root in units for u in root.walk() if u.span[0] < block.span[0]]
        notes.append(Note(block.text, block.span, before[-1] if before else None))
    return notes
