"""Segment: normalized text → metadata, components (the act, its annexes) and unit trees."""

from __future__ import annotations

from collections import Counter

import regex

from ..languages import patterns_for
from ..letters import fix_lookalikes
from ..normalize.model import NormalizedText
from ..patterns import ACT_TYPES
from . import russian
from .components import ComponentBlocks, read_component, split_components
from .dates import parse_date
from .model import Component, Metadata, Note, Signatory, Structure, Unit
from .units import Block, build_units, parse_label

__all__ = ["segment", "parse_label", "parse_date", "Structure", "Component", "Unit", "Metadata",
           "Signatory", "Note"]

_GENITIVE = regex.compile(r"(ның|нің|дың|дің|тың|тің)$")


def segment(normalized: NormalizedText) -> Structure:
    """Read the structure of a normalized document, in the language ingest told."""
    text = normalized.text
    language = normalized.language
    blocks = [Block(text[p.span[0]:p.span[1]], p.span, p.page, p.role)
              for p in normalized.paragraphs if p.span[1] > p.span[0]]
    groups = split_components(blocks, language)
    parts = [read_component(group, language) for group in groups]
    components: list[Component] = []
    for index, part in enumerate(parts):
        eid = "main" if index == 0 else f"annex_{index}"
        components.append(_component(eid, part, language))
    if components:
        _mark_drafts(components, text, language)
    metadata = _metadata(components, parts, language) if components else Metadata()
    metadata.language = language
    return Structure(metadata=metadata, components=components)


def _component(eid: str, part: ComponentBlocks, language: str) -> Component:
    blocks = part.blocks
    span = (blocks[0].span[0], blocks[-1].span[1])
    title = " ".join(b.text for b in part.title) or None
    act_type, type_kk = _component_type(part, title, eid == "main", language)
    component = Component(
        eid=eid, type=act_type, type_kk=type_kk, title=title, draft=part.draft,
        approval=" ".join(b.text for b in part.approval) or None, span=span,
        signatories=[s for _, s in part.signatures],
        preamble=" ".join(b.text for b in part.preamble) or None,
        enacting_formula=part.formula_text,
    )
    component.units = build_units(part.body, eid, language)
    component.notes = _notes(part, component.units)
    return component


def _component_type(part: ComponentBlocks, title: str | None,
                    is_main: bool, language: str) -> tuple[str, str | None]:
    """The kind of document: from the act line, the title's type word, the formula, or
    (for the act itself) how its text names itself and who signed it."""
    found = _declared_type(part, title, is_main, language)
    if found and found[0] == "rules" and title and \
            patterns_for(language).REGULATION_OF.search(title):
        return "regulation", "ереже"  # `... туралы ереже`: the regulation of a body
    if found:
        return found
    if is_main:
        found = _self_named_type(part, language)
        if found:
            return found
    if part.is_form:
        return "form", "нысан"
    return ("act" if is_main else "annex"), None


def _self_named_type(part: ComponentBlocks, language: str) -> tuple[str, str] | None:
    """An act without a formula: `Осы Заң ...` names it; only a law ratifies a treaty
    (`... ратификациялансын`); a text the President signs without a formula is a law."""
    p = patterns_for(language)
    text = " ".join(b.text for b in part.body)
    named = Counter(m.group("word") for m in p.SELF_REFERENCE.finditer(text))
    for word, _ in named.most_common():
        found = _lookup_type(word, language)
        if found:
            return found
    roles = " ".join(s.role for _, s in part.signatures) + " ".join(b.text for b in part.blocks
                                                                    if b.role == "signature")
    if p.RATIFIES.search(text) or "Президент" in roles:
        return "law", "заң"
    return None


def _declared_type(part: ComponentBlocks, title: str | None,
                   is_main: bool, language: str) -> tuple[str, str | None] | None:
    """The type an act line, a title's type word or the enacting formula declares."""
    p = patterns_for(language)
    candidates: list[str] = []
    for block in part.act_lines:
        m = p.ACT_WORD.search(block.text)
        if m:
            candidates.append(m.group("word"))
    if title and not is_main:
        m = p.TITLE_TYPE_WORD.search(title)
        if m:
            candidates.append(m.group("word"))
    for word in candidates:
        found = _lookup_type(word, language)
        if found:
            return found
    if part.formula_type:
        act = part.formula_type
        roles = " ".join(s.role for _, s in part.signatures)
        if act == "resolution" and p.PRESIDENT_ROLE.search(roles):
            act = "decree"
        return act, _kk_of(act)
    if title:
        m = p.TITLE_TYPE_WORD.search(title)
        if m:
            found = _lookup_type(m.group("word"), language)
            if found:
                return found
    return None


def _lookup_type(word: str, language: str) -> tuple[str, str] | None:
    """(act type, its Kazakh name) of a type word, by its longest known stem."""
    types = patterns_for(language).ACT_TYPES
    folded = word.casefold()
    for stem in sorted(types, key=len, reverse=True):
        if folded.startswith(stem):
            return types[stem]
    return None


def _kk_of(act_type: str) -> str | None:
    for english, kazakh in ACT_TYPES.values():
        if english == act_type:
            return kazakh
    return None


def _mark_drafts(components: list[Component], text: str, language: str) -> None:
    """An annex is a draft when marked `Жоба`, or when the act names a draft of its type."""
    main = components[0]
    drafted: set[str] = set()
    for m in patterns_for(language).DRAFT_OF.finditer(text[main.span[0]:main.span[1]]):
        found = _lookup_type(m.group(1), language)
        if found:
            drafted.add(found[0])
    for component in components[1:]:
        if component.type in drafted and component.type in {
                "decree", "resolution", "law", "code", "order", "decision", "agreement"}:
            component.draft = True


def _metadata(components: list[Component], parts: list[ComponentBlocks],
              language: str) -> Metadata:
    """The act's metadata: from its own head first, then from the stamp that approves its
    annex (`... 2019 жылғы 28 наурыздағы № 149 қаулысымен бекітілген`), then from the
    enacting formula and, for an order or decision, from whoever signed it."""
    p = patterns_for(language)
    main, part = components[0], parts[0]
    meta = Metadata(act_type=main.type, act_type_kk=main.type_kk, title=main.title,
                    signatories=list(main.signatories))
    for block in part.act_lines:
        if meta.date is None:
            found = parse_date(block.text, language)
            if found:
                meta.date = found[0]
        if meta.number is None:
            m = p.NUMBER.search(block.text)
            if m:
                meta.number = m.group("number").rstrip(".")
    stamp = _own_stamp(main, components[1:], language)
    if stamp is not None:
        text, act_type = stamp
        if meta.act_type == "act":  # the act's head did not say; its annex's stamp does
            meta.act_type, meta.act_type_kk = act_type, _kk_of(act_type)
            main.type, main.type_kk = meta.act_type, meta.act_type_kk
        found = parse_date(text, language)
        if meta.date is None and found:
            meta.date = found[0]
        # (`... шешіміне № 1 қосымша`: that number is the annex's, not the act's)
        m = p.NUMBER.search(_ANNEX_NUMBER.sub("", text))
        if meta.number is None and m:
            meta.number = m.group("number").rstrip(".")
    # where the issuer is written: the header, the stamp, the formula, the signature; a
    # name in capitals (`ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ҮКІМЕТІ`) only if no other says it
    issuer_of = russian.issuer_of if language == "ru" else _issuer_of
    named = [issuer_of(b.text for b in part.act_lines),
             issuer_of([stamp[0]]) if stamp and not p.AGREED.match(stamp[0]) else None,
             part.formula_subject, _signer(meta)]
    named = [n for n in named if n]
    meta.issuer = next((n for n in named if not n.isupper()), named[0] if named else None)
    if part.place is not None:
        meta.place = part.place.text.rstrip(".")
    return meta


_ANNEX_NUMBER = regex.compile(r"[№N]\s*\d+\s+қосымша[\s.]*$", regex.I)


def _own_stamp(main: Component, annexes: list[Component],
               language: str) -> tuple[str, str] | None:
    """The first annex stamp that approves by an act of this act's type, and that type.

    A stamp names the act that approved the annex (`... № 149 қаулысымен бекітілген`) or
    that the annex is attached to (`... № 107 бұйрығына 1-қосымша`); the act is this one
    when the type agrees (or when the act's own head names no type). An approval is
    preferred: an annex of an annex names the act it belongs to the same way."""
    p = patterns_for(language)
    for pattern in (p.APPROVAL, p.APPROVED_FIRST, p.ANNEX_OF):
        for annex in annexes:
            if not annex.approval:
                continue
            approval = fix_lookalikes(annex.approval, language=language)
            m = pattern.search(approval)
            found = _lookup_type(m.group("act"), language) if m and m.group("act") else None
            if found and main.type in ("act", found[0]):
                return approval, found[0]
    return None


def _signer(meta: Metadata) -> str | None:
    """An order or decision is issued by its signatory, when the role names the office."""
    if meta.act_type not in ("order", "decision") or not meta.signatories:
        return None
    role = meta.signatories[0].role or ""
    return role if len(role.split()) >= 2 else None


# a stamp's heading approval word (`«БЕКІТІЛГЕН» Қазақстан Республикасы Үкіметінің ...`)
_APPROVED_HEAD = regex.compile(r"^\s*[«\"]?\s*(?:БЕКІТІЛГЕН|БЕКІТІЛДІ|БЕКІТЕМІН)[»\"]?\s*")


def _issuer_of(texts) -> str | None:
    """`Қазақстан Республикасы Үкіметінің 2012 жылғы ...` → `Қазақстан Республикасының Үкіметі`:
    the genitive phrase before the date or number of an act line or a stamp, in the nominative."""
    for text in texts:
        words = _APPROVED_HEAD.sub("", patterns_for("kk").AGREED.sub("", text)).split()
        cut = next((i for i, w in enumerate(words) if w[:1].isdigit() or w in ("№", "N")),
                   len(words))
        phrase = words[:cut]
        if not phrase:
            continue
        if patterns_for("kk").ACT_WORD.fullmatch(phrase[-1]) and len(phrase) > 1:
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
